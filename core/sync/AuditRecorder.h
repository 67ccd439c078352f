#pragma once

#include "eboekhouden/HttpExchangeRecorder.h"

class Database;

// Stores each exchange with e-Boekhouden made while it is alive with one document's audit trail (issue 16
// item 1), redacted on the way in: access token, session token, security codes and every secret the Redactor
// knows never reach the store. Create one per attempt on a document; it installs itself for this thread.
class AuditRecorder final : public HttpExchangeRecorder
{
public:
    AuditRecorder(const Database& database, qint64 documentId);

    void record(const HttpExchange& exchange) override;

private:
    const Database& m_database;
    qint64 m_documentId;
    int m_attempt;
    HttpExchangeRecorder::Scope m_scope;
};
