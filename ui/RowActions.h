#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

#include <functional>

class QAbstractItemView;
class QAction;
class QToolBar;
class QWidget;

// The actions on a grid's selected rows, offered three ways from one list: a toolbar above the grid, the
// grid's context menu and keyboard shortcuts. The page says when each action is possible (setUpdater); the
// state is refreshed when the selection changes and before the menu opens.
class RowActions : public QObject
{
    Q_OBJECT

public:
    RowActions(QAbstractItemView* view, QWidget* page);

    QAction* add(const QString& text, const char* objectName, const QKeySequence& shortcut,
                 const std::function<void()>& run);
    void addSeparator();
    void setUpdater(std::function<void()> update);
    // The toolbar of these actions, owned by the page; add it to the page's layout.
    QToolBar* toolbar() const { return m_toolbar; }

public slots:
    void update();

private:
    void showMenu(const QPoint& position);

    QAbstractItemView* m_view;
    QWidget* m_page;
    QToolBar* m_toolbar;
    QList<QAction*> m_actions; // nullptr: a separator
    std::function<void()> m_update;
};
