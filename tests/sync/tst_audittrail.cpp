#include "eboekhouden/Ledger.h"
#include "store/AuditTrailRepository.h"
#include "sync/AuditExport.h"
#include "sync/PostedBooking.h"
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

    // Issue 17 item 7: what a booked document's Preview shows is read from its kept post, as e-Boekhouden got it
    // (the emulator), not rebuilt: its rows add up to the document's totals, its payment's post is not taken
    // for it, and the ledgers carry their names.
    void theBookingIsReadBackFromItsKeptPost()
    {
        SyncFixture f;
        const qint64 id = f.add(SyncFixture::magentoInvoice(1, 1));
        QCOMPARE(f.engine()->runPending().posted, 1);
        const StoredDocument booked = f.document(id);
        QList<AuditEntry> trail = AuditTrailRepository(*f.store.database).forDocument(id);

        // A later type-3 post under the same document (its payment) must not be shown as its booking.
        AuditEntry payment;
        payment.documentId = id;
        payment.sentAt = QDateTime::currentDateTimeUtc().addSecs(60);
        payment.method = u"POST"_qs;
        payment.endpoint = u"http://127.0.0.1:1/v1/mutation"_qs;
        payment.requestBody = u"{\"type\":3,\"date\":\"2026-11-30\",\"ledgerId\":1,\"inExVat\":\"IN\","
                              u"\"rows\":[{\"ledgerId\":2,\"vatCode\":\"GEEN\",\"amount\":99.99}]}"_qs;
        payment.status = 201;
        payment.answerBody = u"{\"id\":987654}"_qs;
        trail.append(payment);

        const std::optional<PostedBooking> first = PostedBooking::find(trail, booked.eboekhoudenId, {});
        QVERIFY(first);
        QCOMPARE(first->form, PostedBooking::Form::Mutation);
        QVERIFY(!first->rows.isEmpty());
        const qint64 ledgerId = first->rows.constFirst().ledgerId;
        QVERIFY(ledgerId > 0);
        const std::optional<PostedBooking> posted =
            PostedBooking::find(trail, booked.eboekhoudenId, {Ledger{ledgerId, u"8000"_qs, u"Omzet hoog"_qs, {}, {}}});
        QVERIFY(posted);
        QCOMPARE(posted->invoiceNumber, booked.eboekhoudenNumber);
        QCOMPARE(posted->rows.constFirst().ledgerCode, u"8000"_qs);
        QCOMPARE(posted->rows.constFirst().ledgerName, u"Omzet hoog"_qs);
        QCOMPARE(posted->totalNet, booked.document.totalExcl);
        QCOMPARE(posted->totalVat, booked.document.totalVat);
        QCOMPARE(posted->totalGross, booked.document.totalIncl);
        Money sum;
        for (const PostedBooking::Row& row : posted->rows) {
            QCOMPARE(row.net + row.vat, row.gross);
            sum += row.gross;
        }
        QCOMPARE(sum, posted->totalGross);
        QVERIFY(posted->requestBody.contains(booked.document.number));

        // Without the answered id the last post of the document itself still wins, never the payment.
        QCOMPARE(PostedBooking::find(trail, QString(), {})->totalGross, booked.document.totalIncl);
        // Nothing kept (linked, or booked before the trail): nothing made up.
        QVERIFY(!PostedBooking::find({payment}, QString(), {}));
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
