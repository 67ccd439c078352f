#include "EmulatorFixture.h"
#include "EmulatorStateFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

// The demo emulator keeps its administration in a JSON file: what was booked survives a restart, amounts to
// the cent, and a broken file is refused rather than half-read.
class TestEmulatorStateFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void everythingBookedSurvivesARoundTrip()
    {
        EmulatorFixture f;
        f.emulator.state().vatPerRow = false;
        f.emulator.state().closedUntil = QDate(2025, 12, 31);
        auto client = f.rest();
        const Result<Relation> customer = client->createRelation(f.customer());
        QVERIFY2(customer.ok(), why(customer));
        const Result<qint64> sale = client->createMutation(f.sale(customer.value(), QStringLiteral("F2026-0001")));
        QVERIFY2(sale.ok(), why(sale));
        QVERIFY(client->createMutation(f.payment(customer.value(), u"F2026-0001"_qs, Money::fromCents(5000))).ok());
        // Issue 12: the administration's country and its products are kept too.
        f.emulator.state().country = QStringLiteral("BE");
        EmulatorState::Product teapot;
        teapot.code = QStringLiteral("SKU-1");
        teapot.description = QStringLiteral("Theepot");
        teapot.priceExcl = Money::fromCents(1995);
        teapot.vatCode = QStringLiteral("BE_21_VERK");
        teapot.ledgerId = f.revenue;
        QVERIFY(f.emulator.state().addProduct(teapot).ok());

        const QString path = m_dir.filePath(QStringLiteral("roundtrip.json"));
        QString problem;
        QVERIFY2(EmulatorStateFile::save(f.emulator.state(), path, &problem), qPrintable(problem));

        EmulatorState loaded;
        QVERIFY2(EmulatorStateFile::load(path, loaded, &problem), qPrintable(problem));
        const EmulatorState& original = f.emulator.state();
        QCOMPARE(loaded.administrationName, original.administrationName);
        QCOMPARE(loaded.country, QStringLiteral("BE"));
        QCOMPARE(loaded.products().size(), 1);
        QCOMPARE(loaded.products().first().code, QStringLiteral("SKU-1"));
        QCOMPARE(loaded.products().first().priceExcl, Money::fromCents(1995));
        QCOMPARE(loaded.products().first().vatCode, QStringLiteral("BE_21_VERK"));
        QCOMPARE(loaded.vatPerRow, false);
        QCOMPARE(loaded.closedUntil, QDate(2025, 12, 31));
        QCOMPARE(loaded.ledgers().size(), original.ledgers().size());
        QCOMPARE(loaded.invoiceTemplates(), original.invoiceTemplates());
        QCOMPARE(loaded.costCenters(), original.costCenters());
        QCOMPARE(loaded.relations().size(), 1);
        QCOMPARE(loaded.relations().first().code, QStringLiteral("WEB00123"));
        QCOMPARE(loaded.relations().first().emailAddress, QStringLiteral("info@jansen.example"));
        QCOMPARE(loaded.mutations().size(), 2);
        const EmulatorState::Mutation* booked = loaded.mutation(sale.value());
        QVERIFY(booked);
        QCOMPARE(booked->invoiceNumber, QStringLiteral("F2026-0001"));
        QCOMPARE(booked->rows.size(), 2);
        QCOMPARE(booked->rows.at(0).amount, std::optional<Money>(Money::fromCents(12100)));
        QCOMPARE(booked->rows.at(0).vat, Money::fromCents(2100));
        QCOMPARE(booked->vatPerRow, false);
        QCOMPARE(loaded.grossTotal(*booked), original.grossTotal(*original.mutation(sale.value())));
        QCOMPARE(loaded.outstanding(true).size(), 1);
        QCOMPARE(loaded.outstanding(true).first().paid, Money::fromCents(5000));

        // The counters carry on: a new relation gets a new id, and the invoice number is still taken.
        EmulatorState::Relation next;
        next.name = QStringLiteral("Pietersen");
        const EmulatorState::Outcome<qint64> added = loaded.addRelation(next);
        QVERIFY(added.ok());
        QVERIFY(added.value > sale.value());
        EmulatorState::Mutation again = *booked;
        const EmulatorState::Outcome<qint64> duplicate = loaded.addMutation(again);
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error->code, QStringLiteral("MUT_019"));

        // Amounts are decimal text in the file, never JSON numbers.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("\"amount\": \"121.00\""), text.constData());
    }

    void theEmulatorSavesAfterEveryChangeAndARestartCarriesOn()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.json"));
        qint64 relationId = 0;
        {
            EmulatorFixture f;
            f.emulator.setStateFile(path);
            const Result<Relation> customer = f.rest()->createRelation(f.customer(QStringLiteral("WEB777")));
            QVERIFY2(customer.ok(), why(customer));
            relationId = customer.value().id;
        }
        QVERIFY(QFile::exists(path));

        EBoekhoudenEmulator restarted;
        QString problem;
        QVERIFY2(EmulatorStateFile::load(path, restarted.state(), &problem), qPrintable(problem));
        restarted.addAccessToken(QStringLiteral("good-token-123"));
        QVERIFY(restarted.start());
        RestClient::Settings settings;
        settings.baseUrl = restarted.restUrl();
        settings.timeoutMs = 2000;
        RestClient client(QStringLiteral("good-token-123"), settings);
        const Result<QList<Relation>> found = client.findRelationsByCode(QStringLiteral("WEB777"));
        QVERIFY2(found.ok(), why(found));
        QCOMPARE(found.value().size(), 1);
        QCOMPARE(found.value().first().id, relationId);
    }

    void aBrokenFileIsRefusedAndTheStateKept_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not json") << QByteArray("{\"format\": 1, ");
        QTest::newRow("other format") << QByteArray("{\"format\": 99}");
        QTest::newRow("amount as a number")
            << QByteArray("{\"format\": 1, \"mutations\": [{\"id\": 5, \"rows\": [{\"amount\": 12.1}]}]}");
    }
    void aBrokenFileIsRefusedAndTheStateKept()
    {
        QFETCH(QByteArray, content);
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        EmulatorState state;
        state.addLedger(QStringLiteral("1010"), QStringLiteral("Bank"), QStringLiteral("FIN"));
        QString problem;
        QVERIFY(!EmulatorStateFile::load(path, state, &problem));
        QVERIFY(!problem.isEmpty());
        QCOMPARE(state.ledgers().size(), 1);
        QVERIFY(!EmulatorStateFile::load(m_dir.filePath(QStringLiteral("missing.json")), state, &problem));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorStateFile)
#include "tst_emulatorstatefile.moc"
