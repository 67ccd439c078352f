#pragma once

#include "eboekhouden/CostCenter.h"
#include "eboekhouden/InvoiceSummary.h"
#include "eboekhouden/Ledger.h"
#include "eboekhouden/MutationSummary.h"
#include "eboekhouden/OutstandingItem.h"
#include "eboekhouden/Product.h"
#include "eboekhouden/Relation.h"
#include "eboekhouden/Result.h"
#include "eboekhouden/XmlNode.h"

#include <QByteArray>

// Turns SOAP reply bytes into typed values. The service answers HTTP 200 with ErrorMsg/LastErrorCode for
// business errors (API-eboekhouden.md §2.3): a non-empty code becomes the same ApiError as REST's.
namespace SoapReplyParser {

// The <operation>Result element, after checking for a SOAP Fault and a non-empty LastErrorCode.
Result<XmlNode> operationResult(const QByteArray& body, const QString& operation);

Result<QString> sessionId(const QByteArray& body);
Result<Done> done(const QByteArray& body, const QString& operation); // UpdateRelatie (bare cError), CloseSession
Result<qint64> relationId(const QByteArray& body);                   // AddRelatie -> Rel_ID
Result<QList<Relation>> relations(const QByteArray& body);
Result<qint64> mutationNumber(const QByteArray& body); // AddMutatie -> Mutatienummer
Result<QString> invoiceNumber(const QByteArray& body); // AddFactuur -> Factuurnummer
Result<QList<MutationSummary>> mutations(const QByteArray& body);
Result<QList<InvoiceSummary>> invoices(const QByteArray& body);
Result<QList<OutstandingItem>> outstandingItems(const QByteArray& body);
Result<QList<Ledger>> ledgers(const QByteArray& body);
Result<QList<CostCenter>> costCenters(const QByteArray& body);
Result<QList<Product>> products(const QByteArray& body); // GetArtikelen -> Artikelen/cArtikel
Result<QString> administrationName(const QByteArray& body);

} // namespace SoapReplyParser
