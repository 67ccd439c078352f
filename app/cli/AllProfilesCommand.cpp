#include "AllProfilesCommand.h"

#include "ProfileDirectory.h"
#include "ProfileEnvironment.h"
#include "secrets/TokenExpiry.h"
#include "SyncCommands.h"

#include <QEventLoop>
#include <QProcess>

#include <memory>

struct AllProfilesCommand::Run
{
    QString profile;
    std::unique_ptr<QProcess> process;
    bool finished = false;
    bool reported = false;
};

AllProfilesCommand::AllProfilesCommand(QSettings& settings, QStringList passOn, QTextStream& out, QTextStream& err)
    : m_settings(settings)
    , m_passOn(std::move(passOn))
    , m_out(out)
    , m_err(err)
{}

QString AllProfilesCommand::help()
{
    return tr("sync --all-profiles [--parallel N]: books every profile (N at once, 1 to %1; default 1), one line "
              "each: \"<profile>: booked 12, failed 1, waiting 0\". Each profile reads its own "
              "BOEKHOUDBRUG_<PROFILE>_EB_API_TOKEN, BOEKHOUDBRUG_<PROFILE>_SHOP_URL, ... (the plain names are not "
              "used then). Exit code 0 when all is booked, else the highest code of the profiles.")
        .arg(maxParallel);
}

int AllProfilesCommand::run(int parallel)
{
    const ProfileDirectory directory(m_settings);
    const QStringList profiles = directory.ids();
    if (profiles.isEmpty()) {
        m_err << tr("No profile is set up: run the setup wizard of the app (File → New administration…), or use "
                    "--config with the settings file of the office.")
              << Qt::endl;
        return SyncCommands::NotConfigured;
    }
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : environment.keys()) {
        if (ProfileEnvironment::isConnectionVariable(name)) {
            m_err << tr("%1 is not used with --all-profiles: a token belongs to one administration. Name the "
                        "profile in it, e.g. %2.")
                         .arg(name, ProfileEnvironment::prefix(profiles.first()) +
                                        name.mid(QStringLiteral("BOEKHOUDBRUG_").size()))
                  << Qt::endl;
        }
    }

    std::vector<Run> runs(profiles.size());
    QEventLoop loop;
    qsizetype next = 0;
    int running = 0;
    const auto startNext = [&] {
        while (running < parallel && next < qsizetype(runs.size())) {
            Run& run = runs[next++];
            run.profile = profiles.at(next - 1);
            run.process = std::make_unique<QProcess>();
            run.process->setProcessEnvironment(
                ProfileEnvironment::forProfile(run.profile, environment, ProfileEnvironment::Plain::Ignored));
            QObject::connect(run.process.get(), &QProcess::finished, &loop, [&, r = &run] {
                r->finished = true;
                --running;
                loop.quit();
            });
            QObject::connect(run.process.get(), &QProcess::errorOccurred, &loop,
                             [&, r = &run](QProcess::ProcessError e) {
                                 if (e != QProcess::FailedToStart)
                                     return; // the others end in finished()
                                 r->finished = true;
                                 --running;
                                 loop.quit();
                             });
            ++running;
            run.process->start(QCoreApplication::applicationFilePath(),
                               m_passOn + QStringList{QStringLiteral("--profile"), run.profile, QStringLiteral("sync"),
                                                      QStringLiteral("--one-line")});
        }
    };
    startNext();
    qsizetype reported = 0;
    while (reported < qsizetype(runs.size())) {
        // In the profiles' order, each as soon as it and those before it are done: a log that reads the same
        // every night, whichever finished first.
        while (reported < next && runs[reported].finished)
            report(runs[reported++]);
        if (reported == qsizetype(runs.size()))
            break;
        startNext();
        if (running > 0) // else each started one ended at once (could not start): report them first
            loop.exec();
    }
    return m_status;
}

void AllProfilesCommand::report(const Run& run)
{
    QProcess& process = *run.process;
    const bool ran = process.error() != QProcess::FailedToStart && process.exitStatus() == QProcess::NormalExit;
    const int code = ran ? process.exitCode() : crashed;
    for (const QString& line : QString::fromUtf8(process.readAllStandardError()).split(u'\n', Qt::SkipEmptyParts))
        m_err << run.profile << u": "_qs << line << Qt::endl;
    QString line = QString::fromUtf8(process.readAllStandardOutput()).trimmed().section(u'\n', -1);
    // What the exit code says beyond the counts; the child's own reasons are in the messages above.
    QString why;
    switch (code) {
    case SyncCommands::Done:
    case SyncCommands::NeedsAttention: // the counts say it
        break;
    case SyncCommands::NotConfigured:
        why = tr("not connected: set it up in the app, or set %1EB_API_TOKEN")
                  .arg(ProfileEnvironment::prefix(run.profile));
        break;
    case SyncCommands::AuthFailed:
        why = tr("login refused: enter the token or the shop key again");
        break;
    case SyncCommands::TryLater:
        why = tr("e-Boekhouden or the shop did not answer: the next run tries again");
        break;
    case SyncCommands::UsageError:
        why = tr("wrong usage");
        break;
    case crashed:
        why = tr("stopped unexpectedly: see the messages above");
        break;
    default:
        why = tr("ended with code %1").arg(code);
    }
    if (line.isEmpty())
        line = run.profile + u": "_qs + (why.isEmpty() ? tr("nothing to say") : why);
    else if (!why.isEmpty())
        line += u", "_qs + why;
    int status = code;
    // A token past its end date is refused from then on: say so even when this run got through.
    const QDate endDate = ProfileDirectory(m_settings).tokenEndDate(run.profile);
    if (TokenExpiry::stage(endDate, QDate::currentDate()) == TokenExpiry::Stage::Expired) {
        line += u", "_qs + tr("token ended on %1").arg(endDate.toString(Qt::ISODate));
        status = std::max(status, int(SyncCommands::NeedsAttention));
    }
    m_out << line << Qt::endl;
    m_status = std::max(m_status, status);
}
