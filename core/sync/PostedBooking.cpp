#include "PostedBooking.h"

#include "eboekhouden/Ledger.h"
#include "eboekhouden/RestReplyParser.h"
#include "posting/EBoekhoudenVatModel.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace {

// The post of the document itself, by the REST path it went to (RestClient), or a SOAP booking.
std::optional<PostedBooking::Form> formOf(const AuditEntry& entry, const QJsonObject& body)
{
    if (entry.method.compare(u"POST"_qs, Qt::CaseInsensitive) != 0 || entry.status < 200 || entry.status >= 300)
        return std::nullopt;
    const QString path = QUrl(entry.endpoint).path();
    if (path.endsWith(u"/v1/invoice"_qs))
        return PostedBooking::Form::Invoice;
    // Type 2 is the invoice sent (the document); type 3 would be its payment, booked under the same document.
    if (path.endsWith(u"/v1/mutation"_qs) && body.value(u"type"_qs).toInt() == 2)
        return PostedBooking::Form::Mutation;
    if (entry.requestBody.contains(u"<AddMutatie"_qs) || entry.requestBody.contains(u"<AddFactuur"_qs))
        return PostedBooking::Form::Soap;
    return std::nullopt;
}

QString answeredId(const AuditEntry& entry)
{
    const Result<qint64> id = RestReplyParser::createdId(entry.answerBody.toUtf8());
    return id.ok() ? QString::number(id.value()) : QString();
}

Money amountOf(const QJsonValue& value)
{
    return RestReplyParser::money(value).value_or(Money());
}

// quantity (a decimal, 4 places as RestRequestWriter writes it) × price per unit, rounded half away from zero to
// the cent, in integers.
Money lineAmount(const QJsonValue& quantity, Money pricePerUnit)
{
    const QString text = quantity.isString() ? quantity.toString() : QString::number(quantity.toDouble(), 'f', 4);
    const qsizetype point = text.indexOf(u'.');
    const QString whole = point < 0 ? text : text.left(point);
    const QString decimals = (point < 0 ? QString() : text.mid(point + 1) + u"0000"_qs).left(4);
    bool ok = false;
    const qint64 tenThousandths = (whole + decimals.leftJustified(4, u'0')).toLongLong(&ok);
    if (!ok)
        return Money();
    const qint64 product = tenThousandths * pricePerUnit.cents();
    return Money::fromCents((product >= 0 ? product + 5000 : product - 5000) / 10000);
}

} // namespace

std::optional<PostedBooking> PostedBooking::find(const QList<AuditEntry>& entries, const QString& bookedId,
                                                 const QList<Ledger>& ledgers)
{
    const AuditEntry* chosen = nullptr;
    QJsonObject body;
    Form form = Form::Mutation;
    for (const AuditEntry& entry : entries) { // oldest first: a later match wins, an answered id wins over all
        const QJsonObject candidate = QJsonDocument::fromJson(entry.requestBody.toUtf8()).object();
        const std::optional<Form> found = formOf(entry, candidate);
        if (!found)
            continue;
        const bool answered = !bookedId.isEmpty() && answeredId(entry) == bookedId;
        if (chosen && !answered && !bookedId.isEmpty() && answeredId(*chosen) == bookedId)
            continue;
        chosen = &entry;
        body = candidate;
        form = *found;
    }
    if (!chosen)
        return std::nullopt;

    PostedBooking booking;
    booking.form = form;
    booking.sentAt = chosen->sentAt;
    booking.endpoint = chosen->endpoint;
    booking.requestBody = chosen->requestBody;
    booking.answerBody = chosen->answerBody;
    if (form == Form::Soap) {
        booking.notes.append(tr("Booked over e-Boekhouden's SOAP API: the request is shown as it was sent."));
        return booking;
    }

    QHash<qint64, const Ledger*> ledgerById;
    for (const Ledger& ledger : ledgers)
        ledgerById.insert(ledger.id, &ledger);
    booking.date = QDate::fromString(body.value(u"date"_qs).toString(), Qt::ISODate);
    booking.invoiceNumber = body.value(u"invoiceNumber"_qs).toString();
    booking.description = form == Form::Invoice
                              ? body.value(u"mutation"_qs).toObject().value(u"description"_qs).toString()
                              : body.value(u"description"_qs).toString();
    booking.relationId = body.value(u"relationId"_qs).toInteger();
    booking.amountsIncludeVat = body.value(u"inExVat"_qs).toString() == u"IN"_qs;

    const QJsonArray rows = body.value(form == Form::Invoice ? u"items"_qs : u"rows"_qs).toArray();
    bool unknownRate = false;
    for (const QJsonValue& value : rows) {
        const QJsonObject o = value.toObject();
        Row row;
        row.ledgerId = o.value(u"ledgerId"_qs).toInteger();
        if (const Ledger* ledger = ledgerById.value(row.ledgerId)) {
            row.ledgerCode = ledger->code;
            row.ledgerName = ledger->description;
        }
        row.vatCode = o.value(u"vatCode"_qs).toString();
        row.description = o.value(u"description"_qs).toString();
        row.amount = form == Form::Invoice ? lineAmount(o.value(u"quantity"_qs), amountOf(o.value(u"pricePerUnit"_qs)))
                                           : amountOf(o.value(u"amount"_qs));
        // The VAT as e-Boekhouden computes it from the code's rate (API-eboekhouden.md §1.8), or as stated
        // with AFW_VERK (C3): the product's one VAT model, as the Posting that was sent was built with.
        const std::optional<VatCode> code = VatCode::fromName(row.vatCode);
        if (o.contains(u"vatAmount"_qs))
            row.vat = amountOf(o.value(u"vatAmount"_qs));
        else if (code)
            row.vat =
                EBoekhoudenVatModel::vat(row.amount, *code, booking.amountsIncludeVat ? InExVat::In : InExVat::Ex);
        else
            unknownRate = true;
        row.net = booking.amountsIncludeVat ? row.amount - row.vat : row.amount;
        row.gross = booking.amountsIncludeVat ? row.amount : row.amount + row.vat;
        booking.totalNet = booking.totalNet + row.net;
        booking.totalVat = booking.totalVat + row.vat;
        booking.totalGross = booking.totalGross + row.gross;
        booking.rows.append(row);
    }
    if (unknownRate)
        booking.notes.append(tr("A VAT code of this booking is not known to Boekhoudbrug: its VAT is shown as 0.00; "
                                "e-Boekhouden has the amount it computed."));
    return booking;
}
