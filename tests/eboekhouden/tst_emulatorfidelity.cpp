#include "EBoekhoudenEmulator.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QtTest>

// The emulator held against API-eboekhouden.md with raw HTTP (QNetworkAccessManager, not our client): exact
// wire shapes, statuses and error codes, including the corrections C1-C6. A change to the emulator that drifts
// from the document fails here, even when our client would not notice.
class TestEmulatorFidelity : public QObject
{
    Q_OBJECT

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };

    std::unique_ptr<EBoekhoudenEmulator> m_emulator;
    QNetworkAccessManager m_network;
    QString m_session;
    qint64 m_bank = 0, m_debtors = 0, m_revenue = 0;

    Reply send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
               const QString& authorization = {})
    {
        QNetworkRequest request(QUrl(m_emulator->restUrl().toString() + pathAndQuery));
        request.setTransferTimeout(5000);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization.toUtf8());
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Reply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        reply->deleteLater();
        return out;
    }
    Reply get(const QString& pathAndQuery) { return send("GET", pathAndQuery, {}, m_session); }
    Reply post(const QString& path, const QByteArray& body) { return send("POST", path, body, m_session); }

    static QSet<QString> keys(const QJsonObject& o)
    {
        const QStringList names = o.keys();
        return QSet<QString>(names.cbegin(), names.cend());
    }
    static QSet<QString> set(std::initializer_list<const char*> names)
    {
        QSet<QString> out;
        for (const char* name : names)
            out.insert(QLatin1String(name));
        return out;
    }

    // A refusal in the documented Error body (§1.4): type, title, status, code (+ propertyName).
    static void isError(const Reply& reply, int status, const QString& code, const QString& property = {})
    {
        QCOMPARE(reply.status, status);
        const QJsonObject o = reply.json();
        QCOMPARE(o.value(QLatin1String("code")).toString(), code);
        QCOMPARE(o.value(QLatin1String("status")).toInt(), status);
        QVERIFY(!o.value(QLatin1String("title")).toString().isEmpty());
        QVERIFY(o.value(QLatin1String("type")).isString());
        if (!property.isEmpty())
            QCOMPARE(o.value(QLatin1String("propertyName")).toString(), property);
    }

    qint64 createRelation(const QString& code)
    {
        const Reply created =
            post(QStringLiteral("/v1/relation"),
                 QStringLiteral(R"({"type":"B","code":"%1","name":"Jansen Fietsen"})").arg(code).toUtf8());
        return created.json().value(QLatin1String("id")).toInteger();
    }

    QByteArray sale(qint64 relationId, const QString& number) const
    {
        return QStringLiteral(R"({"type":2,"date":"2026-06-01","ledgerId":%1,"relationId":%2,"invoiceNumber":"%3",)"
                              R"("termOfPayment":14,"inExVat":"EX","description":"Order 100234",)"
                              R"("rows":[{"ledgerId":%4,"vatCode":"HOOG_VERK_21","amount":100.00}]})")
            .arg(m_debtors)
            .arg(relationId)
            .arg(number)
            .arg(m_revenue)
            .toUtf8();
    }

