#include "RestReplyParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

ApiError malformed(const QString& why)
{
    return ApiError::make(ApiError::Kind::MalformedReply, {}, why);
}

Result<QJsonObject> object(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(QStringLiteral("not JSON: %1").arg(parseError.errorString()));
    if (!document.isObject())
        return malformed(QStringLiteral("not a JSON object"));
    return document.object();
}

// The objects in { "items": [...], "count": n }.
Result<QList<QJsonObject>> items(const QByteArray& body)
{
    const Result<QJsonObject> top = object(body);
    if (!top.ok())
        return top.error();
    const QJsonValue list = top.value().value(QLatin1String("items"));
    if (!list.isArray())
        return malformed(QStringLiteral("no items array"));
    QList<QJsonObject> objects;
    for (const QJsonValue& item : list.toArray()) {
        if (!item.isObject())
            return malformed(QStringLiteral("an item is not an object"));
        objects.append(item.toObject());
    }
    return objects;
}

// An id: a JSON integer. Missing is 0; anything else is malformed.
std::optional<qint64> id(const QJsonObject& o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return 0;
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9.0e15)
        return std::nullopt;
    return static_cast<qint64>(d);
}

QString text(const QJsonObject& o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}

QDate date(const QJsonObject& o, QLatin1String key)
{
    // "2025-05-31", sometimes with a time part.
    return QDate::fromString(text(o, key).left(10), Qt::ISODate);
}

std::optional<Money> amount(const QJsonObject& o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return Money();
    return RestReplyParser::money(v);
}

} // namespace

std::optional<Money> RestReplyParser::money(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return std::nullopt;
        return Money::parse(QString::number(d, 'f', 6));
    }
    if (value.isString())
        return Money::parse(value.toString());
    return std::nullopt;
}

Result<RestSession> RestReplyParser::session(const QByteArray& body)
{
    const Result<QJsonObject> top = object(body);
    if (!top.ok())
        return top.error();
    RestSession session;
    session.token = top.value().value(QLatin1String("token")).toString();
    if (session.token.isEmpty())
        return malformed(QStringLiteral("session without token"));
    const QJsonValue expires = top.value().value(QLatin1String("expiresIn"));
    if (expires.isDouble())
        session.expiresInSeconds = static_cast<int>(qBound(0.0, expires.toDouble(), 366.0 * 24 * 3600));
    return session;
}

ApiError RestReplyParser::error(int httpStatus, const QByteArray& body, int retryAfterSeconds)
{
    QString code;
    QString detail;
    QString field;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject o = document.object();
        code = o.value(QLatin1String("code")).toString();
        detail = o.value(QLatin1String("title")).toString();
        const QString message = o.value(QLatin1String("message")).toString();
        if (!message.isEmpty())
            detail += (detail.isEmpty() ? QString() : QStringLiteral(" ")) + message;
        QStringList errors;
        for (const QJsonValue& e : o.value(QLatin1String("errors")).toArray())
            errors.append(e.toString());
        if (!errors.isEmpty())
            detail += (detail.isEmpty() ? QString() : QStringLiteral(" ")) + errors.join(QStringLiteral("; "));
        field = o.value(QLatin1String("propertyName")).toString();
    }
    ApiError result = ApiError::fromServiceCode(code, httpStatus, detail, field);
    if (httpStatus == 429) {
        result.kind = ApiError::Kind::RateLimited;
        result.retryAfterSeconds = retryAfterSeconds;
    }
    return result;
}

Result<QList<Relation>> RestReplyParser::relationList(const QByteArray& body)
{
    const Result<QList<QJsonObject>> list = items(body);
    if (!list.ok())
        return list.error();
    QList<Relation> relations;
    for (const QJsonObject& o : list.value()) {
        const std::optional<qint64> relationId = id(o, QLatin1String("id"));
        if (!relationId)
            return malformed(QStringLiteral("relation id is not a number"));
        Relation r;
        r.id = *relationId;
        r.kind = Relation::kindFromCode(text(o, QLatin1String("type")));
        r.code = text(o, QLatin1String("code"));
        relations.append(r);
    }
    return relations;
}

Result<Relation> RestReplyParser::relation(const QByteArray& body)
{
    const Result<QJsonObject> top = object(body);
    if (!top.ok())
        return top.error();
    const QJsonObject& o = top.value();
    const std::optional<qint64> relationId = id(o, QLatin1String("id"));
    if (!relationId)
        return malformed(QStringLiteral("relation id is not a number"));
    Relation r;
    r.id = *relationId;
    r.kind = Relation::kindFromCode(text(o, QLatin1String("type")));
    r.code = text(o, QLatin1String("code"));
    r.name = text(o, QLatin1String("name"));
    r.contact = text(o, QLatin1String("contact"));
    r.address = text(o, QLatin1String("address"));
    r.postalCode = text(o, QLatin1String("postalCode"));
    r.city = text(o, QLatin1String("city"));
    r.country = text(o, QLatin1String("country"));
    r.phoneNumber = text(o, QLatin1String("phoneNumber"));
    r.emailAddress = text(o, QLatin1String("emailAddress"));
    r.vatNumber = text(o, QLatin1String("vatNumber"));
    r.iban = text(o, QLatin1String("iban"));
    const QJsonValue term = o.value(QLatin1String("termOfPayment"));
    if (term.isDouble())
        r.termOfPayment = term.toInt();
    return r;
}

