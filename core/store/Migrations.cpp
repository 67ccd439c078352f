#include "Migrations.h"

#include "SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

const QList<Migrations::Step>& Migrations::steps()
{
    // Amounts are INTEGER cents, VAT rates INTEGER basis points, timestamps ISO 8601 text in UTC.
    static const QList<Step> all = {
        {1,
         {
             uR"(CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL))"_qs,
             uR"(CREATE TABLE watermarks (
                   platform TEXT NOT NULL, resource TEXT NOT NULL,
                   updated_at TEXT NOT NULL, last_id TEXT NOT NULL DEFAULT '',
                   PRIMARY KEY (platform, resource)))"_qs,
             uR"(CREATE TABLE customers (
                   id INTEGER PRIMARY KEY, platform TEXT NOT NULL, shop_id TEXT NOT NULL,
                   website TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',
                   first_name TEXT NOT NULL DEFAULT '', middle_name TEXT NOT NULL DEFAULT '',
                   last_name TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL DEFAULT '',
                   company TEXT NOT NULL DEFAULT '', vat_number TEXT NOT NULL DEFAULT '',
                   customer_number TEXT NOT NULL DEFAULT '', country_code TEXT NOT NULL DEFAULT '',
                   created_at TEXT, updated_at TEXT,
                   debtor_code TEXT NOT NULL DEFAULT '', relation_id TEXT NOT NULL DEFAULT '',
                   UNIQUE (platform, shop_id)))"_qs,
             uR"(CREATE INDEX customers_email ON customers (email))"_qs,
             uR"(CREATE TABLE documents (
                   id INTEGER PRIMARY KEY, platform TEXT NOT NULL,
                   kind TEXT NOT NULL CHECK (kind IN ('invoice', 'creditmemo')),
                   shop_id TEXT NOT NULL, number TEXT NOT NULL DEFAULT '',
                   order_id TEXT NOT NULL DEFAULT '', order_number TEXT NOT NULL DEFAULT '',
                   website TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT '',
                   document_date TEXT, created_at TEXT, updated_at TEXT, currency TEXT NOT NULL DEFAULT '',
                   customer_shop_id TEXT NOT NULL DEFAULT '', customer_email TEXT NOT NULL DEFAULT '',
                   customer_name TEXT NOT NULL DEFAULT '', company TEXT NOT NULL DEFAULT '',
                   vat_number TEXT NOT NULL DEFAULT '', country_code TEXT NOT NULL DEFAULT '',
                   payment_method TEXT NOT NULL DEFAULT '',
                   total_excl INTEGER NOT NULL DEFAULT 0, total_vat INTEGER NOT NULL DEFAULT 0,
                   total_incl INTEGER NOT NULL DEFAULT 0, paid INTEGER NOT NULL DEFAULT 0,
                   credited_invoice_number TEXT NOT NULL DEFAULT '',
                   payload TEXT NOT NULL DEFAULT '{}', problem TEXT NOT NULL DEFAULT '',
                   sync_state TEXT NOT NULL DEFAULT 'pending' CHECK (sync_state IN
                       ('pending', 'in_flight', 'posted', 'failed', 'skipped', 'unmappable')),
                   attempts INTEGER NOT NULL DEFAULT 0,
                   eboekhouden_id TEXT NOT NULL DEFAULT '', eboekhouden_number TEXT NOT NULL DEFAULT '',
                   last_message TEXT NOT NULL DEFAULT '', state_changed_at TEXT,
                   UNIQUE (platform, kind, shop_id)))"_qs,
             uR"(CREATE INDEX documents_kind_date ON documents (kind, document_date))"_qs,
             uR"(CREATE INDEX documents_kind_state ON documents (kind, sync_state))"_qs,
             uR"(CREATE INDEX documents_number ON documents (number))"_qs,
         }},
        {2,
         {
             uR"(CREATE TABLE sync_log (
                   id INTEGER PRIMARY KEY,
                   kind TEXT NOT NULL CHECK (kind IN ('invoice', 'creditmemo', 'customer')),
                   platform TEXT NOT NULL, order_number TEXT NOT NULL DEFAULT '',
                   document_number TEXT NOT NULL DEFAULT '', document_id INTEGER, customer_id INTEGER,
                   message TEXT NOT NULL, success INTEGER NOT NULL, created_at TEXT NOT NULL))"_qs,
             uR"(CREATE INDEX sync_log_kind_created ON sync_log (kind, created_at))"_qs,
             uR"(CREATE TABLE payments (
                   id INTEGER PRIMARY KEY,
                   document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                   shop_id TEXT NOT NULL, method TEXT NOT NULL DEFAULT '',
                   transaction_id TEXT NOT NULL DEFAULT '', amount INTEGER NOT NULL, paid_at TEXT,
                   sync_state TEXT NOT NULL DEFAULT 'pending', eboekhouden_id TEXT NOT NULL DEFAULT '',
                   UNIQUE (document_id, shop_id)))"_qs,
         }},
        {3,
         {
             uR"(CREATE TABLE vat_mapping (
                   id INTEGER PRIMARY KEY, rate INTEGER NOT NULL,
                   class TEXT NOT NULL CHECK (class IN ('domestic', 'icp', 'export', 'oss')),
                   country_code TEXT NOT NULL DEFAULT '', vat_code TEXT NOT NULL,
                   revenue_ledger TEXT NOT NULL, vat_ledger TEXT NOT NULL DEFAULT '',
                   UNIQUE (rate, class, country_code)))"_qs,
         }},
        {4,
         {
             // Shop orders not yet in a bookable state, re-checked on every pull.
             uR"(CREATE TABLE open_documents (
                   platform TEXT NOT NULL, resource TEXT NOT NULL, shop_id TEXT NOT NULL,
                   status TEXT NOT NULL DEFAULT '', seen_at TEXT NOT NULL,
                   PRIMARY KEY (platform, resource, shop_id)))"_qs,
             // A customer the shop sent in a shape we could not read: kept with the reason and raw data.
             uR"(ALTER TABLE customers ADD COLUMN problem TEXT NOT NULL DEFAULT '')"_qs,
             uR"(ALTER TABLE customers ADD COLUMN payload TEXT NOT NULL DEFAULT '')"_qs,
         }},
        {5,
         {
             // A mapping row may hold for any rate (ICP, export, OSS per country): the rate becomes nullable.
             // SQLite treats NULLs as distinct in UNIQUE, so the key is an expression index with "any" as -1.
             uR"(CREATE TABLE vat_mapping_new (
                   id INTEGER PRIMARY KEY, rate INTEGER CHECK (rate IS NULL OR rate BETWEEN 0 AND 10000),
                   class TEXT NOT NULL CHECK (class IN ('domestic', 'icp', 'export', 'oss')),
                   country_code TEXT NOT NULL DEFAULT '', vat_code TEXT NOT NULL,
                   revenue_ledger TEXT NOT NULL, vat_ledger TEXT NOT NULL DEFAULT ''))"_qs,
             uR"(INSERT INTO vat_mapping_new (id, rate, class, country_code, vat_code, revenue_ledger, vat_ledger)
                   SELECT id, rate, class, country_code, vat_code, revenue_ledger, vat_ledger FROM vat_mapping)"_qs,
             uR"(DROP TABLE vat_mapping)"_qs,
             uR"(ALTER TABLE vat_mapping_new RENAME TO vat_mapping)"_qs,
             uR"(CREATE UNIQUE INDEX vat_mapping_key ON vat_mapping (IFNULL(rate, -1), class, country_code))"_qs,
         }},
        {6,
         {
             // The grids' free-text search ("contains", over a million documents) through a trigram index:
             // SQLite answers a substring MATCH from it instead of scanning every row with LIKE.
             uR"(CREATE VIRTUAL TABLE documents_search USING fts5(
                   number, order_number, customer_name, customer_email, company, vat_number,
                   content = 'documents', content_rowid = 'id', tokenize = 'trigram'))"_qs,
             uR"(INSERT INTO documents_search (documents_search) VALUES ('rebuild'))"_qs,
             uR"(CREATE TRIGGER documents_search_insert AFTER INSERT ON documents BEGIN
                   INSERT INTO documents_search (rowid, number, order_number, customer_name, customer_email,
                                                 company, vat_number)
                   VALUES (new.id, new.number, new.order_number, new.customer_name, new.customer_email,
                           new.company, new.vat_number);
                 END)"_qs,
             uR"(CREATE TRIGGER documents_search_delete AFTER DELETE ON documents BEGIN
                   INSERT INTO documents_search (documents_search, rowid, number, order_number, customer_name,
                                                 customer_email, company, vat_number)
                   VALUES ('delete', old.id, old.number, old.order_number, old.customer_name, old.customer_email,
                           old.company, old.vat_number);
                 END)"_qs,
             uR"(CREATE TRIGGER documents_search_update AFTER UPDATE OF number, order_number, customer_name,
                   customer_email, company, vat_number ON documents BEGIN
                   INSERT INTO documents_search (documents_search, rowid, number, order_number, customer_name,
                                                 customer_email, company, vat_number)
                   VALUES ('delete', old.id, old.number, old.order_number, old.customer_name, old.customer_email,
                           old.company, old.vat_number);
                   INSERT INTO documents_search (rowid, number, order_number, customer_name, customer_email,
                                                 company, vat_number)
                   VALUES (new.id, new.number, new.order_number, new.customer_name, new.customer_email,
                           new.company, new.vat_number);
                 END)"_qs,
             // The filter bar's other filters and the usual sort columns.
             uR"(CREATE INDEX documents_kind_country ON documents (kind, country_code))"_qs,
             uR"(CREATE INDEX documents_kind_website ON documents (kind, website))"_qs,
             uR"(CREATE INDEX documents_kind_total ON documents (kind, total_incl))"_qs,
             uR"(CREATE INDEX documents_kind_customer ON documents (kind, customer_name))"_qs,
         }},
        // When the post itself left for e-Boekhouden (NULL before and after): a document e-Boekhouden numbers
        // that a crash left in flight before this moment was never sent, so it may simply be booked again.
        {7,
         {
             uR"(ALTER TABLE documents ADD COLUMN post_sent_at TEXT)"_qs,
         }},
        // A booking is one document's (kind, number): what it was booked under is kept with it, so that a link
        // can be checked later (check-links) and its payment or refund finds its own open item (DESIGN §3,
        // API-eboekhouden.md C2, C4). Documents booked before keep eboekhouden_number as it was: the number they
        // were booked under, without the credit memo prefix that applies from now on. The relation and amount
        // of those older bookings are not known (NULL/empty): check-links reads them from e-Boekhouden.
        // payment_state: '' (nothing recorded: none or pending, by `paid`), 'booked', 'failed', 'not_outstanding'.
        {8,
         {
             uR"(ALTER TABLE documents ADD COLUMN booked_relation_id TEXT NOT NULL DEFAULT '')"_qs,
             uR"(ALTER TABLE documents ADD COLUMN booked_relation_code TEXT NOT NULL DEFAULT '')"_qs,
             uR"(ALTER TABLE documents ADD COLUMN booked_amount INTEGER)"_qs,
             uR"(ALTER TABLE documents ADD COLUMN payment_state TEXT NOT NULL DEFAULT '' CHECK (payment_state IN
                   ('', 'booked', 'failed', 'not_outstanding')))"_qs,
             uR"(ALTER TABLE documents ADD COLUMN payment_message TEXT NOT NULL DEFAULT '')"_qs,
             // Payments recorded as posted or skipped before: their document's state follows from them.
             uR"(UPDATE documents SET payment_state = CASE
                   WHEN EXISTS (SELECT 1 FROM payments p WHERE p.document_id = documents.id
                                AND p.sync_state = 'posted') THEN 'booked'
                   ELSE 'not_outstanding' END
                 WHERE EXISTS (SELECT 1 FROM payments p WHERE p.document_id = documents.id
                               AND p.sync_state IN ('posted', 'skipped')))"_qs,
         }},
        // 9: the audit trail (issue 16): every exchange with e-Boekhouden made for a document, redacted. Its own
        // table, so the sync log's clean-up (LogRetention) never drops the proof of a booking.
        {9,
         {
             uR"(CREATE TABLE audit_trail (id INTEGER PRIMARY KEY AUTOINCREMENT, document_id INTEGER NOT NULL,
                   sent_at TEXT NOT NULL, duration_ms INTEGER NOT NULL DEFAULT 0,
                   attempt INTEGER NOT NULL DEFAULT 1, method TEXT NOT NULL DEFAULT '',
                   endpoint TEXT NOT NULL DEFAULT '', request_body TEXT NOT NULL DEFAULT '',
                   status INTEGER NOT NULL DEFAULT 0, answer_body TEXT NOT NULL DEFAULT '',
                   error TEXT NOT NULL DEFAULT ''))"_qs,
             uR"(CREATE INDEX audit_trail_document ON audit_trail (document_id, sent_at))"_qs,
             uR"(CREATE INDEX audit_trail_sent ON audit_trail (sent_at))"_qs,
         }},
        // 10: the relations e-Boekhouden already holds (issue 15 item 3), imported at setup and on demand
        // (RelationImport), and those a sync created or matched since: a shop customer is matched to them by
        // e-mail, code or Magmodules' rule (shop_key: shop customer id, country and VAT number) before anything
        // is created, and a new debtor's code is chosen among their codes.
        {10,
         {
             uR"(CREATE TABLE relations (id INTEGER PRIMARY KEY, eboekhouden_id INTEGER NOT NULL UNIQUE,
                   code TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT '', name TEXT NOT NULL DEFAULT '',
                   contact TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',
                   vat_number TEXT NOT NULL DEFAULT '', country TEXT NOT NULL DEFAULT '',
                   shop_key TEXT NOT NULL DEFAULT '', imported_at TEXT NOT NULL DEFAULT ''))"_qs,
             uR"(CREATE INDEX relations_code ON relations (code))"_qs,
             uR"(CREATE INDEX relations_shop_key ON relations (shop_key))"_qs,
         }},
        // 11: what the EU's VIES said about an ICP sale's VAT number (issue 15 item 6), kept with the document for
        // View and the preview. vies_result: '' (not checked), 'valid', 'invalid', 'unavailable' (checked offline
        // only). A valid answer of the last day serves the next document with that number (no second question).
        {11,
         {
             uR"(ALTER TABLE documents ADD COLUMN vies_result TEXT NOT NULL DEFAULT '')"_qs,
             uR"(ALTER TABLE documents ADD COLUMN vies_vat_number TEXT NOT NULL DEFAULT '')"_qs,
             uR"(ALTER TABLE documents ADD COLUMN vies_checked_at TEXT)"_qs,
             uR"(ALTER TABLE documents ADD COLUMN vies_name TEXT NOT NULL DEFAULT '')"_qs,
             uR"(ALTER TABLE documents ADD COLUMN vies_address TEXT NOT NULL DEFAULT '')"_qs,
             uR"(ALTER TABLE documents ADD COLUMN vies_error TEXT NOT NULL DEFAULT '')"_qs,
             uR"(CREATE INDEX documents_vies_number ON documents (vies_vat_number, vies_checked_at))"_qs,
         }},
        // 12: log messages as a code with arguments (issue 17 item 2), rendered in the reader's language when shown
        // (LogMessage). The text column keeps the words as written, for search, CSV and rows without a code.
        // attempts / last_attempt_at: retries of one attempt that failed the same way are one row (issue 17 item 4).
        {12,
         {
             uR"(ALTER TABLE sync_log ADD COLUMN attempts INTEGER NOT NULL DEFAULT 1)"_qs,
             uR"(ALTER TABLE sync_log ADD COLUMN last_attempt_at TEXT)"_qs,
             uR"(ALTER TABLE sync_log ADD COLUMN message_code TEXT NOT NULL DEFAULT '')"_qs,
             uR"(ALTER TABLE sync_log ADD COLUMN message_args TEXT NOT NULL DEFAULT '')"_qs,
             uR"(ALTER TABLE documents ADD COLUMN last_message_code TEXT NOT NULL DEFAULT '')"_qs,
             uR"(ALTER TABLE documents ADD COLUMN last_message_args TEXT NOT NULL DEFAULT '')"_qs,
             // A document's or customer's newest row, looked up at every failure to count retries in it.
             uR"(CREATE INDEX sync_log_document ON sync_log (document_id, created_at))"_qs,
             uR"(CREATE INDEX sync_log_customer ON sync_log (customer_id, created_at))"_qs,
         }},
        // 14 (issue 18): who holds a document in flight. Several workers share a PostgreSQL store: a document in
        // flight is resumed only by the worker that claimed it, or by another once that one no longer runs
        // (WorkerClaims). Empty: claimed before this step, or by no one.
        {14,
         {
             uR"(ALTER TABLE documents ADD COLUMN claimed_by TEXT NOT NULL DEFAULT '')"_qs,
         }},
        // 15 (issue 18): the administration's settings (booking form, ledgers, numbering, debtor matching: what
        // AdministrationSettingsStore keeps), in the store so every desktop on a shared store books the same way.
        // One row a setting; changed_by names the computer that saved it last. Never a secret (those stay in
        // each desktop's keychain), nor what belongs to one computer (window, language, where the store is).
        {15,
         {
             uR"(CREATE TABLE administration_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL,
                   changed_at TEXT NOT NULL DEFAULT '', changed_by TEXT NOT NULL DEFAULT ''))"_qs,
         }},
        // 16 (issue 17 item 2): a document's payment text as a message code with arguments, as step 12 did for its
        // last message, so that it is shown in the reader's language. payment_message keeps the words as written
        // (rows of older versions have only those).
        {16,
         {
             uR"(ALTER TABLE documents ADD COLUMN payment_message_code TEXT NOT NULL DEFAULT '')"_qs,
             uR"(ALTER TABLE documents ADD COLUMN payment_message_args TEXT NOT NULL DEFAULT '')"_qs,
         }},
        // 17 (issue 18): the grids' free-text search on PostgreSQL through trigram indexes. DocumentQuery and
        // CustomerQuery search with lower(column) LIKE '%text%', which no b-tree serves: without these every
        // search read the whole table. pg_trgm ships with Debian's postgresql package and is a trusted extension
        // (PostgreSQL 13+: a user who may create objects in the database may create it). A server without it
        // stops the upgrade here with PostgreSQL's own error, before anything of this step is kept. Only
        // PostgreSQL runs this step (SqlDialect): SQLite searches documents through documents_search (step 6).
        {17,
         {
             uR"(CREATE EXTENSION IF NOT EXISTS pg_trgm)"_qs,
             uR"(CREATE INDEX documents_trgm_number ON documents USING gin (lower(number) gin_trgm_ops))"_qs,
             uR"(CREATE INDEX documents_trgm_order_number ON documents
                   USING gin (lower(order_number) gin_trgm_ops))"_qs,
             uR"(CREATE INDEX documents_trgm_customer_name ON documents
                   USING gin (lower(customer_name) gin_trgm_ops))"_qs,
             uR"(CREATE INDEX documents_trgm_customer_email ON documents
                   USING gin (lower(customer_email) gin_trgm_ops))"_qs,
             uR"(CREATE INDEX documents_trgm_company ON documents USING gin (lower(company) gin_trgm_ops))"_qs,
             uR"(CREATE INDEX documents_trgm_vat_number ON documents USING gin (lower(vat_number) gin_trgm_ops))"_qs,
             uR"(CREATE INDEX customers_trgm_first_name ON customers USING gin (lower(first_name) gin_trgm_ops))"_qs,
             uR"(CREATE INDEX customers_trgm_last_name ON customers USING gin (lower(last_name) gin_trgm_ops))"_qs,
             uR"(CREATE INDEX customers_trgm_email ON customers USING gin (lower(email) gin_trgm_ops))"_qs,
             uR"(CREATE INDEX customers_trgm_company ON customers USING gin (lower(company) gin_trgm_ops))"_qs,
             uR"(CREATE INDEX customers_trgm_vat_number ON customers USING gin (lower(vat_number) gin_trgm_ops))"_qs,
             uR"(CREATE INDEX customers_trgm_debtor_code ON customers
                   USING gin (lower(debtor_code) gin_trgm_ops))"_qs,
         }},
    };
    return all;
}

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

