#pragma once

#include "LogRetention.h"

#include <QWidget>

class Database;
class QSettings;
class QSpinBox;
class SyncLogGrid;

// Synchronisation Logs: the invoice, credit memo and customer logs, and how long they are kept.
class SyncLogPage : public QWidget
{
    Q_OBJECT

public:
    SyncLogPage(const Database& database, QSettings& settings, QWidget* parent = nullptr);

    SyncLogGrid* grid(int index) const;
    static QString keepDaysKey() { return LogRetention::keepDaysKey(); }

public slots:
    // Removes entries older than the retention setting (never less than 90 days).
    int cleanUp();

private:
    const Database& m_database;
    QSettings& m_settings;
    QList<SyncLogGrid*> m_grids;
    QSpinBox* m_keepDays;
};
