#pragma once

#include "domain/DocumentKind.h"
#include "eboekhouden/EBoekhoudenClient.h"
#include "SyncConfiguration.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class Database;

// Finds documents marked Booked whose linked e-Boekhouden booking is not theirs, and offers them again.
//
// Before a document's identity was (kind, number) (DESIGN §3, API-eboekhouden.md C4), a credit memo numbered like
// an invoice (API-shops.md S2) was "linked" to that invoice's booking, or the invoice to the memo's: marked Booked,
// never booked. For every booked document this reads its booking back (GET /v1/mutation/{id}; the invoice list
// for the invoicing module) and compares what makes it the document's own: the kind and sign (an invoice
// positive, a credit memo negative), the amount incl. VAT, and the relation (the one recorded with the booking,
// else the customer's debtor by the matching rule). A booking e-Boekhouden no longer has is wrong too.
class LinkChecker
{
    Q_DECLARE_TR_FUNCTIONS(LinkChecker)

public:
    struct WrongLink
    {
        qint64 documentId = 0;
        DocumentKind kind = DocumentKind::Invoice;
        QString number;            // the shop's number
        QString eboekhoudenNumber; // the number it was linked under
        QString reason;            // what differs, for the bookkeeper
    };
    struct Report
    {
        int checked = 0;
        QList<WrongLink> wrong;
        std::optional<ApiError> error; // e-Boekhouden could not be read: the check is incomplete
    };

    LinkChecker(const Database& database, EBoekhoudenClient& client, const SyncConfiguration& configuration);

    // `documentIds` empty: every booked invoice and credit memo.
    Report check(const QList<qint64>& documentIds = {});
    // Each wrongly linked document back to pending (DocumentRepository::offerAgain), with a log row saying why.
    int offerAgain(const QList<WrongLink>& wrong);

private:
    const Database& m_database;
    EBoekhoudenClient& m_client;
    const SyncConfiguration& m_configuration;
};
