#include "EmulatorStateFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

QJsonValue amountText(const std::optional<Money>& amount)
{
    return amount ? QJsonValue(amount->toDecimalString()) : QJsonValue();
}

QString dateText(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QDate dateOf(const QJsonObject& o, QLatin1String key)
{
    return QDate::fromString(o.value(key).toString(), Qt::ISODate);
}

// Reads the objects of one file, remembering the first amount that is not decimal text.
class Reader
{
public:
    QString problem;

    std::optional<Money> optionalAmount(const QJsonObject& o, QLatin1String key)
    {
        const QJsonValue value = o.value(key);
        if (value.isNull() || value.isUndefined())
            return std::nullopt;
        const std::optional<Money> amount = value.isString() ? Money::parse(value.toString()) : std::nullopt;
        if (!amount && problem.isEmpty())
            problem = QStringLiteral("%1 is not an amount as decimal text").arg(key);
        return amount;
    }

    Money amount(const QJsonObject& o, QLatin1String key) { return optionalAmount(o, key).value_or(Money()); }
};

QJsonObject rowJson(const EmulatorState::Row& r)
{
    return {{QStringLiteral("ledgerId"), r.ledgerId},         {QStringLiteral("vatCode"), r.vatCode},
            {QStringLiteral("amount"), amountText(r.amount)}, {QStringLiteral("vatAmount"), amountText(r.vatAmount)},
            {QStringLiteral("vat"), amountText(r.vat)},       {QStringLiteral("costCenterId"), r.costCenterId},
            {QStringLiteral("description"), r.description},   {QStringLiteral("invoiceNumber"), r.invoiceNumber},
            {QStringLiteral("relationId"), r.relationId}};
}

EmulatorState::Row rowFrom(const QJsonObject& o, Reader& reader)
{
    EmulatorState::Row r;
    r.ledgerId = o.value(QLatin1String("ledgerId")).toInteger();
    r.vatCode = o.value(QLatin1String("vatCode")).toString();
    r.amount = reader.optionalAmount(o, QLatin1String("amount"));
    r.vatAmount = reader.optionalAmount(o, QLatin1String("vatAmount"));
    r.vat = reader.amount(o, QLatin1String("vat"));
    r.costCenterId = o.value(QLatin1String("costCenterId")).toInteger();
    r.description = o.value(QLatin1String("description")).toString();
    r.invoiceNumber = o.value(QLatin1String("invoiceNumber")).toString();
    r.relationId = o.value(QLatin1String("relationId")).toInteger();
    return r;
}

QJsonObject mutationJson(const EmulatorState::Mutation& m)
{
    QJsonArray rows;
    for (const EmulatorState::Row& r : m.rows)
        rows.append(rowJson(r));
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("type"), m.type},
            {QStringLiteral("dateText"), m.dateText},
            {QStringLiteral("date"), dateText(m.date)},
            {QStringLiteral("ledgerId"), m.ledgerId},
            {QStringLiteral("relationId"), m.relationId},
            {QStringLiteral("invoiceNumber"), m.invoiceNumber},
            {QStringLiteral("entryNumber"), m.entryNumber},
            {QStringLiteral("description"), m.description},
            {QStringLiteral("inExVat"), m.inExVat},
            {QStringLiteral("termOfPayment"), m.termOfPayment},
            {QStringLiteral("paymentReference"), m.paymentReference},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("vatPerRow"), m.vatPerRow},
            {QStringLiteral("maxDescription"), m.maxDescription}};
}

