#include "LastUnattendedRun.h"

#include <QLocale>

LastUnattendedRun::LastUnattendedRun(QSettings& settings)
    : m_settings(settings)
{}

QString LastUnattendedRun::key(const QString& profile, const char* name)
{
    return QStringLiteral("profiles/%1/unattended/%2").arg(profile, QLatin1String(name));
}

LastUnattendedRun::Outcome LastUnattendedRun::read(const QString& profile) const
{
    Outcome outcome;
    outcome.finishedAt = m_settings.value(key(profile, "finishedAt")).toDateTime();
    outcome.needAttention = m_settings.value(key(profile, "needAttention"), 0).toInt();
    outcome.waiting = m_settings.value(key(profile, "waiting"), 0).toInt();
    outcome.said = m_settings.value(key(profile, "said"), true).toBool();
    return outcome;
}

void LastUnattendedRun::record(const QString& profile, const QDateTime& finishedAt, int needAttention, int waiting,
                               bool alreadySaid)
{
    m_settings.setValue(key(profile, "finishedAt"), finishedAt.toUTC());
    m_settings.setValue(key(profile, "needAttention"), needAttention);
    m_settings.setValue(key(profile, "waiting"), waiting);
    m_settings.setValue(key(profile, "said"), needAttention == 0 || alreadySaid);
    m_settings.sync(); // a window opened right after the run reads it
}

std::optional<LastUnattendedRun::Outcome> LastUnattendedRun::takeUnsaid(const QString& profile)
{
    const Outcome outcome = read(profile);
    if (outcome.said || outcome.needAttention <= 0 || !outcome.finishedAt.isValid())
        return std::nullopt;
    m_settings.setValue(key(profile, "said"), true);
    m_settings.sync();
    return outcome;
}

QString LastUnattendedRun::message(const Outcome& outcome)
{
    return tr("The sync of %1 while Boekhoudbrug was closed could not book %n document(s). Invoices and Credit "
              "Memos show them under \"Needs attention\", with what to do.",
              nullptr, outcome.needAttention)
        .arg(QLocale().toString(outcome.finishedAt.toLocalTime(), QLocale::ShortFormat));
}
