#pragma once

#include "eboekhouden/InvoiceRequest.h"
#include "eboekhouden/MutationRequest.h"
#include "eboekhouden/Product.h"
#include "eboekhouden/Relation.h"

#include <QByteArray>

// JSON bodies of the REST requests, with the field names of the OpenAPI document (API-eboekhouden.md §1).
namespace RestRequestWriter {

QByteArray session(const QString& accessToken, const QString& source);
QByteArray relation(const Relation& relation); // CreateRelation and PatchRelation share the fields
QByteArray mutation(const MutationRequest& mutation);
QByteArray invoice(const InvoiceRequest& invoice);
// POST /v1/product (§1.12): code, description, priceExcl, the sale VAT code as `vat` (the spec's name), ledgerId.
QByteArray product(const Product& product);

} // namespace RestRequestWriter