EmulatorState::Mutation mutationFrom(const QJsonObject& o, Reader& reader)
{
    EmulatorState::Mutation m;
    m.id = o.value(QLatin1String("id")).toInteger();
    m.type = o.value(QLatin1String("type")).toInt();
    m.dateText = o.value(QLatin1String("dateText")).toString();
    m.date = dateOf(o, QLatin1String("date"));
    m.ledgerId = o.value(QLatin1String("ledgerId")).toInteger();
    m.relationId = o.value(QLatin1String("relationId")).toInteger();
    m.invoiceNumber = o.value(QLatin1String("invoiceNumber")).toString();
    m.entryNumber = o.value(QLatin1String("entryNumber")).toString();
    m.description = o.value(QLatin1String("description")).toString();
    m.inExVat = o.value(QLatin1String("inExVat")).toString();
    m.termOfPayment = o.value(QLatin1String("termOfPayment")).toInt();
    m.paymentReference = o.value(QLatin1String("paymentReference")).toString();
    for (const QJsonValue& row : o.value(QLatin1String("rows")).toArray())
        m.rows.append(rowFrom(row.toObject(), reader));
    m.vatPerRow = o.value(QLatin1String("vatPerRow")).toBool(true);
    m.maxDescription = o.value(QLatin1String("maxDescription")).toInt(50);
    return m;
}

QJsonObject invoiceJson(const EmulatorState::Invoice& i)
{
    QJsonArray lines;
    for (const EmulatorState::InvoiceLine& l : i.lines)
        lines.append(QJsonObject{{QStringLiteral("quantityTenThousandths"), l.quantityTenThousandths},
                                 {QStringLiteral("description"), l.description},
                                 {QStringLiteral("pricePerUnit"), amountText(l.pricePerUnit)},
                                 {QStringLiteral("vatCode"), l.vatCode},
                                 {QStringLiteral("ledgerId"), l.ledgerId},
                                 {QStringLiteral("net"), amountText(l.net)},
                                 {QStringLiteral("vat"), amountText(l.vat)},
                                 {QStringLiteral("vatAmount"), amountText(l.vatAmount)},
                                 {QStringLiteral("code"), l.code}});
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("invoiceNumber"), i.invoiceNumber},
            {QStringLiteral("dateText"), i.dateText},
            {QStringLiteral("date"), dateText(i.date)},
            {QStringLiteral("relationId"), i.relationId},
            {QStringLiteral("termOfPayment"), i.termOfPayment ? QJsonValue(*i.termOfPayment) : QJsonValue()},
            {QStringLiteral("inExVat"), i.inExVat},
            {QStringLiteral("templateId"), i.templateId},
            {QStringLiteral("templateName"), i.templateName},
            {QStringLiteral("reference"), i.reference},
            {QStringLiteral("book"), i.book},
            {QStringLiteral("debtorLedgerId"), i.debtorLedgerId},
            {QStringLiteral("bookingDescription"), i.bookingDescription},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("totalExcl"), amountText(i.totalExcl)},
            {QStringLiteral("vatTotal"), amountText(i.vatTotal)},
            {QStringLiteral("totalIncl"), amountText(i.totalIncl)},
            {QStringLiteral("mutationId"), i.mutationId}};
}

EmulatorState::Invoice invoiceFrom(const QJsonObject& o, Reader& reader)
{
    EmulatorState::Invoice i;
    i.id = o.value(QLatin1String("id")).toInteger();
    i.invoiceNumber = o.value(QLatin1String("invoiceNumber")).toString();
    i.dateText = o.value(QLatin1String("dateText")).toString();
    i.date = dateOf(o, QLatin1String("date"));
    i.relationId = o.value(QLatin1String("relationId")).toInteger();
    if (o.value(QLatin1String("termOfPayment")).isDouble())
        i.termOfPayment = o.value(QLatin1String("termOfPayment")).toInt();
    i.inExVat = o.value(QLatin1String("inExVat")).toString();
    i.templateId = o.value(QLatin1String("templateId")).toInteger();
    i.templateName = o.value(QLatin1String("templateName")).toString();
    i.reference = o.value(QLatin1String("reference")).toString();
    i.book = o.value(QLatin1String("book")).toBool();
    i.debtorLedgerId = o.value(QLatin1String("debtorLedgerId")).toInteger();
    i.bookingDescription = o.value(QLatin1String("bookingDescription")).toString();
    for (const QJsonValue& value : o.value(QLatin1String("lines")).toArray()) {
        const QJsonObject l = value.toObject();
        EmulatorState::InvoiceLine line;
        line.quantityTenThousandths = l.value(QLatin1String("quantityTenThousandths")).toInteger(10000);
        line.description = l.value(QLatin1String("description")).toString();
        line.pricePerUnit = reader.optionalAmount(l, QLatin1String("pricePerUnit"));
        line.vatCode = l.value(QLatin1String("vatCode")).toString();
        line.ledgerId = l.value(QLatin1String("ledgerId")).toInteger();
        line.net = reader.amount(l, QLatin1String("net"));
        line.vat = reader.amount(l, QLatin1String("vat"));
        line.vatAmount = reader.optionalAmount(l, QLatin1String("vatAmount"));
        line.code = l.value(QLatin1String("code")).toString();
        i.lines.append(line);
    }
    i.totalExcl = reader.amount(o, QLatin1String("totalExcl"));
    i.vatTotal = reader.amount(o, QLatin1String("vatTotal"));
    i.totalIncl = reader.amount(o, QLatin1String("totalIncl"));
    i.mutationId = o.value(QLatin1String("mutationId")).toInteger();
    return i;
}

