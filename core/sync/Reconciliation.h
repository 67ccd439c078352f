#pragma once

#include "domain/DocumentKind.h"
#include "eboekhouden/EBoekhoudenClient.h"
#include "posting/AdministrationSettings.h"
#include "rules/VatMapping.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class Database;

// The read-back reconciliation (issue 16 item 2): e-Boekhouden's sales bookings of a period against the shop's
// documents of that period in the store. The LinkChecker's bigger brother: it reads a whole period at once
// (EBoekhoudenClient::salesMutations) and compares by the number a document was booked under, so it also finds
// what is in e-Boekhouden but not booked by us, and what the shop has that is not booked at all.
class Reconciliation
{
    Q_DECLARE_TR_FUNCTIONS(Reconciliation)

public:
    enum class Finding
    {
        Missing,       // booked by us, but e-Boekhouden has no booking under its number
        OtherDate,     // booked by us, but e-Boekhouden dates it outside the period
        AmountDiffers, // booked by us, e-Boekhouden's amount incl. VAT is another
        VatDiffers,    // booked by us with the same amount, but e-Boekhouden's VAT is another (REST only)
        BookedTwice,   // two bookings under one number, or two documents linked to one booking
        NotBookedByUs, // in e-Boekhouden, not booked by Boekhoudbrug (by hand, another integration)
        NotBooked,     // a shop document of the period that is not booked
    };
    struct Difference
    {
        Finding finding = Finding::Missing;
        qint64 documentId = 0; // 0: no document of ours (NotBookedByUs)
        DocumentKind kind = DocumentKind::Invoice;
        QString number;            // the shop's number; empty without a document
        QString eboekhoudenNumber; // the number in e-Boekhouden
        QString message;           // what differs and what to do, for the bookkeeper
    };
    struct Report
    {
        int matched = 0;  // booked by us and present with the same amount
        int bookings = 0; // e-Boekhouden's sales bookings of the period
        QList<Difference> differences;
        std::optional<ApiError> error; // e-Boekhouden could not be read: nothing was compared
        bool clean() const { return !error && differences.isEmpty(); }
    };

    Reconciliation(const Database& database, EBoekhoudenClient& client);

    // The rules the documents are booked with (the profile's settings and VAT mapping). With them the VAT compared
    // is the VAT e-Boekhouden computes for the document's posting: an OSS sale's foreign VAT is booked as an amount
    // on its VAT ledger with GEEN (seed 004), so e-Boekhouden's own VAT of that booking is 0. Without them the
    // document's VAT is compared, and an OSS booking shows as vat_differs.
    void setPostingRules(const AdministrationSettings& settings, const VatMapping& mapping);

    Report run(const QDate& from, const QDate& until);

    static QString findingName(Finding finding);

private:
    const Database& m_database;
    EBoekhoudenClient& m_client;
    struct PostingRules
    {
        AdministrationSettings settings;
        VatMapping mapping;
    };
    std::optional<PostingRules> m_rules;
};
