#include "store/AuditTrailRepository.h"
#include "sync/AuditExport.h"
#include "SyncFixture.h"

#include <QDir>
#include <QRegularExpression>
#include <QtTest>

// Issue 16 item 1: every request made for a document, and its answer, are stored with it, redacted.
class TestAuditTrail : public QObject
{
    Q_OBJECT

    // The store's files as they are on disk (the file and its write-ahead log), all in one.
    static QByteArray storeBytes(const SyncFixture& f)
    {
        QByteArray all;
        const QDir dir(f.store.dir.path());
        for (const QString& name : dir.entryList(QDir::Files)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

    static int count(const QList<AuditEntry>& trail, const QString& method, const QString& endpointPart)
    {
        int n = 0;
        for (const AuditEntry& e : trail)
            n += e.method == method && e.endpoint.contains(endpointPart) ? 1 : 0;
        return n;
    }

    // A session token as the emulator hands them out (a UUID), anywhere in `bytes`.
    static bool containsSessionToken(const QByteArray& bytes)
    {
        static const QRegularExpression uuid(
            QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
        return uuid.match(QString::fromLatin1(bytes)).hasMatch();
    }

private slots:
    void eachBookedDocumentHasItsTrailWithoutSecrets()
    {
        SyncFixture f;
        const qint64 first = f.add(SyncFixture::magentoInvoice(1, 1));
        const qint64 second = f.add(SyncFixture::magentoInvoice(2, 2));
        const SyncSummary summary = f.engine()->runPending();
        QCOMPARE(summary.posted, 2);

        const AuditTrailRepository audit(*f.store.database);
        for (qint64 id : {first, second}) {
            const QList<AuditEntry> trail = audit.forDocument(id);
            QVERIFY(!trail.isEmpty());
            // The look-up that decided there was nothing to link, and the one post that booked it.
            QCOMPARE(count(trail, u"GET"_qs, u"/v1/mutation"_qs), 1);
            QCOMPARE(count(trail, u"POST"_qs, u"/v1/mutation"_qs), 1);
            for (const AuditEntry& e : trail) {
                QCOMPARE(e.attempt, 1);
                QVERIFY(e.sentAt.isValid());
                QVERIFY2(e.status >= 200 && e.status < 300, qPrintable(e.endpoint));
                if (e.method == u"POST" && e.endpoint.endsWith(u"/v1/mutation")) {
                    QVERIFY(e.requestBody.contains(f.document(id).document.number));
                    QVERIFY(e.answerBody.contains(f.document(id).eboekhoudenId));
                }
            }
        }
        // The session was opened for the first document's requests: its token and the answer's are masked.
        const QList<AuditEntry> all = audit.forPeriod(QDate::currentDate().addDays(-1), QDate::currentDate());
        QCOMPARE(count(all, u"POST"_qs, u"/v1/session"_qs), 1);
        for (const AuditEntry& e : all) {
            if (e.endpoint.endsWith(u"/v1/session")) {
                QVERIFY2(e.requestBody.contains(u"\"accessToken\":\"***\""), qPrintable(e.requestBody));
                QVERIFY2(e.answerBody.contains(u"\"token\":\"***\""), qPrintable(e.answerBody));
            }
        }

        const QByteArray exported = AuditExport::jsonLines(*f.store.database, all);
        QCOMPARE(exported.count('\n'), all.size());
        for (const QByteArray& bytes : {storeBytes(f), exported}) {
            QVERIFY(!bytes.contains(f.token.toUtf8()));
            QVERIFY(!containsSessionToken(bytes));
        }
        QVERIFY(exported.contains("\"document\":\"000000001\""));
    }

    void overSoapNoSecurityCodeOrSessionIdIsStored()
    {
        SyncFixture f;
        const qint64 id = f.add(SyncFixture::magentoInvoice(1, 1));
        QCOMPARE(f.soapEngine()->runPending().posted, 1);

        const QList<AuditEntry> trail = AuditTrailRepository(*f.store.database).forDocument(id);
        QVERIFY(trail.size() >= 2);
        int withSessionId = 0;
        for (const AuditEntry& e : trail) {
            QCOMPARE(e.method, u"POST"_qs);
            QCOMPARE(e.status, 200);
            withSessionId += e.requestBody.contains(u"SessionID>***<") ? 1 : 0;
        }
        QVERIFY(withSessionId >= 1);
        const QByteArray exported = AuditExport::jsonLines(*f.store.database, trail);
        for (const QByteArray& bytes : {storeBytes(f), exported}) {
            QVERIFY(!bytes.contains("code-one"));
            QVERIFY(!bytes.contains("code-two"));
            QVERIFY(!containsSessionToken(bytes));
        }
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
