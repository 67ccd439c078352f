#pragma once

#include "eboekhouden/EBoekhoudenClient.h"
#include "eboekhouden/HttpTransport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrlQuery>

#include <functional>

// e-Boekhouden's REST API (api.e-boekhouden.nl/v1), API-eboekhouden.md §1.
class RestClient : public EBoekhoudenClient
{
    Q_DECLARE_TR_FUNCTIONS(RestClient)

public:
    enum class Authorization
    {
        RawToken,    // "Authorization: <token>", as the spec's quick start shows
        BearerToken, // "Authorization: Bearer <token>", reported to work too [unsure]
    };

    struct Settings
    {
        QUrl baseUrl = QUrl(QStringLiteral("https://api.e-boekhouden.nl")); // .be for Belgian administrations
        QString source = QStringLiteral("Boekhbrug");                       // 1-10 of [A-Za-z0-9_ ]
        Authorization authorization = Authorization::RawToken;
        int renewMarginSeconds = 60;      // renew the session this long before it expires
        int assumedSessionSeconds = 3600; // when the reply has no expiresIn [unsure]
        int pageSize = 100;               // limit, 1..2000
        int timeoutMs = 30000;
        int maxRateLimitWaitSeconds = 120; // wait for a Retry-After up to this long, else report RateLimited
        int maxRateLimitRetries = 3;
        std::function<QDateTime()> clock;      // UTC now; tests inject one
        std::function<void(int seconds)> wait; // waits for Retry-After; tests inject one
    };

    RestClient(QString accessToken, Settings settings);
    ~RestClient() override;

    // The `source` the API accepts: characters outside [A-Za-z0-9_ ] dropped, at most 10 kept.
    static QString normalizedSource(const QString& source);

    QString apiName() const override { return QStringLiteral("REST"); }
    void setRateLimiter(std::shared_ptr<RateLimiter> limiter) override
    {
        m_transport.setRateLimiter(std::move(limiter));
    }
    Result<Done> openSession() override;
    void closeSession() override;
    Result<ConnectionInfo> testConnection() override;
    Result<QList<Relation>> findRelationsByCode(const QString& code) override;
    Result<QList<Relation>> findRelationsByEmail(const QString& email) override;
    Result<QList<Relation>> relationCodes() override;
    Result<Relation> relation(qint64 id) override;
    Result<Relation> createRelation(const Relation& relation) override;
    Result<Done> updateRelation(const Relation& relation) override;
    Result<QList<Ledger>> ledgers(const QString& code = {}) override;
    Result<QList<InvoiceTemplate>> invoiceTemplates() override;
    Result<QList<CostCenter>> costCenters() override;
    Result<QList<Product>> findProductsByCode(const QString& code) override;
    Result<qint64> createProduct(const Product& product) override;
    Result<CreatedInvoice> createInvoice(const InvoiceRequest& invoice) override;
    Result<qint64> createMutation(const MutationRequest& mutation) override;
    Result<QList<MutationSummary>> findMutationsByInvoiceNumber(const QString& invoiceNumber) override;
    Result<QList<MutationSummary>> salesMutations(const QDate& from, const QDate& until) override;
    Result<MutationSummary> mutation(qint64 id) override;
    Result<QList<InvoiceSummary>> findInvoicesByInvoiceNumber(const QString& invoiceNumber) override;
    Result<QList<OutstandingItem>> outstandingItems(OutstandingItem::Side side,
                                                    const QString& invoiceNumber = {}) override;

private:
    // One authorised call: opens/renews the session first, re-creates it once on a 401, honours 429.
    Result<QByteArray> call(const QByteArray& method, const QString& path, const QUrlQuery& query = {},
                            const QByteArray& body = {});
    // GET of every page (limit/offset; a page shorter than the limit is the last: `count` is the page size).
    template <typename T>
    Result<QList<T>> getAll(const QString& path, QUrlQuery query,
                            const std::function<Result<QList<T>>(const QByteArray&)>& parse);
    Result<QList<Relation>> relationDetails(const Result<QList<Relation>>& thin);
    ApiError transportError(const HttpReply& reply) const;
    QDateTime now() const;

    QString m_accessToken;
    Settings m_settings;
    HttpTransport m_transport;
    QString m_sessionToken;
    QDateTime m_sessionExpires;
};
