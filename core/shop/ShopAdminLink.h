#pragma once

#include "domain/DocumentKind.h"

#include <QString>
#include <QUrl>

// Where a document or customer is shown in the shop's back office, for "Open in shop". The admin address is
// the shop's own (Magento's admin front name and PrestaShop's admin folder are chosen per shop), so it comes
// from the profile; without it there is no link.
class ShopAdminLink
{
public:
    // Magento: <admin>/sales/invoice/view/invoice_id/<id>/ and …/creditmemo/view/creditmemo_id/<id>/.
    // PrestaShop has no page per invoice or order slip: both open their order (AdminOrders, which asks for
    // the admin login and its token itself).
    static QUrl document(const QString& platform, const QUrl& adminBase, DocumentKind kind, const QString& shopId,
                         const QString& orderId);
    static QUrl customer(const QString& platform, const QUrl& adminBase, const QString& shopId);

private:
    static QUrl withPath(const QUrl& adminBase, const QString& path);
    static QUrl prestaShopController(const QUrl& adminBase, const QString& controller, const QString& idName,
                                     const QString& id, const QString& view);
};
