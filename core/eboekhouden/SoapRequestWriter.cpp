#include "SoapRequestWriter.h"

#include "eboekhouden/SoapEnvelope.h"

namespace {

void keys(SoapEnvelope& envelope, const SoapRequestWriter::SessionKeys& k)
{
    envelope.element(QStringLiteral("SessionID"), k.sessionId);
    envelope.element(QStringLiteral("SecurityCode2"), k.securityCode2);
}

QString quantity(qint64 tenThousandths)
{
    const qint64 magnitude = tenThousandths < 0 ? -tenThousandths : tenThousandths;
    QString fraction = QString::number(magnitude % 10000).rightJustified(4, u'0');
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    return (tenThousandths < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 10000) +
           (fraction.isEmpty() ? QString() : u'.' + fraction);
}

void relation(SoapEnvelope& e, const Relation& r)
{
    e.begin(QStringLiteral("oRel"));
    e.element(QStringLiteral("ID"), QString::number(r.id));
    e.element(QStringLiteral("AddDatum"), SoapRequestWriter::soapDate(QDate::currentDate()));
    e.element(QStringLiteral("Code"), r.code);
    e.element(QStringLiteral("Bedrijf"), r.name);
    e.elementIfNotEmpty(QStringLiteral("Contactpersoon"), r.contact);
    e.elementIfNotEmpty(QStringLiteral("Adres"), r.address);
    e.elementIfNotEmpty(QStringLiteral("Postcode"), r.postalCode);
    e.elementIfNotEmpty(QStringLiteral("Plaats"), r.city);
    e.elementIfNotEmpty(QStringLiteral("Land"), r.country);
    e.elementIfNotEmpty(QStringLiteral("Telefoon"), r.phoneNumber);
    e.elementIfNotEmpty(QStringLiteral("Email"), r.emailAddress);
    e.elementIfNotEmpty(QStringLiteral("BTWNummer"), r.vatNumber);
    e.elementIfNotEmpty(QStringLiteral("IBAN"), r.iban);
    e.element(QStringLiteral("BP"), Relation::kindCode(r.kind));
    e.element(QStringLiteral("Gb_ID"), QStringLiteral("0"));
    e.element(QStringLiteral("GeenEmail"), QStringLiteral("0"));
    e.element(QStringLiteral("NieuwsbriefgroepenCount"), QStringLiteral("0"));
    e.end();
}

} // namespace

QString SoapRequestWriter::soapDate(const QDate& date)
{
    return date.toString(Qt::ISODate) + QStringLiteral("T00:00:00");
}

QDate SoapRequestWriter::earliestDate()
{
    return QDate(1980, 1, 1);
}

QDate SoapRequestWriter::latestDate()
{
    return QDate(2049, 12, 31);
}

QByteArray SoapRequestWriter::openSession(const QString& username, const QString& securityCode1,
                                          const QString& securityCode2, const QString& source)
{
    SoapEnvelope e(QStringLiteral("OpenSession"));
    e.element(QStringLiteral("Username"), username);
    e.element(QStringLiteral("SecurityCode1"), securityCode1);
    e.element(QStringLiteral("SecurityCode2"), securityCode2);
    e.elementIfNotEmpty(QStringLiteral("Source"), source);
    return e.finish();
}

QByteArray SoapRequestWriter::closeSession(const QString& sessionId)
{
    SoapEnvelope e(QStringLiteral("CloseSession"));
    e.element(QStringLiteral("SessionID"), sessionId);
    return e.finish();
}

QByteArray SoapRequestWriter::getAdministraties(const SessionKeys& k)
{
    SoapEnvelope e(QStringLiteral("GetAdministraties"));
    keys(e, k);
    return e.finish();
}

QByteArray SoapRequestWriter::addRelatie(const SessionKeys& k, const Relation& r)
{
    SoapEnvelope e(QStringLiteral("AddRelatie"));
    keys(e, k);
    relation(e, r);
    return e.finish();
}

QByteArray SoapRequestWriter::updateRelatie(const SessionKeys& k, const Relation& r)
{
    SoapEnvelope e(QStringLiteral("UpdateRelatie"));
    keys(e, k);
    relation(e, r);
    return e.finish();
}

