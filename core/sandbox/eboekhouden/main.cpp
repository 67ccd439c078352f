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
    parser.addOptions({port, token, stateFile});
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
    }
    if (!statePath.isEmpty()) {
        emulator.setStateFile(statePath);
        EmulatorStateFile::save(emulator.state(), statePath);
    }
    emulator.addAccessToken(parser.value(token));
    emulator.addSoapUser(QStringLiteral("demo"), QStringLiteral("demo-code-1"), QStringLiteral("demo-code-2"));
    if (!emulator.start(static_cast<quint16>(parser.value(port).toUInt()))) {
        QTextStream(stderr) << "could not listen on 127.0.0.1:" << parser.value(port) << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "REST " << emulator.restUrl().toString() << "  SOAP " << emulator.soapUrl().toString()
                        << Qt::endl;
    return app.exec();
}
