#pragma once

#include "eboekhouden/ConnectionInfo.h"
#include "eboekhouden/CostCenter.h"
#include "eboekhouden/CreatedInvoice.h"
#include "eboekhouden/InvoiceRequest.h"
#include "eboekhouden/InvoiceSummary.h"
#include "eboekhouden/InvoiceTemplate.h"
#include "eboekhouden/Ledger.h"
#include "eboekhouden/MutationRequest.h"
#include "eboekhouden/MutationSummary.h"
#include "eboekhouden/OutstandingItem.h"
#include "eboekhouden/Product.h"
#include "eboekhouden/Relation.h"
#include "eboekhouden/Result.h"

#include <QList>

#include <memory>

class RateLimiter;

// The one way the product talks to e-Boekhouden, whatever API the administration uses (RestClient for an
// API token, SoapClient for username + security codes; see ClientFactory).
//
// The calls block until the answer is in (each runs a local event loop over QNetworkAccessManager): call them
// from the sync engine's worker thread or the CLI, never from the GUI thread. A client belongs to the thread
// that created it. Sessions are opened on first use and renewed as needed; openSession() only makes it
// explicit. Errors are values: check ok(), then act on error().kind.
class EBoekhoudenClient
{
public:
    virtual ~EBoekhoudenClient() = default;

    virtual QString apiName() const = 0;
    // Every request of this client waits for its turn at `limiter`, which the workers of one sync share.
    virtual void setRateLimiter(std::shared_ptr<RateLimiter> limiter) = 0;
    virtual Result<Done> openSession() = 0;
    virtual void closeSession() = 0;

    // Proves the credentials and reads the administration's name.
    virtual Result<ConnectionInfo> testConnection() = 0;

    virtual Result<QList<Relation>> findRelationsByCode(const QString& code) = 0;
    virtual Result<QList<Relation>> findRelationsByEmail(const QString& email) = 0;
    // One relation by the id e-Boekhouden gave it (REST GET /v1/relation/{id}; SOAP GetRelaties by ID), with
    // its code: where a relation code is needed, it comes from here or the store, never from the deprecated
    // relationCode of an outstanding item (API-eboekhouden.md C2). NotFound when there is no such relation.
    virtual Result<Relation> relation(qint64 id) = 0;
    // Every relation of the administration as the list has it (REST GET /v1/relation, paged up to 2,000 a call,
    // API-eboekhouden.md §1.6: id, type and code only): the codes a new debtor's code must avoid (issue 15).
    // An API without a cheap list answers Unsupported, and the caller looks codes up one at a time.
    virtual Result<QList<Relation>> relationCodes() { return ApiError::make(ApiError::Kind::Unsupported); }
    // Every relation with its details in one answer (SOAP GetRelaties with an empty filter, API-eboekhouden.md
    // §2.4; that ID 0 matches any relation is unverified): the relations import of an API without a cheap list.
    // REST answers Unsupported: its import lists the codes (relationCodes) and reads each new relation's details.
    virtual Result<QList<Relation>> allRelations() { return ApiError::make(ApiError::Kind::Unsupported); }
    virtual Result<Relation> createRelation(const Relation& relation) = 0; // returns id and code
    virtual Result<Done> updateRelation(const Relation& relation) = 0;

    virtual Result<QList<Ledger>> ledgers(const QString& code = {}) = 0; // empty code: all
    virtual Result<QList<InvoiceTemplate>> invoiceTemplates() = 0;
    virtual Result<QList<CostCenter>> costCenters() = 0;
    // Products by exact code (REST GET /v1/product?code=, SOAP GetArtikelen), and a new one (REST POST
    // /v1/product) -> its id. Unsupported where the API cannot (SOAP has no way to add an article).
    virtual Result<QList<Product>> findProductsByCode(const QString& code) = 0;
    virtual Result<qint64> createProduct(const Product& product) = 0;
    // VAT codes have no endpoint: the fixed list is rules/VatCode (the sale codes Boekhoudbrug books with).

    virtual Result<CreatedInvoice> createInvoice(const InvoiceRequest& invoice) = 0;
    virtual Result<qint64> createMutation(const MutationRequest& mutation) = 0; // the new mutation's number

    // Before posting (and after a crash with a document "in flight"): is this number already booked?
    virtual Result<QList<MutationSummary>> findMutationsByInvoiceNumber(const QString& invoiceNumber) = 0;
    virtual Result<QList<InvoiceSummary>> findInvoicesByInvoiceNumber(const QString& invoiceNumber) = 0;
    // One mutation in detail, with its relation and its total incl. VAT (signed as booked): what proves a booking
    // found by number is a document's own (REST GET /v1/mutation/{id}, §1.8; the list items carry no relation).
    // An API without it answers Unsupported; its list look-up must then carry the relation itself (SOAP).
    virtual Result<MutationSummary> mutation(qint64 id)
    {
        Q_UNUSED(id);
        return ApiError::make(ApiError::Kind::Unsupported);
    }

    // The sales bookings (type 2) dated from `from` up to and including `until`, for the read-back reconciliation:
    // REST GET /v1/mutation?type=2&date[range]=from,until, paged (API-eboekhouden.md §1.2, §1.5); SOAP
    // GetMutaties with DatumVan/DatumTm (§2). List items only: amounts incl. VAT, no rows.
    virtual Result<QList<MutationSummary>> salesMutations(const QDate& from, const QDate& until)
    {
        Q_UNUSED(from);
        Q_UNUSED(until);
        return ApiError::make(ApiError::Kind::Unsupported);
    }

    // Open items, optionally only those of one invoice number.
    virtual Result<QList<OutstandingItem>> outstandingItems(OutstandingItem::Side side,
                                                            const QString& invoiceNumber = {}) = 0;
};