QByteArray SoapRequestWriter::getRelaties(const SessionKeys& k, const QString& code, const QString& keyword, qint64 id)
{
    SoapEnvelope e(QStringLiteral("GetRelaties"));
    keys(e, k);
    e.begin(QStringLiteral("cFilter"));
    e.element(QStringLiteral("Trefwoord"), keyword);
    e.element(QStringLiteral("Code"), code);
    e.element(QStringLiteral("ID"), QString::number(id));
    e.end();
    return e.finish();
}

QByteArray SoapRequestWriter::addMutatie(const SessionKeys& k, const MutationRequest& m)
{
    SoapEnvelope e(QStringLiteral("AddMutatie"));
    keys(e, k);
    e.begin(QStringLiteral("oMut"));
    e.element(QStringLiteral("MutatieNr"), QStringLiteral("0"));
    e.element(QStringLiteral("Soort"), MutationTypes::soapName(m.type));
    e.element(QStringLiteral("Datum"), soapDate(m.date));
    e.element(QStringLiteral("Rekening"), m.ledgerCode);
    e.element(QStringLiteral("RelatieCode"), m.relationCode);
    e.element(QStringLiteral("Factuurnummer"), m.invoiceNumber);
    e.element(QStringLiteral("Boekstuk"), m.entryNumber);
    e.element(QStringLiteral("Omschrijving"), m.description);
    e.element(QStringLiteral("Betalingstermijn"), m.termOfPayment ? QString::number(*m.termOfPayment) : QString());
    e.element(QStringLiteral("Betalingskenmerk"), m.paymentReference);
    e.element(QStringLiteral("InExBTW"), m.amountsIncludeVat ? QStringLiteral("IN") : QStringLiteral("EX"));
    e.begin(QStringLiteral("MutatieRegels"));
    for (const MutationRequest::Row& row : m.rows) {
        e.begin(QStringLiteral("cMutatieRegel"));
        e.element(QStringLiteral("BedragInvoer"), row.amount.toDecimalString());
        e.element(QStringLiteral("BedragExclBTW"), row.amountExcl.toDecimalString());
        e.element(QStringLiteral("BedragBTW"), row.vat.toDecimalString());
        e.element(QStringLiteral("BedragInclBTW"), row.amountIncl.toDecimalString());
        e.element(QStringLiteral("BTWCode"), row.vatCode);
        e.element(QStringLiteral("BTWPercentage"), row.vatRate.toString());
        e.element(QStringLiteral("TegenrekeningCode"), row.ledgerCode);
        e.element(QStringLiteral("KostenplaatsID"), QString::number(row.costCenterId));
        e.end();
    }
    e.end();
    e.end();
    return e.finish();
}

QByteArray SoapRequestWriter::getMutaties(const SessionKeys& k, const QString& invoiceNumber)
{
    SoapEnvelope e(QStringLiteral("GetMutaties"));
    keys(e, k);
    e.begin(QStringLiteral("cFilter"));
    e.element(QStringLiteral("MutatieNr"), QStringLiteral("0"));
    e.element(QStringLiteral("Factuurnummer"), invoiceNumber);
    e.element(QStringLiteral("DatumVan"), soapDate(earliestDate()));
    e.element(QStringLiteral("DatumTm"), soapDate(latestDate()));
    e.end();
    return e.finish();
}

QByteArray SoapRequestWriter::getMutatiesOfPeriod(const SessionKeys& k, const QDate& from, const QDate& until)
{
    SoapEnvelope e(QStringLiteral("GetMutaties"));
    keys(e, k);
    e.begin(QStringLiteral("cFilter"));
    e.element(QStringLiteral("MutatieNr"), QStringLiteral("0"));
    e.element(QStringLiteral("DatumVan"), soapDate(from));
    e.element(QStringLiteral("DatumTm"), soapDate(until));
    e.end();
    return e.finish();
}

