#pragma once

#include "eboekhouden/CostCenter.h"
#include "eboekhouden/CreatedInvoice.h"
#include "eboekhouden/InvoiceSummary.h"
#include "eboekhouden/InvoiceTemplate.h"
#include "eboekhouden/Ledger.h"
#include "eboekhouden/MutationSummary.h"
#include "eboekhouden/OutstandingItem.h"
#include "eboekhouden/Product.h"
#include "eboekhouden/Relation.h"
#include "eboekhouden/RestSession.h"
#include "eboekhouden/Result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>

// Turns the bytes of REST replies into typed values. No network here, so every function can be tested (and
// fuzzed) on its own. Anything that is not the documented shape becomes a MalformedReply error.
//
// Amounts arrive as JSON numbers, which QJsonDocument reads as doubles. They are converted once, here:
// formatted with six decimals (a double holds any amount below 10^9 with 2 decimals to far better than
// that) and parsed as decimal text by Money::parse, which rounds half away from zero to the cent.
namespace RestReplyParser {

Result<RestSession> session(const QByteArray& body);
// The error of a non-2xx reply: the documented Error body when there is one, else the status alone.
ApiError error(int httpStatus, const QByteArray& body, int retryAfterSeconds = -1);

Result<QList<Relation>> relationList(const QByteArray& body); // thin items: id, type, code
Result<Relation> relation(const QByteArray& body);
Result<Relation> createdRelation(const QByteArray& body); // {id, code}
Result<qint64> createdId(const QByteArray& body);         // {id}
Result<QList<Ledger>> ledgerList(const QByteArray& body);
Result<QList<InvoiceTemplate>> invoiceTemplateList(const QByteArray& body);
Result<QList<CostCenter>> costCenterList(const QByteArray& body);
Result<QList<Product>> productList(const QByteArray& body); // id, code, description
Result<CreatedInvoice> createdInvoice(const QByteArray& body);
Result<QList<MutationSummary>> mutationList(const QByteArray& body);
// GET /v1/mutation/{id}: with relationId, and `amount` the total incl. VAT (rows, plus the VAT when they are EX).
Result<MutationSummary> mutationDetail(const QByteArray& body);
Result<QList<InvoiceSummary>> invoiceList(const QByteArray& body);
Result<QList<OutstandingItem>> outstandingList(const QByteArray& body);
// GET /v1/administration (accountant tokens only, C1): the company of each administration, in the reply's order.
Result<QStringList> administrations(const QByteArray& body);

// The JSON-number-to-Money boundary (see above); nothing for a value that is not a number or decimal text.
std::optional<Money> money(const QJsonValue& value);

} // namespace RestReplyParser
