#pragma once

#include <QObject>
#include <QSettings>
#include <QString>

class QHeaderView;

// Lets the user choose a grid's columns from the header's context menu and remembers the choice.
class ColumnChooser : public QObject
{
    Q_OBJECT

public:
    // settingsKey: where the hidden columns are kept, e.g. "grids/invoices/hiddenColumns".
    // hiddenByDefault: columns hidden until the user chooses them.
    ColumnChooser(QHeaderView* header, QSettings& settings, QString settingsKey, QList<int> hiddenByDefault = {});

    void setColumnVisible(int column, bool visible);

private:
    void showMenu(const QPoint& position);
    void save();

    QHeaderView* m_header;
    QSettings& m_settings;
    QString m_key;
};
