#include "SyncCommands.h"

#include "LogRetention.h"
#include "ProfileDirectory.h"
#include "secrets/TokenExpiry.h"
#include "ShopProfile.h"
#include "store/CustomerRepository.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/SyncLogRepository.h"
#include "store/VatMappingCsv.h"
#include "store/VatMappingRepository.h"
#include "store/VatMappingValidator.h"
#include "store/ViesResultRepository.h"
#include "sync/DocumentPusher.h"
#include "sync/IcpViesCheck.h"
#include "sync/LinkChecker.h"
#include "sync/ManualBooking.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QSaveFile>

namespace {

QString stateLine(const DocumentRepository& documents, DocumentKind kind)
{
    QStringList parts;
    for (SyncState state : {SyncState::Pending, SyncState::InFlight, SyncState::Posted, SyncState::Failed,
                            SyncState::Skipped, SyncState::Unmappable})
        parts.append(QStringLiteral("%1 %2").arg(documents.count(kind, state)).arg(syncStateName(state)));
    return parts.join(QStringLiteral(", "));
}

// "Payments: 3 pending, 5 booked, 0 failed, 1 not_outstanding" (unpaid documents are not counted).
QString paymentLine(const DocumentRepository& documents, DocumentKind kind)
{
    QStringList parts;
    for (const auto& [state, name] :
         {std::pair{PaymentState::Pending, "pending"}, std::pair{PaymentState::Booked, "booked"},
          std::pair{PaymentState::Failed, "failed"}, std::pair{PaymentState::NotOutstanding, "not_outstanding"}})
        parts.append(QStringLiteral("%1 %2").arg(documents.countPayments(kind, state)).arg(QLatin1String(name)));
    return parts.join(QStringLiteral(", "));
}

} // namespace

SyncCommands::SyncCommands(const QString& profile, QSettings& settings, QTextStream& out, QTextStream& err)
    : m_profile(profile)
    , m_settings(settings)
    , m_out(out)
    , m_err(err)
    , m_connection(profile, settings)
{}

QString SyncCommands::help()
{
    return tr("Sync commands: status; logs [--failed] [--since YYYY-MM-DD | --days N]; preview --invoice N | "
              "--creditmemo N [--body] (--body: also the exact request that would be sent); push --invoice N... "
              "--creditmemo N...; push --customer ID|EMAIL (updates or creates "
              "the customer's debtor); reprocess --invoice N... --creditmemo N... (offers failed documents again "
              "and books them); mark-booked --invoice N... --creditmemo N... (documents booked by hand in "
              "e-Boekhouden: never booked by Boekhoudbrug); import (reads "
              "the shop into the local database; with --from DATE [--until DATE] every document the shop created "
              "in that period, however old); sync (reads the shop, then books everything pending); "
              "vat-mapping export|import FILE (CSV).\n"
              "sync and push book --concurrency N documents at a time (1 to 8) and send at most --rate N requests per "
              "second to e-Boekhouden (0: no limit); without them, the values of the app's Settings.\n"
              "The shop is the one the setup wizard saved for the profile, or, when set, BOEKHOUDBRUG_SHOP, "
              "BOEKHOUDBRUG_SHOP_URL and BOEKHOUDBRUG_MAGENTO_* or BOEKHOUDBRUG_PRESTASHOP_* (see README).\n"
              "Exit codes: 0 all booked, 1 some documents need attention (see logs), 75 try again later, "
              "77 login refused, 78 not configured, 64 wrong usage.\n"
              "check-links [--repair]: lists documents marked as booked whose e-Boekhouden booking is not theirs "
              "(another kind, sign, amount or relation); --repair offers them again.");
}

bool SyncCommands::openStore()
{
    if (m_connection.openStore())
        return true;
    m_err << m_connection.problem() << Qt::endl;
    return false;
}

