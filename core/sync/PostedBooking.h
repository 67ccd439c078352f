#pragma once

#include "money/Money.h"
#include "store/AuditEntry.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

struct Ledger;

// What was booked for a document, read back from the store's record of the booking: the request body the
// audit trail kept of the successful post (AuditTrailRepository), not a posting rebuilt under today's
// settings. Preview and View of a booked document show this, laid out as a journal entry: ledger code and
// name, the VAT code, net, VAT and gross per row, and totals that are the sums of the rows.
struct PostedBooking
{
    Q_DECLARE_TR_FUNCTIONS(PostedBooking)

public:
    enum class Form
    {
        Mutation, // POST /v1/mutation, type 2 ("invoice sent")
        Invoice,  // POST /v1/invoice (invoicing module)
        Soap,     // AddMutatie / AddFactuur over SOAP: shown as sent, not read into rows
    };

    struct Row
    {
        qint64 ledgerId = 0;
        QString ledgerCode; // from the kept ledger list; empty when the ledger is not (or no longer) listed
        QString ledgerName; // likewise
        QString vatCode;
        QString description;
        Money amount; // as sent: incl. or excl. VAT by inExVat (an invoice line: quantity × price)
        Money net;
        Money vat;
        Money gross;
    };

    Form form = Form::Mutation;
    QDateTime sentAt; // UTC
    QString endpoint;
    QString requestBody; // exactly as kept (redacted by AuditRecorder)
    QString answerBody;
    QDate date;
    QString invoiceNumber;
    QString description;
    qint64 relationId = 0;
    bool amountsIncludeVat = false;
    QList<Row> rows;
    Money totalNet;
    Money totalVat;
    Money totalGross;
    // What the bookkeeper should know about the figures (a VAT code whose rate is unknown, …).
    QStringList notes;

    // The booking among a document's audit entries: the successful post of the document itself (type 2
    // mutation or invoice; not its payment, not a relation), the one e-Boekhouden answered with `bookedId`
    // when it is known, otherwise the last. Nothing when no such post was kept (booked by linking to a
    // booking e-Boekhouden had already, or before the audit trail existed).
    static std::optional<PostedBooking> find(const QList<AuditEntry>& entries, const QString& bookedId,
                                             const QList<Ledger>& ledgers);
};
