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
// user (401 otherwise), output_format=JSON, display=full, filter[field]=[a|b] / [from,until] (BETWEEN, both ends
// inclusive: S1) / >[x] / <[x], date=1 required for date filters, sort=[field_ASC,...], limit=offset,n; and its quirks:
// an empty list is [], amounts are strings with six decimals, ids are numbers or strings, unset dates are 0000-00-00
// 00:00:00, line VAT only through order_details -> taxes (one tax rate written as a fraction), shipping VAT in
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
        // The resources the key may read (View/GET); empty: all of them. Any other resource answers 401, as
        // PrestaShop's WebserviceRequest::checkResource does (issue 13 item 13).
        QStringList permittedResources = {};
        // A host running PHP as CGI/FastCGI: the Authorization header never reaches PrestaShop, only ?ws_key=
        // does (API-shops.md S9).
        bool cgiMode = false;
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
    // Exactly the permissions the PrestaShop manual in shared/seeds (004) tells the merchant to grant: addresses,
    // categories, countries, customers, order details, orders, order states, products, taxes. It lacks
    // order_slip, order_payments and currencies (issue 13 item 13).
    static QStringList seedManualPermissions();

    // The orders now in a bookable state, as invoices; and the ids of the others.
    QList<Invoice> expectedInvoices() const;
    QStringList expectedOpenOrders() const;
    const QList<CreditMemo>& expectedCreditMemos() const { return m_expectedCreditMemos; }
    const QList<Customer>& expectedCustomers() const { return m_expectedCustomers; }

    void addOrders(int count);
    // Renames the first line of an order and moves its date_upd past everything, as an edit in the back office.
    void touchOrder(qint64 orderId, const QString& newName);
    // Gives these orders one and the same date_upd, `secondsLater` after the shop clock, as a bulk status change
    // or an import in the back office does (API-shops.md S1: more orders in one second than fit on a page).
    void touchOrdersAtOnce(const QList<qint64>& orderIds, int secondsLater);
    // Moves an order to another state. PrestaShop normally touches date_upd; touchDateUpd=false models a module
    // that does not, which only the re-check of open orders notices. A move to a paid state registers a payment
    // and an invoice number.
    void setOrderState(qint64 orderId, qint64 state, bool touchDateUpd);
    // Makes an order state a total incl. VAT `centsOff` away from its parts, as a module or an edit in the
    // database can leave it (issue 13: an order 0.50 off was booked without a word). The expected invoice states
    // the same: the connector reads what the shop says; the pre-check must refuse it.
    void setStatedTotalOff(qint64 orderId, qint64 centsOff);
    // Deletes an order (e.g. a test order removed by the merchant).
    void deleteOrder(qint64 orderId);
    // A bookable order whose line names a tax the shop does not list: it must be reported, not dropped.
    qint64 addBrokenOrder();

    int ordersGenerated() const { return m_generated; }
    // How many orders state a total a cent off their rounded parts, and how many slips a header a cent off their
    // rounded lines (PrestaShop's rounding, issue 13 item 12): so a test knows the case is there.
    int ordersWithRoundedTotal() const { return m_ordersWithRoundedTotal; }
    int slipsWithRoundedHeader() const { return m_slipsWithRoundedHeader; }
    // Slips that refund shipping only in shipping_cost_amount (API-shops.md S9).
    int slipsWithShippingOnlyAsAmount() const { return m_slipsWithShippingOnlyAsAmount; }
    // Carts PrestaShop split over two orders that share one reference and one payment (API-shops.md S9).
    int splitCarts() const { return m_splitCarts; }

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
    int m_ordersWithRoundedTotal = 0;
    int m_slipsWithRoundedHeader = 0;
    int m_slipsWithShippingOnlyAsAmount = 0;
    int m_splitCarts = 0;
    // invoice_number and id_order_slip are two sequences that both start at 1, so an invoice and a slip share
    // numbers as in a real shop (API-shops.md S2; OrderInvoice.php, OrderSlip.php).
    qint64 m_nextInvoiceNumber = 1;
    qint64 m_nextSlipId = 1;
    qint64 m_nextPaymentId = 1;
    QMap<QString, QList<Record>> m_records; // per resource, in id order
    QMap<qint64, Invoice> m_expectedOrders; // every order as it would be booked
    QList<CreditMemo> m_expectedCreditMemos;
    QList<Customer> m_expectedCustomers;
};