Result<Relation> RestReplyParser::createdRelation(const QByteArray& body)
{
    const Result<QJsonObject> top = object(body);
    if (!top.ok())
        return top.error();
    const std::optional<qint64> relationId = id(top.value(), QLatin1String("id"));
    if (!relationId || *relationId <= 0)
        return malformed(QStringLiteral("created relation without id"));
    Relation r;
    r.id = *relationId;
    r.code = text(top.value(), QLatin1String("code"));
    return r;
}

Result<qint64> RestReplyParser::createdId(const QByteArray& body)
{
    const Result<QJsonObject> top = object(body);
    if (!top.ok())
        return top.error();
    const std::optional<qint64> createdId = id(top.value(), QLatin1String("id"));
    if (!createdId || *createdId <= 0)
        return malformed(QStringLiteral("created without id"));
    return *createdId;
}

Result<QList<Ledger>> RestReplyParser::ledgerList(const QByteArray& body)
{
    const Result<QList<QJsonObject>> list = items(body);
    if (!list.ok())
        return list.error();
    QList<Ledger> ledgers;
    for (const QJsonObject& o : list.value()) {
        const std::optional<qint64> ledgerId = id(o, QLatin1String("id"));
        if (!ledgerId)
            return malformed(QStringLiteral("ledger id is not a number"));
        ledgers.append({*ledgerId, text(o, QLatin1String("code")), text(o, QLatin1String("description")),
                        text(o, QLatin1String("category")), text(o, QLatin1String("group"))});
    }
    return ledgers;
}

Result<QList<InvoiceTemplate>> RestReplyParser::invoiceTemplateList(const QByteArray& body)
{
    const Result<QList<QJsonObject>> list = items(body);
    if (!list.ok())
        return list.error();
    QList<InvoiceTemplate> templates;
    for (const QJsonObject& o : list.value()) {
        const std::optional<qint64> templateId = id(o, QLatin1String("id"));
        if (!templateId)
            return malformed(QStringLiteral("template id is not a number"));
        templates.append({*templateId, text(o, QLatin1String("name")), o.value(QLatin1String("active")).toBool(true),
                          text(o, QLatin1String("type"))});
    }
    return templates;
}

Result<QList<CostCenter>> RestReplyParser::costCenterList(const QByteArray& body)
{
    const Result<QList<QJsonObject>> list = items(body);
    if (!list.ok())
        return list.error();
    QList<CostCenter> centers;
    for (const QJsonObject& o : list.value()) {
        const std::optional<qint64> centerId = id(o, QLatin1String("id"));
        const std::optional<qint64> parentId = id(o, QLatin1String("parentId"));
        if (!centerId || !parentId)
            return malformed(QStringLiteral("cost centre id is not a number"));
        centers.append({*centerId, text(o, QLatin1String("description")), *parentId,
                        o.value(QLatin1String("active")).toBool(true)});
    }
    return centers;
}

Result<QList<Product>> RestReplyParser::productList(const QByteArray& body)
{
    const Result<QList<QJsonObject>> list = items(body);
    if (!list.ok())
        return list.error();
    QList<Product> products;
    for (const QJsonObject& o : list.value()) {
        const std::optional<qint64> productId = id(o, QLatin1String("id"));
        if (!productId)
            return malformed(QStringLiteral("product id is not a number"));
        Product p;
        p.id = *productId;
        p.code = text(o, QLatin1String("code"));
        p.description = text(o, QLatin1String("description"));
        products.append(p);
    }
    return products;
}

Result<CreatedInvoice> RestReplyParser::createdInvoice(const QByteArray& body)
{
    const Result<QJsonObject> top = object(body);
    if (!top.ok())
        return top.error();
    const std::optional<qint64> invoiceId = id(top.value(), QLatin1String("id"));
    if (!invoiceId || *invoiceId <= 0)
        return malformed(QStringLiteral("created invoice without id"));
    return CreatedInvoice{*invoiceId, text(top.value(), QLatin1String("invoiceNumber"))};
}

Result<QList<MutationSummary>> RestReplyParser::mutationList(const QByteArray& body)
{
    const Result<QList<QJsonObject>> list = items(body);
    if (!list.ok())
        return list.error();
    QList<MutationSummary> mutations;
    for (const QJsonObject& o : list.value()) {
        const std::optional<qint64> mutationId = id(o, QLatin1String("id"));
        const std::optional<qint64> type = id(o, QLatin1String("type"));
        const std::optional<qint64> ledgerId = id(o, QLatin1String("ledgerId"));
        const std::optional<Money> total = amount(o, QLatin1String("amount"));
        if (!mutationId || !type || !ledgerId || !total)
            return malformed(QStringLiteral("mutation item has a field of the wrong type"));
        MutationSummary m;
        m.id = *mutationId;
        m.type = static_cast<int>(*type);
        m.date = date(o, QLatin1String("date"));
        m.invoiceNumber = text(o, QLatin1String("invoiceNumber"));
        m.ledgerId = *ledgerId;
        m.amount = *total;
        m.entryNumber = text(o, QLatin1String("entryNumber"));
        mutations.append(m);
    }
    return mutations;
}

