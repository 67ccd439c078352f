#pragma once

#include "ConnectionVerdict.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

// The "Test connection" button of a wizard page and its verdict below it. The check runs on a worker thread
// (it makes its own client there); while it runs the button is disabled and the page is told, so it can lock
// its fields. Any change to the fields resets the verdict: Next follows a passed test of what is typed now.
class TestConnectionRow : public QWidget
{
    Q_OBJECT

public:
    using Check = std::function<ConnectionVerdict()>;
    // Called on the GUI thread at the click: reads the fields and returns the check to run, or a verdict at
    // once when something is missing (then nothing goes to the network).
    using Prepare = std::function<std::pair<Check, ConnectionVerdict>()>;

    explicit TestConnectionRow(Prepare prepare, QWidget* parent = nullptr);

    bool passed() const { return m_passed; }
    // The verdict shown now (empty while none is).
    const ConnectionVerdict& verdict() const { return m_shown; }
    bool isRunning() const { return m_running; }
    QPushButton* button() const { return m_button; }
    QLabel* verdictLabel() const { return m_verdict; }

public slots:
    void run();
    void reset();

signals:
    void runningChanged(bool running);
    void verdictChanged(bool passed);

private:
    void show(const ConnectionVerdict& verdict);

    Prepare m_prepare;
    QPushButton* m_button;
    QLabel* m_verdict;
    ConnectionVerdict m_shown;
    bool m_passed = false;
    bool m_running = false;
    int m_generation = 0; // a verdict of fields changed since the click is not shown
};
