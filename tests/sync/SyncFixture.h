#pragma once

#include "eboekhouden/RestClient.h"
#include "eboekhouden/SoapClient.h"
#include "EBoekhoudenEmulator.h"
#include "store/DocumentRepository.h"
#include "store/StoreFixture.h"
#include "sync/SyncEngine.h"
#include "ViesEmulator.h"

// A store, an e-Boekhouden emulator with the demo administration, and an engine between them: what a test of
// the sync needs, so that each test reads as a story (seed documents, run, look at what e-Boekhouden got).
struct SyncFixture
{
    StoreFixture store;
    mutable EBoekhoudenEmulator emulator;
    // The EU's VIES for the ICP sales, with the fixture customers' Belgian VAT number registered.
    mutable ViesEmulator vies;
    QString token = QStringLiteral("sync-test-token-1");
    SyncConfiguration configuration;

    SyncFixture()
    {
        emulator.state().seedDemoAdministration();
        emulator.addAccessToken(token);
        emulator.start();
        vies.addRegistered(QStringLiteral("BE0123456749"), QStringLiteral("Klant BVBA"), QStringLiteral("Gent"));
        vies.start();
        configuration.vies.baseUrl = vies.baseUrl();
        configuration.vies.timeoutMs = 1500;
        configuration.vatMapping = VatMapping::defaultProposal({});
        configuration.firstRetryDelay = std::chrono::milliseconds(10);
        configuration.maxRetryDelay = std::chrono::milliseconds(50);
    }

    std::unique_ptr<SyncEngine> engine(const QString& withToken = {})
    {
        const QUrl url = emulator.restUrl();
        const QString usedToken = withToken.isEmpty() ? token : withToken;
        return std::make_unique<SyncEngine>(
            store.database->path(),
            [url, usedToken] {
                RestClient::Settings settings;
                settings.baseUrl = url;
                settings.timeoutMs = 1500;
                settings.wait = [](int) {}; // Retry-After is the engine's business in these tests
                settings.maxRateLimitRetries = 0;
                return std::unique_ptr<EBoekhoudenClient>(std::make_unique<RestClient>(usedToken, settings));
            },
            configuration);
    }

    // The same over the SOAP API (username and security codes), as older administrations book.
    std::unique_ptr<SyncEngine> soapEngine()
    {
        emulator.addSoapUser(QStringLiteral("soap-user"), QStringLiteral("code-one"), QStringLiteral("code-two"));
        const QUrl url = emulator.soapUrl();
        return std::make_unique<SyncEngine>(
            store.database->path(),
            [url] {
                SoapClient::Settings settings;
                settings.endpoint = url;
                settings.timeoutMs = 1500;
                return std::unique_ptr<EBoekhoudenClient>(std::make_unique<SoapClient>(
                    QStringLiteral("soap-user"), QStringLiteral("code-one"), QStringLiteral("code-two"), settings));
            },
            configuration);
    }

    // A plausible invoice of customer `customer` (0..n): 2 × 10.00 at 21% plus 4.13 + 0.87 shipping.
    static Invoice invoice(int number, int customer)
    {
        Invoice invoice = StoreFixture::invoice(QString::number(number), QString::number(100000000 + number));
        invoice.customer.shopId = QString::number(customer);
        invoice.customer.email = QStringLiteral("klant%1@example.nl").arg(customer);
        invoice.customer.firstName = QStringLiteral("Klaartje");
        invoice.customer.lastName = QStringLiteral("Pietersen");
        invoice.billingAddress.firstName = invoice.customer.firstName;
        invoice.billingAddress.lastName = invoice.customer.lastName;
        invoice.billingAddress.city = QStringLiteral("Utrecht");
        return invoice;
    }

    // Invoice `shopId` numbered as Magento numbers it (API-shops.md S2: "000000001", ...).
    static Invoice magentoInvoice(int shopId, int customer)
    {
        Invoice invoice = SyncFixture::invoice(shopId, customer);
        invoice.number = QStringLiteral("%1").arg(shopId, 9, 10, QLatin1Char('0'));
        return invoice;
    }

    // A credit memo of the whole of magentoInvoice(invoiceShopId), numbered in its own sequence from 1 (S2).
    static CreditMemo magentoCreditMemo(int memoNumber, int invoiceShopId, int customer)
    {
        CreditMemo memo;
        static_cast<SalesDocument&>(memo) = magentoInvoice(invoiceShopId, customer);
        memo.kind = DocumentKind::CreditMemo;
        memo.shopId = QStringLiteral("cm%1").arg(memoNumber);
        memo.number = QStringLiteral("%1").arg(memoNumber, 9, 10, QLatin1Char('0'));
        memo.invoiceShopId = QString::number(invoiceShopId);
        memo.invoiceNumber = QStringLiteral("%1").arg(invoiceShopId, 9, 10, QLatin1Char('0'));
        return memo;
    }

    qint64 add(const CreditMemo& memo) { return *DocumentRepository(*store.database).upsert(memo); }

    // The mutations of `type` e-Boekhouden holds under a number.
    int mutationsFor(const QString& invoiceNumber, int type) const
    {
        int count = 0;
        for (const auto& mutation : emulator.state().mutations())
            count += mutation.invoiceNumber == invoiceNumber && mutation.type == type ? 1 : 0;
        return count;
    }

    qint64 add(const SalesDocument& document) { return *DocumentRepository(*store.database).upsert(document); }

    StoredDocument document(qint64 id) { return *DocumentRepository(*store.database).find(id); }

    // The sales mutations e-Boekhouden holds for an invoice number.
    int mutationsFor(const QString& invoiceNumber) const
    {
        int count = 0;
        for (const auto& mutation : emulator.state().mutations())
            count += mutation.invoiceNumber == invoiceNumber ? 1 : 0;
        return count;
    }
};
