#include "EmptyGridNotice.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyGridNotice::EmptyGridNotice(QAbstractItemView* view)
    : QWidget(view->viewport())
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    setObjectName(QStringLiteral("emptyState"));
    m_text->setObjectName(QStringLiteral("emptyText"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_action->setObjectName(QStringLiteral("emptyAction"));
    connect(m_action, &QPushButton::clicked, this, &EmptyGridNotice::actionClicked);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_text);
    layout->addWidget(m_action, 0, Qt::AlignCenter);
    layout->addStretch();
    view->viewport()->installEventFilter(this);
    setGeometry(view->viewport()->rect());
    hide();
}

void EmptyGridNotice::say(const QString& text, const QString& action)
{
    m_text->setText(text);
    m_action->setText(action);
    m_action->setVisible(!action.isEmpty());
}

bool EmptyGridNotice::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        setGeometry(static_cast<QWidget*>(watched)->rect());
    return QWidget::eventFilter(watched, event);
}