namespace {

// PostgreSQL has no user_version: the step a database is at is kept in a table of its own (one row).
const QString postgresVersionTable = QStringLiteral("schema_version");
// Every worker that opens a shared database may try to upgrade it: one at a time (pg_advisory_lock's key).
constexpr qint64 migrationLockKey = 0x426f656b; // "Boek"

bool run(QSqlQuery& query, const QString& statement, QString& error)
{
    if (query.exec(statement))
        return true;
    error = query.lastError().text();
    return false;
}

} // namespace

int Migrations::currentVersion(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (SqlDialect::isPostgres(db)) {
        if (!query.exec(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(postgresVersionTable)) ||
            !query.next())
            return -1;
        if (!query.value(0).toBool())
            return 0;
        if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM %1").arg(postgresVersionTable)) ||
            !query.next())
            return -1;
        return query.value(0).toInt();
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool Migrations::recordVersion(QSqlDatabase& db, int version)
{
    QSqlQuery query(db);
    QString error;
    if (SqlDialect::isPostgres(db)) {
        if (!query.exec(QStringLiteral("SELECT to_regclass('%1') IS NULL").arg(postgresVersionTable)) || !query.next())
            return false;
        if (query.value(0).toBool() &&
            !run(query, QStringLiteral("CREATE TABLE %1 (version BIGINT NOT NULL)").arg(postgresVersionTable), error))
            return false;
        return run(query, QStringLiteral("DELETE FROM %1").arg(postgresVersionTable), error) &&
               run(query, QStringLiteral("INSERT INTO %1 (version) VALUES (%2)").arg(postgresVersionTable).arg(version),
                   error);
    }
    // PRAGMA does not take bound values; the version is our own integer.
    return run(query, QStringLiteral("PRAGMA user_version = %1").arg(version), error);
}

Migrations::Outcome Migrations::migrate(QSqlDatabase& db, int targetVersion)
{
    const SqlDialect::Kind dialect = SqlDialect::of(db);
    QSqlQuery lock(db);
    if (dialect == SqlDialect::Kind::Postgres) {
        // Released when this connection says so below, or when it ends (a worker that dies mid-upgrade).
        QString error;
        if (!run(lock, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(migrationLockKey), error))
            return {false, error};
    }
    const Outcome outcome = migrateSteps(db, dialect, targetVersion);
    if (dialect == SqlDialect::Kind::Postgres)
        lock.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(migrationLockKey));
    return outcome;
}

Migrations::Outcome Migrations::migrateSteps(QSqlDatabase& db, SqlDialect::Kind dialect, int targetVersion)
{
    // Read under the lock: another worker may have upgraded the shared database a moment ago.
    const int current = currentVersion(db);
    if (current < 0)
        return {false, db.lastError().text()};
    if (current > latestVersion())
        return {false, QStringLiteral("the file was made by a newer Boekhoudbrug (schema %1, this version knows %2)")
                           .arg(current)
                           .arg(latestVersion())};

    for (const Step& step : steps()) {
        if (step.version <= current || step.version > targetVersion)
            continue;
        if (!db.transaction())
            return {false, db.lastError().text()};
        QSqlQuery query(db);
        for (const QString& statement : SqlDialect::translate(dialect, step.statements)) {
            if (!query.exec(statement)) {
                const QString error = query.lastError().text();
                db.rollback();
                return {false, QStringLiteral("step %1: %2").arg(step.version).arg(error)};
            }
        }
        if (!recordVersion(db, step.version) || !db.commit()) {
            const QString error = db.lastError().text();
            db.rollback();
            return {false, QStringLiteral("step %1: %2").arg(step.version).arg(error)};
        }
    }
    return {true, {}};
}
