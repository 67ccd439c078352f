#pragma once

#include "KeysetQuery.h"
#include "MagentoSettings.h"
#include "MagentoShopInfo.h"
#include "ShopConnector.h"
#include "ShopHttpClient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrlQuery>

#include <memory>

// Magento 2 over REST: invoices, credit memos and customers by searchCriteria on updated_at (created_at for a
// backfill), each invoice and credit memo joined with its order (fetched per page with one `entity_id in`
// query), store views for time zone, base currency and web site.
class MagentoConnector : public ShopConnector
{
    Q_DECLARE_TR_FUNCTIONS(MagentoConnector)

public:
    explicit MagentoConnector(MagentoSettings settings);
    ~MagentoConnector() override;

    QString platform() const override { return QStringLiteral("magento"); }
    QStringList resources() const override;
    PullReport pull(PullSink& sink) override;
    PullReport backfill(PullSink& sink, const QDate& from, const QDate& until) override;
    ShopConnectionTest testConnection() override;

    int requestsSent() const { return m_client.requestsSent(); }

    // searchCriteria for one keyset page (public for tests of the wire format).
    static QUrlQuery searchCriteria(const KeysetQuery& query, const QString& idField);
    // A list page must be {"items": [...], "total_count": n}.
    static bool isSearchResult(const QJsonDocument& document);
    // Where the REST API may be for an address as a merchant types it: the address itself when it is one
    // (".../rest", ".../rest/<store code>"), else <address>/rest, <address>/index.php/rest, for a store view's
    // home page (".../nl") also .../rest/nl and .../index.php/rest/nl, and last the address as typed.
    static QList<QUrl> restBaseCandidates(const QUrl& typed);
    // The ACL resources the connector reads with (API-shops.md S4), with their names in Magento's admin.
    static QList<QPair<QString, QString>> requiredResources();

private:
    class Source;
    friend class Source;

    PullReport run(PullSink& sink, const QString& suffix, bool backfill, const QString& from, const QString& until);
    bool loadShopInfo(QString& error);
    // Tries restBaseCandidates() with GET V1/store/storeConfigs until Magento answers (data or a refusal of its
    // own); the client then stays on that address. `reply` is that answer, or the first failure.
    bool findRestBase(JsonReply& reply);
    // A refusal in the bookkeeper's words; a refused signature also names the proxy case (S5).
    QString explainRefusal(const JsonReply& reply) const;
    // The objects of `ids` from a list endpoint, keyed by entity id; false with an error when unreadable.
    bool fetchByIds(const QString& path, const QSet<qint64>& ids, QHash<qint64, QJsonObject>& out, QString& error);
    // Every invoice of these orders, keyed by order entity id.
    bool fetchInvoicesOfOrders(const QSet<qint64>& orderIds, QHash<qint64, QList<QJsonObject>>& out, QString& error);

    MagentoSettings m_settings;
    ShopHttpClient m_client;
    std::optional<MagentoShopInfo> m_shop;
};
