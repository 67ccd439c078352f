#pragma once

#include "HttpExchange.h"

// Receives every exchange HttpTransport::send makes on this thread while a Scope is alive. The sync sets one
// per document it books (the audit trail, issue 16), so the clients and everything else stay as they are: the
// pushers and the clients they call run in plain sequential code on one thread (see HttpTransport).
class HttpExchangeRecorder
{
public:
    virtual ~HttpExchangeRecorder() = default;
    virtual void record(const HttpExchange& exchange) = 0;

    // The recorder of this thread, or nullptr.
    static HttpExchangeRecorder* current();

    // Makes `recorder` this thread's recorder for its lifetime; the one before comes back after it.
    class Scope
    {
    public:
        explicit Scope(HttpExchangeRecorder* recorder);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        HttpExchangeRecorder* m_previous;
    };
};
