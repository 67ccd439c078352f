#pragma once

#include "AttentionNotifier.h"
#include "profile/ProfileConnection.h"
#include "store/DocumentRepository.h"
#include "sync/SyncConfiguration.h"
#include "sync/SyncEngine.h"
#include "sync/SyncSummary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSettings>
#include <QTextStream>

#include <memory>
#include <optional>

// The CLI's sync commands over the same engine the window uses: status, logs, preview, push and sync.
// Exit codes a scheduler can act on: 0 all booked, 1 some documents need the bookkeeper (refused, waiting),
// 75 e-Boekhouden or the shop did not answer (try later), 77 login refused, 78 not configured, 64 usage.
class SyncCommands
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)

public:
    enum ExitCode
    {
        Done = 0,
        NeedsAttention = 1,
        UsageError = 64,
        TryLater = 75,
        AuthFailed = 77,
        NotConfigured = 78,
    };

    SyncCommands(const QString& profile, QSettings& settings, QTextStream& out, QTextStream& err);

    int status();
    // from: invalid for the whole log.
    int logs(bool failedOnly, const QDateTime& from);
    // `withBody`: also the exact request body the push would send (JSON or XML).
    int preview(const QString& documentNumber, bool creditMemo, bool withBody = false);
    int push(const QStringList& invoiceNumbers, const QStringList& creditMemoNumbers);
    // Updates (or creates) the debtors of these customers: shop customer ids or e-mail addresses.
    int pushCustomers(const QStringList& customers);
    // Failed or skipped documents offered again, then booked (the Reprocess of the grid).
    int reprocess(const QStringList& invoiceNumbers, const QStringList& creditMemoNumbers);
    // Documents the bookkeeper booked in e-Boekhouden by hand: skipped from now on.
    int markBookedByHand(const QStringList& invoiceNumbers, const QStringList& creditMemoNumbers);
    // Documents marked Booked whose e-Boekhouden booking is not theirs (LinkChecker); with `repair` they are
    // offered again. Exit 0 when every link is right (or all were repaired), 1 when some are wrong.
    int checkLinks(bool repair);
    int sync();
    int import();
    // The documents the shop created from..until (inclusive), whatever was read before; books nothing.
    int importPeriod(const QDate& from, const QDate& until);
    int exportVatMapping(const QString& path);
    int importVatMapping(const QString& path);

    static QString help();

    // --concurrency and --rate of sync and push (SyncConfiguration::concurrency, maxRequestsPerSecond).
    // Unset: the Settings' values (AdministrationSettingsStore).
    void setThroughput(std::optional<int> concurrency, std::optional<int> maxRequestsPerSecond);
    // sync --one-line: one line on stdout, "<profile>: booked 12, failed 1, waiting 0", the rest on stderr
    // (what `sync --all-profiles` prints for each profile).
    void setOneLine(bool oneLine) { m_oneLine = oneLine; }
    // sync --notify / --no-notify: whether a run that needs attention says so on the desktop (AttentionNotifier).
    void setNotify(AttentionNotifier::Choice choice) { m_notify = choice; }

private:
    // The profile's store and its e-Boekhouden credentials (ProfileConnection); each says why not on stderr.
    bool openStore();
    bool loadCredentials();
    // The stored documents with these numbers, invoices first; says which is missing on stderr.
    std::optional<QList<qint64>> documentIds(const QStringList& invoiceNumbers, const QStringList& creditMemoNumbers);
    int book(const QList<qint64>& ids);
    // import and importPeriod: `how` reads the shop into the store; prints what each resource gave.
    int pull(const std::function<PullReport(SyncEngine&)>& how);
    // push and reprocess: the named documents (offered again first for reprocess), or `usage` without names.
    int bookNamed(const QStringList& invoiceNumbers, const QStringList& creditMemoNumbers, bool offerAgain,
                  const QString& usage);
    SyncConfiguration configuration() const;
    int exitCodeFor(const SyncSummary& summary) const;
    void print(const SyncSummary& summary);
    void printOneLine(const SyncSummary& summary);
    // Documents the shop sent that could not be read, with why (changed since `from` when valid).
    void printUnreadable(const DocumentRepository& documents, const QDateTime& from);
    static std::optional<StoredDocument> findUnreadable(const DocumentRepository& documents, DocumentKind kind,
                                                        const QString& shopId);
    // The resources the shop did not deliver, and a refused shop key as such (stderr).
    void printPullErrors(const SyncSummary& summary);

    QString m_profile;
    QSettings& m_settings;
    QTextStream& m_out;
    QTextStream& m_err;
    ProfileConnection m_connection;
    std::optional<int> m_concurrency;
    std::optional<int> m_maxRequestsPerSecond;
    bool m_oneLine = false;
    AttentionNotifier::Choice m_notify = AttentionNotifier::Choice::AsSettings;
};
