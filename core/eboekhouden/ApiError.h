#pragma once

#include <QCoreApplication>
#include <QString>

// One error type for both e-Boekhouden APIs. REST error bodies, HTTP statuses and SOAP ErrorMsg
// elements all end up here, so the sync engine decides on `kind` and shows `message()`.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind
    {
        AuthFailed,     // token / security codes wrong, expired or without access
        NotFound,       // the thing asked for does not exist
        AlreadyExists,  // invoice number or relation code in use: link, never post twice
        Validation,     // the service refused the data; `field` says which
        RateLimited,    // too many requests; `retryAfterSeconds` says when to try again
        Server,         // 5xx or SOAP fault: the service has a problem
        Network,        // no answer: offline, DNS, refused, timed out, dropped connection
        MalformedReply, // an answer we cannot read
        Unsupported,    // the chosen API (SOAP or REST) has no such operation
    };

    Kind kind = Kind::Server;
    QString code;   // the service's code, e.g. "MUT_019"; empty when it sent none
    QString field;  // the request property it concerns, e.g. "rows[0].vatCode"
    QString detail; // the service's own text (title/message/LastErrorDescription), untranslated
    // Our own translated advice for a refusal we found ourselves (no such ledger, no free debtor code): shown
    // instead of the message for the kind, and never quoted as if e-Boekhouden had said it.
    QString advice;
    int httpStatus = 0;
    int retryAfterSeconds = -1;
    // The refusal answered a read (REST GET, SOAP Get*): no document's data was sent, so the advice is about the
    // login and its rights, never "correct the document" (API-eboekhouden.md C1).
    bool duringRead = false;
    // A SOAP LastErrorCode the catalogue does not know (SOAP codes are unpublished, C7): the message says so and
    // quotes e-Boekhouden's own text instead of guessing what went wrong.
    bool unclassified = false;

    static ApiError make(Kind kind, QString code = {}, QString detail = {}, QString field = {});
    static ApiError ours(Kind kind, QString code, QString advice, QString field = {});

    // Maps a service error code (REST catalogue; SOAP LastErrorCode) to a kind. The SOAP code values are not
    // documented, so they go through the same catalogue: one function to change when the live service says
    // otherwise.
    static ApiError fromServiceCode(const QString& code, int httpStatus, const QString& detail, const QString& field);
    static Kind kindForServiceCode(const QString& code, int httpStatus);
    // Whether `code` has the form of the REST catalogue's codes (MUT_019, FACT_ITEM_015, EP_001, ...), the only
    // list we have: SOAP's own codes are not published (API-eboekhouden.md C7).
    static bool isCatalogueCode(const QString& code);

    // For the bookkeeper, translated: what happened and what to do.
    QString message() const;
    // For logs and tests: "Validation MUT_109 (rows[0].vatCode): Invalid VAT code"
    QString summary() const;
    static QString kindName(Kind kind);
};
