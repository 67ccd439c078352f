#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

// `boekhoudbrug-cli import-relations [--refresh]`: the relations e-Boekhouden already holds, read into the local
// database (RelationImport, issue 15 item 3), so that the shop's customers are matched to them and no debtor is
// created twice. Exit codes: 0 imported, 75 e-Boekhouden could not be read (what was read is kept; run it again),
// 77 login refused, 78 not configured.
class ImportRelationsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportRelationsCommand)

public:
    enum ExitCode
    {
        Success = 0,
        TryLater = 75,
        AuthFailed = 77,
        NotConfigured = 78,
    };

    ImportRelationsCommand(QString profile, QSettings& settings, QTextStream& out, QTextStream& err);

    int run(bool refresh);
    static QString help();

private:
    QString m_profile;
    QSettings& m_settings;
    QTextStream& m_out;
    QTextStream& m_err;
};