Result<MutationSummary> RestReplyParser::mutationDetail(const QByteArray& body)
{
    const Result<QJsonObject> top = object(body);
    if (!top.ok())
        return top.error();
    const QJsonObject& o = top.value();
    const std::optional<qint64> mutationId = id(o, QLatin1String("id"));
    const std::optional<qint64> type = id(o, QLatin1String("type"));
    if (!mutationId || !type)
        return malformed(QStringLiteral("mutation has a field of the wrong type"));
    MutationSummary m;
    m.id = *mutationId;
    m.type = static_cast<int>(*type);
    m.date = date(o, QLatin1String("date"));
    m.invoiceNumber = text(o, QLatin1String("invoiceNumber"));
    m.ledgerId = id(o, QLatin1String("ledgerId")).value_or(0);
    m.relationId = id(o, QLatin1String("relationId")).value_or(0);
    m.entryNumber = text(o, QLatin1String("entryNumber"));
    Money total;
    for (const QJsonValue& row : o.value(QLatin1String("rows")).toArray()) {
        const std::optional<Money> rowAmount = amount(row.toObject(), QLatin1String("amount"));
        if (!rowAmount)
            return malformed(QStringLiteral("mutation row amount is not a number"));
        total += *rowAmount;
    }
    Money vatTotal;
    for (const QJsonValue& vat : o.value(QLatin1String("vat")).toArray()) {
        const std::optional<Money> vatAmount = amount(vat.toObject(), QLatin1String("amount"));
        if (!vatAmount)
            return malformed(QStringLiteral("mutation VAT amount is not a number"));
        vatTotal += *vatAmount;
    }
    m.vat = vatTotal;
    if (text(o, QLatin1String("inExVat")) != QLatin1String("IN"))
        total += vatTotal;
    m.amount = total;
    return m;
}

Result<QList<InvoiceSummary>> RestReplyParser::invoiceList(const QByteArray& body)
{
    const Result<QList<QJsonObject>> list = items(body);
    if (!list.ok())
        return list.error();
    QList<InvoiceSummary> invoices;
    for (const QJsonObject& o : list.value()) {
        const std::optional<qint64> invoiceId = id(o, QLatin1String("id"));
        const std::optional<qint64> relationId = id(o, QLatin1String("relationId"));
        const std::optional<Money> total = amount(o, QLatin1String("totalAmount"));
        if (!invoiceId || !relationId || !total)
            return malformed(QStringLiteral("invoice item has a field of the wrong type"));
        InvoiceSummary i;
        i.id = *invoiceId;
        i.invoiceNumber = text(o, QLatin1String("invoiceNumber"));
        i.date = date(o, QLatin1String("date"));
        i.relationId = *relationId;
        i.totalInclVat = *total;
        invoices.append(i);
    }
    return invoices;
}

Result<QList<OutstandingItem>> RestReplyParser::outstandingList(const QByteArray& body)
{
    const Result<QList<QJsonObject>> list = items(body);
    if (!list.ok())
        return list.error();
    QList<OutstandingItem> open;
    for (const QJsonObject& o : list.value()) {
        const std::optional<qint64> mutationId = id(o, QLatin1String("mutationId"));
        const std::optional<qint64> relationId = id(o, QLatin1String("relationId"));
        const std::optional<Money> total = amount(o, QLatin1String("totalAmount"));
        const std::optional<Money> paid = amount(o, QLatin1String("paidAmount"));
        const std::optional<Money> outstanding = amount(o, QLatin1String("outstandingAmount"));
        if (!mutationId || !relationId || !total || !paid || !outstanding)
            return malformed(QStringLiteral("outstanding item has a field of the wrong type"));
        OutstandingItem item;
        item.mutationId = *mutationId;
        item.date = date(o, QLatin1String("date"));
        item.invoiceNumber = text(o, QLatin1String("invoiceNumber"));
        item.relationId = *relationId;
        item.relationCode = text(o, QLatin1String("relationCode"));
        item.company = text(o, QLatin1String("company"));
        item.total = *total;
        item.paid = *paid;
        item.outstanding = *outstanding;
        open.append(item);
    }
    return open;
}

Result<QStringList> RestReplyParser::administrations(const QByteArray& body)
{
    const Result<QList<QJsonObject>> list = items(body);
    if (!list.ok())
        return list.error();
    QStringList companies;
    for (const QJsonObject& o : list.value())
        companies.append(text(o, QLatin1String("company")));
    return companies;
}
