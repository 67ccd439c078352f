#pragma once

#include "domain/DocumentKind.h"

#include <QCoreApplication>
#include <QDate>
#include <QSettings>
#include <QTextStream>

// `boekhoudbrug-cli audit --invoice N | --creditmemo N [--export FILE]` and `audit --from D --until D --export
// FILE`: what Boekhoudbrug sent to e-Boekhouden for a document and what it answered (issue 16 item 1), printed
// as a timeline or written as JSON lines. Exit codes: 0 done, 1 the document is not in the local database or the
// file cannot be written, 64 wrong usage, 78 the local database cannot be opened.
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    enum ExitCode
    {
        Success = 0,
        NotFound = 1,
        UsageError = 64,
        NotConfigured = 78,
    };

    AuditCommand(QString profile, QSettings& settings, QTextStream& out, QTextStream& err);

    int document(DocumentKind kind, const QString& number, const QString& exportFile);
    int period(const QDate& from, const QDate& until, const QString& exportFile);
    static QString help();

private:
    bool write(const QString& file, const QByteArray& lines);

    QString m_profile;
    QSettings& m_settings; // where the profile's store is
    QTextStream& m_out;
    QTextStream& m_err;
};