private slots:
    void initTestCase() { m_network.setProxy(QNetworkProxy::NoProxy); } // 127.0.0.1 only, never a proxy

    void init()
    {
        m_emulator = std::make_unique<EBoekhoudenEmulator>();
        m_bank = m_emulator->state().addLedger(QStringLiteral("1010"), QStringLiteral("Bank"), QStringLiteral("FIN"));
        m_debtors =
            m_emulator->state().addLedger(QStringLiteral("1300"), QStringLiteral("Debiteuren"), QStringLiteral("DEB"));
        m_revenue =
            m_emulator->state().addLedger(QStringLiteral("8000"), QStringLiteral("Omzet"), QStringLiteral("VW"));
        m_emulator->state().addInvoiceTemplate(QStringLiteral("Standaard"));
        m_emulator->addAccessToken(QStringLiteral("fidelity-token-1"));
        QVERIFY(m_emulator->start());
        const Reply session =
            send("POST", QStringLiteral("/v1/session"), R"({"accessToken":"fidelity-token-1","source":"Boekhbrug"})");
        QCOMPARE(session.status, 200);
        m_session = session.json().value(QLatin1String("token")).toString();
        QVERIFY(!m_session.isEmpty());
    }

    void cleanup() { m_emulator.reset(); }

    // §1.3: POST /v1/session {accessToken, source} -> {token, expiresIn}; the errors of its fields; 401 without
    // a body for a call without a session.
    void session()
    {
        const Reply ok =
            send("POST", QStringLiteral("/v1/session"), R"({"accessToken":"fidelity-token-1","source":"Boekhbrug"})");
        QCOMPARE(ok.status, 200);
        QCOMPARE(keys(ok.json()), set({"token", "expiresIn"}));
        QVERIFY(ok.json().value(QLatin1String("expiresIn")).isDouble());
        isError(send("POST", QStringLiteral("/v1/session"),
                     R"({"accessToken":"fidelity-token-1","source":"Boekhoud-brug"})"),
                400, QStringLiteral("API_SESSION_002"), QStringLiteral("source"));
        isError(send("POST", QStringLiteral("/v1/session"), R"({"accessToken":"","source":"Boekhbrug"})"), 400,
                QStringLiteral("API_SESSION_003"));
        const Reply anonymous = send("GET", QStringLiteral("/v1/ledger"));
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.body, QByteArray());
        // The raw session token, as the spec's quick start shows.
        QCOMPARE(get(QStringLiteral("/v1/ledger?limit=1")).status, 200);
    }

    // C1: every token may read the ledgers; the list is {items, count} with count = the page's size (§1.2).
    void ledgerRead()
    {
        const Reply page = get(QStringLiteral("/v1/ledger?limit=1"));
        QCOMPARE(page.status, 200);
        QCOMPARE(keys(page.json()), set({"items", "count"}));
        QCOMPARE(page.json().value(QLatin1String("count")).toInt(), 1);
        const QJsonArray items = page.json().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(keys(items.first().toObject()), set({"id", "code", "description", "category", "group"}));
        QCOMPARE(items.first().toObject().value(QLatin1String("code")).toString(), QStringLiteral("1010"));
        isError(get(QStringLiteral("/v1/ledger?limit=2001")), 400, QStringLiteral("PAGE_001"));
        isError(get(QStringLiteral("/v1/ledger?offset=-1")), 400, QStringLiteral("PAGE_002"));
    }

    // C1: the administration endpoints are for accountants only; a regular token gets 403 EP_001.
    void administrationIsForAccountants()
    {
        for (const QString& path :
             {QStringLiteral("/v1/administration"), QStringLiteral("/v1/administration/linked")}) {
            const Reply refused = get(path);
            isError(refused, 403, QStringLiteral("EP_001"));
            QCOMPARE(refused.json().value(QLatin1String("title")).toString(),
                     QStringLiteral("This endpoint is only available to accountants"));
        }
        m_emulator->setAccountantMode(true);
        const Reply listed = get(QStringLiteral("/v1/administration"));
        QCOMPARE(listed.status, 200);
        const QJsonArray items = listed.json().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(keys(items.first().toObject()), set({"guid", "company"})); // §1.12
    }

    // §1.6: create -> {id, code}; the list items are thin (id, type, code); a code is unique (REL_049).
    void relationCreateAndFind()
    {
        const Reply created =
            post(QStringLiteral("/v1/relation"), R"({"type":"B","code":"WEB00123","name":"Jansen Fietsen"})");
        QCOMPARE(created.status, 200);
        QCOMPARE(keys(created.json()), set({"id", "code"}));
        QCOMPARE(created.json().value(QLatin1String("code")).toString(), QStringLiteral("WEB00123"));
        const Reply found = get(QStringLiteral("/v1/relation?code=WEB00123"));
        const QJsonArray items = found.json().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(keys(items.first().toObject()), set({"id", "type", "code"}));
        QCOMPARE(items.first().toObject().value(QLatin1String("id")).toInteger(),
                 created.json().value(QLatin1String("id")).toInteger());
        isError(post(QStringLiteral("/v1/relation"), R"({"type":"B","code":"WEB00123","name":"Other"})"), 400,
                QStringLiteral("REL_049"), QStringLiteral("code"));
        isError(post(QStringLiteral("/v1/relation"), R"({"type":"B","code":"WEB00124","name":""})"), 400,
                QStringLiteral("REL_002"), QStringLiteral("name"));
    }

    // §1.8: type 2 on the debtor ledger -> {id}; type 3 on the bank ledger with invoiceNumber + relationId on
    // the row (MUT_120 / MUT_112 without them); a sales number only once (MUT_019).
    void mutationTypes2And3()
    {
        const qint64 relation = createRelation(QStringLiteral("WEB00200"));
        const Reply sold = post(QStringLiteral("/v1/mutation"), sale(relation, QStringLiteral("WS20260001")));
        QCOMPARE(sold.status, 200);
        QCOMPARE(keys(sold.json()), set({"id"}));
        QVERIFY(sold.json().value(QLatin1String("id")).toInteger() > 0);
        isError(post(QStringLiteral("/v1/mutation"), sale(relation, QStringLiteral("WS20260001"))), 400,
                QStringLiteral("MUT_019"), QStringLiteral("invoiceNumber"));

        const QString payment = QStringLiteral(R"({"type":3,"date":"2026-06-03","ledgerId":%1,"relationId":%2,)"
                                               R"("inExVat":"EX","rows":[{"ledgerId":%3,"vatCode":"GEEN",)"
                                               R"("amount":121.00%4}]})")
                                    .arg(m_bank)
                                    .arg(relation)
                                    .arg(m_debtors);
        isError(post(QStringLiteral("/v1/mutation"), payment.arg(QString()).toUtf8()), 400, QStringLiteral("MUT_120"),
                QStringLiteral("rows[0].invoiceNumber"));
        isError(post(QStringLiteral("/v1/mutation"),
                     payment.arg(QStringLiteral(R"(,"invoiceNumber":"WS20260001")")).toUtf8()),
                400, QStringLiteral("MUT_112"), QStringLiteral("rows[0].relationId"));
        const Reply paid = post(
            QStringLiteral("/v1/mutation"),
            payment.arg(QStringLiteral(R"(,"invoiceNumber":"WS20260001","relationId":%1)").arg(relation)).toUtf8());
        QCOMPARE(paid.status, 200);
        QCOMPARE(keys(paid.json()), set({"id"}));
        // C4: invoices and credit memos are both type 2, so a credit memo needs a number of its own: a negative
        // sale under the invoice's number is MUT_019, and so is an invoice-module invoice (FACT_101).
        isError(post(QStringLiteral("/v1/mutation"),
                     sale(relation, QStringLiteral("WS20260001")).replace("\"amount\":100.00", "\"amount\":-100.00")),
                400, QStringLiteral("MUT_019"), QStringLiteral("invoiceNumber"));
        const Reply memo =
            post(QStringLiteral("/v1/mutation"),
                 sale(relation, QStringLiteral("CWS20260001")).replace("\"amount\":100.00", "\"amount\":-100.00"));
        QCOMPARE(memo.status, 200);
        QCOMPARE(m_emulator->state().grossTotal(
                     *m_emulator->state().mutation(memo.json().value(QLatin1String("id")).toInteger())),
                 Money::fromCents(-12100));
        isError(
            post(QStringLiteral("/v1/invoice"),
                 QStringLiteral(R"({"relationId":%1,"invoiceNumber":"CWS20260001","termOfPayment":14,)"
                                R"("templateId":%2,"items":[{"description":"x","pricePerUnit":1.00,)"
                                R"("vatCode":"HOOG_VERK_21","ledgerId":%3}]})")
                     .arg(QString::number(relation), QString::number(m_emulator->state().invoiceTemplates().firstKey()),
                          QString::number(m_revenue))
                     .toUtf8()),
            400, QStringLiteral("FACT_101"), QStringLiteral("invoiceNumber"));
        // A sale VAT code on a type 2 row only (MUT_111); an unknown code is MUT_109.
        isError(post(QStringLiteral("/v1/mutation"),
                     sale(relation, QStringLiteral("WS20260002")).replace("HOOG_VERK_21", "HOOG_INK_21")),
                400, QStringLiteral("MUT_111"), QStringLiteral("rows[0].vatCode"));
        isError(post(QStringLiteral("/v1/mutation"),
                     sale(relation, QStringLiteral("WS20260002")).replace("HOOG_VERK_21", "HOOG_VERK")),
                400, QStringLiteral("MUT_109"), QStringLiteral("rows[0].vatCode"));
    }

    // C3: an AFW_VERK item carries vatAmount and the service books exactly that; vatAmount on another code is
    // FACT_ITEM_015.
    void invoiceWithAfwVerk()
    {
        const qint64 relation = createRelation(QStringLiteral("WEB00300"));
        const qint64 templateId = m_emulator->state().invoiceTemplates().firstKey();
        const auto invoice = [&](const QString& number, const QString& vatCode, bool withVatAmount) {
            return QStringLiteral(R"({"relationId":%1,"invoiceNumber":"%2","date":"2026-06-01","termOfPayment":14,)"
                                  R"("inExVat":"EX","templateId":%3,"items":[{"quantity":1,"description":"Fiets",)"
                                  R"("pricePerUnit":100.00,"vatCode":"%4",%5"ledgerId":%6}],)"
                                  R"("mutation":{"ledgerId":%7}})")
                .arg(QString::number(relation), number, QString::number(templateId), vatCode,
                     withVatAmount ? QStringLiteral(R"("vatAmount":20.40,)") : QString(), QString::number(m_revenue),
                     QString::number(m_debtors))
                .toUtf8();
        };
        const Reply created =
            post(QStringLiteral("/v1/invoice"), invoice(QStringLiteral("F20260001"), QStringLiteral("AFW_VERK"), true));
        QCOMPARE(created.status, 200);
        QCOMPARE(keys(created.json()), set({"id", "invoiceNumber"}));
        const EmulatorState::Invoice& booked = m_emulator->state().invoices().constLast();
        QCOMPARE(booked.vatTotal, Money::fromCents(2040));
        QCOMPARE(booked.totalIncl, Money::fromCents(12040));
        const EmulatorState::Mutation* journal = m_emulator->state().mutation(booked.mutationId);
        QVERIFY(journal);
        QCOMPARE(m_emulator->state().vatTotals(*journal).value(QStringLiteral("AFW_VERK")), Money::fromCents(2040));

        isError(post(QStringLiteral("/v1/invoice"),
                     invoice(QStringLiteral("F20260002"), QStringLiteral("HOOG_VERK_21"), true)),
                400, QStringLiteral("FACT_ITEM_015"), QStringLiteral("items[0].vatAmount"));
        // Without vatAmount an AFW_VERK item books no VAT (C3).
        const Reply withoutVat = post(QStringLiteral("/v1/invoice"),
                                      invoice(QStringLiteral("F20260003"), QStringLiteral("AFW_VERK"), false));
        QCOMPARE(withoutVat.status, 200);
        QCOMPARE(m_emulator->state().invoices().constLast().vatTotal, Money());
    }

    // C2: outstanding items leave out the deprecated relationCode and invoiceNumber; the invoiceNumber query
    // filter is honoured (§1.5); credDeb is required.
    void outstandingItemsWithoutDeprecatedFields()
    {
        const qint64 relation = createRelation(QStringLiteral("WEB00400"));
        QCOMPARE(post(QStringLiteral("/v1/mutation"), sale(relation, QStringLiteral("WS20260010"))).status, 200);
        QCOMPARE(post(QStringLiteral("/v1/mutation"), sale(relation, QStringLiteral("WS20260011"))).status, 200);
        const Reply all = get(QStringLiteral("/v1/mutation/invoice/outstanding?credDeb=D"));
        QCOMPARE(all.status, 200);
        const QJsonArray items = all.json().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 2);
        const QJsonObject item = items.first().toObject();
        QCOMPARE(keys(item), set({"date", "mutationId", "relationId", "company", "totalAmount", "paidAmount",
                                  "outstandingAmount"}));
        QCOMPARE(item.value(QLatin1String("relationId")).toInteger(), relation);
        QVERIFY2(all.body.contains("\"totalAmount\":121.00"), all.body.constData()); // a number, two decimals
        const Reply one = get(QStringLiteral("/v1/mutation/invoice/outstanding?credDeb=D&invoiceNumber=WS20260011"));
        QCOMPARE(one.json().value(QLatin1String("items")).toArray().size(), 1);
        QCOMPARE(get(QStringLiteral("/v1/mutation/invoice/outstanding?credDeb=D&invoiceNumber=WS20269999"))
                     .json()
                     .value(QLatin1String("count"))
                     .toInt(),
                 0);
        isError(get(QStringLiteral("/v1/mutation/invoice/outstanding")), 400, QStringLiteral("ERR_002"),
                QStringLiteral("credDeb"));
    }

    // C6: a Belgian administration takes BE_* codes only (an NL code is MUT_109), and a token on the wrong
    // domain (.nl for a Belgian administration) starts no session: SECURITY_011.
    void belgianAdministration()
    {
        m_emulator->state().country = QStringLiteral("BE");
        m_emulator->sessions().domainCountry = QStringLiteral("BE");
        const qint64 relation = createRelation(QStringLiteral("WEB00600"));
        isError(post(QStringLiteral("/v1/mutation"), sale(relation, QStringLiteral("WS20260030"))), 400,
                QStringLiteral("MUT_109"), QStringLiteral("rows[0].vatCode"));
        const Reply belgian = post(QStringLiteral("/v1/mutation"),
                                   sale(relation, QStringLiteral("WS20260030")).replace("HOOG_VERK_21", "BE_21_VERK"));
        QCOMPARE(belgian.status, 200);
        QCOMPARE(m_emulator->state().grossTotal(
                     *m_emulator->state().mutation(belgian.json().value(QLatin1String("id")).toInteger())),
                 Money::fromCents(12100));

        m_emulator->sessions().domainCountry = QStringLiteral("NL"); // the Belgian administration's token on .nl
        const Reply wrongDomain =
            send("POST", QStringLiteral("/v1/session"), R"({"accessToken":"fidelity-token-1","source":"Boekhbrug"})");
        isError(wrongDomain, 403, QStringLiteral("SECURITY_011"));
        QCOMPARE(wrongDomain.json().value(QLatin1String("type")).toString(), QStringLiteral("security"));
    }

    // C5: an opening balance is listed with id 0; read strictly, the field report lists every item with id 0,
    // while the POST's own reply always carries the real id.
    void mutationListItemsWithIdZero()
    {
        m_emulator->state().addOpeningBalance(QDate(2025, 12, 31), m_bank, Money::fromCents(40000));
        const Reply list = get(QStringLiteral("/v1/mutation"));
        const QJsonArray items = list.json().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject opening = items.first().toObject();
        QCOMPARE(keys(opening), set({"id", "type", "date", "invoiceNumber", "ledgerId", "amount", "entryNumber"}));
        QCOMPARE(opening.value(QLatin1String("id")).toInteger(), 0);
        QCOMPARE(opening.value(QLatin1String("type")).toInt(), 0);
        QCOMPARE(opening.value(QLatin1String("invoiceNumber")).toString(), QString());

        m_emulator->state().mutationListWithoutIds = true;
        const qint64 relation = createRelation(QStringLiteral("WEB00500"));
        const Reply sold = post(QStringLiteral("/v1/mutation"), sale(relation, QStringLiteral("WS20260020")));
        const qint64 id = sold.json().value(QLatin1String("id")).toInteger();
        QVERIFY(id > 0);
        const QJsonArray found =
            get(QStringLiteral("/v1/mutation?invoiceNumber=WS20260020")).json().value(QLatin1String("items")).toArray();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().toObject().value(QLatin1String("id")).toInteger(), 0);
        QCOMPARE(get(QStringLiteral("/v1/mutation/%1").arg(id)).json().value(QLatin1String("id")).toInteger(), id);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorFidelity)
#include "tst_emulatorfidelity.moc"
