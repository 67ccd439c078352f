#include "ColumnChooser.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QMenu>

ColumnChooser::ColumnChooser(QHeaderView* header, QSettings& settings, QString settingsKey, QList<int> hiddenByDefault)
    : QObject(header)
    , m_header(header)
    , m_settings(settings)
    , m_key(std::move(settingsKey))
{
    QList<int> hidden = hiddenByDefault;
    if (m_settings.contains(m_key)) {
        hidden.clear();
        for (const QVariant& column : m_settings.value(m_key).toList())
            hidden.append(column.toInt());
    }
    for (int column : std::as_const(hidden))
        m_header->setSectionHidden(column, true);

    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QHeaderView::customContextMenuRequested, this, &ColumnChooser::showMenu);
}

void ColumnChooser::setColumnVisible(int column, bool visible)
{
    // The last visible column stays: a grid without columns cannot be brought back by its header.
    if (!visible && m_header->count() - m_header->hiddenSectionCount() <= 1)
        return;
    m_header->setSectionHidden(column, !visible);
    save();
}

void ColumnChooser::showMenu(const QPoint& position)
{
    QMenu menu(m_header);
    const QAbstractItemModel* model = m_header->model();
    for (int column = 0; column < m_header->count(); ++column) {
        QAction* action = menu.addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnVisible(column, on); });
    }
    menu.exec(m_header->viewport()->mapToGlobal(position));
}

void ColumnChooser::save()
{
    QVariantList hidden;
    for (int column = 0; column < m_header->count(); ++column) {
        if (m_header->isSectionHidden(column))
            hidden.append(column);
    }
    m_settings.setValue(m_key, hidden);
}
