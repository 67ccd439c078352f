#pragma once

#include <QMutex>
#include <QWizardPage>

#include <atomic>
#include <memory>

class QCheckBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class SetupWizard;

// Step 4: the first import reads the shop into the local store (nothing is booked), with progress and Cancel,
// so the next pages can propose a VAT mapping from the rates the documents use. Optionally only documents
// created from a date on. A cancelled import keeps what it stored; starting again continues from there.
class ImportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPage(SetupWizard& wizard);
    ~ImportPage() override;

    bool isComplete() const override;
    bool isRunning() const { return m_running; }

public slots:
    void start();
    void cancel();

private:
    void setRunning(bool running);

    SetupWizard& m_wizard;
    QCheckBox* m_fromDateEnabled;
    QDateEdit* m_fromDate;
    QPushButton* m_start;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    // The worker's way to the page for progress, cut when the page goes (the import may outlive it).
    struct Listener
    {
        QMutex mutex;
        ImportPage* page = nullptr;
    };

    std::shared_ptr<std::atomic_bool> m_cancelled;
    std::shared_ptr<Listener> m_listener;
    bool m_running = false;
    bool m_done = false;
};
