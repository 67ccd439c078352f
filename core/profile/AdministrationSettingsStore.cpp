#include "AdministrationSettingsStore.h"

#include "logging/Log.h"
#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/VatMappingRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUrl>

#include <algorithm>
#include <optional>

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

// The settings as text, one value a key: how the store keeps them (and how the old settings file is read).
using Values = QHash<QString, QString>;

// The settings of one administration, each under its key. A key this version does not know (saved by a newer
// version on another desktop) is left in the store as it is.
const QStringList& knownKeys()
{
    static const QStringList keys{u"shopCountry"_qs,
                                  u"ossRegistered"_qs,
                                  u"bookingForm"_qs,
                                  u"invoiceNumbering"_qs,
                                  u"invoiceNumberPrefix"_qs,
                                  u"invoiceTemplate"_qs,
                                  u"paymentTermDays"_qs,
                                  u"debtorLedger"_qs,
                                  u"defaultBankLedger"_qs,
                                  u"invoiceVatPerLine"_qs,
                                  u"creditMemoPrefix"_qs,
                                  u"bookPayments"_qs,
                                  u"createMissingProducts"_qs,
                                  u"holdWhenViesUnavailable"_qs,
                                  u"bookingLanguage"_qs,
                                  u"debtorMatching"_qs,
                                  u"debtorCodeScheme"_qs,
                                  u"debtorCodePrefix"_qs,
                                  u"bankLedgerByPaymentMethod"_qs,
                                  u"fixedDebtorByPaymentMethod"_qs};
    return keys;
}

