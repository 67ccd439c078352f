#include "AttentionNotifier.h"

#include "ScheduledRun.h"

#include <QProcess>

#include <utility>

namespace {

int runNotification(const QString& program, const QStringList& arguments, QString& output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(5000))
        return -1; // not installed (notify-send comes with libnotify-bin)
    // A notification service that does not answer must not hold up the scheduler's run for long.
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(1000);
        return -1;
    }
    output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

AttentionNotifier::AttentionNotifier(QSettings& settings, OsScheduler::Platform platform,
                                     OsScheduler::CommandRunner runner)
    : m_settings(settings)
    , m_platform(platform)
    , m_runner(std::move(runner))
{}

AttentionNotifier AttentionNotifier::forThisSystem(QSettings& settings)
{
    return AttentionNotifier(settings, OsScheduler::currentPlatform(), runNotification);
}

AttentionNotifier::Result AttentionNotifier::afterRun(const Run& run, Choice choice)
{
    LastUnattendedRun last(m_settings);
    const LastUnattendedRun::Outcome before = last.read(run.profile);
    const int needAttention = run.refused + run.waiting;
    const bool news = run.refused > 0 || run.waiting > before.waiting;
    last.record(run.profile, run.finishedAt, needAttention, run.waiting, !news && before.said);

    const bool wanted = choice == Choice::Notify ||
                        (choice == Choice::AsSettings && m_settings.value(ScheduledRun::notifyKey(), true).toBool());
    if (!wanted || !news)
        return {};

    const AttentionNotice notice(run.administration, needAttention);
    const AttentionNotice::Command command = notice.command(m_platform);
    QString output;
    const int exitCode = m_runner(command.program, command.arguments, output);
    if (exitCode == 0)
        return {.notified = true, .problem = {}};
    QString problem = m_platform == OsScheduler::Platform::Linux
                          ? tr("The desktop notification could not be shown: notify-send is missing or no "
                               "notification service answered. Install the package libnotify-bin.")
                          : tr("The desktop notification could not be shown (%1).").arg(command.program);
    if (!output.isEmpty())
        problem += u' ' + output;
    return {.notified = false, .problem = problem};
}
