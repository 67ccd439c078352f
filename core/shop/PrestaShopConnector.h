#pragma once

#include "KeysetQuery.h"
#include "PrestaShopKeySigner.h"
#include "PrestaShopLookups.h"
#include "PrestaShopOrderData.h"
#include "PrestaShopSettings.h"
#include "ShopConnector.h"
#include "ShopHttpClient.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>

// PrestaShop over its webservice (JSON output, display=full): orders (booked as invoices once in a state the
// bookkeeper chose, otherwise remembered as open and re-checked on every pull), order slips (credit memos) and
// customers, paged on date_upd (date_add for a backfill) in the shop's local time. Per page the connector
// fetches what the mapping needs from other resources with one filter[...]=[a|b|...] query each: order_details,
// customers, addresses, order_payments; countries, taxes and order states once per connector.
class PrestaShopConnector : public ShopConnector
{
    Q_DECLARE_TR_FUNCTIONS(PrestaShopConnector)

public:
    explicit PrestaShopConnector(PrestaShopSettings settings);
    ~PrestaShopConnector() override;

    QString platform() const override { return QStringLiteral("prestashop"); }
    QStringList resources() const override;
    PullReport pull(PullSink& sink) override;
    PullReport backfill(PullSink& sink, const QDate& from, const QDate& until) override;
    ShopConnectionTest testConnection() override;

    int requestsSent() const { return m_requestsBefore + m_client->requestsSent(); }
    // The webservice address in use: the one set up, or the one found from it (a home page: its /api).
    QUrl apiUrl() const { return m_apiUrl; }
    // Whether the connector moved the key to ?ws_key= because the host drops the Authorization header (S9).
    bool switchedKeyToAddress() const { return m_switchedToAddress; }

    // The webservice query of one keyset page (public for tests of the wire format).
    static QUrlQuery listQuery(const KeysetQuery& query);
    // Every webservice resource the key must be allowed to read (View, i.e. GET), for the wizard, the README and
    // the connection test. The PrestaShop manual in the seeds lacks order_slip, order_payments and currencies.
    static QStringList requiredResources();

private:
    class Source;
    friend class Source;

    PullReport run(PullSink& sink, const QString& suffix, bool backfill, const QString& from, const QString& until);
    ResourcePullReport recheckOpenOrders(PullSink& sink);
    bool loadLookups(QString& error);
    // Every record of `resource` whose `field` is one of `values` (asked in chunks); false with an error when
    // the shop could not be read.
    bool fetchWhere(const QString& resource, const QString& field, const QStringList& values, QList<QJsonObject>& out,
                    QString& error);
    bool fetchAll(const QString& resource, QList<QJsonObject>& out, QString& error);
    // The related records of these orders, keyed by order id.
    bool collectOrderData(const QList<QJsonObject>& orders, bool withPayments, QHash<QString, PrestaShopOrderData>& out,
                          QString& error);
    bool isBookable(const QJsonObject& order) const;
    // The connection test's second half: every required resource readable with this key, else which are not.
    ShopConnectionTest checkPermissions(ShopConnectionTest test);
    // A GET of a webservice resource; a refused key is said as such, naming the resource and the permissions,
    // and remembered (m_keyRefused) for the resource's pull report.
    JsonReply get(const QString& resource, const QUrlQuery& query);
    // The first answer is no webservice (a home page, an HTML 404): PrestaShop's webservice is at /api below the
    // shop's address; asked there once. Returns the reply from there when something answered as PrestaShop.
    std::optional<JsonReply> tryApiBelow(const QString& resource, const QUrlQuery& query);
    void useApiUrl(const QUrl& url);
    QString refusalMessage(const QString& resource, int status) const;

    PrestaShopSettings m_settings;
    std::shared_ptr<PrestaShopKeySigner> m_signer;
    QUrl m_apiUrl;
    std::unique_ptr<ShopHttpClient> m_client;
    int m_requestsBefore = 0; // sent by a client replaced when the webservice was found elsewhere
    std::optional<PrestaShopLookups> m_lookups;
    bool m_keyRefused = false;
    bool m_keyAccepted = false;       // a request with the key has been answered: the key travels as it should
    bool m_switchedToAddress = false; // the host dropped the Authorization header: the key went to ?ws_key=
};