// The two lists by payment method are the shop's free text ("Bank/overschrijving", "mollie - iDEAL"): one JSON
// object each.
QString mapText(const QHash<QString, QString>& map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QHash<QString, QString> mapFromText(const QString& text)
{
    QHash<QString, QString> map;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

QString boolText(bool value)
{
    return value ? u"true"_qs : u"false"_qs;
}

bool boolOf(const Values& values, const QString& key, bool fallback)
{
    const auto it = values.constFind(key);
    return it == values.cend() ? fallback : *it == u"true";
}

QString textOf(const Values& values, const QString& key, const QString& fallback)
{
    return values.value(key, fallback);
}

Values toValues(const AdministrationSettingsStore::Saved& saved)
{
    const AdministrationSettings& s = saved.settings;
    Values v;
    v.insert(u"shopCountry"_qs, s.shopCountry);
    v.insert(u"ossRegistered"_qs, boolText(s.ossRegistered));
    v.insert(u"bookingForm"_qs, formName(s.bookingForm));
    for (const auto& [mode, name] : numberingNames())
        if (mode == s.invoiceNumbering.mode)
            v.insert(u"invoiceNumbering"_qs, name);
    v.insert(u"invoiceNumberPrefix"_qs, s.invoiceNumbering.prefix);
    v.insert(u"invoiceTemplate"_qs, s.invoiceTemplate);
    v.insert(u"paymentTermDays"_qs, QString::number(s.paymentTermDays));
    v.insert(u"debtorLedger"_qs, s.debtorLedger);
    v.insert(u"defaultBankLedger"_qs, s.defaultBankLedger);
    v.insert(u"invoiceVatPerLine"_qs, boolText(s.invoiceVatPerLine));
    v.insert(u"bankLedgerByPaymentMethod"_qs, mapText(s.bankLedgerByPaymentMethod));
    v.insert(u"fixedDebtorByPaymentMethod"_qs, mapText(s.fixedDebtorByPaymentMethod));
    v.insert(u"creditMemoPrefix"_qs, s.invoiceNumbering.creditMemoPrefix);
    v.insert(u"bookPayments"_qs, boolText(s.bookPayments));
    v.insert(u"createMissingProducts"_qs, boolText(s.createMissingProducts));
    v.insert(u"holdWhenViesUnavailable"_qs, boolText(s.holdWhenViesUnavailable));
    v.insert(u"bookingLanguage"_qs, s.bookingLanguage);
    v.insert(u"debtorMatching"_qs,
             saved.debtorMatching == SyncConfiguration::DebtorMatching::CustomerCode   ? u"customerCode"_qs
             : saved.debtorMatching == SyncConfiguration::DebtorMatching::ShopCustomer ? u"shopCustomer"_qs
                                                                                       : u"email"_qs);
    v.insert(u"debtorCodeScheme"_qs, s.debtorCodeScheme == AdministrationSettings::DebtorCodeScheme::ShopCustomerNumber
                                         ? u"shopCustomerNumber"_qs
                                         : u"fromName"_qs);
    v.insert(u"debtorCodePrefix"_qs, s.debtorCodePrefix);
    return v;
}

AdministrationSettingsStore::Saved fromValues(const Values& v)
{
    AdministrationSettingsStore::Saved saved;
    AdministrationSettings& s = saved.settings;
    s.shopCountry = textOf(v, u"shopCountry"_qs, s.shopCountry);
    s.ossRegistered = boolOf(v, u"ossRegistered"_qs, s.ossRegistered);
    s.bookingForm = v.value(u"bookingForm"_qs) == u"invoices" ? AdministrationSettings::BookingForm::Invoices
                                                              : AdministrationSettings::BookingForm::Mutations;
    const QString numbering = v.value(u"invoiceNumbering"_qs);
    for (const auto& [mode, name] : numberingNames())
        if (name == numbering)
            s.invoiceNumbering.mode = mode;
    s.invoiceNumbering.prefix = v.value(u"invoiceNumberPrefix"_qs);
    s.invoiceTemplate = textOf(v, u"invoiceTemplate"_qs, s.invoiceTemplate);
    bool number = false;
    const int term = v.value(u"paymentTermDays"_qs).toInt(&number);
    if (number)
        s.paymentTermDays = term;
    s.debtorLedger = textOf(v, u"debtorLedger"_qs, s.debtorLedger);
    s.defaultBankLedger = textOf(v, u"defaultBankLedger"_qs, s.defaultBankLedger);
    s.invoiceVatPerLine = boolOf(v, u"invoiceVatPerLine"_qs, s.invoiceVatPerLine);
    s.bankLedgerByPaymentMethod = mapFromText(v.value(u"bankLedgerByPaymentMethod"_qs));
    s.fixedDebtorByPaymentMethod = mapFromText(v.value(u"fixedDebtorByPaymentMethod"_qs));
    s.invoiceNumbering.creditMemoPrefix = textOf(v, u"creditMemoPrefix"_qs, s.invoiceNumbering.creditMemoPrefix);
    // Settings saved before payments were a setting: on where a bank ledger was chosen, as they were booked then.
    const bool bankLedgerChosen = !s.defaultBankLedger.trimmed().isEmpty() || !s.bankLedgerByPaymentMethod.isEmpty();
    s.bookPayments = boolOf(v, u"bookPayments"_qs, bankLedgerChosen);
    s.createMissingProducts = boolOf(v, u"createMissingProducts"_qs, false);
    s.bookingLanguage = textOf(v, u"bookingLanguage"_qs, s.bookingLanguage);
    s.holdWhenViesUnavailable = boolOf(v, u"holdWhenViesUnavailable"_qs, s.holdWhenViesUnavailable);
    const QString matching = v.value(u"debtorMatching"_qs);
    saved.debtorMatching = matching == u"customerCode"   ? SyncConfiguration::DebtorMatching::CustomerCode
                           : matching == u"shopCustomer" ? SyncConfiguration::DebtorMatching::ShopCustomer
                                                         : SyncConfiguration::DebtorMatching::Email;
    s.debtorCodeScheme = v.value(u"debtorCodeScheme"_qs) == u"shopCustomerNumber"
                             ? AdministrationSettings::DebtorCodeScheme::ShopCustomerNumber
                             : AdministrationSettings::DebtorCodeScheme::FromName;
    s.debtorCodePrefix = textOf(v, u"debtorCodePrefix"_qs, s.debtorCodePrefix);
    return saved;
}

// The settings a desktop saved in its settings file before they were kept in the store; only the keys known
// here, so nothing else in that group (whatever it is) ever reaches the shared store. Payment methods were
// percent-encoded there as keys (QSettings takes a '/' for a group); a key saved without encoding reads the same.
Values readSettingsFile(QSettings& settings, const QString& profile)
{
    Values values;
    settings.beginGroup(group(profile));
    for (const QString& key : settings.childKeys()) {
        if (knownKeys().contains(key))
            values.insert(key, settings.value(key).toString());
    }
    for (const QString& list : {u"bankLedgerByPaymentMethod"_qs, u"fixedDebtorByPaymentMethod"_qs}) {
        if (!settings.childGroups().contains(list))
            continue;
        QHash<QString, QString> map;
        settings.beginGroup(list);
        for (const QString& key : settings.childKeys())
            map.insert(QUrl::fromPercentEncoding(key.toUtf8()), settings.value(key).toString());
        settings.endGroup();
        values.insert(list, mapText(map));
    }
    settings.endGroup();
    return values;
}

std::optional<Values> readStore(const Database& database)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT key, value FROM administration_settings"));
    if (!SqlValues::execute(q))
        return std::nullopt;
    Values values;
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    return values;
}

// In one transaction. `replace`: a value saved before is overwritten (Save); otherwise only missing keys are
// added (the move from a settings file: a desktop that came first keeps what it wrote).
bool writeStore(const Database& database, const Values& values, bool replace)
{
    QSqlDatabase db = database.connection();
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    // changed_at / changed_by only move when the value does: they say when and where a setting was last changed.
    q.prepare(replace ? QStringLiteral("INSERT INTO administration_settings (key, value, changed_at, changed_by) "
                                       "VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                       "changed_at = excluded.changed_at, changed_by = excluded.changed_by "
                                       "WHERE administration_settings.value <> excluded.value")
                      : QStringLiteral("INSERT INTO administration_settings (key, value, changed_at, changed_by) "
                                       "VALUES (?, ?, ?, ?) ON CONFLICT (key) DO NOTHING"));
    const QString now = SqlValues::nowUtc();
    const QString by = QSysInfo::machineHostName();
    bool ok = true;
    for (auto it = values.cbegin(); ok && it != values.cend(); ++it)
        ok = SqlValues::execute(q, {it.key(), it.value(), now, by});
    if (ok && db.commit())
        return true;
    db.rollback();
    return false;
}

} // namespace

