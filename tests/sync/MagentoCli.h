#pragma once

#include "EBoekhoudenEmulator.h"
#include "MagentoEmulator.h"
#include "SandboxVatNumber.h"
#include "ViesEmulator.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>

#include <memory>

// What the tests that run boekhoudbrug-cli against the emulators (Magento's shop, e-Boekhouden, VIES) share.

// A VIES emulator on 127.0.0.1 with the Belgian business customers of Magento's emulator registered, as a real
// shop's are, so their ICP sales pass VIES. Magento's emulator gives invoice i to customer 1 + (i - 1) / 2.
// Nothing when it cannot listen.
inline std::unique_ptr<ViesEmulator> startedViesForMagento(int invoices)
{
    auto vies = std::make_unique<ViesEmulator>();
    QList<qint64> customers;
    for (qint64 customer = 1; customer <= 1 + (invoices - 1) / 2; ++customer)
        customers.append(customer);
    for (const auto& [number, name] : SandboxVatNumber::belgianRegistrations(customers))
        vies->addRegistered(number, name);
    if (!vies->start())
        return nullptr;
    return vies;
}

// The shop's variables under `prefix` (BOEKHOUDBRUG_, or a profile's BOEKHOUDBRUG_<PROFILE>_).
inline void addMagentoShop(QProcessEnvironment& environment, const QString& prefix, const MagentoEmulator& shop)
{
    const MagentoEmulator::Options& keys = shop.options();
    environment.insert(prefix + u"SHOP"_qs, u"magento"_qs);
    environment.insert(prefix + u"SHOP_URL"_qs, shop.restBaseUrl().toString());
    environment.insert(prefix + u"MAGENTO_CONSUMER_KEY"_qs, keys.consumerKey);
    environment.insert(prefix + u"MAGENTO_CONSUMER_SECRET"_qs, keys.consumerSecret);
    environment.insert(prefix + u"MAGENTO_ACCESS_TOKEN"_qs, keys.accessToken);
    environment.insert(prefix + u"MAGENTO_ACCESS_TOKEN_SECRET"_qs, keys.accessTokenSecret);
}

// A CLI run's environment: the profile's folders under `home` (data, config), English, e-Boekhouden's token and
// address, the VIES to ask, and the shop unless there is none.
inline QProcessEnvironment magentoCliEnvironment(const QString& home, const QString& token,
                                                 const EBoekhoudenEmulator& eboekhouden, const ViesEmulator& vies,
                                                 const MagentoEmulator* shop)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_qs, home + u"/data"_qs);
    environment.insert(u"XDG_CONFIG_HOME"_qs, home + u"/config"_qs);
    environment.insert(u"LANGUAGE"_qs, u"en"_qs);
    environment.insert(u"BOEKHOUDBRUG_EB_API_TOKEN"_qs, token);
    environment.insert(u"BOEKHOUDBRUG_EB_REST_URL"_qs, eboekhouden.restUrl().toString());
    environment.insert(u"BOEKHOUDBRUG_VIES_URL"_qs, vies.baseUrl().toString());
    if (shop)
        addMagentoShop(environment, u"BOEKHOUDBRUG_"_qs, *shop);
    return environment;
}

// What a CLI run printed and exited with; exit code -1 when it did not end in time.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// boekhoudbrug-cli (BOEKHOUDBRUG_CLI, the test target's definition) with `arguments` in `environment`. The
// emulators live on the test's thread: its event loop keeps turning while the CLI works.
inline CliRun runCli(const QProcessEnvironment& environment, const QStringList& arguments, int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(BOEKHOUDBRUG_CLI), arguments);
    if (!finished.wait(timeoutMs))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
