#include "DateField.h"

#include <QAction>
#include <QCalendarWidget>
#include <QEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QWidgetAction>

#include <algorithm>

DateField::DateField(QWidget* parent)
    : QLineEdit(parent)
    , m_popup(new QMenu(this))
    , m_calendar(new QCalendarWidget(m_popup))
{
    setPlaceholderText(tr("any date"));
    setToolTip(tr("Type a date as 20-11-2026, or pick one (Alt+Down). Empty: no limit."));
    // No clear button of its own: "Any date" beside the fields clears both, Delete clears one, and the room it
    // took is what a 1280-pixel screen lacks at 200 % or in Dutch (the text ran under it).
    QAction* pick = addAction(QIcon(QStringLiteral(":/icons/calendar.svg")), QLineEdit::TrailingPosition);
    pick->setObjectName(QStringLiteral("pickDate"));
    pick->setToolTip(tr("Pick a date"));
    connect(pick, &QAction::triggered, this, &DateField::openCalendar);

    m_calendar->setGridVisible(false);
    auto* holder = new QWidgetAction(m_popup);
    holder->setDefaultWidget(m_calendar);
    m_popup->addAction(holder);
    connect(m_calendar, &QCalendarWidget::activated, this, [this](QDate picked) {
        m_popup->close();
        setDate(picked);
        emit dateEdited();
    });
    connect(m_calendar, &QCalendarWidget::clicked, m_calendar, &QCalendarWidget::activated);
    connect(this, &QLineEdit::editingFinished, this, &DateField::readText);
    // Deleting the whole text is no bound at once, without waiting for editingFinished.
    connect(this, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            readText();
    });
    setMinimumWidth(dateWidth());
}

int DateField::dateWidth() const
{
    // QLineEdit gives an icon beside the text (here the calendar's) the style's icon size, 6 pixels around it and
    // the style's icon margin (QLineEditPrivate::sideWidgetParameters); the widest date in the font, one letter to
    // spare.
    const int icon = style()->pixelMetric(QStyle::PM_LineEditIconSize, nullptr, this);
    const int iconMargin = style()->pixelMetric(QStyle::PM_LineEditIconMargin, nullptr, this);
    const int icons = icon + 6 + iconMargin;
    const QFontMetrics metrics = fontMetrics();
    int text = 0;
    for (const QString& date : {QStringLiteral("00-00-0000"), QStringLiteral("28-08-2088")})
        text = std::max(text, metrics.horizontalAdvance(date));
    text += metrics.averageCharWidth();
    QStyleOptionFrame option;
    initStyleOption(&option);
    const QMargins margins = textMargins();
    return style()
        ->sizeFromContents(QStyle::CT_LineEdit, &option,
                           QSize(text + icons + margins.left() + margins.right(), metrics.height()), this)
        .width();
}

void DateField::changeEvent(QEvent* event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        setMinimumWidth(dateWidth());
}

QDate DateField::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

QDate DateField::parse(const QString& text)
{
    // Day first, as a Dutch bookkeeper writes it, with any of the usual separators; or ISO.
    static const QRegularExpression dayFirst(QStringLiteral("^\\s*(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})\\s*$"));
    static const QRegularExpression iso(QStringLiteral("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})\\s*$"));
    if (const QRegularExpressionMatch m = dayFirst.match(text); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (const QRegularExpressionMatch m = iso.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return {};
}

QString DateField::format(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

void DateField::setDate(const QDate& date)
{
    m_date = date;
    m_invalid = false;
    setProperty("invalid", false);
    setStyleSheet(QString());
    setText(format(date));
}

void DateField::readText()
{
    const QString typed = text().trimmed();
    const QDate parsed = parse(typed);
    const bool invalid = !typed.isEmpty() && !parsed.isValid();
    const QDate before = m_date;
    m_date = parsed;
    m_invalid = invalid;
    setProperty("invalid", invalid);
    // Outlined, not coloured only: the tooltip says what is wrong.
    setStyleSheet(invalid ? QStringLiteral("QLineEdit { border: 2px solid #c62828; }") : QString());
    setToolTip(invalid ? tr("\"%1\" is not a date. Type it as 20-11-2026.").arg(typed)
                       : tr("Type a date as 20-11-2026, or pick one (Alt+Down). Empty: no limit."));
    if (parsed.isValid())
        setText(format(parsed));
    if (before != m_date)
        emit dateEdited();
}

void DateField::openCalendar()
{
    const QDate shown = m_date.isValid() ? m_date : today();
    m_calendar->setSelectedDate(shown);
    m_calendar->setCurrentPage(shown.year(), shown.month());
    m_popup->popup(mapToGlobal(QPoint(0, height())));
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateField::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Down && event->modifiers() & Qt::AltModifier) || event->key() == Qt::Key_F4) {
        openCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}
