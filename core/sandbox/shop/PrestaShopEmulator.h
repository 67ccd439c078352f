#pragma once

#include "domain/CreditMemo.h"
#include "domain/Customer.h"
#include "domain/Invoice.h"
#include "SandboxHttpServer.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTimeZone>
#include <QUrl>

#include <memory>

// A PrestaShop shop on 127.0.0.1 speaking the webservice wire format of API-shops.md 2: the key as HTTP basic
// user (401 otherwise), output_format=JSON, display=full, filter[field]=[a|b] / [from,until) / >[x] / <[x],
// date=1 required for date filters, sort=[field_ASC,...], limit=offset,n; and its quirks: an empty list is [],
// amounts are strings with six decimals, ids are numbers or strings, unset dates are 0000-00-00 00:00:00,
// line VAT only through order_details -> taxes (one tax rate written as a fraction), shipping VAT in
// carrier_tax_rate, dates in the shop's local time (Europe/Amsterdam).
//
// The data is generated from a seed: B2C/B2B, NL/EU (OSS and ICP)/non-EU, 21/9/0 and foreign rates, discounts,
// shipping, gift wrapping, order slips, orders in states that are not bookable, customers with several
// addresses (and orders pointing at an address that no longer exists, for the fallback). Every document is
// also kept as the domain record a correct connector must produce (expected*()).
class PrestaShopEmulator : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        quint64 seed = 1;
        int orders = 40;
        QString webserviceKey = QStringLiteral("SANDBOXKEY0123456789ABCDEFGHIJKLM");
        bool keepExpected = true;
    };
    struct Record
    {
        qint64 id = 0;
        QJsonObject object;
    };

    explicit PrestaShopEmulator(Options options, QObject* parent = nullptr);
    ~PrestaShopEmulator() override;

    bool start();
    QUrl apiBaseUrl() const; // http://127.0.0.1:<port>/api
    SandboxHttpServer& server() { return *m_server; }
    const Options& options() const { return m_options; }
    static QByteArray timeZone() { return "Europe/Amsterdam"; }
    static QString website() { return QStringLiteral("Sandbox PrestaShop"); }
    // The order states a bookkeeper would pick: payment accepted, processing, shipped, delivered, and shipped
    // on account (unpaid).
    static QList<qint64> bookableStates() { return {2, 3, 4, 5, 14}; }
    static constexpr qint64 paymentAccepted = 2;

    // The orders now in a bookable state, as invoices; and the ids of the others.
    QList<Invoice> expectedInvoices() const;
    QStringList expectedOpenOrders() const;
    const QList<CreditMemo>& expectedCreditMemos() const { return m_expectedCreditMemos; }
    const QList<Customer>& expectedCustomers() const { return m_expectedCustomers; }

    void addOrders(int count);
    // Renames the first line of an order and moves its date_upd past everything, as an edit in the back office.
    void touchOrder(qint64 orderId, const QString& newName);
    // Moves an order to another state. PrestaShop normally touches date_upd; touchDateUpd=false models a module
    // that does not, which only the re-check of open orders notices. A move to a paid state registers a payment
    // and an invoice number.
    void setOrderState(qint64 orderId, qint64 state, bool touchDateUpd);
    // Deletes an order (e.g. a test order removed by the merchant).
    void deleteOrder(qint64 orderId);
    // A bookable order whose line names a tax the shop does not list: it must be reported, not dropped.
    qint64 addBrokenOrder();

    int ordersGenerated() const { return m_generated; }

private:
    SandboxHttpServer::Response handle(const SandboxHttpServer::Request& request);
    SandboxHttpServer::Response list(const QString& resource, const SandboxHttpServer::Request& request);
    void generateOne();
    QString tick(int seconds); // advances the shop clock, returns the local "YYYY-MM-DD HH:MM:SS"
    quint64 next(quint64 bound);
    Record* find(const QString& resource, qint64 id);

    Options m_options;
    std::unique_ptr<SandboxHttpServer> m_server;
    quint64 m_random;
    QDateTime m_clock; // local wall-clock time of the shop, kept as a plain date-time
    QTimeZone m_zone;
    int m_generated = 0;
    qint64 m_nextInvoiceNumber = 1;
    qint64 m_nextSlipId = 1;
    qint64 m_nextPaymentId = 1;
    QMap<QString, QList<Record>> m_records; // per resource, in id order
    QMap<qint64, Invoice> m_expectedOrders; // every order as it would be booked
    QList<CreditMemo> m_expectedCreditMemos;
    QList<Customer> m_expectedCustomers;
};