QJsonObject relationJson(const EmulatorState::Relation& r)
{
    QJsonObject object = EmulatorState::relationFields(r);
    object.insert(QStringLiteral("created"), dateText(r.created));
    return object;
}

EmulatorState::Relation relationFrom(const QJsonObject& o)
{
    EmulatorState::Relation r;
    r.id = o.value(QLatin1String("id")).toInteger();
    r.type = o.value(QLatin1String("type")).toString(QStringLiteral("B"));
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
    r.created = dateOf(o, QLatin1String("created"));
    return r;
}

} // namespace

QJsonObject EmulatorStateFile::toJson(const EmulatorState& state)
{
    QJsonArray ledgers, relations, mutations, invoices, templates, costCenters, products;
    for (const EmulatorState::Product& p : state.m_products)
        products.append(QJsonObject{{QStringLiteral("id"), p.id},
                                    {QStringLiteral("code"), p.code},
                                    {QStringLiteral("description"), p.description},
                                    {QStringLiteral("priceExcl"), amountText(p.priceExcl)},
                                    {QStringLiteral("vatCode"), p.vatCode},
                                    {QStringLiteral("ledgerId"), p.ledgerId}});
    for (const EmulatorState::Ledger& l : state.m_ledgers)
        ledgers.append(QJsonObject{{QStringLiteral("id"), l.id},
                                   {QStringLiteral("code"), l.code},
                                   {QStringLiteral("description"), l.description},
                                   {QStringLiteral("category"), l.category},
                                   {QStringLiteral("group"), l.group}});
    for (const EmulatorState::Relation& r : state.m_relations)
        relations.append(relationJson(r));
    for (const EmulatorState::Mutation& m : state.m_mutations)
        mutations.append(mutationJson(m));
    for (const EmulatorState::Invoice& i : state.m_invoices)
        invoices.append(invoiceJson(i));
    for (auto it = state.m_templates.cbegin(); it != state.m_templates.cend(); ++it)
        templates.append(QJsonObject{{QStringLiteral("id"), it.key()}, {QStringLiteral("name"), it.value()}});
    for (auto it = state.m_costCenters.cbegin(); it != state.m_costCenters.cend(); ++it)
        costCenters.append(QJsonObject{{QStringLiteral("id"), it.key()},
                                       {QStringLiteral("description"), it.value().first},
                                       {QStringLiteral("parentId"), it.value().second}});
    return {{QStringLiteral("format"), formatVersion},
            {QStringLiteral("administrationName"), state.administrationName},
            {QStringLiteral("country"), state.country},
            {QStringLiteral("vatPerRow"), state.vatPerRow},
            {QStringLiteral("closedUntil"), dateText(state.closedUntil)},
            {QStringLiteral("nextId"), state.m_nextId},
            {QStringLiteral("invoiceSequence"), state.m_invoiceSequence},
            {QStringLiteral("ledgers"), ledgers},
            {QStringLiteral("relations"), relations},
            {QStringLiteral("mutations"), mutations},
            {QStringLiteral("invoices"), invoices},
            {QStringLiteral("invoiceTemplates"), templates},
            {QStringLiteral("costCenters"), costCenters},
            {QStringLiteral("products"), products}};
}

