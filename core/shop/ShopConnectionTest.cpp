#include "ShopConnectionTest.h"

ShopConnectionTest ShopConnectionTest::failed(const JsonReply& reply, const QString& shopName)
{
    ShopConnectionTest test;
    if (reply.insecure) {
        test.outcome = Outcome::Insecure;
        test.message = reply.error;
    } else if (reply.status == 401 || reply.status == 403) {
        test.outcome = Outcome::KeyRefused;
        test.message = tr("The shop refused the keys (HTTP %1). Check that they are copied completely and that "
                          "the %2 integration may read orders, invoices and customers.")
                           .arg(reply.status)
                           .arg(shopName);
    } else if (reply.status == 0) {
        test.outcome = Outcome::Unreachable;
        test.message =
            tr("The shop could not be reached: %1 Check the address and the internet connection.").arg(reply.error);
    } else {
        test.outcome = Outcome::NotAShop;
        test.message = tr("Something answered at this address, but not the %1 API (HTTP %2). Check the API "
                          "address: it usually ends in %3.")
                           .arg(shopName)
                           .arg(reply.status)
                           .arg(shopName == u"Magento" ? QStringLiteral("/rest") : QStringLiteral("/api"));
    }
    return test;
}

ShopConnectionTest ShopConnectionTest::connected(const QString& message)
{
    ShopConnectionTest test;
    test.outcome = Outcome::Connected;
    test.message = message;
    return test;
}
