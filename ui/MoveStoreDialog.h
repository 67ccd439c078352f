#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QTimer;

// "Move store…" (Settings → Store): copies the profile's store to a new SQLite file or an empty PostgreSQL
// database with the code of `boekhoudbrug-cli store migrate` (StoreMove: every table copied, counts and checksums
// compared), on a worker thread with a progress bar, and switches the profile to the copy only when every table is
// equal. Otherwise it says why and the profile keeps its store. The old store is never changed.
class MoveStoreDialog : public QDialog
{
    Q_OBJECT

public:
    MoveStoreDialog(QString profile, QSettings& settings, QWidget* parent = nullptr);

    // The profile was switched to its new store.
    bool moved() const { return m_moved; }

public slots:
    void start();
    void reject() override; // not while copying: the copy is left to finish (or fail) first

private:
    void chooseFile();
    void showMessage(const QString& text, bool problem);

    QString m_profile;
    QSettings& m_settings;
    QLineEdit* m_target;
    QPushButton* m_choose;
    QPushButton* m_start;
    QPushButton* m_close;
    QProgressBar* m_progress;
    QLabel* m_message;
    QTimer* m_poll;
    bool m_running = false;
    bool m_moved = false;
};
