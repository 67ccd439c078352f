#include "SoapReplyParser.h"

#include "eboekhouden/MutationType.h"
#include "eboekhouden/SoapEnvelope.h"

namespace {

ApiError malformed(const QString& why)
{
    return ApiError::make(ApiError::Kind::MalformedReply, {}, why);
}

std::optional<qint64> number(const XmlNode& node, QStringView name)
{
    const QString text = node.childText(name).trimmed();
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<Money> amount(const XmlNode& node, QStringView name)
{
    const QString text = node.childText(name).trimmed();
    if (text.isEmpty())
        return Money();
    return Money::parse(text);
}

QDate date(const XmlNode& node, QStringView name)
{
    return QDate::fromString(node.childText(name).trimmed().left(10), Qt::ISODate);
}

// The list elements inside <result>/<container>/<item>.
std::vector<const XmlNode*> listItems(const XmlNode& result, QStringView container, QStringView item)
{
    const XmlNode* list = result.child(container);
    return list ? list->childrenNamed(item) : std::vector<const XmlNode*>{};
}

} // namespace

Result<XmlNode> SoapReplyParser::operationResult(const QByteArray& body, const QString& operation)
{
    QString why;
    std::optional<XmlNode> document = XmlNode::parse(body, &why);
    if (!document)
        return malformed(QStringLiteral("not XML: %1").arg(why));
    if (document->name != QLatin1String("Envelope") || document->namespaceUri != SoapEnvelope::envelopeNamespace())
        return malformed(QStringLiteral("not a SOAP envelope"));
    const XmlNode* body_ = document->child(u"Body");
    if (!body_)
        return malformed(QStringLiteral("SOAP envelope without body"));
    if (const XmlNode* fault = body_->child(u"Fault")) {
        ApiError error = ApiError::make(ApiError::Kind::Server, fault->childText(u"faultcode"),
                                        fault->childText(u"faultstring").left(500));
        error.httpStatus = 500;
        return error;
    }
    const XmlNode* response = body_->child(QString(operation + QStringLiteral("Response")));
    if (!response)
        return malformed(QStringLiteral("no %1Response").arg(operation));
    const XmlNode* result = response->child(QString(operation + QStringLiteral("Result")));
    if (!result) {
        // CloseSession answers with an empty response element.
        return XmlNode{};
    }
    // Usually <Result><ErrorMsg><LastErrorCode/>...; UpdateRelatie's result is itself the cError.
    const XmlNode* errorMsg = result->child(u"ErrorMsg");
    const XmlNode* errorHolder = errorMsg ? errorMsg : (result->child(u"LastErrorCode") ? result : nullptr);
    if (errorHolder) {
        const QString code = errorHolder->childText(u"LastErrorCode").trimmed();
        if (!code.isEmpty()) {
            ApiError error =
                ApiError::fromServiceCode(code, 200, errorHolder->childText(u"LastErrorDescription").trimmed(), {});
            // SOAP codes are not published (C7): one we cannot place is said to be so, with its own text.
            error.unclassified = !ApiError::isCatalogueCode(code);
            error.duringRead = operation.startsWith(QLatin1String("Get"));
            return error;
        }
    }
    return *result;
}

Result<QString> SoapReplyParser::sessionId(const QByteArray& body)
{
    const Result<XmlNode> result = operationResult(body, QStringLiteral("OpenSession"));
    if (!result.ok())
        return result.error();
    const QString id = result.value().childText(u"SessionID").trimmed();
    if (id.isEmpty())
        return malformed(QStringLiteral("OpenSession without SessionID"));
    return id;
}

Result<Done> SoapReplyParser::done(const QByteArray& body, const QString& operation)
{
    const Result<XmlNode> result = operationResult(body, operation);
    if (!result.ok())
        return result.error();
    return Done{};
}

Result<qint64> SoapReplyParser::relationId(const QByteArray& body)
{
    const Result<XmlNode> result = operationResult(body, QStringLiteral("AddRelatie"));
    if (!result.ok())
        return result.error();
    const std::optional<qint64> id = number(result.value(), u"Rel_ID");
    if (!id || *id <= 0)
        return malformed(QStringLiteral("AddRelatie without Rel_ID"));
    return *id;
}

Result<QList<Relation>> SoapReplyParser::relations(const QByteArray& body)
{
    const Result<XmlNode> result = operationResult(body, QStringLiteral("GetRelaties"));
    if (!result.ok())
        return result.error();
    QList<Relation> relations;
    for (const XmlNode* node : listItems(result.value(), u"Relaties", u"cRelatie")) {
        const std::optional<qint64> id = number(*node, u"ID");
        if (!id)
            return malformed(QStringLiteral("relation ID is not a number"));
        Relation r;
        r.id = *id;
        r.code = node->childText(u"Code");
        r.name = node->childText(u"Bedrijf");
        r.contact = node->childText(u"Contactpersoon");
        r.address = node->childText(u"Adres");
        r.postalCode = node->childText(u"Postcode");
        r.city = node->childText(u"Plaats");
        r.country = node->childText(u"Land");
        r.phoneNumber = node->childText(u"Telefoon");
        r.emailAddress = node->childText(u"Email");
        r.vatNumber = node->childText(u"BTWNummer");
        r.iban = node->childText(u"IBAN");
        r.kind = Relation::kindFromCode(node->childText(u"BP"));
        relations.append(r);
    }
    return relations;
}

Result<qint64> SoapReplyParser::mutationNumber(const QByteArray& body)
{
    const Result<XmlNode> result = operationResult(body, QStringLiteral("AddMutatie"));
    if (!result.ok())
        return result.error();
    const std::optional<qint64> id = number(result.value(), u"Mutatienummer");
    if (!id || *id <= 0)
        return malformed(QStringLiteral("AddMutatie without Mutatienummer"));
    return *id;
}

Result<QString> SoapReplyParser::invoiceNumber(const QByteArray& body)
{
    const Result<XmlNode> result = operationResult(body, QStringLiteral("AddFactuur"));
    if (!result.ok())
        return result.error();
    const QString number = result.value().childText(u"Factuurnummer").trimmed();
    if (number.isEmpty())
        return malformed(QStringLiteral("AddFactuur without Factuurnummer"));
    return number;
}

Result<QList<MutationSummary>> SoapReplyParser::mutations(const QByteArray& body)
{
    const Result<XmlNode> result = operationResult(body, QStringLiteral("GetMutaties"));
    if (!result.ok())
        return result.error();
    QList<MutationSummary> mutations;
    for (const XmlNode* node : listItems(result.value(), u"Mutaties", u"cMutatieList")) {
        const std::optional<qint64> id = number(*node, u"MutatieNr");
        if (!id)
            return malformed(QStringLiteral("MutatieNr is not a number"));
        MutationSummary m;
        m.id = *id;
        m.type = MutationTypes::fromSoapName(node->childText(u"Soort"));
        m.date = date(*node, u"Datum");
        m.ledgerCode = node->childText(u"Rekening");
        m.relationCode = node->childText(u"RelatieCode");
        m.invoiceNumber = node->childText(u"Factuurnummer");
        m.entryNumber = node->childText(u"Boekstuk");
        for (const XmlNode* row : listItems(*node, u"MutatieRegels", u"cMutatieListRegel")) {
            const std::optional<Money> incl = amount(*row, u"BedragInclBTW");
            if (!incl)
                return malformed(QStringLiteral("BedragInclBTW is not an amount"));
            m.amount += *incl;
        }
        mutations.append(m);
    }
    return mutations;
}

Result<QList<InvoiceSummary>> SoapReplyParser::invoices(const QByteArray& body)
{
    const Result<XmlNode> result = operationResult(body, QStringLiteral("GetFacturen"));
    if (!result.ok())
        return result.error();
    QList<InvoiceSummary> invoices;
    for (const XmlNode* node : listItems(result.value(), u"Facturen", u"cFactuurList")) {
        const std::optional<Money> total = amount(*node, u"TotaalInclBTW");
        if (!total)
            return malformed(QStringLiteral("TotaalInclBTW is not an amount"));
        InvoiceSummary i;
        i.invoiceNumber = node->childText(u"Factuurnummer");
        i.relationCode = node->childText(u"Relatiecode");
        i.date = date(*node, u"Datum");
        i.totalInclVat = *total;
        invoices.append(i);
    }
    return invoices;
}

Result<QList<OutstandingItem>> SoapReplyParser::outstandingItems(const QByteArray& body)
{
    const Result<XmlNode> result = operationResult(body, QStringLiteral("GetOpenPosten"));
    if (!result.ok())
        return result.error();
    QList<OutstandingItem> open;
    for (const XmlNode* node : listItems(result.value(), u"Openposten", u"cOpenPost")) {
        const std::optional<Money> total = amount(*node, u"Bedrag");
        const std::optional<Money> paid = amount(*node, u"Voldaan");
        const std::optional<Money> outstanding = amount(*node, u"Openstaand");
        if (!total || !paid || !outstanding)
            return malformed(QStringLiteral("open item amount is not an amount"));
        OutstandingItem item;
        item.date = date(*node, u"MutDatum");
        item.invoiceNumber = node->childText(u"MutFactuur");
        item.relationCode = node->childText(u"RelCode");
        item.company = node->childText(u"RelBedrijf");
        item.total = *total;
        item.paid = *paid;
        item.outstanding = *outstanding;
        open.append(item);
    }
    return open;
}

Result<QList<Ledger>> SoapReplyParser::ledgers(const QByteArray& body)
{
    const Result<XmlNode> result = operationResult(body, QStringLiteral("GetGrootboekrekeningen"));
    if (!result.ok())
        return result.error();
    QList<Ledger> ledgers;
    for (const XmlNode* node : listItems(result.value(), u"Rekeningen", u"cGrootboekrekening")) {
        const std::optional<qint64> id = number(*node, u"ID");
        if (!id)
            return malformed(QStringLiteral("ledger ID is not a number"));
        ledgers.append({*id, node->childText(u"Code"), node->childText(u"Omschrijving"), node->childText(u"Categorie"),
                        node->childText(u"Groep")});
    }
    return ledgers;
}

Result<QList<Product>> SoapReplyParser::products(const QByteArray& body)
{
    const Result<XmlNode> result = operationResult(body, QStringLiteral("GetArtikelen"));
    if (!result.ok())
        return result.error();
    QList<Product> products;
    for (const XmlNode* node : listItems(result.value(), u"Artikelen", u"cArtikel")) {
        const std::optional<qint64> id = number(*node, u"ArtikelID");
        if (!id)
            return malformed(QStringLiteral("product ID is not a number"));
        Product p;
        p.id = *id;
        p.code = node->childText(u"ArtikelCode");
        p.description = node->childText(u"ArtikelOmschrijving");
        p.vatCode = node->childText(u"BTWCode");
        products.append(p);
    }
    return products;
}

Result<QList<CostCenter>> SoapReplyParser::costCenters(const QByteArray& body)
{
    const Result<XmlNode> result = operationResult(body, QStringLiteral("GetKostenplaatsen"));
    if (!result.ok())
        return result.error();
    QList<CostCenter> centers;
    for (const XmlNode* node : listItems(result.value(), u"Kostenplaatsen", u"cKostenplaats")) {
        const std::optional<qint64> id = number(*node, u"KostenplaatsId");
        const std::optional<qint64> parent = number(*node, u"KostenplaatsParentId");
        if (!id || !parent)
            return malformed(QStringLiteral("cost centre id is not a number"));
        centers.append({*id, node->childText(u"Omschrijving"), *parent, true});
    }
    return centers;
}

Result<QString> SoapReplyParser::administrationName(const QByteArray& body)
{
    const Result<XmlNode> result = operationResult(body, QStringLiteral("GetAdministraties"));
    if (!result.ok())
        return result.error();
    const std::vector<const XmlNode*> list = listItems(result.value(), u"Administraties", u"cAdministratie");
    if (list.empty())
        return ApiError::make(ApiError::Kind::NotFound, {}, QStringLiteral("no administration"));
    return list.front()->childText(u"Bedrijf");
}