bool SyncCommands::loadCredentials()
{
    if (m_connection.loadCredentials())
        return true;
    m_err << m_connection.problem() << Qt::endl;
    return false;
}

void SyncCommands::setThroughput(std::optional<int> concurrency, std::optional<int> maxRequestsPerSecond)
{
    m_concurrency = concurrency;
    m_maxRequestsPerSecond = maxRequestsPerSecond;
}

SyncConfiguration SyncCommands::configuration() const
{
    // The profile as the setup wizard saved it (the seeds' defaults where nothing was saved), built as the app
    // builds it; --concurrency and --rate win for this run.
    SyncConfiguration configuration = m_connection.configuration();
    if (m_concurrency)
        configuration.concurrency = *m_concurrency;
    if (m_maxRequestsPerSecond)
        configuration.maxRequestsPerSecond = *m_maxRequestsPerSecond;
    return configuration;
}

int SyncCommands::status()
{
    if (!openStore())
        return NotConfigured;
    const DocumentRepository documents(m_connection.database());
    m_out << tr("Invoices: %1").arg(stateLine(documents, DocumentKind::Invoice)) << Qt::endl;
    m_out << tr("Credit memos: %1").arg(stateLine(documents, DocumentKind::CreditMemo)) << Qt::endl;
    m_out << tr("Payments: %1").arg(paymentLine(documents, DocumentKind::Invoice)) << Qt::endl;
    m_out << tr("Refunds: %1").arg(paymentLine(documents, DocumentKind::CreditMemo)) << Qt::endl;
    printUnreadable(documents, {});
    return Done;
}

void SyncCommands::printUnreadable(const DocumentRepository& documents, const QDateTime& from)
{
    // Documents the shop sent that could not be read are not in the sync log: say each one and why, so the
    // bookkeeper can fix it in the shop (issue 13 item 13).
    for (DocumentKind kind : {DocumentKind::Invoice, DocumentKind::CreditMemo}) {
        for (qint64 id : documents.idsInState(kind, SyncState::Unmappable)) {
            const std::optional<StoredDocument> stored = documents.find(id);
            if (!stored || (from.isValid() && stored->stateChangedAt < from))
                continue;
            m_out << stored->stateChangedAt.toString(Qt::ISODate) << '\t'
                  << (kind == DocumentKind::Invoice ? tr("unreadable invoice") : tr("unreadable credit memo")) << '\t'
                  << stored->document.shopId << '\t' << stored->problem << Qt::endl;
        }
    }
}

std::optional<StoredDocument> SyncCommands::findUnreadable(const DocumentRepository& documents, DocumentKind kind,
                                                           const QString& shopId)
{
    // An unreadable document has no number yet: the bookkeeper names it by the shop's id.
    for (qint64 id : documents.idsInState(kind, SyncState::Unmappable)) {
        std::optional<StoredDocument> stored = documents.find(id);
        if (stored && stored->document.shopId == shopId)
            return stored;
    }
    return std::nullopt;
}

int SyncCommands::logs(bool failedOnly, const QDateTime& from)
{
    if (!openStore())
        return NotConfigured;
    const SyncLogRepository log(m_connection.database());
    for (SyncLogEntry::Kind kind :
         {SyncLogEntry::Kind::Invoice, SyncLogEntry::Kind::CreditMemo, SyncLogEntry::Kind::Customer}) {
        SyncLogRepository::Filter filter;
        filter.kind = kind;
        if (failedOnly)
            filter.success = false;
        if (from.isValid())
            filter.from = from;
        for (const SyncLogEntry& entry : log.find(filter, 1000)) {
            m_out << entry.createdAt.toString(Qt::ISODate) << '\t' << SyncLogRepository::kindName(kind) << '\t'
                  << entry.documentNumber << '\t' << (entry.success ? tr("ok") : tr("failed")) << '\t'
                  << entry.message.text() << Qt::endl;
        }
    }
    printUnreadable(DocumentRepository(m_connection.database()), from);
    return Done;
}

