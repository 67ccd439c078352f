#include "PostingRequests.h"

#include "eboekhouden/RestRequestWriter.h"
#include "eboekhouden/SoapClient.h"
#include "eboekhouden/SoapRequestWriter.h"

Result<MutationRequest> PostingRequests::mutation(const Posting& posting, const Relation& debtor,
                                                  AdministrationDirectory& directory)
{
    Result<Ledger> main = directory.ledger(posting.mainLedger);
    if (!main.ok())
        return main.error();

    MutationRequest request;
    request.type = posting.mutationType == 3 ? MutationType::PaymentReceived : MutationType::InvoiceSent;
    request.date = posting.date;
    request.ledgerId = main.value().id;
    request.ledgerCode = main.value().code;
    request.relationId = debtor.id;
    request.relationCode = debtor.code;
    request.invoiceNumber = posting.invoiceNumber;
    request.description = posting.description;
    request.entryNumber = posting.entryNumber;
    if (request.type == MutationType::InvoiceSent)
        request.termOfPayment = posting.paymentTermDays;
    request.amountsIncludeVat = posting.inExVat == InExVat::In;
    for (const PostingRow& row : posting.rows) {
        Result<Ledger> ledger = directory.ledger(row.ledger);
        if (!ledger.ok())
            return ledger.error();
        MutationRequest::Row out;
        out.amount = row.amount;
        out.vatCode = row.vatCode.name();
        if (row.vatCode.takesExplicitVat())
            out.vatAmount = row.vatAmount;
        // What e-Boekhouden books, as the Posting computed it once (SOAP sends it; REST computes it again itself).
        out.amountExcl = row.net;
        out.vat = row.vatAmount;
        out.amountIncl = row.gross;
        out.vatRate = row.vatCode.computedRate();
        out.ledgerId = ledger.value().id;
        out.ledgerCode = ledger.value().code;
        out.description = row.description; // cut to FieldLimits by PostingBuilder, with a note (C7)
        out.invoiceNumber = row.invoiceNumber;
        // A row that settles an invoice names its relation (MUT_112), by id: the code may be unknown now that
        // outstanding items leave out the deprecated relationCode (API-eboekhouden.md C2).
        if (!row.relationCode.isEmpty() || !row.invoiceNumber.isEmpty())
            out.relationId = debtor.id;
        request.rows.append(out);
    }
    return request;
}

Result<InvoiceRequest> PostingRequests::invoice(const Posting& posting, const Relation& debtor,
                                                AdministrationDirectory& directory)
{
    // SOAP's cFactuurRegel has no VAT amount (API-eboekhouden.md C3): an AFW_VERK line would be booked without
    // its VAT. Refuse before anything of the document is posted, and say how it can be booked.
    if (directory.apiName() == QLatin1String("SOAP")) {
        for (const PostingInvoiceLine& line : posting.lines) {
            if (line.vatCode.takesExplicitVat())
                return SoapClient::invoiceLineVatRefusal(posting.invoiceNumber);
        }
        // Nor prices including VAT (AddFactuur has no InExBTW): the preview says so, as the push would.
        if (posting.inExVat == InExVat::In)
            return SoapClient::pricesIncludingVatRefusal(posting.invoiceNumber);
    }
    Result<InvoiceTemplate> invoiceTemplate = directory.invoiceTemplate(posting.invoiceTemplate);
    if (!invoiceTemplate.ok())
        return invoiceTemplate.error();
    Result<Ledger> debtors = directory.ledger(posting.mainLedger);
    if (!debtors.ok())
        return debtors.error();

    InvoiceRequest request;
    request.relationId = debtor.id;
    request.relationCode = debtor.code;
    request.invoiceNumber = posting.invoiceNumber;
    request.date = posting.date;
    request.termOfPayment = posting.paymentTermDays;
    request.pricesIncludeVat = posting.inExVat == InExVat::In;
    request.templateId = invoiceTemplate.value().id;
    request.templateName = invoiceTemplate.value().name;
    request.reference = posting.invoiceNumber.left(50);
    request.book = true;
    request.debtorLedgerId = debtors.value().id;
    request.bookingDescription = posting.description;
    for (const PostingInvoiceLine& line : posting.lines) {
        Result<Ledger> ledger = directory.ledger(line.ledger);
        if (!ledger.ok())
            return ledger.error();
        InvoiceRequest::Line out;
        out.quantityTenThousandths = line.quantity.thousandths * 10;
        // An item's code names an e-Boekhouden product: only a code that is one is sent (issue 12 item 9).
        Product asProduct;
        asProduct.description = line.description;
        asProduct.priceExcl = line.unitPriceExcl;
        asProduct.vatCode = line.vatCode.name();
        asProduct.ledgerId = ledger.value().id;
        Result<QString> code = directory.productCode(line.productCode, asProduct);
        if (!code.ok())
            return code.error();
        out.code = code.value();
        out.description = line.description; // cut to FieldLimits by PostingBuilder, with a note (C7)
        out.pricePerUnit = request.pricesIncludeVat ? line.unitPriceIncl : line.unitPriceExcl;
        out.vatCode = line.vatCode.name();
        // AFW_VERK books the VAT it is given, and none without it (API-eboekhouden.md C3).
        if (line.vatCode.takesExplicitVat())
            out.vatAmount = line.vatAmount;
        out.ledgerId = ledger.value().id;
        out.ledgerCode = ledger.value().code;
        request.lines.append(out);
    }
    return request;
}

Result<PostingRequests::Wire> PostingRequests::wire(const Posting& posting, const Relation& debtor,
                                                    AdministrationDirectory& directory)
{
    const bool soap = directory.apiName() == QLatin1String("SOAP");
    // The session keys are the client's, never the preview's: shown as the audit trail shows them (Redactor).
    const SoapRequestWriter::SessionKeys hidden{QStringLiteral("***"), QStringLiteral("***")};
    Wire wire;
    wire.method = "POST";
    if (posting.form == Posting::Form::Invoice) {
        Result<InvoiceRequest> request = invoice(posting, debtor, directory);
        if (!request.ok())
            return request.error();
        wire.endpoint = soap ? QStringLiteral("AddFactuur") : QStringLiteral("/v1/invoice");
        wire.body =
            soap ? SoapRequestWriter::addFactuur(hidden, request.value()) : RestRequestWriter::invoice(request.value());
        return wire;
    }
    Result<MutationRequest> request = mutation(posting, debtor, directory);
    if (!request.ok())
        return request.error();
    wire.endpoint = soap ? QStringLiteral("AddMutatie") : QStringLiteral("/v1/mutation");
    wire.body =
        soap ? SoapRequestWriter::addMutatie(hidden, request.value()) : RestRequestWriter::mutation(request.value());
    return wire;
}
