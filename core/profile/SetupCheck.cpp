#include "SetupCheck.h"

#include "AdministrationSettingsStore.h"
#include "eboekhouden/ClientFactory.h"
#include "eboekhouden/ConnectionTest.h"
#include "ScheduledRun.h"
#include "secrets/EBoekhoudenCredentials.h"
#include "secrets/TokenExpiry.h"
#include "ShopProfile.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "sync/DocumentPusher.h"

#include <QSet>

#include <algorithm>

namespace {

SetupCheckLine line(SetupCheckLine::Level level, const QString& subject, const QString& message)
{
    return {level, subject, message};
}

} // namespace

SetupCheckLine SetupCheck::tokenEndDate(const QDate& endDate, const QDate& today)
{
    const QString subject = tr("API token end date");
    if (!endDate.isValid())
        return line(SetupCheckLine::Level::Ok, subject,
                    tr("No end date is known for the token. If you gave it one in e-Boekhouden, enter it in the setup "
                       "wizard so that Boekhoudbrug warns before it stops working."));
    switch (TokenExpiry::stage(endDate, today)) {
    case TokenExpiry::Stage::Fine:
        return line(SetupCheckLine::Level::Ok, subject, tr("Valid until %1.").arg(endDate.toString(Qt::ISODate)));
    case TokenExpiry::Stage::Expired:
        return line(SetupCheckLine::Level::Problem, subject, TokenExpiry::warning(endDate, today));
    case TokenExpiry::Stage::Month:
    case TokenExpiry::Stage::Week:
    case TokenExpiry::Stage::LastDay:
        break;
    }
    return line(SetupCheckLine::Level::Warning, subject, TokenExpiry::warning(endDate, today));
}

QList<SetupCheckLine> SetupCheck::combinations(const AdministrationSettings& settings)
{
    QList<SetupCheckLine> lines;
    const QString subject = tr("Booking settings");
    const bool mutations = settings.bookingForm == AdministrationSettings::BookingForm::Mutations;
    if (mutations && settings.invoiceNumbering.mode == InvoiceNumberFormatter::Mode::LetEBoekhouden)
        lines.append(line(SetupCheckLine::Level::Problem, subject,
                          tr("\"Let e-Boekhouden number the invoices\" only works when documents are booked as "
                             "e-Boekhouden invoices: a sales mutation needs the shop's number, so every document "
                             "would fail. Choose \"as in the shop\" numbering, or book as invoices.")));
    if (!mutations && settings.invoiceTemplate.trimmed().isEmpty())
        lines.append(line(SetupCheckLine::Level::Problem, subject,
                          tr("Documents are booked as e-Boekhouden invoices, but no invoice template is chosen. "
                             "Choose one in Settings → Booking.")));
    if (settings.debtorLedger.trimmed().isEmpty())
        lines.append(line(SetupCheckLine::Level::Problem, subject,
                          tr("No debtor ledger is chosen. Choose one in Settings → Booking.")));
    if (lines.isEmpty())
        lines.append(line(SetupCheckLine::Level::Ok, subject, tr("The booking settings fit together.")));
    return lines;
}

QList<SetupCheckLine> SetupCheck::ledgers(const AdministrationSettings& settings, const QList<Ledger>& ledgers)
{
    QSet<QString> known;
    for (const Ledger& ledger : ledgers)
        known.insert(ledger.code);
    // Each ledger the settings name, with where it is set.
    QList<std::pair<QString, QString>> named;
    named.append({settings.debtorLedger, tr("debtor ledger")});
    if (!settings.defaultBankLedger.isEmpty())
        named.append({settings.defaultBankLedger, tr("bank ledger")});
    for (auto it = settings.bankLedgerByPaymentMethod.cbegin(); it != settings.bankLedgerByPaymentMethod.cend(); ++it)
        named.append({it.value(), tr("bank ledger for %1").arg(it.key())});
    QStringList missing;
    for (const auto& [code, where] : named) {
        if (!code.isEmpty() && !known.contains(code))
            missing.append(tr("%1 (%2)").arg(code, where));
    }
    const QString subject = tr("Ledgers in the settings");
    if (!missing.isEmpty())
        return {line(SetupCheckLine::Level::Problem, subject,
                     tr("e-Boekhouden has no ledger %1. Choose an existing ledger in Settings → Booking, or create "
                        "it in e-Boekhouden.")
                         .arg(missing.join(QStringLiteral(", "))))};
    return {line(SetupCheckLine::Level::Ok, subject,
                 tr("Every ledger the settings name exists in e-Boekhouden (%n ledger(s) read).", nullptr,
                    int(ledgers.size())))};
}

