#include "EmulatorRestApi.h"

#include "eboekhouden/RestReplyParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

// Amounts leave the emulator as JSON numbers with two decimals, like the service's ("amount": 113.08). A
// QJsonValue holds a number only as a double, so an amount goes into the tree as a tagged string (see number())
// and becomes bare decimal text when the body is written: no amount ever passes through a double.
const QString amountTag = QChar(u'\x01') + QStringLiteral("amount:");

EmulatorResponse json(const QJsonObject& object, int status = 200)
{
    EmulatorResponse response;
    response.status = status;
    // QJsonDocument writes the tag's control character as \u0001.
    static const QRegularExpression tagged(QStringLiteral("\"\\\\u0001amount:(-?[0-9]+\\.[0-9]+)\""));
    response.body = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
                        .replace(tagged, QStringLiteral("\\1"))
                        .toUtf8();
    return response;
}

EmulatorResponse errorResponse(const EmulatorError& e)
{
    QJsonObject body{{QStringLiteral("type"), e.type},
                     {QStringLiteral("title"), e.title},
                     {QStringLiteral("status"), e.status},
                     {QStringLiteral("code"), e.code}};
    if (!e.propertyName.isEmpty())
        body.insert(QStringLiteral("propertyName"), e.propertyName);
    return json(body, e.status);
}

EmulatorResponse refuse(const QString& code, const QString& title, const QString& property = {}, int status = 400)
{
    return errorResponse({status, code, title, property, QStringLiteral("validation")});
}

// An amount for the tree json() writes: its exact decimal text, tagged to be written as a bare JSON number.
QJsonValue number(Money m)
{
    return QJsonValue(amountTag + m.toDecimalString());
}

// Paging as API-eboekhouden.md §1.2 documents it: `limit` 1–2000 (default 100, PAGE_001 outside), `offset` 0 or
// more (default 0, PAGE_002 below), and `count` the number of items in this page, not a grand total. The items
// come in the order they were made (unverified: the real service's order is not documented).
EmulatorResponse page(const QList<QJsonObject>& all, const QUrlQuery& query)
{
    bool ok = true;
    const int limit =
        query.hasQueryItem(QStringLiteral("limit")) ? query.queryItemValue(QStringLiteral("limit")).toInt(&ok) : 100;
    if (!ok || limit < 1 || limit > 2000)
        return refuse(QStringLiteral("PAGE_001"), QStringLiteral("Limit must be between 1 and 2000."),
                      QStringLiteral("limit"));
    const int offset =
        query.hasQueryItem(QStringLiteral("offset")) ? query.queryItemValue(QStringLiteral("offset")).toInt(&ok) : 0;
    if (!ok || offset < 0)
        return refuse(QStringLiteral("PAGE_002"), QStringLiteral("Offset must be 0 or more."),
                      QStringLiteral("offset"));
    QJsonArray items;
    for (qsizetype i = offset; i < all.size() && items.size() < limit; ++i)
        items.append(all.at(i));
    return json({{QStringLiteral("items"), items}, {QStringLiteral("count"), items.size()}});
}

