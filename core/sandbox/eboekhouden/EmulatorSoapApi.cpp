#include "EmulatorSoapApi.h"

#include "eboekhouden/MutationType.h"
#include "eboekhouden/SoapEnvelope.h"
#include "eboekhouden/XmlNode.h"

#include <functional>

namespace {

using Writer = std::function<void(SoapEnvelope&)>;

EmulatorResponse reply(const QString& operation, const QString& errorCode, const QString& errorText,
                       const Writer& payload = {})
{
    SoapEnvelope e(operation + QStringLiteral("Response"));
    e.begin(operation + QStringLiteral("Result"));
    e.begin(QStringLiteral("ErrorMsg"));
    e.element(QStringLiteral("LastErrorCode"), errorCode);
    e.element(QStringLiteral("LastErrorDescription"), errorText);
    e.end();
    if (payload && errorCode.isEmpty())
        payload(e);
    e.end();
    EmulatorResponse response;
    response.contentType = "text/xml; charset=utf-8";
    response.body = e.finish();
    return response;
}

EmulatorResponse refused(const QString& operation, const EmulatorError& error)
{
    return reply(operation, error.code, error.title);
}

// GetMutaties answers at most this many rows (API-eboekhouden.md §2, pitfall 14 [unsure]).
constexpr int maxMutationsPerCall = 500;

QString date(const QDate& d)
{
    return d.toString(Qt::ISODate) + QStringLiteral("T00:00:00");
}

EmulatorState::Relation relationFrom(const XmlNode& r)
{
    EmulatorState::Relation relation;
    relation.id = r.childText(u"ID").toLongLong();
    relation.type = r.childText(u"BP").isEmpty() ? QStringLiteral("B") : r.childText(u"BP");
    relation.code = r.childText(u"Code");
    relation.name = r.childText(u"Bedrijf");
    relation.contact = r.childText(u"Contactpersoon");
    relation.address = r.childText(u"Adres");
    relation.postalCode = r.childText(u"Postcode");
    relation.city = r.childText(u"Plaats");
    relation.country = r.childText(u"Land");
    relation.phoneNumber = r.childText(u"Telefoon");
    relation.emailAddress = r.childText(u"Email");
    relation.vatNumber = r.childText(u"BTWNummer");
    relation.iban = r.childText(u"IBAN");
    return relation;
}

void writeRelation(SoapEnvelope& e, const EmulatorState::Relation& r)
{
    e.begin(QStringLiteral("cRelatie"));
    e.element(QStringLiteral("ID"), QString::number(r.id));
    e.element(QStringLiteral("AddDatum"), date(r.created));
    e.element(QStringLiteral("Code"), r.code);
    e.element(QStringLiteral("Bedrijf"), r.name);
    e.element(QStringLiteral("Contactpersoon"), r.contact);
    e.element(QStringLiteral("Adres"), r.address);
    e.element(QStringLiteral("Postcode"), r.postalCode);
    e.element(QStringLiteral("Plaats"), r.city);
    e.element(QStringLiteral("Land"), r.country);
    e.element(QStringLiteral("Telefoon"), r.phoneNumber);
    e.element(QStringLiteral("Email"), r.emailAddress);
    e.element(QStringLiteral("BTWNummer"), r.vatNumber);
    e.element(QStringLiteral("IBAN"), r.iban);
    e.element(QStringLiteral("BP"), r.type);
    e.end();
}

} // namespace

QString EmulatorSoapApi::operationOf(const QByteArray& body)
{
    const std::optional<XmlNode> document = XmlNode::parse(body);
    if (!document)
        return {};
    const XmlNode* soapBody = document->child(u"Body");
    if (!soapBody || soapBody->children.empty())
        return {};
    return soapBody->children.front().name;
}

