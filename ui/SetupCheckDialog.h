#pragma once

#include "SetupCheckLine.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QSettings;
class QTreeWidget;

// Settings → "Check my setup…": the lines of SetupCheck (the same as `boekhoudbrug-cli doctor`), each with a
// green, amber or red mark in words and shape, not colour alone. The check runs on a worker thread; "Check again"
// repeats it after a fix.
class SetupCheckDialog : public QDialog
{
    Q_OBJECT

public:
    SetupCheckDialog(QString profile, QSettings& settings, QString databasePath, QWidget* parent = nullptr);

    void check();
    bool isChecking() const { return m_checking; }
    QTreeWidget* lines() const { return m_lines; }
    void show(const QList<SetupCheckLine>& lines);

signals:
    void checked();

private:
    QString m_profile;
    QSettings& m_settings;
    QString m_databasePath;
    QTreeWidget* m_lines;
    QLabel* m_verdict;
    QPushButton* m_again;
    bool m_checking = false;
};
