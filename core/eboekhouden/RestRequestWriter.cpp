#include "RestRequestWriter.h"

#include "eboekhouden/JsonWriter.h"

QByteArray RestRequestWriter::session(const QString& accessToken, const QString& source)
{
    JsonWriter json;
    json.beginObject();
    json.string(QStringLiteral("accessToken"), accessToken);
    json.string(QStringLiteral("source"), source);
    json.endObject();
    return json.text();
}

QByteArray RestRequestWriter::relation(const Relation& r)
{
    JsonWriter json;
    json.beginObject();
    json.string(QStringLiteral("type"), Relation::kindCode(r.kind));
    json.stringIfNotEmpty(QStringLiteral("code"), r.code);
    json.string(QStringLiteral("name"), r.name);
    json.stringIfNotEmpty(QStringLiteral("contact"), r.contact);
    json.stringIfNotEmpty(QStringLiteral("address"), r.address);
    json.stringIfNotEmpty(QStringLiteral("postalCode"), r.postalCode);
    json.stringIfNotEmpty(QStringLiteral("city"), r.city);
    json.stringIfNotEmpty(QStringLiteral("country"), r.country);
    json.stringIfNotEmpty(QStringLiteral("phoneNumber"), r.phoneNumber);
    json.stringIfNotEmpty(QStringLiteral("emailAddress"), r.emailAddress);
    json.stringIfNotEmpty(QStringLiteral("vatNumber"), r.vatNumber);
    json.stringIfNotEmpty(QStringLiteral("iban"), r.iban);
    if (r.termOfPayment)
        json.integer(QStringLiteral("termOfPayment"), *r.termOfPayment);
    json.endObject();
    return json.text();
}

QByteArray RestRequestWriter::mutation(const MutationRequest& m)
{
    JsonWriter json;
    json.beginObject();
    json.integer(QStringLiteral("type"), static_cast<int>(m.type));
    json.string(QStringLiteral("date"), m.date.toString(Qt::ISODate));
    json.integer(QStringLiteral("ledgerId"), m.ledgerId);
    json.integerIfNotZero(QStringLiteral("relationId"), m.relationId);
    json.stringIfNotEmpty(QStringLiteral("invoiceNumber"), m.invoiceNumber);
    json.stringIfNotEmpty(QStringLiteral("entryNumber"), m.entryNumber);
    if (m.termOfPayment)
        json.integer(QStringLiteral("termOfPayment"), *m.termOfPayment);
    json.stringIfNotEmpty(QStringLiteral("paymentReference"), m.paymentReference);
    json.string(QStringLiteral("inExVat"), m.amountsIncludeVat ? QStringLiteral("IN") : QStringLiteral("EX"));
    json.stringIfNotEmpty(QStringLiteral("description"), m.description);
    json.beginArray(QStringLiteral("rows"));
    for (const MutationRequest::Row& row : m.rows) {
        json.beginObject();
        json.integer(QStringLiteral("ledgerId"), row.ledgerId);
        json.string(QStringLiteral("vatCode"), row.vatCode);
        if (row.vatAmount)
            json.money(QStringLiteral("vatAmount"), *row.vatAmount);
        json.integerIfNotZero(QStringLiteral("costCenterId"), row.costCenterId);
        json.money(QStringLiteral("amount"), row.amount);
        json.stringIfNotEmpty(QStringLiteral("description"), row.description);
        json.stringIfNotEmpty(QStringLiteral("invoiceNumber"), row.invoiceNumber);
        json.integerIfNotZero(QStringLiteral("relationId"), row.relationId);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.text();
}

QByteArray RestRequestWriter::invoice(const InvoiceRequest& i)
{
    JsonWriter json;
    json.beginObject();
    json.integer(QStringLiteral("relationId"), i.relationId);
    json.stringIfNotEmpty(QStringLiteral("invoiceNumber"), i.invoiceNumber);
    if (i.date.isValid())
        json.string(QStringLiteral("date"), i.date.toString(Qt::ISODate));
    json.integer(QStringLiteral("termOfPayment"), i.termOfPayment);
    json.string(QStringLiteral("inExVat"), i.pricesIncludeVat ? QStringLiteral("IN") : QStringLiteral("EX"));
    json.integer(QStringLiteral("templateId"), i.templateId);
    json.stringIfNotEmpty(QStringLiteral("reference"), i.reference);
    json.beginArray(QStringLiteral("items"));
    for (const InvoiceRequest::Line& line : i.lines) {
        json.beginObject();
        json.fixedPoint(QStringLiteral("quantity"), line.quantityTenThousandths, 4);
        json.integerIfNotZero(QStringLiteral("unitId"), line.unitId);
        json.stringIfNotEmpty(QStringLiteral("code"), line.code);
        json.string(QStringLiteral("description"), line.description);
        json.money(QStringLiteral("pricePerUnit"), line.pricePerUnit);
        json.string(QStringLiteral("vatCode"), line.vatCode);
        if (line.vatAmount)
            json.money(QStringLiteral("vatAmount"), *line.vatAmount);
        json.integer(QStringLiteral("ledgerId"), line.ledgerId);
        json.integerIfNotZero(QStringLiteral("costCenterId"), line.costCenterId);
        json.endObject();
    }
    json.endArray();
    if (i.book) {
        json.beginObject(QStringLiteral("mutation"));
        json.integer(QStringLiteral("ledgerId"), i.debtorLedgerId);
        json.stringIfNotEmpty(QStringLiteral("description"), i.bookingDescription);
        json.endObject();
    }
    json.endObject();
    return json.text();
}

QByteArray RestRequestWriter::product(const Product& p)
{
    JsonWriter json;
    json.beginObject();
    json.string(QStringLiteral("code"), p.code);
    json.string(QStringLiteral("description"), p.description);
    json.money(QStringLiteral("priceExcl"), p.priceExcl);
    json.string(QStringLiteral("vat"), p.vatCode);
    json.integerIfNotZero(QStringLiteral("ledgerId"), p.ledgerId);
    json.endObject();
    return json.text();
}