int SyncCommands::preview(const QString& documentNumber, bool creditMemo, bool withBody)
{
    if (!openStore())
        return NotConfigured;
    const std::optional<StoredDocument> stored =
        DocumentRepository(m_connection.database())
            .findByNumber(creditMemo ? DocumentKind::CreditMemo : DocumentKind::Invoice, documentNumber);
    if (!stored) {
        const DocumentKind kind = creditMemo ? DocumentKind::CreditMemo : DocumentKind::Invoice;
        if (const auto unreadable = findUnreadable(DocumentRepository(m_connection.database()), kind, documentNumber)) {
            m_out << tr("%1 cannot be booked: the shop's document could not be read: %2")
                         .arg(documentNumber, unreadable->problem)
                  << Qt::endl;
            return NeedsAttention;
        }
        m_err << tr("No document %1 in the local database. Run sync first.").arg(documentNumber) << Qt::endl;
        return UsageError;
    }
    // Connected: the debtor the push would use, looked up read-only (issue 15); else the rules' debtor.
    const bool connected = m_connection.loadCredentials();
    PostingResult result;
    DocumentPusher::PreviewRequest request;
    if (connected) {
        const std::unique_ptr<EBoekhoudenClient> client = m_connection.client();
        request = DocumentPusher::previewRequest(*stored, configuration(), *client, &m_connection.database(), withBody);
        result = request.result;
    } else {
        result = DocumentPusher::preview(*stored, configuration());
        if (result.isPosting() && result.posting->fixedDebtor.isEmpty())
            result.posting->notes.append(tr("Not connected to e-Boekhouden: an existing debtor of this customer "
                                            "was not looked up, so the debtor shown may not be the one used."));
    }
    if (!result.isPosting()) {
        for (const Problem& problem : result.problems)
            m_out << tr("%1 cannot be booked: %2").arg(documentNumber, problem.message) << Qt::endl;
        return NeedsAttention;
    }
    const Posting& p = *result.posting;
    m_out << tr("Invoice number %1, %2, debtor %3, amounts %4")
                 .arg(p.invoiceNumber, p.date.toString(Qt::ISODate), p.relationCode,
                      p.inExVat == InExVat::In ? tr("incl. VAT") : tr("excl. VAT"))
          << Qt::endl;
    for (const PostingRow& row : p.rows)
        m_out << row.ledger << '\t' << row.vatCode.name() << '\t' << row.amount.toDecimalString() << '\t'
              << tr("VAT %1").arg(row.vatAmount.toDecimalString()) << Qt::endl;
    for (const PostingInvoiceLine& line : p.lines)
        m_out << line.ledger << '\t' << line.vatCode.name() << '\t' << line.description << '\t'
              << line.gross.toDecimalString() << Qt::endl;
    m_out << tr("Total excl. %1, VAT %2, incl. %3")
                 .arg(p.totalExcl.toDecimalString(), p.totalVat.toDecimalString(), p.totalIncl.toDecimalString())
          << Qt::endl;
    // What VIES said about an ICP sale's VAT number when it was pushed (issue 15 item 6).
    const ViesResult vies = ViesResultRepository(m_connection.database()).find(stored->id);
    if (vies.status != ViesResult::Status::NotChecked)
        m_out << tr("VIES: %1").arg(IcpViesCheck::describe(vies)) << Qt::endl;
    else if (p.documentClass == DocumentClass::Icp)
        m_out << tr("VIES: not checked yet; the push checks %1 with VIES before booking.").arg(p.vatNumber) << Qt::endl;
    for (const QString& note : p.notes)
        m_out << tr("Note: %1").arg(note) << Qt::endl;
    if (withBody) {
        // The exact body the push would send (issue 15 item 2), after a line that names where it goes.
        if (!request.note.isEmpty())
            m_out << tr("Note: %1").arg(request.note) << Qt::endl;
        if (!request.wire) {
            if (!connected)
                m_err << tr("Not connected to e-Boekhouden: the request cannot be shown without the debtor's and "
                            "ledgers' ids. Set up the connection first.")
                      << Qt::endl;
            return NeedsAttention;
        }
        m_out << tr("Request: %1 %2").arg(QString::fromLatin1(request.wire->method), request.wire->endpoint)
              << Qt::endl;
        m_out << QString::fromUtf8(request.wire->body) << Qt::endl;
    }
    return Done;
}