SetupCheckLine SetupCheck::invoiceTemplate(const AdministrationSettings& settings,
                                           const std::optional<QList<InvoiceTemplate>>& templates)
{
    const QString subject = tr("Invoice template");
    if (settings.bookingForm != AdministrationSettings::BookingForm::Invoices)
        return line(SetupCheckLine::Level::Ok, subject, tr("Not needed: documents are booked as sales mutations."));
    if (!templates)
        return line(SetupCheckLine::Level::Warning, subject,
                    tr("This login cannot list the templates; \"%1\" is checked at the first booking. Make sure the "
                       "name is exactly the one in e-Boekhouden.")
                        .arg(settings.invoiceTemplate));
    const bool found = std::any_of(templates->cbegin(), templates->cend(), [&](const InvoiceTemplate& t) {
        return t.name.compare(settings.invoiceTemplate, Qt::CaseInsensitive) == 0;
    });
    if (!found)
        return line(SetupCheckLine::Level::Problem, subject,
                    tr("e-Boekhouden has no invoice template named \"%1\". Choose one of its templates in Settings → "
                       "Booking.")
                        .arg(settings.invoiceTemplate));
    return line(SetupCheckLine::Level::Ok, subject, tr("\"%1\" exists in e-Boekhouden.").arg(settings.invoiceTemplate));
}

SetupCheckLine SetupCheck::vatMapping(const QString& profile, QSettings& settings, const Database& database)
{
    const SyncConfiguration configuration = AdministrationSettingsStore::configuration(profile, settings, database);
    DocumentRepository documents(database);
    int unmapped = 0;
    int checked = 0;
    QStringList reasons;
    for (const DocumentKind kind : {DocumentKind::Invoice, DocumentKind::CreditMemo}) {
        for (const SyncState state : {SyncState::Pending, SyncState::Failed}) {
            for (const qint64 id : documents.idsInState(kind, state)) {
                const std::optional<StoredDocument> stored = documents.find(id);
                if (!stored)
                    continue;
                ++checked;
                bool counted = false;
                for (const Problem& problem : DocumentPusher::preview(*stored, configuration).problems) {
                    if (problem.code != Problem::Code::NoVatMapping &&
                        problem.code != Problem::Code::IncompleteVatMapping &&
                        problem.code != Problem::Code::UnknownVatRate)
                        continue;
                    if (!counted)
                        ++unmapped;
                    counted = true;
                    if (reasons.size() < 3 && !reasons.contains(problem.message))
                        reasons.append(problem.message);
                }
            }
        }
    }
    const QString subject = tr("VAT mapping");
    if (unmapped > 0)
        return line(SetupCheckLine::Level::Problem, subject,
                    tr("%n waiting document(s) have a VAT rate the mapping does not cover: ", nullptr, unmapped) +
                        reasons.join(u' ') + u' ' + tr("Add the rows on the VAT Mapping page."));
    return line(SetupCheckLine::Level::Ok, subject,
                tr("Every VAT rate of the %n waiting document(s) is mapped.", nullptr, checked));
}

SetupCheckLine SetupCheck::schedule(bool wanted, bool registered)
{
    const QString subject = tr("Unattended sync");
    if (wanted && !registered)
        return line(SetupCheckLine::Level::Warning, subject,
                    tr("\"Also when Boekhoudbrug is closed\" is on, but the system's scheduler does not have it (any "
                       "more). Switch it off and on in Settings, or run \"boekhoudbrug-cli schedule on\"."));
    if (!wanted && registered)
        return line(SetupCheckLine::Level::Warning, subject,
                    tr("The system's scheduler runs a sync of this profile that Settings do not know of. Run "
                       "\"boekhoudbrug-cli schedule off\" if it is not wanted."));
    return line(SetupCheckLine::Level::Ok, subject,
                registered ? tr("The system's scheduler syncs this profile also when Boekhoudbrug is closed.")
                           : tr("Syncs only while Boekhoudbrug is open."));
}