QString param(const QUrlQuery& query, const QString& name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

bool matches(const QUrlQuery& query, const QString& name, const QString& value)
{
    return !query.hasQueryItem(name) || param(query, name) == value;
}

// A date filter as API-eboekhouden.md §1.2 gives them: `date=D` (equal), `date[eq|not_eq|gt|gte|lt|lte]=D` and
// `date[range]=D1,D2` (inclusive). Several operators on one parameter must all hold (unverified: the stricter
// reading). An unreadable date matches nothing (unverified: the real service's answer to it is not documented).
bool matchesDate(const QUrlQuery& query, const QString& name, const QDate& value)
{
    for (const auto& [key, text] : query.queryItems(QUrl::FullyDecoded)) {
        QString op;
        if (key == name)
            op = QStringLiteral("eq");
        else if (key.startsWith(name + u'[') && key.endsWith(u']'))
            op = key.mid(name.size() + 1, key.size() - name.size() - 2);
        else
            continue;
        if (op == u"range") {
            const QStringList ends = text.split(u',');
            const QDate first = QDate::fromString(ends.value(0).trimmed(), Qt::ISODate);
            const QDate last = QDate::fromString(ends.value(1).trimmed(), Qt::ISODate);
            if (ends.size() != 2 || !first.isValid() || !last.isValid() || value < first || value > last)
                return false;
            continue;
        }
        const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
        const bool holds = date.isValid() && ((op == u"eq" && value == date) || (op == u"not_eq" && value != date) ||
                                              (op == u"gt" && value > date) || (op == u"gte" && value >= date) ||
                                              (op == u"lt" && value < date) || (op == u"lte" && value <= date));
        if (!holds)
            return false;
    }
    return true;
}

QJsonObject relationJson(const EmulatorState::Relation& r)
{
    QJsonObject object = EmulatorState::relationFields(r);
    object.insert(QStringLiteral("date"), r.created.toString(Qt::ISODate));
    return object;
}

EmulatorState::Relation relationFrom(const QJsonObject& o)
{
    EmulatorState::Relation r;
    r.type = o.value(QLatin1String("type")).toString(QStringLiteral("B"));
    if (r.type.isEmpty())
        r.type = QStringLiteral("B");
    r.code = o.value(QLatin1String("code")).toString();
    r.name = o.value(QLatin1String("name")).toString();
    r.contact = o.value(QLatin1String("contact")).toString();
    r.address = o.value(QLatin1String("address")).toString();
    r.postalCode = o.value(QLatin1String("postalCode")).toString();
    r.city = o.value(QLatin1String("city")).toString();
    r.country = o.value(QLatin1String("country")).toString();
    r.phoneNumber = o.value(QLatin1String("phoneNumber")).toString();
    r.emailAddress = o.value(QLatin1String("emailAddress")).toString();
    r.vatNumber = o.value(QLatin1String("vatNumber")).toString();
    r.iban = o.value(QLatin1String("iban")).toString();
    return r;
}

std::optional<Money> optionalMoney(const QJsonObject& o, QLatin1String key)
{
    return o.contains(key) ? RestReplyParser::money(o.value(key)) : std::nullopt;
}

EmulatorResponse createMutation(const QJsonObject& o, EmulatorState& state)
{
    EmulatorState::Mutation m;
    m.type = o.value(QLatin1String("type")).toInt();
    m.dateText = o.value(QLatin1String("date")).toString();
    m.ledgerId = o.value(QLatin1String("ledgerId")).toInteger();
    m.relationId = o.value(QLatin1String("relationId")).toInteger();
    m.invoiceNumber = o.value(QLatin1String("invoiceNumber")).toString();
    m.entryNumber = o.value(QLatin1String("entryNumber")).toString();
    m.description = o.value(QLatin1String("description")).toString();
    m.inExVat = o.value(QLatin1String("inExVat")).toString();
    m.termOfPayment = o.value(QLatin1String("termOfPayment")).toInt();
    m.paymentReference = o.value(QLatin1String("paymentReference")).toString();
    for (const QJsonValue& value : o.value(QLatin1String("rows")).toArray()) {
        const QJsonObject r = value.toObject();
        EmulatorState::Row row;
        row.ledgerId = r.value(QLatin1String("ledgerId")).toInteger();
        row.vatCode = r.value(QLatin1String("vatCode")).toString();
        row.amount = optionalMoney(r, QLatin1String("amount"));
        row.vatAmount = optionalMoney(r, QLatin1String("vatAmount"));
        row.costCenterId = r.value(QLatin1String("costCenterId")).toInteger();
        row.description = r.value(QLatin1String("description")).toString();
        row.invoiceNumber = r.value(QLatin1String("invoiceNumber")).toString();
        row.relationId = r.value(QLatin1String("relationId")).toInteger();
        m.rows.append(row);
    }
    const EmulatorState::Outcome<qint64> added = state.addMutation(m);
    if (!added.ok())
        return errorResponse(*added.error);
    return json({{QStringLiteral("id"), added.value}});
}

EmulatorResponse createInvoice(const QJsonObject& o, EmulatorState& state)
{
    EmulatorState::Invoice invoice;
    invoice.relationId = o.value(QLatin1String("relationId")).toInteger();
    invoice.invoiceNumber = o.value(QLatin1String("invoiceNumber")).toString();
    invoice.dateText = o.value(QLatin1String("date")).toString();
    if (o.contains(QLatin1String("termOfPayment")))
        invoice.termOfPayment = o.value(QLatin1String("termOfPayment")).toInt();
    invoice.inExVat = o.value(QLatin1String("inExVat")).toString(QStringLiteral("EX"));
    invoice.templateId = o.value(QLatin1String("templateId")).toInteger();
    invoice.reference = o.value(QLatin1String("reference")).toString();
    if (o.contains(QLatin1String("mutation"))) {
        const QJsonObject booking = o.value(QLatin1String("mutation")).toObject();
        invoice.book = true;
        invoice.debtorLedgerId = booking.value(QLatin1String("ledgerId")).toInteger();
        invoice.bookingDescription = booking.value(QLatin1String("description")).toString();
    }
    for (const QJsonValue& value : o.value(QLatin1String("items")).toArray()) {
        const QJsonObject item = value.toObject();
        EmulatorState::InvoiceLine line;
        // A quantity is not an amount: four decimals at most, kept as ten-thousandths.
        const double q = item.value(QLatin1String("quantity")).toDouble(1.0);
        line.quantityTenThousandths = static_cast<qint64>(std::llround(q * 10000.0));
        line.description = item.value(QLatin1String("description")).toString();
        line.pricePerUnit = optionalMoney(item, QLatin1String("pricePerUnit"));
        line.vatCode = item.value(QLatin1String("vatCode")).toString();
        line.vatAmount = optionalMoney(item, QLatin1String("vatAmount"));
        line.code = item.value(QLatin1String("code")).toString();
        line.ledgerId = item.value(QLatin1String("ledgerId")).toInteger();
        invoice.lines.append(line);
    }
    const EmulatorState::Outcome<qint64> added = state.addInvoice(invoice);
    if (!added.ok())
        return errorResponse(*added.error);
    return json({{QStringLiteral("id"), added.value},
                 {QStringLiteral("invoiceNumber"), state.invoices().constLast().invoiceNumber}});
}

} // namespace

