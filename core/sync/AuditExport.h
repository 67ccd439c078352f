#pragma once

#include "store/AuditEntry.h"

#include <QByteArray>
#include <QList>

class Database;

// The audit trail as JSON lines (one object a line, issue 16 item 1): for a document or a period, to hand to
// an accountant or keep beside the books. The entries are redacted already (AuditRecorder).
class AuditExport
{
public:
    static QByteArray jsonLines(const Database& database, const QList<AuditEntry>& entries);
};