QByteArray SoapRequestWriter::addFactuur(const SessionKeys& k, const InvoiceRequest& i)
{
    SoapEnvelope e(QStringLiteral("AddFactuur"));
    keys(e, k);
    e.begin(QStringLiteral("oFact"));
    e.element(QStringLiteral("Factuurnummer"), i.invoiceNumber);
    e.element(QStringLiteral("Relatiecode"), i.relationCode);
    e.element(QStringLiteral("Datum"), soapDate(i.date.isValid() ? i.date : QDate::currentDate()));
    e.element(QStringLiteral("Betalingstermijn"), QString::number(i.termOfPayment));
    e.element(QStringLiteral("Factuursjabloon"), i.templateName);
    e.element(QStringLiteral("PerEmailVerzenden"), QStringLiteral("false"));
    e.element(QStringLiteral("AutomatischeIncasso"), QStringLiteral("false"));
    e.element(QStringLiteral("IncassoMachtigingDatumOndertekening"), soapDate(earliestDate()));
    e.element(QStringLiteral("IncassoMachtigingFirst"), QStringLiteral("false"));
    e.element(QStringLiteral("InBoekhoudingPlaatsen"), i.book ? QStringLiteral("true") : QStringLiteral("false"));
    e.elementIfNotEmpty(QStringLiteral("BoekhoudmutatieOmschrijving"), i.bookingDescription);
    e.begin(QStringLiteral("Regels"));
    for (const InvoiceRequest::Line& line : i.lines) {
        e.begin(QStringLiteral("cFactuurRegel"));
        e.element(QStringLiteral("Aantal"), quantity(line.quantityTenThousandths));
        e.elementIfNotEmpty(QStringLiteral("Eenheid"), line.unit);
        e.elementIfNotEmpty(QStringLiteral("Code"), line.code);
        e.element(QStringLiteral("Omschrijving"), line.description);
        e.element(QStringLiteral("PrijsPerEenheid"), line.pricePerUnit.toDecimalString());
        e.element(QStringLiteral("BTWCode"), line.vatCode);
        e.element(QStringLiteral("TegenrekeningCode"), line.ledgerCode);
        e.element(QStringLiteral("KostenplaatsID"), QString::number(line.costCenterId));
        e.end();
    }
    e.end();
    e.end();
    return e.finish();
}

QByteArray SoapRequestWriter::getFacturen(const SessionKeys& k, const QString& invoiceNumber)
{
    SoapEnvelope e(QStringLiteral("GetFacturen"));
    keys(e, k);
    e.begin(QStringLiteral("cFilter"));
    e.element(QStringLiteral("Factuurnummer"), invoiceNumber);
    e.element(QStringLiteral("Relatiecode"), QString());
    e.element(QStringLiteral("DatumVan"), soapDate(earliestDate()));
    e.element(QStringLiteral("DatumTm"), soapDate(latestDate()));
    e.end();
    return e.finish();
}

QByteArray SoapRequestWriter::getOpenPosten(const SessionKeys& k, OutstandingItem::Side side)
{
    SoapEnvelope e(QStringLiteral("GetOpenPosten"));
    keys(e, k);
    e.element(QStringLiteral("OpSoort"),
              side == OutstandingItem::Side::Debtors ? QStringLiteral("Debiteuren") : QStringLiteral("Crediteuren"));
    return e.finish();
}

QByteArray SoapRequestWriter::getGrootboekrekeningen(const SessionKeys& k, const QString& code)
{
    SoapEnvelope e(QStringLiteral("GetGrootboekrekeningen"));
    keys(e, k);
    e.begin(QStringLiteral("cFilter"));
    e.element(QStringLiteral("ID"), QStringLiteral("0"));
    e.element(QStringLiteral("Code"), code);
    e.element(QStringLiteral("Categorie"), QString());
    e.end();
    return e.finish();
}

QByteArray SoapRequestWriter::getKostenplaatsen(const SessionKeys& k)
{
    SoapEnvelope e(QStringLiteral("GetKostenplaatsen"));
    keys(e, k);
    e.begin(QStringLiteral("cFilter"));
    e.element(QStringLiteral("KostenplaatsID"), QStringLiteral("0"));
    // -1: no parent filter. 0 would mean "top level only" [unsure: undocumented].
    e.element(QStringLiteral("KostenplaatsParentID"), QStringLiteral("-1"));
    e.element(QStringLiteral("Omschrijving"), QString());
    e.end();
    return e.finish();
}

QByteArray SoapRequestWriter::getArtikelen(const SessionKeys& k, const QString& code)
{
    SoapEnvelope e(QStringLiteral("GetArtikelen"));
    keys(e, k);
    e.begin(QStringLiteral("cFilter"));
    e.element(QStringLiteral("ArtikelID"), QStringLiteral("0"));
    e.element(QStringLiteral("ArtikelOmschrijving"), QString());
    e.element(QStringLiteral("ArtikelCode"), code);
    e.element(QStringLiteral("GroepOmschrijving"), QString());
    e.element(QStringLiteral("GroepCode"), QString());
    e.end();
    return e.finish();
}
