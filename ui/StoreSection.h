#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;

// The Settings page's Store section: where the profile's database is (a file on this computer or a PostgreSQL
// database several desktops share; never a password) and "Move store…" to copy it elsewhere (MoveStoreDialog).
// Where the store is stays this desktop's setting: it says where everything else is kept.
class StoreSection : public QWidget
{
    Q_OBJECT

public:
    StoreSection(QString profile, QSettings& settings, QWidget* parent = nullptr);

    // Asked before a move: a running synchronisation writes to the old database, so none may run meanwhile.
    void setSynchronising(std::function<bool()> synchronising) { m_synchronising = std::move(synchronising); }

public slots:
    // Opens "Move store…" (modal) and returns whether the profile was switched to its new database.
    bool moveStore();

signals:
    // Before the dialog opens, and after it closed: the window holds its scheduled syncs meanwhile.
    void moveStarted();
    void moveFinished(bool moved);

private:
    void showLocation();

    QString m_profile;
    QSettings& m_settings;
    QLineEdit* m_location;
    QPushButton* m_move;
    QLabel* m_message;
    std::function<bool()> m_synchronising;
};