EmulatorResponse EmulatorRestApi::handle(const EmulatorRequest& request, EmulatorState& state,
                                         EmulatorSessions& sessions)
{
    const QString path = request.path;
    const QByteArray method = request.method;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    const QJsonObject body = document.object();

    if (path == QLatin1String("/v1/session") && method == "POST") {
        if (request.body.isEmpty())
            return refuse(QStringLiteral("DATA_01"), QStringLiteral("No body."));
        const QString token = body.value(QLatin1String("accessToken")).toString();
        const QString source = body.value(QLatin1String("source")).toString();
        if (token.isEmpty())
            return refuse(QStringLiteral("API_SESSION_003"), QStringLiteral("Access token is missing."),
                          QStringLiteral("accessToken"));
        if (source.isEmpty())
            return refuse(QStringLiteral("API_SESSION_001"), QStringLiteral("Source is missing."),
                          QStringLiteral("source"));
        static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_ ]{1,10}$"));
        if (!pattern.match(source).hasMatch())
            return refuse(QStringLiteral("API_SESSION_002"), QStringLiteral("Source does not match pattern."),
                          QStringLiteral("source"));
        if (!sessions.accessTokens.contains(token)) {
            EmulatorResponse unauthorized;
            unauthorized.status = 401;
            return unauthorized;
        }
        // C6: the account is registered under the other domain (.nl vs .be). Session start errors are 400, 401 or
        // 403 with a SecurityError (§1.3); which one the service uses for this code is unverified: 403.
        if (state.country != sessions.domainCountry)
            return errorResponse({403,
                                  QStringLiteral("SECURITY_011"),
                                  QStringLiteral("The account is registered under a different domain."),
                                  {},
                                  QStringLiteral("security")});
        const QDate end = sessions.accessTokens.value(token);
        if (end.isValid() && end < QDate::currentDate())
            return refuse(QStringLiteral("API_SESSION_004"), QStringLiteral("Access token has expired."),
                          QStringLiteral("accessToken"));
        return json(
            {{QStringLiteral("token"), sessions.open(false)}, {QStringLiteral("expiresIn"), sessions.lifetimeSeconds}});
    }

    // Everything else needs the session token in Authorization (raw; "Bearer " optionally tolerated).
    QString auth = QString::fromUtf8(request.header("authorization"));
    if (sessions.acceptBearer && auth.startsWith(QLatin1String("Bearer ")))
        auth = auth.mid(7);
    if (!sessions.validRest(auth)) {
        EmulatorResponse unauthorized;
        unauthorized.status = 401;
        return unauthorized;
    }
    if (path == QLatin1String("/v1/session") && method == "DELETE") {
        sessions.restSessions.remove(auth);
        EmulatorResponse empty;
        return empty;
    }
    const QUrlQuery& q = request.query;
    if ((path == QLatin1String("/v1/administration") || path == QLatin1String("/v1/administration/linked")) &&
        method == "GET") {
        // API-eboekhouden.md C1: for accountants only; a regular token is refused with 403 EP_001.
        if (!sessions.accountantMode)
            return errorResponse({403,
                                  QStringLiteral("EP_001"),
                                  QStringLiteral("This endpoint is only available to accountants"),
                                  {},
                                  QStringLiteral("security")});
        QList<QJsonObject> administrations{
            {{QStringLiteral("guid"), QStringLiteral("4f1c7e2a-0000-4000-8000-000000000001")},
             {QStringLiteral("company"), state.administrationName}}};
        for (qsizetype i = 0; i < state.otherAdministrations.size(); ++i)
            administrations.append({{QStringLiteral("guid"),
                                     QStringLiteral("4f1c7e2a-0000-4000-8000-%1").arg(i + 2, 12, 10, QLatin1Char('0'))},
                                    {QStringLiteral("company"), state.otherAdministrations.at(i)}});
        return page(administrations, q);
    }
    if (path == QLatin1String("/v1/relation") && method == "GET") {
        // The list items carry id, type and code only (§1.6). `?email=` and `?code=` are the "equal" filter of
        // §1.2, taken as exact and case-sensitive (unverified: the stricter reading), so a client must not rely on
        // the service to match "Klant@Example.nl" to "klant@example.nl".
        QList<QJsonObject> items;
        for (const EmulatorState::Relation& r : state.relations()) {
            if (matches(q, QStringLiteral("code"), r.code) && matches(q, QStringLiteral("email"), r.emailAddress) &&
                matches(q, QStringLiteral("type"), r.type))
                items.append(
                    {{QStringLiteral("id"), r.id}, {QStringLiteral("type"), r.type}, {QStringLiteral("code"), r.code}});
        }
        return page(items, q);
    }
    if (path == QLatin1String("/v1/relation") && method == "POST") {
        const EmulatorState::Outcome<qint64> added = state.addRelation(relationFrom(body));
        if (!added.ok())
            return errorResponse(*added.error);
        return json({{QStringLiteral("id"), added.value}, {QStringLiteral("code"), state.relation(added.value)->code}});
    }
    static const QRegularExpression relationPath(QStringLiteral("^/v1/relation/(\\d+)$"));
    if (const QRegularExpressionMatch m = relationPath.match(path); m.hasMatch()) {
        const qint64 id = m.captured(1).toLongLong();
        if (method == "GET") {
            const EmulatorState::Relation* r = state.relation(id);
            if (!r)
                return refuse(QStringLiteral("REL_055"), QStringLiteral("Relation not found."), QStringLiteral("id"),
                              404);
            return json(relationJson(*r));
        }
        if (method == "PATCH") {
            EmulatorState::Relation r = relationFrom(body);
            r.id = id;
            if (const std::optional<EmulatorError> error = state.updateRelation(r))
                return errorResponse(*error);
            return EmulatorResponse{};
        }
    }
    if (path == QLatin1String("/v1/ledger") && method == "GET") {
        QList<QJsonObject> items;
        for (const EmulatorState::Ledger& l : state.ledgers()) {
            if (matches(q, QStringLiteral("code"), l.code) && matches(q, QStringLiteral("category"), l.category))
                items.append({{QStringLiteral("id"), l.id},
                              {QStringLiteral("code"), l.code},
                              {QStringLiteral("description"), l.description},
                              {QStringLiteral("category"), l.category},
                              {QStringLiteral("group"), l.group}});
        }
        return page(items, q);
    }
    if (path == QLatin1String("/v1/invoicetemplate") && method == "GET") {
        QList<QJsonObject> items;
        for (auto it = state.invoiceTemplates().cbegin(); it != state.invoiceTemplates().cend(); ++it)
            items.append({{QStringLiteral("id"), it.key()},
                          {QStringLiteral("name"), it.value()},
                          {QStringLiteral("active"), true},
                          {QStringLiteral("type"), QStringLiteral("E")}});
        return page(items, q);
    }
    if (path == QLatin1String("/v1/costcenter") && method == "GET") {
        QList<QJsonObject> items;
        for (auto it = state.costCenters().cbegin(); it != state.costCenters().cend(); ++it)
            items.append({{QStringLiteral("id"), it.key()},
                          {QStringLiteral("description"), it.value().first},
                          {QStringLiteral("parentId"), it.value().second},
                          {QStringLiteral("active"), true}});
        return page(items, q);
    }
    if (path == QLatin1String("/v1/product") && method == "GET") {
        QList<QJsonObject> items;
        for (const EmulatorState::Product& p : state.products()) {
            if (matches(q, QStringLiteral("code"), p.code))
                items.append({{QStringLiteral("id"), p.id},
                              {QStringLiteral("code"), p.code},
                              {QStringLiteral("description"), p.description}});
        }
        return page(items, q);
    }
    if (path == QLatin1String("/v1/product") && method == "POST") {
        EmulatorState::Product product;
        product.code = body.value(QLatin1String("code")).toString();
        product.description = body.value(QLatin1String("description")).toString();
        product.priceExcl = optionalMoney(body, QLatin1String("priceExcl")).value_or(Money());
        product.vatCode = body.value(QLatin1String("vat")).toString(); // the spec's name (§1.12)
        product.ledgerId = body.value(QLatin1String("ledgerId")).toInteger();
        const EmulatorState::Outcome<qint64> added = state.addProduct(product);
        if (!added.ok())
            return errorResponse(*added.error);
        return json({{QStringLiteral("id"), added.value}});
    }
    if (path == QLatin1String("/v1/mutation") && method == "POST")
        return createMutation(body, state);
    if (path == QLatin1String("/v1/mutation") && method == "GET") {
        QList<QJsonObject> items;
        for (const EmulatorState::Mutation& m : state.mutations()) {
            // The list's filters (API-eboekhouden.md §1.5: type, id, description, invoiceNumber, date; §1.2 for
            // the date operators the reconciliation reads a period with).
            if (matches(q, QStringLiteral("invoiceNumber"), m.invoiceNumber) &&
                matches(q, QStringLiteral("type"), QString::number(m.type)) &&
                matchesDate(q, QStringLiteral("date"), m.date))
                items.append({{QStringLiteral("id"), state.mutationListWithoutIds ? 0 : m.id}, // C5
                              {QStringLiteral("type"), m.type},
                              {QStringLiteral("date"), m.date.toString(Qt::ISODate)},
                              {QStringLiteral("invoiceNumber"), m.invoiceNumber},
                              {QStringLiteral("ledgerId"), m.ledgerId},
                              {QStringLiteral("amount"), number(state.grossTotal(m))},
                              {QStringLiteral("entryNumber"), m.entryNumber}});
        }
        return page(items, q);
    }
    if (path == QLatin1String("/v1/mutation/invoice/outstanding") && method == "GET") {
        const QString side = param(q, QStringLiteral("credDeb"));
        if (side != QLatin1String("C") && side != QLatin1String("D"))
            return refuse(QStringLiteral("ERR_002"), QStringLiteral("credDeb must be C or D."),
                          QStringLiteral("credDeb"));
        QList<QJsonObject> items;
        for (const EmulatorState::Outstanding& o : state.outstanding(side == QLatin1String("D"))) {
            // The invoiceNumber filter is still in the spec's parameter list (API-eboekhouden.md §1.5) ...
            if (!matches(q, QStringLiteral("invoiceNumber"), o.mutation->invoiceNumber))
                continue;
            const EmulatorState::Relation* r = state.relation(o.mutation->relationId);
            // ... but the items leave out the deprecated relationCode and invoiceNumber (C2): a client must build
            // on mutationId and relationId, as it would have to against the real service.
            items.append({{QStringLiteral("date"), o.mutation->date.toString(Qt::ISODate)},
                          {QStringLiteral("mutationId"), o.mutation->id},
                          {QStringLiteral("relationId"), o.mutation->relationId},
                          {QStringLiteral("company"), r ? r->name : QString()},
                          {QStringLiteral("totalAmount"), number(o.total)},
                          {QStringLiteral("paidAmount"), number(o.paid)},
                          {QStringLiteral("outstandingAmount"), number(o.total - o.paid)}});
        }
        return page(items, q);
    }
    static const QRegularExpression mutationPath(QStringLiteral("^/v1/mutation/(\\d+)$"));
    if (const QRegularExpressionMatch match = mutationPath.match(path); match.hasMatch() && method == "GET") {
        const EmulatorState::Mutation* m = state.mutation(match.captured(1).toLongLong());
        if (!m)
            return refuse(QStringLiteral("MUT_300"), QStringLiteral("Mutation not found."), QStringLiteral("id"), 404);
        QJsonArray rows;
        for (const EmulatorState::Row& row : m->rows)
            rows.append(QJsonObject{{QStringLiteral("ledgerId"), row.ledgerId},
                                    {QStringLiteral("vatCode"), row.vatCode},
                                    {QStringLiteral("amount"), number(row.amount.value_or(Money()))},
                                    {QStringLiteral("description"), row.description}});
        QJsonArray vat;
        const QMap<QString, Money> totals = state.vatTotals(*m);
        for (auto it = totals.cbegin(); it != totals.cend(); ++it)
            vat.append(
                QJsonObject{{QStringLiteral("vatCode"), it.key()}, {QStringLiteral("amount"), number(it.value())}});
        return json({{QStringLiteral("id"), m->id},
                     {QStringLiteral("type"), m->type},
                     {QStringLiteral("date"), m->date.toString(Qt::ISODate)},
                     {QStringLiteral("description"), m->description},
                     {QStringLiteral("termOfPayment"), m->termOfPayment},
                     {QStringLiteral("ledgerId"), m->ledgerId},
                     {QStringLiteral("relationId"), m->relationId},
                     {QStringLiteral("inExVat"), m->inExVat},
                     {QStringLiteral("invoiceNumber"), m->invoiceNumber},
                     {QStringLiteral("entryNumber"), m->entryNumber},
                     {QStringLiteral("rows"), rows},
                     {QStringLiteral("vat"), vat}});
    }
    if (path == QLatin1String("/v1/invoice") && method == "POST")
        return createInvoice(body, state);
    if (path == QLatin1String("/v1/invoice") && method == "GET") {
        QList<QJsonObject> items;
        for (const EmulatorState::Invoice& i : state.invoices()) {
            if (matches(q, QStringLiteral("invoiceNumber"), i.invoiceNumber))
                items.append({{QStringLiteral("id"), i.id},
                              {QStringLiteral("invoiceNumber"), i.invoiceNumber},
                              {QStringLiteral("date"), i.date.toString(Qt::ISODate)},
                              {QStringLiteral("relationId"), i.relationId},
                              {QStringLiteral("totalExcl"), number(i.totalExcl)},
                              {QStringLiteral("vatAmount"), number(i.vatTotal)},
                              {QStringLiteral("totalAmount"), number(i.totalIncl)}});
        }
        return page(items, q);
    }
    return refuse(QStringLiteral("ERR_001"), QStringLiteral("Not found: %1 %2").arg(QString::fromLatin1(method), path),
                  {}, 404);
}
