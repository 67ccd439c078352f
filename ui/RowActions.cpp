#include "RowActions.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QToolBar>

RowActions::RowActions(QAbstractItemView* view, QWidget* page)
    : QObject(page)
    , m_view(view)
    , m_page(page)
    , m_toolbar(new QToolBar(page))
{
    m_toolbar->setObjectName(QStringLiteral("rowActions"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QAbstractItemView::customContextMenuRequested, this, &RowActions::showMenu);
    // The model may be set later; the selection model comes with it.
    const auto followSelection = [this] {
        if (QItemSelectionModel* selection = m_view->selectionModel()) {
            connect(selection, &QItemSelectionModel::selectionChanged, this, &RowActions::update, Qt::UniqueConnection);
            // A click selects before it moves the current row: follow both, or the actions judge the old row.
            connect(selection, &QItemSelectionModel::currentChanged, this, &RowActions::update, Qt::UniqueConnection);
        }
    };
    followSelection();
    if (m_view->model())
        connect(m_view->model(), &QAbstractItemModel::modelReset, this, &RowActions::update);
    // A row the sync has just booked: Push and "booked by hand" may no longer apply.
    if (m_view->model())
        connect(m_view->model(), &QAbstractItemModel::dataChanged, this, &RowActions::update);
}

QAction* RowActions::add(const QString& text, const char* objectName, const QKeySequence& shortcut,
                         const std::function<void()>& run)
{
    auto* action = new QAction(text, m_page);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut); // each page its own
    connect(action, &QAction::triggered, this, run);
    m_page->addAction(action);
    m_toolbar->addAction(action);
    m_actions.append(action);
    return action;
}

void RowActions::addSeparator()
{
    m_toolbar->addSeparator();
    m_actions.append(nullptr);
}

void RowActions::setUpdater(std::function<void()> update)
{
    m_update = std::move(update);
    RowActions::update();
}

void RowActions::update()
{
    if (m_update)
        m_update();
}

void RowActions::showMenu(const QPoint& position)
{
    if (!m_view->indexAt(position).isValid())
        return;
    update();
    QMenu menu(m_page);
    menu.setObjectName(QStringLiteral("rowMenu"));
    for (QAction* action : m_actions) {
        if (action)
            menu.addAction(action);
        else
            menu.addSeparator();
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
}
