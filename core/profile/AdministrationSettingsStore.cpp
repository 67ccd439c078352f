#include "AdministrationSettingsStore.h"

#include "store/VatMappingRepository.h"

#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace {

QString group(const QString& profile)
{
    return QStringLiteral("profiles/%1/administration").arg(profile);
}

QString formName(AdministrationSettings::BookingForm form)
{
    return form == AdministrationSettings::BookingForm::Invoices ? QStringLiteral("invoices")
                                                                 : QStringLiteral("mutations");
}

const QList<std::pair<InvoiceNumberFormatter::Mode, QString>>& numberingNames()
{
    static const QList<std::pair<InvoiceNumberFormatter::Mode, QString>> names{
        {InvoiceNumberFormatter::Mode::AsInShop, QStringLiteral("asInShop")},
        {InvoiceNumberFormatter::Mode::StripPrefix, QStringLiteral("stripPrefix")},
        {InvoiceNumberFormatter::Mode::DigitsOnly, QStringLiteral("digitsOnly")},
        {InvoiceNumberFormatter::Mode::LetEBoekhouden, QStringLiteral("letEBoekhouden")}};
    return names;
}

// Payment methods are the shop's free text ("Bank/overschrijving", "mollie - iDEAL"): percent-encoded as keys,
// because QSettings takes a '/' for a group. A key saved before without encoding reads back the same.
QHash<QString, QString> readByPaymentMethod(QSettings& settings, const QString& group)
{
    QHash<QString, QString> result;
    settings.beginGroup(group);
    for (const QString& key : settings.childKeys())
        result.insert(QUrl::fromPercentEncoding(key.toUtf8()), settings.value(key).toString());
    settings.endGroup();
    return result;
}

void writeByPaymentMethod(QSettings& settings, const QString& group, const QHash<QString, QString>& values)
{
    settings.beginGroup(group);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        settings.setValue(QString::fromLatin1(QUrl::toPercentEncoding(it.key())), it.value());
    settings.endGroup();
}

} // namespace

AdministrationSettingsStore::Saved AdministrationSettingsStore::load(const QString& profile, QSettings& settings)
{
    Saved saved;
    AdministrationSettings& s = saved.settings;
    settings.beginGroup(group(profile));
    s.shopCountry = settings.value(QStringLiteral("shopCountry"), s.shopCountry).toString();
    s.ossRegistered = settings.value(QStringLiteral("ossRegistered"), s.ossRegistered).toBool();
    s.bookingForm = settings.value(QStringLiteral("bookingForm")).toString() == u"invoices"
                        ? AdministrationSettings::BookingForm::Invoices
                        : AdministrationSettings::BookingForm::Mutations;
    const QString numbering = settings.value(QStringLiteral("invoiceNumbering")).toString();
    for (const auto& [mode, name] : numberingNames())
        if (name == numbering)
            s.invoiceNumbering.mode = mode;
    s.invoiceNumbering.prefix = settings.value(QStringLiteral("invoiceNumberPrefix")).toString();
    s.invoiceTemplate = settings.value(QStringLiteral("invoiceTemplate"), s.invoiceTemplate).toString();
    s.paymentTermDays = settings.value(QStringLiteral("paymentTermDays"), s.paymentTermDays).toInt();
    s.debtorLedger = settings.value(QStringLiteral("debtorLedger"), s.debtorLedger).toString();
    s.defaultBankLedger = settings.value(QStringLiteral("defaultBankLedger"), s.defaultBankLedger).toString();
    s.invoiceVatPerLine = settings.value(QStringLiteral("invoiceVatPerLine"), s.invoiceVatPerLine).toBool();
    s.bankLedgerByPaymentMethod = readByPaymentMethod(settings, QStringLiteral("bankLedgerByPaymentMethod"));
    s.fixedDebtorByPaymentMethod = readByPaymentMethod(settings, QStringLiteral("fixedDebtorByPaymentMethod"));
    s.invoiceNumbering.creditMemoPrefix =
        settings.value(QStringLiteral("creditMemoPrefix"), s.invoiceNumbering.creditMemoPrefix).toString();
    // Settings saved before payments were a setting: on where a bank ledger was chosen, as they were booked then.
    const bool bankLedgerChosen = !s.defaultBankLedger.trimmed().isEmpty() || !s.bankLedgerByPaymentMethod.isEmpty();
    s.bookPayments = settings.value(QStringLiteral("bookPayments"), bankLedgerChosen).toBool();
    s.createMissingProducts = settings.value(QStringLiteral("createMissingProducts"), false).toBool();
    s.bookingLanguage = settings.value(QStringLiteral("bookingLanguage"), s.bookingLanguage).toString();
    s.holdWhenViesUnavailable =
        settings.value(QStringLiteral("holdWhenViesUnavailable"), s.holdWhenViesUnavailable).toBool();
    const QString matching = settings.value(QStringLiteral("debtorMatching")).toString();
    saved.debtorMatching = matching == u"customerCode"   ? SyncConfiguration::DebtorMatching::CustomerCode
                           : matching == u"shopCustomer" ? SyncConfiguration::DebtorMatching::ShopCustomer
                                                         : SyncConfiguration::DebtorMatching::Email;
    s.debtorCodeScheme = settings.value(QStringLiteral("debtorCodeScheme")).toString() == u"shopCustomerNumber"
                             ? AdministrationSettings::DebtorCodeScheme::ShopCustomerNumber
                             : AdministrationSettings::DebtorCodeScheme::FromName;
    s.debtorCodePrefix = settings.value(QStringLiteral("debtorCodePrefix"), s.debtorCodePrefix).toString();
    settings.endGroup();
    return saved;
}