int SyncCommands::push(const QStringList& invoiceNumbers, const QStringList& creditMemoNumbers)
{
    return bookNamed(invoiceNumbers, creditMemoNumbers, false,
                     tr("Name the documents to push, e.g. push --invoice 100000123 or push --creditmemo 100000045."));
}

int SyncCommands::reprocess(const QStringList& invoiceNumbers, const QStringList& creditMemoNumbers)
{
    return bookNamed(invoiceNumbers, creditMemoNumbers, true,
                     tr("Name the documents to reprocess, e.g. reprocess --invoice 100000123."));
}

int SyncCommands::bookNamed(const QStringList& invoiceNumbers, const QStringList& creditMemoNumbers, bool offerAgain,
                            const QString& usage)
{
    if (invoiceNumbers.isEmpty() && creditMemoNumbers.isEmpty()) {
        m_err << usage << Qt::endl;
        return UsageError;
    }
    if (!openStore())
        return NotConfigured;
    if (!loadCredentials())
        return NotConfigured;
    const std::optional<QList<qint64>> ids = documentIds(invoiceNumbers, creditMemoNumbers);
    if (!ids)
        return UsageError;
    // Reprocess: failed and skipped ones are offered again; the others are booked as push would.
    if (offerAgain)
        ManualBooking::offerAgain(m_connection.database(), *ids);
    return book(*ids);
}

int SyncCommands::book(const QList<qint64>& ids)
{
    SyncEngine engine(m_connection.database().path(), m_connection.clientFactory(), configuration());
    const SyncSummary summary = engine.runDocuments(ids);
    print(summary);
    return exitCodeFor(summary);
}

std::optional<QList<qint64>> SyncCommands::documentIds(const QStringList& invoiceNumbers,
                                                       const QStringList& creditMemoNumbers)
{
    QList<qint64> ids;
    const DocumentRepository documents(m_connection.database());
    // Invoices first: a credit memo pushed with its invoice finds it booked.
    for (const auto& [kind, numbers] :
         {std::pair{DocumentKind::Invoice, invoiceNumbers}, std::pair{DocumentKind::CreditMemo, creditMemoNumbers}}) {
        for (const QString& number : numbers) {
            const std::optional<StoredDocument> stored = documents.findByNumber(kind, number);
            if (!stored) {
                m_err << tr("No document %1 in the local database. Run sync first.").arg(number) << Qt::endl;
                return std::nullopt;
            }
            ids.append(stored->id);
        }
    }
    return ids;
}

int SyncCommands::markBookedByHand(const QStringList& invoiceNumbers, const QStringList& creditMemoNumbers)
{
    if (invoiceNumbers.isEmpty() && creditMemoNumbers.isEmpty()) {
        m_err << tr("Name the documents booked by hand, e.g. mark-booked --invoice 100000123.") << Qt::endl;
        return UsageError;
    }
    if (!openStore())
        return NotConfigured;
    const std::optional<QList<qint64>> ids = documentIds(invoiceNumbers, creditMemoNumbers);
    if (!ids)
        return UsageError;
    const QList<qint64> marked =
        ManualBooking::markBookedByHand(m_connection.database(), configuration().platformName, *ids);
    m_out << tr("%n document(s) marked as booked by hand; Boekhoudbrug will not book them.", nullptr,
                int(marked.size()))
          << Qt::endl;
    if (marked.size() < ids->size()) {
        m_err << tr("The others were booked already or are being booked: nothing changed for them.") << Qt::endl;
        return NeedsAttention;
    }
    return Done;
}

