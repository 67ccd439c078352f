#include "EBoekhoudenEmulator.h"
#include "EmulatorStateFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

// The e-Boekhouden emulator for the demo and manual testing: a seeded administration on 127.0.0.1.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("e-Boekhouden emulator on 127.0.0.1"));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (0: any free one)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("REST API token to accept."),
                                   QStringLiteral("token"), QStringLiteral("demo-token"));
    const QCommandLineOption stateFile(QStringLiteral("state"),
                                       QStringLiteral("Keep the administration in this JSON file: loaded at start when "
                                                      "it exists (else a demo administration is seeded), saved after "
                                                      "every change."),
                                       QStringLiteral("file"));
    const QCommandLineOption accountant(
        QStringLiteral("accountant"),
        QStringLiteral("The token is an accountant's: /v1/administration answers. Without it the token is a regular "
                       "one and gets 403 EP_001 there, as the real service does (API-eboekhouden.md C1)."));
    parser.addOptions({port, token, stateFile, accountant});
    parser.process(app);

    EBoekhoudenEmulator emulator;
    const QString statePath = parser.value(stateFile);
    if (!statePath.isEmpty() && QFileInfo::exists(statePath)) {
        QString why;
        if (!EmulatorStateFile::load(statePath, emulator.state(), &why)) {
            QTextStream(stderr) << "could not load " << statePath << ": " << why << Qt::endl;
            return 1;
        }
    } else {
        emulator.state().seedDemoAdministration();
        // As in a real administration started with a balance: GET /v1/mutation lists it with id 0 (C5).
        emulator.state().addOpeningBalance(QDate(QDate::currentDate().year() - 1, 12, 31),
                                           emulator.state().ledgerByCode(QStringLiteral("1010"))->id,
                                           Money::fromCents(40000));
    }
    if (!statePath.isEmpty()) {
        emulator.setStateFile(statePath);
        EmulatorStateFile::save(emulator.state(), statePath);
    }
    emulator.addAccessToken(parser.value(token));
    emulator.setAccountantMode(parser.isSet(accountant));
    emulator.addSoapUser(QStringLiteral("demo"), QStringLiteral("demo-code-1"), QStringLiteral("demo-code-2"));
    if (!emulator.start(static_cast<quint16>(parser.value(port).toUInt()))) {
        QTextStream(stderr) << "could not listen on 127.0.0.1:" << parser.value(port) << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "REST " << emulator.restUrl().toString() << "  SOAP " << emulator.soapUrl().toString()
                        << Qt::endl;
    return app.exec();
}
