#pragma once

#include "eboekhouden/HttpTransport.h"
#include "ViesResult.h"
#include "ViesSettings.h"

#include <QCoreApplication>

// Asks the EU's VIES REST interface whether a VAT number is registered: POST <base>/check-vat-number with
// {"countryCode":"BE","vatNumber":"0123456749"}. One question is one request through HttpTransport (the
// project's one HTTP path: TransportPolicy, logging, the document's audit trail); there is no retry loop here.
// VIES's own "not now" answers (MS_UNAVAILABLE, MS_MAX_CONCURRENT_REQ, SERVICE_UNAVAILABLE, TIMEOUT), a silent
// or unreadable service come back as Unavailable, and the sync decides (hold, or book as checked offline only;
// the next sync asks again). Create and use it in one thread, like HttpTransport.
class ViesClient
{
    Q_DECLARE_TR_FUNCTIONS(ViesClient)

public:
    explicit ViesClient(ViesSettings settings = {});

    // `vatNumber` normalised, with its prefix ("BE0123456749", "EL…", "XI…").
    ViesResult check(const QString& vatNumber);

    // What one reply means; `now` stands in for a reply without a requestDate. Public for the tests.
    static ViesResult interpret(const HttpReply& reply, const QString& vatNumber, const QDateTime& now);

    int requestsSent() const { return m_requestsSent; }
    const ViesSettings& settings() const { return m_settings; }

private:
    ViesSettings m_settings;
    HttpTransport m_transport;
    int m_requestsSent = 0;
};