int SyncCommands::pushCustomers(const QStringList& customers)
{
    if (customers.isEmpty()) {
        m_err << tr("Name the customers to push, e.g. push --customer 42 or push --customer klant@example.nl.")
              << Qt::endl;
        return UsageError;
    }
    if (!openStore())
        return NotConfigured;
    if (!loadCredentials())
        return NotConfigured;
    const CustomerRepository repository(m_connection.database());
    QList<qint64> ids;
    for (const QString& customer : customers) {
        const std::optional<StoredCustomer> stored =
            customer.contains(u'@') ? repository.findByEmail(customer) : repository.findByShopIdOnAnyPlatform(customer);
        if (!stored) {
            m_err << tr("No customer %1 in the local database. Run import or sync first.").arg(customer) << Qt::endl;
            return UsageError;
        }
        ids.append(stored->id);
    }
    SyncEngine engine(m_connection.database().path(), m_connection.clientFactory(), configuration());
    QObject::connect(&engine, &SyncEngine::customerFinished, [this](qint64, bool success, const QString& message) {
        (success ? m_out : m_err) << message << Qt::endl;
    });
    const SyncSummary summary = engine.runCustomers(ids);
    if (!summary.stoppedBecause.isEmpty())
        m_err << summary.stoppedBecause << Qt::endl;
    return exitCodeFor(summary);
}

int SyncCommands::sync()
{
    if (!openStore())
        return NotConfigured;
    if (!loadCredentials())
        return NotConfigured;
    // A scheduler's log is where an unattended office reads it: the token's end date is said there too.
    if (const QString warning = TokenExpiry::warning(m_connection.credentials().tokenEndDate, QDate::currentDate());
        !warning.isEmpty())
        m_err << warning << Qt::endl;
    const ShopFromEnvironment::Found shop = ShopProfile::load(m_profile, m_settings);
    if (!shop.message.isEmpty()) {
        m_err << shop.message << Qt::endl;
        return NotConfigured;
    }
    SyncEngine engine(m_connection.database().path(), m_connection.clientFactory(), configuration());
    if (shop.factory)
        engine.setShopConnector(shop.factory);
    else
        m_err << tr("No shop is configured (setup wizard or BOEKHOUDBRUG_SHOP); booking what is in the local "
                    "database.")
              << Qt::endl;
    const SyncSummary summary = engine.runSync();
    ProfileDirectory(m_settings).markSynced(m_profile, QDateTime::currentDateTimeUtc()); // the overview's "last sync"
    if (m_oneLine)
        printOneLine(summary);
    else
        print(summary);
    printPullErrors(summary);
    // An unattended CLI keeps the log's retention promise as the app does (LogRetention: once a day).
    LogRetention::runIfDue(m_connection.database(), m_settings, QDateTime::currentDateTimeUtc());
    // Nobody may be watching (the OS scheduler's run): what needs the bookkeeper is said on the desktop too, and
    // kept for the window to say when it opens (issue 17 item 10).
    const AttentionNotifier::Result notified =
        AttentionNotifier::forThisSystem(m_settings)
            .afterRun({.profile = m_profile,
                       .administration = ProfileDirectory(m_settings).name(m_profile),
                       .refused = summary.refused,
                       .waiting = summary.waiting,
                       .finishedAt = QDateTime::currentDateTimeUtc()},
                      m_notify);
    if (!notified.problem.isEmpty() && m_notify == AttentionNotifier::Choice::Notify)
        m_err << notified.problem << Qt::endl;
    return exitCodeFor(summary);
}