bool EmulatorStateFile::fromJson(const QJsonObject& json, EmulatorState& state, QString* why)
{
    auto fail = [why](const QString& problem) {
        if (why)
            *why = problem;
        return false;
    };
    if (json.value(QLatin1String("format")).toInt() != formatVersion)
        return fail(QStringLiteral("not an emulator state file of format %1").arg(formatVersion));
    EmulatorState loaded;
    Reader reader;
    loaded.administrationName = json.value(QLatin1String("administrationName")).toString();
    loaded.country = json.value(QLatin1String("country")).toString(QStringLiteral("NL")); // files before C6: NL
    loaded.vatPerRow = json.value(QLatin1String("vatPerRow")).toBool(true);
    loaded.closedUntil = dateOf(json, QLatin1String("closedUntil"));
    loaded.m_nextId = json.value(QLatin1String("nextId")).toInteger();
    loaded.m_invoiceSequence = json.value(QLatin1String("invoiceSequence")).toInt();
    for (const QJsonValue& value : json.value(QLatin1String("ledgers")).toArray()) {
        const QJsonObject o = value.toObject();
        loaded.m_ledgers.append({o.value(QLatin1String("id")).toInteger(), o.value(QLatin1String("code")).toString(),
                                 o.value(QLatin1String("description")).toString(),
                                 o.value(QLatin1String("category")).toString(),
                                 o.value(QLatin1String("group")).toString()});
    }
    for (const QJsonValue& value : json.value(QLatin1String("relations")).toArray())
        loaded.m_relations.append(relationFrom(value.toObject()));
    for (const QJsonValue& value : json.value(QLatin1String("mutations")).toArray())
        loaded.m_mutations.append(mutationFrom(value.toObject(), reader));
    for (const QJsonValue& value : json.value(QLatin1String("invoices")).toArray())
        loaded.m_invoices.append(invoiceFrom(value.toObject(), reader));
    for (const QJsonValue& value : json.value(QLatin1String("invoiceTemplates")).toArray())
        loaded.m_templates.insert(value[QLatin1String("id")].toInteger(), value[QLatin1String("name")].toString());
    for (const QJsonValue& value : json.value(QLatin1String("costCenters")).toArray())
        loaded.m_costCenters.insert(
            value[QLatin1String("id")].toInteger(),
            {value[QLatin1String("description")].toString(), value[QLatin1String("parentId")].toInteger()});
    for (const QJsonValue& value : json.value(QLatin1String("products")).toArray()) {
        const QJsonObject o = value.toObject();
        EmulatorState::Product p;
        p.id = o.value(QLatin1String("id")).toInteger();
        p.code = o.value(QLatin1String("code")).toString();
        p.description = o.value(QLatin1String("description")).toString();
        p.priceExcl = reader.amount(o, QLatin1String("priceExcl"));
        p.vatCode = o.value(QLatin1String("vatCode")).toString();
        p.ledgerId = o.value(QLatin1String("ledgerId")).toInteger();
        loaded.m_products.append(p);
    }
    if (!reader.problem.isEmpty())
        return fail(reader.problem);
    state = loaded;
    return true;
}

bool EmulatorStateFile::save(const EmulatorState& state, const QString& path, QString* why)
{
    // QSaveFile: a crash mid-write leaves the previous state, not half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (why)
            *why = file.errorString();
        return false;
    }
    file.write(QJsonDocument(toJson(state)).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (why)
            *why = file.errorString();
        return false;
    }
    return true;
}

bool EmulatorStateFile::load(const QString& path, EmulatorState& state, QString* why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (why)
            *why = file.errorString();
        return false;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject()) {
        if (why)
            *why = QStringLiteral("not JSON: %1").arg(error.errorString());
        return false;
    }
    return fromJson(document.object(), state, why);
}