void AdministrationSettingsStore::save(const QString& profile, const Saved& saved, QSettings& settings)
{
    const AdministrationSettings& s = saved.settings;
    settings.remove(group(profile));
    settings.beginGroup(group(profile));
    settings.setValue(QStringLiteral("shopCountry"), s.shopCountry);
    settings.setValue(QStringLiteral("ossRegistered"), s.ossRegistered);
    settings.setValue(QStringLiteral("bookingForm"), formName(s.bookingForm));
    for (const auto& [mode, name] : numberingNames())
        if (mode == s.invoiceNumbering.mode)
            settings.setValue(QStringLiteral("invoiceNumbering"), name);
    settings.setValue(QStringLiteral("invoiceNumberPrefix"), s.invoiceNumbering.prefix);
    settings.setValue(QStringLiteral("invoiceTemplate"), s.invoiceTemplate);
    settings.setValue(QStringLiteral("paymentTermDays"), s.paymentTermDays);
    settings.setValue(QStringLiteral("debtorLedger"), s.debtorLedger);
    settings.setValue(QStringLiteral("defaultBankLedger"), s.defaultBankLedger);
    settings.setValue(QStringLiteral("invoiceVatPerLine"), s.invoiceVatPerLine);
    writeByPaymentMethod(settings, QStringLiteral("bankLedgerByPaymentMethod"), s.bankLedgerByPaymentMethod);
    writeByPaymentMethod(settings, QStringLiteral("fixedDebtorByPaymentMethod"), s.fixedDebtorByPaymentMethod);
    settings.setValue(QStringLiteral("creditMemoPrefix"), s.invoiceNumbering.creditMemoPrefix);
    settings.setValue(QStringLiteral("bookPayments"), s.bookPayments);
    settings.setValue(QStringLiteral("createMissingProducts"), s.createMissingProducts);
    settings.setValue(QStringLiteral("holdWhenViesUnavailable"), s.holdWhenViesUnavailable);
    settings.setValue(QStringLiteral("bookingLanguage"), s.bookingLanguage);
    settings.setValue(QStringLiteral("debtorMatching"),
                      saved.debtorMatching == SyncConfiguration::DebtorMatching::CustomerCode   ? u"customerCode"_qs
                      : saved.debtorMatching == SyncConfiguration::DebtorMatching::ShopCustomer ? u"shopCustomer"_qs
                                                                                                : u"email"_qs);
    settings.setValue(QStringLiteral("debtorCodeScheme"),
                      s.debtorCodeScheme == AdministrationSettings::DebtorCodeScheme::ShopCustomerNumber
                          ? u"shopCustomerNumber"_qs
                          : u"fromName"_qs);
    settings.setValue(QStringLiteral("debtorCodePrefix"), s.debtorCodePrefix);
    settings.endGroup();
    settings.sync();
}

SyncConfiguration AdministrationSettingsStore::configuration(const QString& profile, QSettings& settings,
                                                             const Database& database)
{
    const Saved saved = load(profile, settings);
    SyncConfiguration configuration;
    configuration.settings = saved.settings;
    configuration.debtorMatching = saved.debtorMatching;
    VatMapping::Proposal proposal;
    proposal.shopCountry = saved.settings.shopCountry;
    configuration.vatMapping = VatMappingRepository(database).loadOr(VatMapping::defaultProposal(proposal));
    configuration.concurrency =
        std::clamp(settings.value(concurrencyKey(), 1).toInt(), 1, SyncConfiguration::maxConcurrency);
    configuration.maxRequestsPerSecond = std::max(0, settings.value(maxRequestsPerSecondKey(), 0).toInt());
    return configuration;
}
