#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSettings>
#include <QString>

#include <optional>

// What the last sync from the command line (the operating system's scheduler, or any script) found, kept in the
// settings the app and the CLI share (profiles/<profile>/unattended/...), so that the window, when it opens
// next, says once that documents need attention (issue 17 item 10). A count and a time only.
class LastUnattendedRun
{
    Q_DECLARE_TR_FUNCTIONS(LastUnattendedRun)

public:
    struct Outcome
    {
        QDateTime finishedAt;  // UTC; invalid: no run recorded
        int needAttention = 0; // documents this run could not book (refused, or credit memos waiting)
        int waiting = 0;       // of which credit memos waiting for their invoice
        bool said = true;      // the window has said it (or there was nothing to say)
    };

    explicit LastUnattendedRun(QSettings& settings);

    Outcome read(const QString& profile) const;
    // Unsaid when it needs attention; `alreadySaid` when the window said the same before (the same credit memos
    // still waiting for their invoice).
    void record(const QString& profile, const QDateTime& finishedAt, int needAttention, int waiting,
                bool alreadySaid = false);
    // For the window when it opens on `profile`: the last run when it needed attention and the window has not
    // said so yet; from now on it counts as said.
    std::optional<Outcome> takeUnsaid(const QString& profile);

    // What the window says about it, in the bookkeeper's words.
    static QString message(const Outcome& outcome);

private:
    static QString key(const QString& profile, const char* name);

    QSettings& m_settings;
};
