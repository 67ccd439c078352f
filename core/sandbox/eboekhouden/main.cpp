#include "EBoekhoudenEmulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
    parser.addOptions({port, token});
    parser.process(app);

    EBoekhoudenEmulator emulator;
    emulator.state().seedDemoAdministration();
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
