#pragma once

#include "logging/LogMessage.h"
#include "vies/ViesClient.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <memory>

class Database;

// Before an ICP sale is booked, its customer's VAT number is asked at the EU's VIES (issue 15 item 6): the
// zero-rated sale is only right when the number is registered. The answer is kept with the document
// (ViesResultRepository). A valid answer of the last 24 hours, for any document, is used again instead of
// asking twice.
//
// Valid: book. Not valid: hold, with what VIES said. No answer (VIES or the member state busy, silent,
// unreadable): "checked offline only"; the booking setting holdWhenViesUnavailable says whether that holds the
// booking (the sync's one retry loop then asks again, and the next sync after that) or books it with a note.
// Create and use it in one thread (it owns a ViesClient).
class IcpViesCheck
{
    Q_DECLARE_TR_FUNCTIONS(IcpViesCheck)

public:
    enum class Verdict
    {
        Book,  // valid, or unavailable while the setting allows booking (then `message` is the note)
        Hold,  // VIES says the number is not valid: `message` says so and what to do
        Retry, // VIES did not answer and the setting holds the booking: ask again later
    };
    struct Outcome
    {
        Verdict verdict = Verdict::Book;
        LogMessage message; // a message code: it becomes the document's reason or part of its booking's message
        ViesResult result;
        bool asked = false; // false: a recent valid answer was used again
    };

    IcpViesCheck(const Database& database, ViesSettings settings, bool holdWhenUnavailable);
    ~IcpViesCheck();

    Outcome check(qint64 documentId, const QString& vatNumber);

    // For tests and the cache's day: the moment "now" is.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // The bookkeeper's words for a result, for View and the preview ("BE0123456749 is valid (checked 01-12-2026).").
    static QString describe(const ViesResult& result);
    static LogMessage notValidMessage(const ViesResult& result);
    static LogMessage offlineOnlyMessage(const ViesResult& result);

private:
    const Database& m_database;
    ViesSettings m_settings;
    bool m_holdWhenUnavailable;
    std::unique_ptr<ViesClient> m_client; // made at the first question, on the thread that asks
    std::function<QDateTime()> m_now;
};
