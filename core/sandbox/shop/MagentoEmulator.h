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
#include <QUrl>

#include <memory>

// A Magento 2 shop on 127.0.0.1 speaking the REST wire format of API-shops.md: searchCriteria with filter
// groups, sort orders and paging (a page past the end repeats the last page), total_count, UTC dates, base_*
// and order-currency amounts, configurable parent/child items, item_applied_taxes incl. shipping, the
// singular /V1/creditmemo/{id}, OAuth 1.0a HMAC-SHA256 signatures (or Bearer when allowed).
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
    };

    explicit MagentoEmulator(Options options, QObject* parent = nullptr);
    ~MagentoEmulator() override;

    bool start();
    QUrl restBaseUrl() const; // http://127.0.0.1:<port>/rest
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
