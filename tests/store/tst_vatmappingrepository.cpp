#include "store/DocumentRepository.h"
#include "store/Migrations.h"
#include "store/StoreFixture.h"
#include "store/VatMappingRepository.h"

#include <QSqlQuery>
#include <QtTest>

// The VAT mapping in the store: a round trip that keeps "any rate" rows, an all-or-nothing save, and the
// rates the stored documents actually use.
class TestVatMappingRepository : public QObject
{
    Q_OBJECT

private:
    static VatMapping proposal()
    {
        VatMapping::Proposal p;
        p.ossVatLedger = QStringLiteral("1520");
        return VatMapping::defaultProposal(p);
    }

private slots:
    void emptyStoreHasNoMapping()
    {
        StoreFixture store;
        QVERIFY(VatMappingRepository(*store.database).load().entries.isEmpty());
    }

    void saveAndLoadKeepEveryRow()
    {
        StoreFixture store;
        VatMappingRepository repository(*store.database);
        const VatMapping saved = proposal();
        QVERIFY(repository.save(saved));
        const VatMapping loaded = repository.load();
        QCOMPARE(loaded.entries.size(), saved.entries.size());
        for (const VatMappingEntry& expected : saved.entries) {
            const auto match = std::find_if(loaded.entries.cbegin(), loaded.entries.cend(), [&](const auto& e) {
                return e.documentClass == expected.documentClass && e.rate == expected.rate &&
                       e.country == expected.country;
            });
            QVERIFY2(match != loaded.entries.cend(), qPrintable(expected.country));
            QCOMPARE(match->vatCode.name(), expected.vatCode.name());
            QCOMPARE(match->revenueLedger, expected.revenueLedger);
            QCOMPARE(match->vatLedger, expected.vatLedger);
        }
        // "Any rate" survives as no rate, not as 0 %.
        const auto icp = std::find_if(loaded.entries.cbegin(), loaded.entries.cend(),
                                      [](const auto& e) { return e.documentClass == DocumentClass::Icp; });
        QVERIFY(icp != loaded.entries.cend());
        QVERIFY(!icp->rate.has_value());
        // In the order saved, so the row numbers of the VAT Mapping page stay the same.
        for (qsizetype i = 0; i < saved.entries.size(); ++i) {
            QCOMPARE(loaded.entries.at(i).documentClass, saved.entries.at(i).documentClass);
            QCOMPARE(loaded.entries.at(i).country, saved.entries.at(i).country);
            QCOMPARE(loaded.entries.at(i).rate, saved.entries.at(i).rate);
        }
    }

    void saveReplacesTheWholeMapping()
    {
        StoreFixture store;
        VatMappingRepository repository(*store.database);
        QVERIFY(repository.save(proposal()));
        VatMapping smaller;
        smaller.entries = {
            {DocumentClass::Domestic, VatRate::percent(21), {}, VatCode::HoogVerk21, QStringLiteral("8010"), {}}};
        QVERIFY(repository.save(smaller));
        const VatMapping loaded = repository.load();
        QCOMPARE(loaded.entries.size(), 1);
        QCOMPARE(loaded.entries.first().revenueLedger, QStringLiteral("8010"));
    }

    void aFailingSaveChangesNothing()
    {
        StoreFixture store;
        VatMappingRepository repository(*store.database);
        QVERIFY(repository.save(proposal()));
        const int before = repository.load().entries.size();
        // Two "any rate" ICP rows collide on the key even though the rate is NULL.
        VatMapping duplicate;
        duplicate.entries = {{DocumentClass::Icp, std::nullopt, {}, VatCode::BiEuVerk, QStringLiteral("8100"), {}},
                             {DocumentClass::Icp, std::nullopt, {}, VatCode::BiEuVerkD, QStringLiteral("8100"), {}}};
        QVERIFY(!repository.save(duplicate));
        QCOMPARE(repository.load().entries.size(), before);
    }

    void ratesSeenComeFromTheDocumentLines()
    {
        StoreFixture store;
        DocumentRepository documents(*store.database);
        Invoice first = StoreFixture::invoice(QStringLiteral("1"), QStringLiteral("100000001"));
        DocumentLine low = first.lines.first();
        low.vatRate = VatRate::percent(9);
        first.lines.append(low);
        QVERIFY(documents.upsert(first));
        Invoice second = StoreFixture::invoice(QStringLiteral("2"), QStringLiteral("100000002"));
        second.lines.first().vatRate = VatRate::fromBasisPoints(550);
        QVERIFY(documents.upsert(second));
        // Unreadable shop data says nothing about rates.
        QVERIFY(documents.upsertUnmappable(QStringLiteral("magento"), DocumentKind::Invoice, QStringLiteral("3"),
                                           QStringLiteral("100000003"), QByteArray(R"({"lines":[{"vatRate":"1900"}]})"),
                                           QStringLiteral("no total")));

        const QList<VatRate> seen = VatMappingRepository(*store.database).ratesSeen();
        // The shipping rate (21 % as well) is not a line rate and adds nothing.
        const QList<VatRate> expected{VatRate::fromBasisPoints(550), VatRate::percent(9), VatRate::percent(21)};
        QCOMPARE(seen, expected);
    }

    void migrationKeepsExistingRows()
    {
        QTemporaryDir dir;
        const QString path = TestStore::freshLocation(dir, QStringLiteral("old"));
        {
            Database database(path);
            QSqlDatabase db = database.connection();
            QVERIFY(Migrations::migrate(db, 4).ok);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO vat_mapping (rate, class, country_code, vat_code, "
                                          "revenue_ledger) VALUES (2100, 'domestic', '', 'HOOG_VERK_21', '8000')")));
        }
        Database database(path);
        QVERIFY(database.open());
        const VatMapping loaded = VatMappingRepository(database).load();
        QCOMPARE(loaded.entries.size(), 1);
        QCOMPARE(loaded.entries.first().rate, std::optional(VatRate::percent(21)));
        QCOMPARE(loaded.entries.first().vatCode.name(), QStringLiteral("HOOG_VERK_21"));
    }
};

QTEST_GUILESS_MAIN(TestVatMappingRepository)
#include "tst_vatmappingrepository.moc"
