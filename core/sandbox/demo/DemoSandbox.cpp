#include "DemoSandbox.h"

#include "eboekhouden/RestClient.h"
#include "EBoekhoudenEmulator.h"
#include "MagentoEmulator.h"
#include "rules/VatNumberValidator.h"
#include "SandboxVatNumber.h"
#include "shop/MagentoConnector.h"
#include "VatMappingProposal.h"
#include "ViesEmulator.h"

namespace {

const QString demoToken = QStringLiteral("demo-api-token-not-a-secret");

} // namespace

DemoSandbox::DemoSandbox(int invoices, QObject* parent)
    : QObject(parent)
    , m_eboekhouden(std::make_unique<EBoekhoudenEmulator>())
    , m_shop(std::make_unique<MagentoEmulator>(
          MagentoEmulator::Options{.seed = 2026, .invoices = invoices, .keepExpected = false}))
    , m_vies(std::make_unique<ViesEmulator>())
{
    EmulatorState& administration = m_eboekhouden->state();
    administration.administrationName = tr("Demo webshop (sandbox)");
    // With its ledger for VAT owed abroad under OSS, 1560 (the demo shop sells to DE, FR and AT consumers).
    administration.seedDemoAdministration();
    m_eboekhouden->addAccessToken(demoToken);
    // The demo shop's business customers abroad ("Bedrijf <n> BV") are registered in the demo's VIES with the
    // numbers SandboxVatNumber gives (the shop emulators give the same), so their ICP sales book as a real
    // administration's would.
    for (int customer = 1; customer <= invoices; ++customer) {
        for (const char* country : {"BE", "DE", "FR", "AT"}) {
            const VatNumberValidator::Result number =
                VatNumberValidator::validate(SandboxVatNumber::of(QString::fromLatin1(country), customer));
            if (number.valid)
                m_vies->addRegistered(number.normalised, QStringLiteral("Bedrijf %1 BV").arg(customer));
        }
    }
}

DemoSandbox::~DemoSandbox() = default;

bool DemoSandbox::start()
{
    return m_eboekhouden->start() && m_shop->start() && m_vies->start();
}

SyncEngine::ClientFactory DemoSandbox::clientFactory() const
{
    const QUrl url = m_eboekhouden->restUrl();
    return [url] {
        RestClient::Settings settings;
        settings.baseUrl = url;
        settings.timeoutMs = 10000;
        return std::unique_ptr<EBoekhoudenClient>(std::make_unique<RestClient>(demoToken, settings));
    };
}

SyncEngine::ConnectorFactory DemoSandbox::connectorFactory() const
{
    MagentoSettings settings;
    settings.restBaseUrl = m_shop->restBaseUrl();
    settings.consumerKey = m_shop->options().consumerKey;
    settings.consumerSecret = m_shop->options().consumerSecret;
    settings.accessToken = m_shop->options().accessToken;
    settings.accessTokenSecret = m_shop->options().accessTokenSecret;
    return [settings] { return std::unique_ptr<ShopConnector>(std::make_unique<MagentoConnector>(settings)); };
}

SyncConfiguration DemoSandbox::configuration() const
{
    SyncConfiguration configuration;
    configuration.settings.shopCountry = QStringLiteral("NL");
    configuration.settings.ossRegistered = true;
    configuration.settings.debtorLedger = QStringLiteral("1300");
    configuration.settings.defaultBankLedger = QStringLiteral("1010");
    configuration.settings.bookPayments = true;
    // The mapping a bookkeeper gets proposed for this administration: its ledgers chosen by name.
    VatMappingProposal::Inputs inputs;
    inputs.ossRegistered = true;
    for (const EmulatorState::Ledger& ledger : m_eboekhouden->state().ledgers())
        inputs.ledgers.append({ledger.id, ledger.code, ledger.description, ledger.category, ledger.group});
    configuration.vatMapping = VatMappingProposal::propose(inputs).mapping;
    configuration.vies.baseUrl = m_vies->baseUrl(); // nothing leaves this computer
    return configuration;
}
