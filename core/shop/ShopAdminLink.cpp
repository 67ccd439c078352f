#include "ShopAdminLink.h"

#include <QUrlQuery>

namespace {

bool usable(const QUrl& adminBase)
{
    return adminBase.isValid() && !adminBase.host().isEmpty() &&
           (adminBase.scheme() == u"https"_qs || adminBase.scheme() == u"http"_qs);
}

// Shop ids are numbers; anything else would change the path or the query it is put in.
bool plainId(const QString& id)
{
    bool number = false;
    return id.toULongLong(&number) > 0 && number;
}

} // namespace

QUrl ShopAdminLink::document(const QString& platform, const QUrl& adminBase, DocumentKind kind, const QString& shopId,
                             const QString& orderId)
{
    if (!usable(adminBase))
        return {};
    if (platform == u"magento"_qs && plainId(shopId)) {
        return kind == DocumentKind::Invoice
                   ? withPath(adminBase, QStringLiteral("sales/invoice/view/invoice_id/%1/").arg(shopId))
                   : withPath(adminBase, QStringLiteral("sales/creditmemo/view/creditmemo_id/%1/").arg(shopId));
    }
    if (platform == u"prestashop"_qs && plainId(orderId))
        return prestaShopController(adminBase, QStringLiteral("AdminOrders"), QStringLiteral("id_order"), orderId,
                                    QStringLiteral("vieworder"));
    return {};
}

QUrl ShopAdminLink::customer(const QString& platform, const QUrl& adminBase, const QString& shopId)
{
    if (!usable(adminBase) || !plainId(shopId))
        return {};
    if (platform == u"magento"_qs)
        return withPath(adminBase, QStringLiteral("customer/index/edit/id/%1/").arg(shopId));
    if (platform == u"prestashop"_qs)
        return prestaShopController(adminBase, QStringLiteral("AdminCustomers"), QStringLiteral("id_customer"), shopId,
                                    QStringLiteral("viewcustomer"));
    return {};
}

QUrl ShopAdminLink::withPath(const QUrl& adminBase, const QString& path)
{
    QUrl url = adminBase;
    QString base = url.path();
    if (!base.endsWith(u'/'))
        base += u'/';
    url.setPath(base + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl ShopAdminLink::prestaShopController(const QUrl& adminBase, const QString& controller, const QString& idName,
                                         const QString& id, const QString& view)
{
    QUrl url = withPath(adminBase, QStringLiteral("index.php"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("controller"), controller);
    query.addQueryItem(idName, id);
    query.addQueryItem(view, QStringLiteral("1"));
    url.setQuery(query);
    return url;
}