void SyncCommands::printPullErrors(const SyncSummary& summary)
{
    // What the shop did not deliver, said as such: "0 documents" alone reads as an empty shop (issue 13 item 13).
    if (summary.shopKeyRefused)
        m_err << tr("The shop refused the key: nothing new was read from it. Fix the key or its permissions in the "
                    "shop, then run sync again.")
              << Qt::endl;
    for (const QString& error : summary.pullErrors)
        m_err << error << Qt::endl;
}

int SyncCommands::checkLinks(bool repair)
{
    if (!openStore())
        return NotConfigured;
    if (!loadCredentials())
        return NotConfigured;
    const SyncConfiguration settings = configuration();
    const std::unique_ptr<EBoekhoudenClient> client = m_connection.client();
    LinkChecker checker(m_connection.database(), *client, settings);
    const LinkChecker::Report report = checker.check();
    for (const LinkChecker::WrongLink& link : report.wrong) {
        m_out << (link.kind == DocumentKind::CreditMemo ? tr("Credit memo %1") : tr("Invoice %1")).arg(link.number)
              << '\t' << link.eboekhoudenNumber << '\t' << link.reason << Qt::endl;
    }
    if (report.error) {
        m_err << report.error->message() << Qt::endl;
        return report.error->kind == ApiError::Kind::AuthFailed ? AuthFailed : TryLater;
    }
    if (report.wrong.isEmpty()) {
        m_out << tr("%n booked document(s) checked: every link is the document's own booking.", nullptr, report.checked)
              << Qt::endl;
        return Done;
    }
    if (!repair) {
        m_out << tr("%n document(s) marked as booked are linked to a booking that is not theirs. Run check-links "
                    "--repair to offer them again; the next sync books them.",
                    nullptr, int(report.wrong.size()))
              << Qt::endl;
        return NeedsAttention;
    }
    const int offered = checker.offerAgain(report.wrong);
    m_out << tr("%n document(s) offered again: the next sync books them.", nullptr, offered) << Qt::endl;
    return offered == report.wrong.size() ? Done : NeedsAttention;
}

int SyncCommands::import()
{
    return pull([](SyncEngine& engine) { return engine.runPull(); });
}

int SyncCommands::importPeriod(const QDate& from, const QDate& until)
{
    return pull([from, until](SyncEngine& engine) { return engine.runBackfill(from, until); });
}

int SyncCommands::pull(const std::function<PullReport(SyncEngine&)>& how)
{
    if (!openStore())
        return NotConfigured;
    const ShopFromEnvironment::Found shop = ShopProfile::load(m_profile, m_settings);
    if (!shop.factory) {
        m_err << (shop.message.isEmpty() ? tr("No shop is configured: run the setup wizard of the app, or set "
                                              "BOEKHOUDBRUG_SHOP and BOEKHOUDBRUG_SHOP_URL (see README).")
                                         : shop.message)
              << Qt::endl;
        return NotConfigured;
    }
    SyncEngine engine(m_connection.database().path(), {}, configuration());
    engine.setShopConnector(shop.factory);
    const PullReport report = how(engine);
    for (const ResourcePullReport& resource : report.resources) {
        m_out << tr("%1: %2 read, %3 invoices, %4 credit memos, %5 customers, %6 unreadable, %7 not yet bookable")
                     .arg(resource.resource)
                     .arg(resource.fetched)
                     .arg(resource.invoices)
                     .arg(resource.creditMemos)
                     .arg(resource.customers)
                     .arg(resource.unmappable)
                     .arg(resource.open)
              << Qt::endl;
        if (!resource.ok)
            m_err << resource.error << Qt::endl;
    }
    // A refused shop key is no "try again later": retrying cannot help until a person fixes the key.
    if (report.keyRefused())
        return AuthFailed;
    return report.ok() ? Done : TryLater;
}

