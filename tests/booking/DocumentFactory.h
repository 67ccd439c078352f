#pragma once

#include "domain/CreditMemo.h"
#include "domain/Invoice.h"
#include "money/Money.h"

#include <QString>

// Builds shop documents for the booking tests in a line each; the document totals are the sum of the
// parts unless a test overrides them, so a document passes the totals check unless the test says not.
namespace DocumentFactory {

inline Money money(const char* text)
{
    return *Money::parse(QString::fromLatin1(text));
}

inline DocumentLine line(const char* sku, std::int64_t quantity, const char* excl, const char* incl, int rateBp)
{
    DocumentLine result;
    result.sku = QString::fromLatin1(sku);
    result.description = QStringLiteral("Product %1").arg(result.sku);
    result.quantity = Quantity::whole(quantity);
    result.rowTotalExcl = money(excl);
    result.rowTotalIncl = money(incl);
    result.vatAmount = result.rowTotalIncl - result.rowTotalExcl;
    result.vatRate = VatRate::fromBasisPoints(rateBp);
    return result;
}

inline void computeTotals(SalesDocument& document)
{
    document.totalExcl = Money();
    document.totalIncl = Money();
    for (const DocumentLine& line : document.lines) {
        document.totalExcl += line.rowTotalExcl;
        document.totalIncl += line.rowTotalIncl;
    }
    if (document.shipping) {
        document.totalExcl += document.shipping->amountExcl;
        document.totalIncl += document.shipping->amountIncl;
    }
    for (const Surcharge& surcharge : document.surcharges) {
        document.totalExcl += surcharge.amountExcl;
        document.totalIncl += surcharge.amountIncl;
    }
    for (const Discount& discount : document.discounts) {
        document.totalExcl -= discount.amountExcl;
        document.totalIncl -= discount.amountIncl;
    }
    document.totalVat = document.totalIncl - document.totalExcl;
}

inline void deliverTo(SalesDocument& document, const char* country)
{
    document.billingAddress.countryCode = QString::fromLatin1(country);
    document.shippingAddress.countryCode = QString::fromLatin1(country);
}

inline void prepare(SalesDocument& document, const char* number, const char* country)
{
    document.platform = QStringLiteral("prestashop");
    document.number = QString::fromLatin1(number);
    document.orderNumber = QStringLiteral("ORD%1").arg(document.number);
    document.documentDate = QDate(2025, 3, 14);
    document.currency = QStringLiteral("EUR");
    document.paymentMethod = QStringLiteral("mollie");
    document.customer.email = QStringLiteral("klaartje@example.nl");
    document.customer.firstName = QStringLiteral("Klaartje");
    document.customer.lastName = QStringLiteral("Pietersen");
    deliverTo(document, country);
}

inline Invoice invoice(const char* number, const char* country, QList<DocumentLine> lines)
{
    Invoice result;
    prepare(result, number, country);
    result.lines = std::move(lines);
    computeTotals(result);
    return result;
}

inline CreditMemo creditMemo(const char* number, const char* invoiceNumber, const char* country,
                             QList<DocumentLine> lines)
{
    CreditMemo result;
    prepare(result, number, country);
    result.invoiceNumber = QString::fromLatin1(invoiceNumber);
    result.lines = std::move(lines);
    computeTotals(result);
    return result;
}

} // namespace DocumentFactory
