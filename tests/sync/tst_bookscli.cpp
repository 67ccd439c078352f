#include "EBoekhoudenEmulator.h"
#include "MagentoCli.h"
#include "MagentoEmulator.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// Issue 16 through the CLI: `audit` prints and exports a document's trail, with no secret in it or in the store.
class TestBooksCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<EBoekhoudenEmulator> m_eboekhouden;
    std::unique_ptr<MagentoEmulator> m_shop;
    std::unique_ptr<ViesEmulator> m_vies;

    using Run = CliRun;

    Run cli(const QStringList& arguments)
    {
        const QProcessEnvironment environment =
            magentoCliEnvironment(m_home->path(), u"books-cli-token"_qs, *m_eboekhouden, *m_vies, m_shop.get());
        return runCli(environment, arguments);
    }

    // Every file under the profile's data folder (the store and its write-ahead log), in one.
    QByteArray dataBytes() const
    {
        QByteArray all;
        QDirIterator it(m_home->filePath(QStringLiteral("data")), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        m_eboekhouden = std::make_unique<EBoekhoudenEmulator>();
        m_eboekhouden->state().seedDemoAdministration();
        m_eboekhouden->addAccessToken(QStringLiteral("books-cli-token"));
        QVERIFY(m_eboekhouden->start());
        // Seed 7 as tst_cli: its OSS invoices are refused without an OSS ledger, the others are booked.
        m_shop = std::make_unique<MagentoEmulator>(MagentoEmulator::Options{.seed = 7, .invoices = 20});
        QVERIFY(m_shop->start());
        m_vies = startedViesForMagento(20); // the shop's Belgian business customers are in VIES
        QVERIFY(m_vies);
    }

    void auditPrintsAndExportsTheTrailWithoutSecrets()
    {
        QCOMPARE(cli({QStringLiteral("sync")}).exitCode, 1); // some refused, see tst_cli
        QString booked;
        for (const auto& mutation : m_eboekhouden->state().mutations())
            if (mutation.type == 2 && booked.isEmpty() && !mutation.invoiceNumber.startsWith(u'C'))
                booked = mutation.invoiceNumber;
        QVERIFY(!booked.isEmpty());

        const Run printed = cli({QStringLiteral("audit"), QStringLiteral("--invoice"), booked});
        QCOMPARE(printed.exitCode, 0);
        QVERIFY2(printed.out.contains(QStringLiteral("attempt 1  GET ")), qPrintable(printed.out + printed.err));
        QVERIFY2(printed.out.contains(QStringLiteral("/v1/mutation  201")) ||
                     printed.out.contains(QStringLiteral("/v1/mutation  200")),
                 qPrintable(printed.out));
        QVERIFY(printed.out.contains(QStringLiteral("\"invoiceNumber\":\"%1\"").arg(booked)));

        const QString one = m_home->filePath(QStringLiteral("one.jsonl"));
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("--invoice"), booked, QStringLiteral("--export"), one})
                     .exitCode,
                 0);
        QFile oneFile(one);
        QVERIFY(oneFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = oneFile.readAll().split('\n');
        QVERIFY(lines.size() >= 3); // at least the look-up, the post, and the empty rest after the last newline
        for (const QByteArray& line : lines.mid(0, lines.size() - 1))
            QVERIFY2(line.contains(("\"document\":\"" + booked + "\"").toUtf8()), line.constData());

        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QString period = m_home->filePath(QStringLiteral("period.jsonl"));
        const Run exported = cli({QStringLiteral("audit"), QStringLiteral("--from"), today, QStringLiteral("--until"),
                                  today, QStringLiteral("--export"), period});
        QCOMPARE(exported.exitCode, 0);
        QFile periodFile(period);
        QVERIFY(periodFile.open(QIODevice::ReadOnly));
        const QByteArray all = periodFile.readAll();
        QVERIFY(all.count('\n') > lines.size());
        // (Not the "(s)": the translations may spell the plural out.)
        QVERIFY2(exported.out.startsWith(QString::number(all.count('\n')) + u' ') && exported.out.contains(period),
                 qPrintable(exported.out));
        for (const QByteArray& bytes : {all, dataBytes()})
            QVERIFY(!bytes.contains("books-cli-token"));

        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("--invoice"), QStringLiteral("999999999")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("audit")}).exitCode, 64);
    }

    // Issue 16 item 2 through the CLI: every difference one line (its kind first), exit 0 only without any.
    void reconcileNamesEachDifferenceAndExitsOneForThem()
    {
        QCOMPARE(cli({QStringLiteral("sync")}).exitCode, 1);
        const QStringList period{QStringLiteral("reconcile"), QStringLiteral("--from"), QStringLiteral("2000-01-01"),
                                 QStringLiteral("--until"), QStringLiteral("2099-12-31")};
        const auto lines = [](const Run& run, const QString& finding) {
            return static_cast<int>(
                run.out.split(u'\n').filter(QRegularExpression(u"^"_qs + finding + u"\t"_qs)).size());
        };
        // Seed 7 (see tst_cli): 11 booked; 10 refused and 2 waiting are the shop's documents not booked.
        const Run first = cli(period);
        QCOMPARE(first.exitCode, 1);
        QCOMPARE(lines(first, u"not_booked"_qs), 12);
        QCOMPARE(first.out.split(u'\n', Qt::SkipEmptyParts).size(), 13); // and the summary line
        QVERIFY2(first.out.contains(u"11 booked by Boekhoudbrug and equal"_qs), qPrintable(first.out));

        // A booking removed in e-Boekhouden is named as missing.
        QString removed;
        for (const auto& mutation : m_eboekhouden->state().mutations())
            if (mutation.type == 2 && removed.isEmpty())
                removed = mutation.invoiceNumber;
        qint64 id = 0;
        for (const auto& mutation : m_eboekhouden->state().mutations())
            if (mutation.invoiceNumber == removed)
                id = mutation.id;
        QVERIFY(m_eboekhouden->state().removeMutation(id));
        const Run second = cli(period);
        QCOMPARE(second.exitCode, 1);
        QCOMPARE(lines(second, u"missing"_qs), 1);
        QVERIFY2(second.out.contains(removed), qPrintable(second.out));

        QCOMPARE(cli({QStringLiteral("reconcile")}).exitCode, 64);
    }

    // Nothing differs: exit 0. (No shop documents here, and nothing in e-Boekhouden's November either.)
    void reconcileExitsZeroWhenNothingDiffers()
    {
        const Run clean = cli({QStringLiteral("reconcile"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                               QStringLiteral("--until"), QStringLiteral("2026-11-30")});
        QCOMPARE(clean.exitCode, 0);
        QVERIFY2(clean.out.contains(u"0 difference"_qs), qPrintable(clean.out + clean.err));
    }
};

QTEST_GUILESS_MAIN(TestBooksCli)
#include "tst_bookscli.moc"
