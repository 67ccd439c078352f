#include "PostingRequests.h"

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
        out.ledgerId = ledger.value().id;
        out.ledgerCode = ledger.value().code;
        out.description = row.description;
        out.invoiceNumber = row.invoiceNumber;
        if (!row.relationCode.isEmpty())
            out.relationId = debtor.id;
        request.rows.append(out);
    }
    return request;
}

Result<InvoiceRequest> PostingRequests::invoice(const Posting& posting, const Relation& debtor,
                                                AdministrationDirectory& directory)
{
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
        out.code = line.productCode;
        out.description = line.description;
        out.pricePerUnit = request.pricesIncludeVat ? line.unitPriceIncl : line.unitPriceExcl;
        out.vatCode = line.vatCode.name();
        out.ledgerId = ledger.value().id;
        out.ledgerCode = ledger.value().code;
        request.lines.append(out);
    }
    return request;
}
