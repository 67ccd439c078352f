#include "store/Database.h"
#include "store/InvoiceTemplateRepository.h"
#include "store/LedgerRepository.h"
#include "store/StoreFixture.h"

#include <QtTest>

// The administration's ledgers kept in the store for the VAT Mapping drop-downs: empty until listed, a
// round trip of every field, a new list replacing the old, and the list surviving a reopened store.
class TestLedgerRepository : public QObject
{
    Q_OBJECT

private:
    static Ledger ledger(qint64 id, const QString& code, const QString& description, const QString& category)
    {
        Ledger l;
        l.id = id;
        l.code = code;
        l.description = description;
        l.category = category;
        l.group = QStringLiteral("Omzet & \"btw\"");
        return l;
    }

private slots:
    void emptyUntilListed()
    {
        StoreFixture store;
        LedgerRepository repository(*store.database);
        QVERIFY(repository.load().isEmpty());
        QVERIFY(!repository.listedAt().isValid());
    }

    void keepsEveryFieldAndTheTime()
    {
        StoreFixture store;
        const QDateTime at(QDate(2026, 11, 25), QTime(10, 15), Qt::UTC);
        QVERIFY(LedgerRepository(*store.database)
                    .save({ledger(11, QStringLiteral("8000"), QStringLiteral("Omzet hoog"), QStringLiteral("VW")),
                           ledger(9007199254740993, QStringLiteral("1500"), QStringLiteral("Btw af te dragen"),
                                  QStringLiteral("BAL"))},
                          at));

        // A second connection (as the GUI thread has) reads what the first wrote.
        Database reopened(store.database->path());
        QVERIFY(reopened.open());
        const LedgerRepository repository(reopened);
        const QList<Ledger> loaded = repository.load();
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0).id, qint64(11));
        QCOMPARE(loaded.at(0).code, QStringLiteral("8000"));
        QCOMPARE(loaded.at(0).description, QStringLiteral("Omzet hoog"));
        QCOMPARE(loaded.at(0).category, QStringLiteral("VW"));
        QCOMPARE(loaded.at(0).group, QStringLiteral("Omzet & \"btw\""));
        QCOMPARE(loaded.at(1).id, qint64(9007199254740993)); // beyond a double's integers: kept as text
        QCOMPARE(repository.listedAt(), at);
    }

    // Invoice templates are kept the same way, under their own key: neither list overwrites the other.
    void invoiceTemplatesAreKeptBesideTheLedgers()
    {
        StoreFixture store;
        QVERIFY(InvoiceTemplateRepository(*store.database).load().isEmpty());
        QVERIFY(LedgerRepository(*store.database)
                    .save({ledger(11, QStringLiteral("8000"), QStringLiteral("Omzet hoog"), QStringLiteral("VW"))}));
        InvoiceTemplate standard{7, QStringLiteral("Standaard"), true, QStringLiteral("E")};
        InvoiceTemplate old{8, QStringLiteral("Oud"), false, QStringLiteral("A")};
        QVERIFY(InvoiceTemplateRepository(*store.database).save({standard, old}));
        const QList<InvoiceTemplate> loaded = InvoiceTemplateRepository(*store.database).load();
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0).id, qint64(7));
        QCOMPARE(loaded.at(0).name, QStringLiteral("Standaard"));
        QVERIFY(loaded.at(0).active);
        QVERIFY(!loaded.at(1).active);
        QCOMPARE(loaded.at(1).type, QStringLiteral("A"));
        QCOMPARE(LedgerRepository(*store.database).load().size(), 1);
    }

    void aNewListReplacesTheOld()
    {
        StoreFixture store;
        LedgerRepository repository(*store.database);
        QVERIFY(
            repository.save({ledger(1, QStringLiteral("8000"), QStringLiteral("Omzet"), QStringLiteral("VW")),
                             ledger(2, QStringLiteral("8010"), QStringLiteral("Omzet laag"), QStringLiteral("VW"))}));
        QVERIFY(repository.save({ledger(3, QStringLiteral("8100"), QStringLiteral("Omzet EU"), QStringLiteral("VW"))}));
        const QList<Ledger> loaded = repository.load();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).code, QStringLiteral("8100"));
    }
};

QTEST_GUILESS_MAIN(TestLedgerRepository)
#include "tst_ledgerrepository.moc"
