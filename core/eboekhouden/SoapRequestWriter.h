#pragma once

#include "eboekhouden/InvoiceRequest.h"
#include "eboekhouden/MutationRequest.h"
#include "eboekhouden/OutstandingItem.h"
#include "eboekhouden/Relation.h"

#include <QByteArray>
#include <QDate>

// SOAP request envelopes, element names and order from the WSDL (API-eboekhouden.md §2).
namespace SoapRequestWriter {

struct SessionKeys
{
    QString sessionId;
    QString securityCode2;
};

// xs:dateTime. The WSDL types Datum as dateTime; the constructed sample sends a bare date. A full
// dateTime is valid for every dateTime parser, so we send that [unsure: change here if the service objects].
QString soapDate(const QDate& date);
// Widest date range the filters need (1980-2049: the range client libraries check).
QDate earliestDate();
QDate latestDate();

QByteArray openSession(const QString& username, const QString& securityCode1, const QString& securityCode2,
                       const QString& source);
QByteArray closeSession(const QString& sessionId);
QByteArray getAdministraties(const SessionKeys& keys);
QByteArray addRelatie(const SessionKeys& keys, const Relation& relation);
QByteArray updateRelatie(const SessionKeys& keys, const Relation& relation);
// cRelatieFilter: Trefwoord, Code and ID (0: any; the WSDL requires the element).
QByteArray getRelaties(const SessionKeys& keys, const QString& code, const QString& keyword, qint64 id = 0);
// SOAP wants all four amounts per row and the percentage (API-eboekhouden.md §2.5): the row's own, copied as the
// Posting decided them (issue 15 item 2). Nothing is computed here; SoapClient refuses a row whose amounts do
// not add up (BedragInclBTW = BedragExclBTW + BedragBTW, §4 item 8) before anything is sent.
QByteArray addMutatie(const SessionKeys& keys, const MutationRequest& mutation);
QByteArray getMutaties(const SessionKeys& keys, const QString& invoiceNumber);
// Every mutation dated from `from` up to and including `until` (DatumVan, DatumTm).
QByteArray getMutatiesOfPeriod(const SessionKeys& keys, const QDate& from, const QDate& until);
QByteArray addFactuur(const SessionKeys& keys, const InvoiceRequest& invoice);
QByteArray getFacturen(const SessionKeys& keys, const QString& invoiceNumber);
QByteArray getOpenPosten(const SessionKeys& keys, OutstandingItem::Side side);
QByteArray getGrootboekrekeningen(const SessionKeys& keys, const QString& code);
QByteArray getKostenplaatsen(const SessionKeys& keys);
// cArtikelFilter (§2.4): ArtikelID (0: any), ArtikelOmschrijving, ArtikelCode, GroepOmschrijving, GroepCode.
QByteArray getArtikelen(const SessionKeys& keys, const QString& code);

} // namespace SoapRequestWriter
