#pragma once

#include "eboekhouden/EBoekhoudenClient.h"
#include "eboekhouden/HttpTransport.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

// e-Boekhouden's legacy SOAP API (soap.e-boekhouden.nl/soap.asmx), API-eboekhouden.md §2. Ledgers and
// relations are addressed by code; amounts are computed per row here (SOAP wants all four).
class SoapClient : public EBoekhoudenClient
{
    Q_DECLARE_TR_FUNCTIONS(SoapClient)

public:
    struct Settings
    {
        QUrl endpoint = QUrl(QStringLiteral("https://soap.e-boekhouden.nl/soap.asmx"));
        QString source = QStringLiteral("Boekhoudbrug");
        int sessionLifetimeSeconds = 20 * 60; // undocumented; re-open after this long [unsure]
        int timeoutMs = 30000;
        std::function<QDateTime()> clock; // UTC now; tests inject one
    };

    SoapClient(QString username, QString securityCode1, QString securityCode2, Settings settings);
    ~SoapClient() override;

    // An invoice line with AFW_VERK cannot be sent: SOAP's cFactuurRegel has no VAT amount, so e-Boekhouden would
    // book the line without its VAT (API-eboekhouden.md C3). The refusal, with what the bookkeeper can do.
    static ApiError invoiceLineVatRefusal(const QString& invoiceNumber);
    // An invoice priced including VAT cannot be sent either: AddFactuur has no InExBTW, its prices are excluding VAT
    // (API-eboekhouden.md §2.5, cFactuurRegel), so e-Boekhouden would add the VAT on top. Refused the same way.
    static ApiError pricesIncludingVatRefusal(const QString& invoiceNumber);

    QString apiName() const override { return QStringLiteral("SOAP"); }
    void setRateLimiter(std::shared_ptr<RateLimiter> limiter) override
    {
        m_transport.setRateLimiter(std::move(limiter));
    }
    Result<Done> openSession() override;
    void closeSession() override;
    Result<ConnectionInfo> testConnection() override;
    Result<QList<Relation>> findRelationsByCode(const QString& code) override;
    Result<QList<Relation>> findRelationsByEmail(const QString& email) override;
    Result<Relation> relation(qint64 id) override;
    Result<QList<Relation>> allRelations() override;
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
    Result<QList<InvoiceSummary>> findInvoicesByInvoiceNumber(const QString& invoiceNumber) override;
    Result<QList<OutstandingItem>> outstandingItems(OutstandingItem::Side side,
                                                    const QString& invoiceNumber = {}) override;

    // GetMutaties reportedly answers at most this many rows (API-eboekhouden.md §2 [unsure]).
    static constexpr int maxMutationsPerCall = 500;

private:
    using Envelope = std::function<QByteArray(const QString& sessionId, const QString& securityCode2)>;
    // Posts one operation; opens the session first, and re-opens it once when the service refuses it
    // (the SOAP session lifetime and its error code are undocumented, so any auth error gets one retry).
    template <typename T>
    Result<T> call(const QString& operation, const Envelope& envelope,
                   const std::function<Result<T>(const QByteArray&)>& parse);
    HttpReply post(const QString& operation, const QByteArray& envelope);
    QDateTime now() const;

    QString m_username;
    QString m_securityCode1;
    QString m_securityCode2;
    Settings m_settings;
    HttpTransport m_transport;
    QString m_sessionId;
    QDateTime m_sessionOpened;
};
