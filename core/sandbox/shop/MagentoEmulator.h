#pragma once

#include "domain/CreditMemo.h"
#include "domain/Customer.h"
#include "domain/Invoice.h"
#include "SandboxHttpServer.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

// A Magento 2 shop on 127.0.0.1 speaking the REST wire format of API-shops.md: searchCriteria with filter
// groups, sort orders and paging (a page past the end repeats the last page), total_count, UTC dates, base_*
// and order-currency amounts, configurable parent/child items, item_applied_taxes incl. shipping, the
// singular /V1/creditmemo/{id}, OAuth 1.0a HMAC-SHA256 signatures checked as Magento checks them (or Bearer when
// allowed), ACL resources per route, and what API-shops.md S3-S8 found real shops send: offline credit memos
// without invoice_id, canceled invoices, orders without item_applied_taxes, per-rate delta rounding of row VAT,
// a fully discounted order.
//
// The data is generated from a seed: the same seed and size give the same shop. Every generated document is
// also kept as the domain record a correct connector must produce (expected*()), so tests compare against it.
class MagentoEmulator : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        quint64 seed = 1;
        int invoices = 40;
        QString consumerKey = QStringLiteral("sandbox-consumer-key");
        QString consumerSecret = QStringLiteral("sandbox-consumer-secret");
        QString accessToken = QStringLiteral("sandbox-access-token");
        QString accessTokenSecret = QStringLiteral("sandbox-access-token-secret");
        bool bearerAllowed = false;
        bool keepExpected = true; // false for benchmarks with 100,000 documents
        // The integration's ACL resources (API-shops.md S4); a call outside them is refused with 401 "The consumer
        // isn't authorized to access %resources.". By default the three the connector needs.
        QStringList grantedResources{QStringLiteral("Magento_Backend::store"), QStringLiteral("Magento_Sales::sales"),
                                     QStringLiteral("Magento_Customer::customer")};
        // Where the REST API lives on the host: "/rest", "/index.php/rest" (no URL rewrites) or "/rest/<store
        // code>". Requests elsewhere get the shop's HTML home page with 404, as a web server in front of it does.
        QString restPrefix = QStringLiteral("/rest");
        // S5: behind a TLS-terminating proxy Magento rebuilds the request URL as http:// and checks signatures
        // against that. Here the shop checks against the other scheme than the client used, so every signature
        // fails as it does there.
        bool behindTlsProxy = false;
    };

    explicit MagentoEmulator(Options options, QObject* parent = nullptr);
    ~MagentoEmulator() override;

    bool start();
    QUrl restBaseUrl() const; // http://127.0.0.1:<port><restPrefix>
    QUrl homePageUrl() const; // http://127.0.0.1:<port>: what a merchant types as the shop's address
    SandboxHttpServer& server() { return *m_server; }
    const Options& options() const { return m_options; }

    const QList<Invoice>& expectedInvoices() const { return m_expectedInvoices; }
    const QList<CreditMemo>& expectedCreditMemos() const { return m_expectedCreditMemos; }
    const QList<Customer>& expectedCustomers() const { return m_expectedCustomers; }

    // Adds `count` new invoices (with orders, customers, credit memos) changed after everything so far.
    void addInvoices(int count);
    // Changes the description of the first line of invoice number `index` (0-based) and moves its updated_at
    // past every other document, as a shop does when an invoice is edited during a pull.
    void touchInvoice(int index, const QString& newDescription);
    // Serves a broken invoice (no grand_total) whose order does not exist, to prove it is reported.
    void addBrokenInvoice();
    // Cancels invoice number `index` (0-based; Magento cancels only open invoices): state 3 (API-shops.md S6),
    // updated_at moved past every other document. Its expected record is removed: a canceled invoice is no sale.
    // Returns false when that invoice is not open.
    bool cancelInvoice(int index);
    // Invoices the order of invoice `index` a second time (a partial invoice of the rest) and refunds it offline
    // from the order view, so the credit memo names no invoice and its order has two (S3). Returns the credit
    // memo's entity id; the memo is not in expectedCreditMemos(): a connector must hold it, not guess.
    qint64 addOfflineCreditMemoOnTwiceInvoicedOrder(int index);

    QString latestTimestamp() const { return m_clock.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")); }

    struct Record
    {
        QString updatedAt;
        QString createdAt;
        qint64 id = 0;
        QJsonObject object;
    };

private:
    SandboxHttpServer::Response handle(const SandboxHttpServer::Request& request);
    bool authorised(const SandboxHttpServer::Request& request, QByteArray& why);
    bool signatureValid(const SandboxHttpServer::Request& request, const QHash<QByteArray, QString>& protocol,
                        const QString& method) const;
    void generateOne();
    static void sortRecords(QList<Record>& records);

    Options m_options;
    std::unique_ptr<SandboxHttpServer> m_server;
    quint64 m_random;
    QDateTime m_clock;
    int m_generated = 0;
    QList<Record> m_invoices;
    QList<Record> m_creditMemos;
    QList<Record> m_customers;
    QHash<qint64, QJsonObject> m_orders;
    QList<Record> m_orderRecords; // created in (updated_at, id) order
    QSet<QByteArray> m_nonces;
    QList<Invoice> m_expectedInvoices;
    QList<CreditMemo> m_expectedCreditMemos;
    QList<Customer> m_expectedCustomers;
};