int SyncCommands::exportVatMapping(const QString& path)
{
    if (path.isEmpty()) {
        m_err << tr("Name the file: vat-mapping export FILE.") << Qt::endl;
        return UsageError;
    }
    if (!openStore())
        return NotConfigured;
    QList<VatMappingRow> rows;
    for (const VatMappingEntry& entry : configuration().vatMapping.entries)
        rows.append(VatMappingRow::fromEntry(entry));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !VatMappingCsv::write(rows, file) || !file.commit()) {
        m_err << tr("%1 could not be written.").arg(path) << Qt::endl;
        return NeedsAttention;
    }
    m_out << tr("%1 rows written to %2.").arg(rows.size()).arg(path) << Qt::endl;
    return Done;
}

int SyncCommands::importVatMapping(const QString& path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        m_err << tr("%1 cannot be read.").arg(path) << Qt::endl;
        return UsageError;
    }
    if (!openStore())
        return NotConfigured;
    const VatMappingCsv::Read read = VatMappingCsv::read(file);
    VatMappingRepository repository(m_connection.database());
    QStringList problems = read.problems;
    if (problems.isEmpty())
        problems = VatMappingValidator::problems(read.rows, repository.ratesSeen());
    if (!problems.isEmpty()) {
        m_err << tr("The VAT mapping was not imported:") << Qt::endl;
        for (const QString& problem : problems)
            m_err << u"  "_qs << problem << Qt::endl;
        return NeedsAttention;
    }
    VatMapping mapping;
    for (const VatMappingRow& row : read.rows)
        mapping.entries.append(row.toEntry());
    if (!repository.save(mapping)) {
        m_err << tr("The VAT mapping could not be saved in the local database.") << Qt::endl;
        return NeedsAttention;
    }
    m_out << tr("%1 rows imported.").arg(mapping.entries.size()) << Qt::endl;
    return Done;
}

void SyncCommands::print(const SyncSummary& summary)
{
    m_out << tr("%1 documents: %2 booked, %3 already in e-Boekhouden, %4 failed, %5 waiting for their invoice, "
                "%6 to try again later")
                 .arg(summary.total)
                 .arg(summary.posted)
                 .arg(summary.linked)
                 .arg(summary.refused)
                 .arg(summary.waiting)
                 .arg(summary.postponed)
          << Qt::endl;
    if (configuration().settings.bookPayments) // off: no payment is tried, none to report
        m_out << tr("Payments: %1 booked, %2 failed, %3 to try again later")
                     .arg(summary.paymentsBooked)
                     .arg(summary.paymentsRefused)
                     .arg(summary.paymentsPostponed)
              << Qt::endl;
    if (!summary.stoppedBecause.isEmpty())
        m_err << summary.stoppedBecause << Qt::endl;
}

void SyncCommands::printOneLine(const SyncSummary& summary)
{
    QString line = tr("%1: booked %2, failed %3, waiting %4")
                       .arg(m_profile)
                       .arg(summary.posted)
                       .arg(summary.refused)
                       .arg(summary.waiting);
    // Said only when there are any, so the usual line stays short and the same for a scheduler's log.
    if (summary.linked)
        line += u", "_qs + tr("already in e-Boekhouden %1").arg(summary.linked);
    if (summary.postponed)
        line += u", "_qs + tr("to try again later %1").arg(summary.postponed);
    if (configuration().settings.bookPayments && summary.paymentsRefused)
        line += u", "_qs + tr("payments failed %1").arg(summary.paymentsRefused);
    m_out << line << Qt::endl;
    if (!summary.stoppedBecause.isEmpty())
        m_err << summary.stoppedBecause << Qt::endl;
}

int SyncCommands::exitCodeFor(const SyncSummary& summary) const
{
    if (!summary.stoppedBecause.isEmpty() || summary.shopKeyRefused)
        return AuthFailed;
    if (summary.postponed > 0 || !summary.pullErrors.isEmpty())
        return TryLater;
    if (summary.refused > 0 || summary.waiting > 0)
        return NeedsAttention;
    return Done;
}
