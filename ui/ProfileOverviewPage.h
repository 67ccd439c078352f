#pragma once

#include <QWidget>

class QPushButton;
class QSettings;
class QTableWidget;

// All administrations at a glance, the start screen of an accounting office (more than one profile): one row
// each with what waits, what failed, the last sync and the token's end date. Double-click or Open switches to
// it; New administration… runs the setup wizard for another; Rename… and Colour… change what the switcher shows.
class ProfileOverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileOverviewPage(QSettings& settings, QWidget* parent = nullptr);

    // Reads every profile's summary again (ProfileDirectory), keeping the chosen row.
    void refresh();
    // The profile of the chosen row (empty when none).
    QString currentProfile() const;
    void setCurrentProfile(const QString& profile);

    enum Column
    {
        Name,
        Waiting,
        Failed,
        LastSync,
        TokenEnds,
        ColumnCount,
    };

signals:
    void openRequested(const QString& profile);
    void newAdministrationRequested();
    // A name or colour was changed here: the switcher and the window's title follow.
    void profileChanged(const QString& profile);

private:
    void rename();
    void chooseColour();

    QSettings& m_settings;
    QTableWidget* m_table;
    QPushButton* m_open;
    QPushButton* m_rename;
    QPushButton* m_colour;
};