AdministrationSettingsStore::Saved AdministrationSettingsStore::load(const QString& profile, QSettings& settings,
                                                                     const Database& database)
{
    std::optional<Values> stored = readStore(database);
    if (stored && stored->isEmpty()) {
        const Values fromFile = readSettingsFile(settings, profile);
        if (!fromFile.isEmpty()) {
            if (writeStore(database, fromFile, false)) {
                Log::info(QStringLiteral("Administration settings of profile %1 moved from the settings file into "
                                         "the store %2")
                              .arg(profile, database.displayName()));
                settings.remove(group(profile));
                settings.sync();
            }
            // Read again: another desktop may have moved its settings a moment before.
            stored = readStore(database);
        }
    }
    if (!stored) {
        Saved unread;
        unread.problem = tr("The booking settings could not be read from the store %1: check that it can be "
                            "reached, then try again.")
                             .arg(database.displayName());
        Log::error(unread.problem);
        return unread;
    }
    return fromValues(*stored);
}

bool AdministrationSettingsStore::save(const QString& profile, const Saved& saved, QSettings& settings,
                                       const Database& database)
{
    if (!writeStore(database, toValues(saved), true)) {
        Log::error(QStringLiteral("Administration settings of profile %1 could not be written to the store %2")
                       .arg(profile, database.displayName()));
        return false;
    }
    // The store has them now: an old copy in the settings file would only mislead.
    settings.remove(group(profile));
    settings.sync();
    return true;
}

SyncConfiguration AdministrationSettingsStore::configuration(const QString& profile, QSettings& settings,
                                                             const Database& database)
{
    const Saved saved = load(profile, settings, database);
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