QList<SetupCheckLine> SetupCheck::run(const Context& context)
{
    QSettings& settings = *context.settings;
    QList<SetupCheckLine> lines;
    // The booking settings are kept in the profile's store. Without one nothing was saved yet: the defaults are
    // what a first sync books with.
    AdministrationSettingsStore::Saved saved;
    if (context.database)
        saved = AdministrationSettingsStore::load(context.profile, settings, *context.database);
    if (!saved.problem.isEmpty())
        lines.append(line(SetupCheckLine::Level::Problem, tr("Booking settings"), saved.problem));

    // The keychain and the e-Boekhouden login.
    const EBoekhoudenCredentials::Loaded loaded =
        EBoekhoudenCredentials::load(context.profile, settings, context.environment);
    if (!loaded.ok) {
        lines.append(line(SetupCheckLine::Level::Problem, tr("e-Boekhouden login in the keychain"), loaded.message));
    } else {
        lines.append(line(SetupCheckLine::Level::Ok, tr("e-Boekhouden login in the keychain"),
                          tr("Found (%1).")
                              .arg(loaded.credentials.api == EBoekhoudenCredentials::Api::Rest
                                       ? tr("API token")
                                       : tr("username and security codes"))));
        const ConnectionTest::Outcome tested = ConnectionTest::run(context.profile, settings, context.environment);
        const SetupCheckLine::Level level = tested.exitCode == ConnectionTest::Connected ? SetupCheckLine::Level::Ok
                                            : tested.exitCode == ConnectionTest::TryLater
                                                ? SetupCheckLine::Level::Warning
                                                : SetupCheckLine::Level::Problem;
        lines.append(line(level, tr("e-Boekhouden connection"), tested.message));
        if (loaded.credentials.api == EBoekhoudenCredentials::Api::Rest)
            lines.append(tokenEndDate(loaded.credentials.tokenEndDate, context.today));
        // Without the settings (said above) the ledgers and template they name are not known.
        if (tested.exitCode == ConnectionTest::Connected && saved.problem.isEmpty()) {
            const std::unique_ptr<EBoekhoudenClient> client = ClientFactory::create(loaded.credentials);
            const Result<QList<Ledger>> ledgers = client->ledgers();
            if (ledgers.ok())
                lines.append(SetupCheck::ledgers(saved.settings, ledgers.value()));
            else
                lines.append(
                    line(SetupCheckLine::Level::Warning, tr("Ledgers in the settings"), ledgers.error().message()));
            const Result<QList<InvoiceTemplate>> templates = client->invoiceTemplates();
            if (templates.ok())
                lines.append(invoiceTemplate(saved.settings, templates.value()));
            else if (templates.error().kind == ApiError::Kind::Unsupported)
                lines.append(invoiceTemplate(saved.settings, std::nullopt));
            else
                lines.append(line(SetupCheckLine::Level::Warning, tr("Invoice template"), templates.error().message()));
            client->closeSession();
        }
    }

    // The shop.
    const ShopFromEnvironment::Found shop = ShopProfile::load(context.profile, settings, context.environment);
    if (!shop.factory) {
        lines.append(line(SetupCheckLine::Level::Problem, tr("Shop connection"),
                          shop.message.isEmpty() ? tr("No shop is set up: run the setup wizard.") : shop.message));
    } else {
        const std::unique_ptr<ShopConnector> connector = shop.factory();
        const ShopConnectionTest tested = connector->testConnection();
        lines.append(line(tested.ok() ? SetupCheckLine::Level::Ok : SetupCheckLine::Level::Problem,
                          tr("Shop connection"), tested.message));
    }

    if (saved.problem.isEmpty())
        lines.append(combinations(saved.settings));
    if (context.database)
        lines.append(vatMapping(context.profile, settings, *context.database));
    if (context.scheduledInSystem)
        lines.append(schedule(settings.value(ScheduledRun::alsoWhenClosedKey()).toBool(), context.scheduledInSystem()));
    return lines;
}

SetupCheckLine::Level SetupCheck::worst(const QList<SetupCheckLine>& lines)
{
    SetupCheckLine::Level level = SetupCheckLine::Level::Ok;
    for (const SetupCheckLine& l : lines)
        level = std::max(level, l.level);
    return level;
}

QString SetupCheck::text(const SetupCheckLine& l)
{
    const QString mark = l.level == SetupCheckLine::Level::Ok        ? tr("[ok]")
                         : l.level == SetupCheckLine::Level::Warning ? tr("[attention]")
                                                                     : tr("[problem]");
    return QStringLiteral("%1 %2: %3").arg(mark, l.subject, l.message);
}
