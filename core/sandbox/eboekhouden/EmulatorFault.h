#pragma once

#include <QString>

// A misbehaviour to inject into the emulator's next answers, for requests whose "<path> <SOAP operation>"
// contains `match` (empty matches everything).
struct EmulatorFault
{
    enum class Kind
    {
        Latency,        // answer normally after `latencyMs`
        ServerError,    // answer `status` (5xx) with an HTML body
        RateLimit,      // answer 429 with Retry-After: `retryAfterSeconds`
        Timeout,        // never answer (the client's timeout must fire)
        DropConnection, // close the connection without an answer (the request is not carried out)
        DropAfterWork,  // carry the request out, then close the connection without an answer
        MalformedBody,  // answer 200 with a body that is not valid JSON/XML
        SessionExpiry,  // end every session before handling the request
    };

    Kind kind = Kind::ServerError;
    QString match;
    int times = 1; // how many matching requests it affects; -1: all
    int status = 503;
    int retryAfterSeconds = 1;
    int latencyMs = 0;
    // The share of matching requests that get it, drawn from a generator with a fixed seed (a steady error rate
    // for the fault tests, the same run after run); `times` still caps how many do.
    int percent = 100;
};
