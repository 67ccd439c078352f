#include "shop/ShopAdminLink.h"

#include <QtTest>

// "Open in shop": the back-office pages of each platform, under the shop's own admin address, and no link at
// all when the address or the id cannot make a safe one.
class TestShopAdminLink : public QObject
{
    Q_OBJECT

private slots:
    void magentoPages_data()
    {
        QTest::addColumn<QString>("admin");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("invoice") << "https://shop.example/beheer_x7" << int(DocumentKind::Invoice)
                                 << "https://shop.example/beheer_x7/sales/invoice/view/invoice_id/42/";
        QTest::newRow("credit memo, trailing slash")
            << "https://shop.example/admin/" << int(DocumentKind::CreditMemo)
            << "https://shop.example/admin/sales/creditmemo/view/creditmemo_id/42/";
        QTest::newRow("query dropped") << "https://shop.example/admin?key=abc" << int(DocumentKind::Invoice)
                                       << "https://shop.example/admin/sales/invoice/view/invoice_id/42/";
    }

    void magentoPages()
    {
        QFETCH(QString, admin);
        QFETCH(int, kind);
        QFETCH(QString, expected);
        const QUrl url = ShopAdminLink::document(QStringLiteral("magento"), QUrl(admin), DocumentKind(kind),
                                                 QStringLiteral("42"), QStringLiteral("7"));
        QCOMPARE(url.toString(), expected);
        QCOMPARE(ShopAdminLink::customer(QStringLiteral("magento"), QUrl(admin), QStringLiteral("5")).path(),
                 QUrl(admin).path().chopped(QUrl(admin).path().endsWith(u'/') ? 1 : 0) +
                     u"/customer/index/edit/id/5/"_qs);
    }

    void prestaShopOpensTheOrder()
    {
        const QUrl admin(QStringLiteral("https://winkel.example/admin123abc"));
        for (DocumentKind kind : {DocumentKind::Invoice, DocumentKind::CreditMemo}) {
            const QUrl url = ShopAdminLink::document(QStringLiteral("prestashop"), admin, kind, QStringLiteral("3"),
                                                     QStringLiteral("1001"));
            QCOMPARE(url.toString(), QStringLiteral("https://winkel.example/admin123abc/index.php?"
                                                    "controller=AdminOrders&id_order=1001&vieworder=1"));
        }
        QCOMPARE(ShopAdminLink::customer(QStringLiteral("prestashop"), admin, QStringLiteral("12")).toString(),
                 QStringLiteral("https://winkel.example/admin123abc/index.php?"
                                "controller=AdminCustomers&id_customer=12&viewcustomer=1"));
    }

    void noLinkWithoutASafeAddressOrId()
    {
        const QUrl admin(QStringLiteral("https://shop.example/admin"));
        const auto link = [](const QString& platform, const QUrl& base, const QString& id) {
            return ShopAdminLink::document(platform, base, DocumentKind::Invoice, id, id);
        };
        QVERIFY(!link(QStringLiteral("magento"), QUrl(), QStringLiteral("42")).isValid());
        QVERIFY(!link(QStringLiteral("magento"), QUrl(QStringLiteral("file:///etc/passwd")), QStringLiteral("42"))
                     .isValid());
        QVERIFY(!link(QStringLiteral("magento"), QUrl(QStringLiteral("shop.example/admin")), QStringLiteral("42"))
                     .isValid());
        QVERIFY(!link(QStringLiteral("magento"), admin, QStringLiteral("../../logout")).isValid());
        QVERIFY(!link(QStringLiteral("magento"), admin, QStringLiteral("")).isValid());
        QVERIFY(!link(QStringLiteral("prestashop"), admin, QStringLiteral("1&controller=AdminEmployees")).isValid());
        QVERIFY(!link(QStringLiteral("shopify"), admin, QStringLiteral("42")).isValid());
        QVERIFY(!ShopAdminLink::customer(QStringLiteral("magento"), admin, QStringLiteral("-1")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestShopAdminLink)
#include "tst_shopadminlink.moc"