EmulatorResponse EmulatorSoapApi::handle(const EmulatorRequest& request, EmulatorState& state,
                                         EmulatorSessions& sessions)
{
    const std::optional<XmlNode> document = XmlNode::parse(request.body);
    const XmlNode* soapBody = document ? document->child(u"Body") : nullptr;
    if (!soapBody || soapBody->children.empty()) {
        EmulatorResponse fault;
        fault.status = 500;
        fault.contentType = "text/xml; charset=utf-8";
        fault.body = "<?xml version=\"1.0\"?><soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                     "<soap:Body><soap:Fault><faultcode>soap:Client</faultcode><faultstring>Server was unable to "
                     "read request.</faultstring></soap:Fault></soap:Body></soap:Envelope>";
        return fault;
    }
    const XmlNode& op = soapBody->children.front();
    const QString operation = op.name;

    if (operation == QLatin1String("OpenSession")) {
        for (const EmulatorSessions::SoapUser& user : std::as_const(sessions.soapUsers)) {
            if (user.username == op.childText(u"Username") && user.securityCode1 == op.childText(u"SecurityCode1") &&
                user.securityCode2 == op.childText(u"SecurityCode2")) {
                const QString id = sessions.open(true, user.securityCode2);
                return reply(operation, {}, {}, [&](SoapEnvelope& e) { e.element(QStringLiteral("SessionID"), id); });
            }
        }
        return reply(operation, QStringLiteral("SECURITY_010"), QStringLiteral("Login failed."));
    }
    if (operation == QLatin1String("CloseSession")) {
        sessions.soapSessions.remove(op.childText(u"SessionID"));
        EmulatorResponse response;
        response.contentType = "text/xml; charset=utf-8";
        SoapEnvelope e(QStringLiteral("CloseSessionResponse"));
        response.body = e.finish();
        return response;
    }
    // The code of an expired or unknown SOAP session is not published (API-eboekhouden.md C7): unverified, the
    // REST catalogue's "not authenticated" is the emulator's choice.
    if (!sessions.validSoap(op.childText(u"SessionID"), op.childText(u"SecurityCode2")))
        return reply(operation, QStringLiteral("SECURITY_010"), QStringLiteral("Session is not valid."));

    if (operation == QLatin1String("GetAdministraties")) {
        return reply(operation, {}, {}, [&](SoapEnvelope& e) {
            e.begin(QStringLiteral("Administraties"));
            e.begin(QStringLiteral("cAdministratie"));
            e.element(QStringLiteral("Bedrijf"), state.administrationName);
            e.element(QStringLiteral("Plaats"), QStringLiteral("Utrecht"));
            e.element(QStringLiteral("Guid"), QStringLiteral("4f1c7e2a-0000-4000-8000-000000000001"));
            e.element(QStringLiteral("StartBoekjaar"), QStringLiteral("2020"));
            e.end();
            e.end();
        });
    }
    if (operation == QLatin1String("AddRelatie")) {
        const XmlNode* r = op.child(u"oRel");
        const EmulatorState::Outcome<qint64> added =
            state.addRelation(r ? relationFrom(*r) : EmulatorState::Relation{});
        if (!added.ok())
            return refused(operation, *added.error);
        return reply(operation, {}, {},
                     [&](SoapEnvelope& e) { e.element(QStringLiteral("Rel_ID"), QString::number(added.value)); });
    }
    if (operation == QLatin1String("UpdateRelatie")) {
        // Matched by code; the result is a bare cError.
        const XmlNode* r = op.child(u"oRel");
        EmulatorState::Relation relation = r ? relationFrom(*r) : EmulatorState::Relation{};
        const EmulatorState::Relation* existing = state.relationByCode(relation.code);
        QString code;
        QString text;
        if (!existing) {
            code = QStringLiteral("REL_055");
            text = QStringLiteral("Relation not found.");
        } else {
            relation.id = existing->id;
            if (const std::optional<EmulatorError> error = state.updateRelation(relation)) {
                code = error->code;
                text = error->title;
            }
        }
        SoapEnvelope e(operation + QStringLiteral("Response"));
        e.begin(operation + QStringLiteral("Result"));
        e.element(QStringLiteral("LastErrorCode"), code);
        e.element(QStringLiteral("LastErrorDescription"), text);
        e.end();
        EmulatorResponse response;
        response.contentType = "text/xml; charset=utf-8";
        response.body = e.finish();
        return response;
    }
    if (operation == QLatin1String("GetRelaties")) {
        const XmlNode* filter = op.child(u"cFilter");
        const QString code = filter ? filter->childText(u"Code") : QString();
        const QString keyword = filter ? filter->childText(u"Trefwoord") : QString();
        const qint64 id = filter ? filter->childText(u"ID").toLongLong() : 0; // cRelatieFilter.ID, 0: any (WSDL)
        return reply(operation, {}, {}, [&](SoapEnvelope& e) {
            e.begin(QStringLiteral("Relaties"));
            for (const EmulatorState::Relation& r : state.relations()) {
                const bool codeOk = code.isEmpty() || r.code == code;
                const bool keywordOk = keyword.isEmpty() || r.name.contains(keyword, Qt::CaseInsensitive) ||
                                       r.emailAddress.contains(keyword, Qt::CaseInsensitive) ||
                                       r.code.contains(keyword, Qt::CaseInsensitive);
                if (codeOk && keywordOk && (id == 0 || r.id == id))
                    writeRelation(e, r);
            }
            e.end();
        });
    }
    if (operation == QLatin1String("AddMutatie")) {
        const XmlNode* m = op.child(u"oMut");
        if (!m)
            return reply(operation, QStringLiteral("DATA_01"), QStringLiteral("No mutation."));
        EmulatorState::Mutation mutation;
        mutation.type = MutationTypes::fromSoapName(m->childText(u"Soort"));
        mutation.dateText = m->childText(u"Datum");
        mutation.maxDescription = 200;
        const QString ledgerCode = m->childText(u"Rekening");
        const EmulatorState::Ledger* ledger = state.ledgerByCode(ledgerCode);
        mutation.ledgerId = ledger ? ledger->id : (ledgerCode.isEmpty() ? 0 : -1);
        const QString relationCode = m->childText(u"RelatieCode");
        const EmulatorState::Relation* relation = state.relationByCode(relationCode);
        mutation.relationId = relation ? relation->id : (relationCode.isEmpty() ? 0 : -1);
        mutation.invoiceNumber = m->childText(u"Factuurnummer");
        mutation.entryNumber = m->childText(u"Boekstuk");
        mutation.description = m->childText(u"Omschrijving");
        mutation.termOfPayment = m->childText(u"Betalingstermijn").toInt();
        mutation.paymentReference = m->childText(u"Betalingskenmerk");
        mutation.inExVat = m->childText(u"InExBTW");
        const XmlNode* rows = m->child(u"MutatieRegels");
        for (const XmlNode* r : rows ? rows->childrenNamed(u"cMutatieRegel") : std::vector<const XmlNode*>{}) {
            EmulatorState::Row row;
            const QString rowLedgerCode = r->childText(u"TegenrekeningCode");
            const EmulatorState::Ledger* rowLedger = state.ledgerByCode(rowLedgerCode);
            row.ledgerId = rowLedger ? rowLedger->id : (rowLedgerCode.isEmpty() ? 0 : -1);
            row.vatCode = r->childText(u"BTWCode");
            row.amount = Money::parse(r->childText(u"BedragInvoer"));
            if (row.vatCode == QLatin1String("AFW") || row.vatCode == QLatin1String("AFW_VERK"))
                row.vatAmount = Money::parse(r->childText(u"BedragBTW"));
            row.costCenterId = r->childText(u"KostenplaatsID").toLongLong();
            // SOAP rows carry no invoice number: a payment settles the mutation's own Factuurnummer/RelatieCode.
            if (mutation.type == 3 || mutation.type == 4) {
                row.invoiceNumber = mutation.invoiceNumber;
                row.relationId = mutation.relationId;
            }
            mutation.rows.append(row);
        }
        const EmulatorState::Outcome<qint64> added = state.addMutation(mutation);
        if (!added.ok())
            return refused(operation, *added.error);
        return reply(operation, {}, {}, [&](SoapEnvelope& e) {
            e.element(QStringLiteral("Mutatienummer"), QString::number(added.value));
        });
    }
    if (operation == QLatin1String("GetMutaties")) {
        const XmlNode* filter = op.child(u"cFilter");
        const QString number = filter ? filter->childText(u"Factuurnummer") : QString();
        // cMutatieFilter's DatumVan and DatumTm (API-eboekhouden.md §2, both required; "t/m": up to and
        // including). Missing or unreadable: no date limit (unverified: the real service's answer is undocumented).
        const QDate first = filter ? QDate::fromString(filter->childText(u"DatumVan").left(10), Qt::ISODate) : QDate();
        const QDate last = filter ? QDate::fromString(filter->childText(u"DatumTm").left(10), Qt::ISODate) : QDate();
        return reply(operation, {}, {}, [&](SoapEnvelope& e) {
            e.begin(QStringLiteral("Mutaties"));
            int listed = 0;
            for (const EmulatorState::Mutation& m : state.mutations()) {
                if (!number.isEmpty() && m.invoiceNumber != number)
                    continue;
                if ((first.isValid() && m.date < first) || (last.isValid() && m.date > last))
                    continue;
                // Reportedly at most 500 rows per call (API-eboekhouden.md §2 GetMutaties, [unsure]): the
                // stricter reading, so a client has to notice a full answer.
                if (++listed > maxMutationsPerCall)
                    break;
                const EmulatorState::Ledger* l = state.ledger(m.ledgerId);
                const EmulatorState::Relation* r = state.relation(m.relationId);
                e.begin(QStringLiteral("cMutatieList"));
                e.element(QStringLiteral("MutatieNr"), QString::number(m.id));
                e.element(QStringLiteral("Soort"), MutationTypes::soapName(static_cast<MutationType>(m.type)));
                e.element(QStringLiteral("Datum"), date(m.date));
                e.element(QStringLiteral("Rekening"), l ? l->code : QString());
                e.element(QStringLiteral("RelatieCode"), r ? r->code : QString());
                e.element(QStringLiteral("Factuurnummer"), m.invoiceNumber);
                e.element(QStringLiteral("Boekstuk"), m.entryNumber);
                e.element(QStringLiteral("Omschrijving"), m.description);
                e.begin(QStringLiteral("MutatieRegels"));
                e.begin(QStringLiteral("cMutatieListRegel"));
                e.element(QStringLiteral("BedragInclBTW"), state.grossTotal(m).toDecimalString());
                e.end();
                e.end();
                e.end();
            }
            e.end();
        });
    }
    if (operation == QLatin1String("AddFactuur")) {
        const XmlNode* f = op.child(u"oFact");
        if (!f)
            return reply(operation, QStringLiteral("DATA_01"), QStringLiteral("No invoice."));
        EmulatorState::Invoice invoice;
        const EmulatorState::Relation* relation = state.relationByCode(f->childText(u"Relatiecode"));
        invoice.relationId = relation ? relation->id : (f->childText(u"Relatiecode").isEmpty() ? 0 : -1);
        invoice.invoiceNumber = f->childText(u"Factuurnummer");
        invoice.dateText = f->childText(u"Datum");
        if (!f->childText(u"Betalingstermijn").isEmpty())
            invoice.termOfPayment = f->childText(u"Betalingstermijn").toInt();
        invoice.templateName = f->childText(u"Factuursjabloon");
        if (invoice.templateName.isEmpty())
            invoice.templateName = QStringLiteral("(none)");
        invoice.book = f->childText(u"InBoekhoudingPlaatsen") == QLatin1String("true");
        invoice.bookingDescription = f->childText(u"BoekhoudmutatieOmschrijving");
        for (const EmulatorState::Ledger& l : state.ledgers()) {
            if (l.category == QLatin1String("DEB")) {
                invoice.debtorLedgerId = l.id; // SOAP books on the administration's debtor ledger
                break;
            }
        }
        const XmlNode* lines = f->child(u"Regels");
        for (const XmlNode* r : lines ? lines->childrenNamed(u"cFactuurRegel") : std::vector<const XmlNode*>{}) {
            EmulatorState::InvoiceLine line;
            const std::optional<Money> quantity = Money::parse(r->childText(u"Aantal"));
            line.quantityTenThousandths = quantity ? quantity->cents() * 100 : 10000;
            line.description = r->childText(u"Omschrijving");
            line.pricePerUnit = Money::parse(r->childText(u"PrijsPerEenheid"));
            line.vatCode = r->childText(u"BTWCode");
            line.code = r->childText(u"Code"); // a product code, checked like REST's (unverified for SOAP)
            const EmulatorState::Ledger* l = state.ledgerByCode(r->childText(u"TegenrekeningCode"));
            line.ledgerId = l ? l->id : (r->childText(u"TegenrekeningCode").isEmpty() ? 0 : -1);
            invoice.lines.append(line);
        }
        const EmulatorState::Outcome<qint64> added = state.addInvoice(invoice);
        if (!added.ok())
            return refused(operation, *added.error);
        const QString number = state.invoices().constLast().invoiceNumber;
        return reply(operation, {}, {}, [&](SoapEnvelope& e) { e.element(QStringLiteral("Factuurnummer"), number); });
    }
    if (operation == QLatin1String("GetFacturen")) {
        const XmlNode* filter = op.child(u"cFilter");
        const QString number = filter ? filter->childText(u"Factuurnummer") : QString();
        return reply(operation, {}, {}, [&](SoapEnvelope& e) {
            e.begin(QStringLiteral("Facturen"));
            for (const EmulatorState::Invoice& i : state.invoices()) {
                if (!number.isEmpty() && i.invoiceNumber != number)
                    continue;
                const EmulatorState::Relation* r = state.relation(i.relationId);
                e.begin(QStringLiteral("cFactuurList"));
                e.element(QStringLiteral("Factuurnummer"), i.invoiceNumber);
                e.element(QStringLiteral("Relatiecode"), r ? r->code : QString());
                e.element(QStringLiteral("Datum"), date(i.date));
                e.element(QStringLiteral("TotaalExclBTW"), i.totalExcl.toDecimalString());
                e.element(QStringLiteral("TotaalBTW"), i.vatTotal.toDecimalString());
                e.element(QStringLiteral("TotaalInclBTW"), i.totalIncl.toDecimalString());
                e.end();
            }
            e.end();
        });
    }
    if (operation == QLatin1String("GetOpenPosten")) {
        const bool debtors = op.childText(u"OpSoort") != QLatin1String("Crediteuren");
        return reply(operation, {}, {}, [&](SoapEnvelope& e) {
            e.begin(QStringLiteral("Openposten"));
            for (const EmulatorState::Outstanding& o : state.outstanding(debtors)) {
                const EmulatorState::Relation* r = state.relation(o.mutation->relationId);
                e.begin(QStringLiteral("cOpenPost"));
                e.element(QStringLiteral("MutDatum"), date(o.mutation->date));
                e.element(QStringLiteral("MutFactuur"), o.mutation->invoiceNumber);
                e.element(QStringLiteral("RelCode"), r ? r->code : QString());
                e.element(QStringLiteral("RelBedrijf"), r ? r->name : QString());
                e.element(QStringLiteral("Bedrag"), o.total.toDecimalString());
                e.element(QStringLiteral("Voldaan"), o.paid.toDecimalString());
                e.element(QStringLiteral("Openstaand"), (o.total - o.paid).toDecimalString());
                e.end();
            }
            e.end();
        });
    }
    if (operation == QLatin1String("GetGrootboekrekeningen")) {
        const XmlNode* filter = op.child(u"cFilter");
        const QString code = filter ? filter->childText(u"Code") : QString();
        return reply(operation, {}, {}, [&](SoapEnvelope& e) {
            e.begin(QStringLiteral("Rekeningen"));
            for (const EmulatorState::Ledger& l : state.ledgers()) {
                if (!code.isEmpty() && l.code != code)
                    continue;
                e.begin(QStringLiteral("cGrootboekrekening"));
                e.element(QStringLiteral("ID"), QString::number(l.id));
                e.element(QStringLiteral("Code"), l.code);
                e.element(QStringLiteral("Omschrijving"), l.description);
                e.element(QStringLiteral("Categorie"), l.category);
                e.element(QStringLiteral("Groep"), l.group);
                e.end();
            }
            e.end();
        });
    }
    if (operation == QLatin1String("GetArtikelen")) {
        // cArtikelFilter / cArtikel as in the WSDL (§2.4); the emulator filters on ArtikelCode only.
        const XmlNode* filter = op.child(u"cFilter");
        const QString code = filter ? filter->childText(u"ArtikelCode") : QString();
        return reply(operation, {}, {}, [&](SoapEnvelope& e) {
            e.begin(QStringLiteral("Artikelen"));
            for (const EmulatorState::Product& p : state.products()) {
                if (!code.isEmpty() && p.code != code)
                    continue;
                const EmulatorState::Ledger* l = state.ledger(p.ledgerId);
                e.begin(QStringLiteral("cArtikel"));
                e.element(QStringLiteral("ArtikelID"), QString::number(p.id));
                e.element(QStringLiteral("ArtikelOmschrijving"), p.description);
                e.element(QStringLiteral("ArtikelCode"), p.code);
                e.element(QStringLiteral("VerkoopprijsExclBTW"), p.priceExcl.toDecimalString());
                e.element(QStringLiteral("BTWCode"), p.vatCode);
                e.element(QStringLiteral("TegenrekeningCode"), l ? l->code : QString());
                e.element(QStringLiteral("Actief"), QStringLiteral("true"));
                e.end();
            }
            e.end();
        });
    }
    if (operation == QLatin1String("GetKostenplaatsen")) {
        return reply(operation, {}, {}, [&](SoapEnvelope& e) {
            e.begin(QStringLiteral("Kostenplaatsen"));
            for (auto it = state.costCenters().cbegin(); it != state.costCenters().cend(); ++it) {
                e.begin(QStringLiteral("cKostenplaats"));
                e.element(QStringLiteral("KostenplaatsId"), QString::number(it.key()));
                e.element(QStringLiteral("Omschrijving"), it.value().first);
                e.element(QStringLiteral("KostenplaatsParentId"), QString::number(it.value().second));
                e.end();
            }
            e.end();
        });
    }
    EmulatorResponse fault;
    fault.status = 500;
    fault.contentType = "text/xml; charset=utf-8";
    fault.body = "<?xml version=\"1.0\"?><soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                 "<soap:Body><soap:Fault><faultcode>soap:Client</faultcode><faultstring>Unknown operation."
                 "</faultstring></soap:Fault></soap:Body></soap:Envelope>";
    return fault;
}
