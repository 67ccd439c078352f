#include "DateRangeFilter.h"

#include "DateField.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QStyle>
#include <QStyleOptionToolButton>
#include <QToolButton>

DateRangeFilter::DateRangeFilter(QWidget* parent)
    : QWidget(parent)
    , m_from(new DateField(this))
    , m_until(new DateField(this))
    , m_periods(new QToolButton(this))
    , m_clear(new QToolButton(this))
{
    m_from->setObjectName(QStringLiteral("fromFilter"));
    m_until->setObjectName(QStringLiteral("untilFilter"));
    m_periods->setObjectName(QStringLiteral("periodButton"));
    m_clear->setObjectName(QStringLiteral("clearDates"));

    m_periods->setText(tr("&Period"));
    m_periods->setPopupMode(QToolButton::InstantPopup);
    m_periods->setFocusPolicy(Qt::StrongFocus);
    auto* menu = new QMenu(m_periods);
    const QList<std::pair<Period, QString>> periods = {
        {Period::Today, tr("Today")},
        {Period::ThisWeek, tr("This week")},
        {Period::ThisMonth, tr("This month")},
        {Period::LastMonth, tr("Last month")},
        {Period::ThisQuarter, tr("This quarter")},
        {Period::LastQuarter, tr("Last quarter")},
        {Period::ThisYear, tr("This year")},
        {Period::LastYear, tr("Last year")},
    };
    for (const auto& [period, name] : periods)
        menu->addAction(name, this, [this, period = period] { choose(period); });
    m_periods->setMenu(menu);

    m_clear->setText(tr("Any date"));
    m_clear->setToolTip(tr("Clear both dates"));
    m_clear->setFocusPolicy(Qt::StrongFocus);
    connect(m_clear, &QToolButton::clicked, this, &DateRangeFilter::clear);

    for (DateField* field : {m_from, m_until})
        connect(field, &DateField::dateEdited, this, &DateRangeFilter::rangeChanged);

    auto* fromLabel = new QLabel(tr("Fro&m"), this);
    fromLabel->setBuddy(m_from);
    auto* untilLabel = new QLabel(tr("un&til"), this);
    untilLabel->setBuddy(m_until);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(untilLabel);
    layout->addWidget(m_until);
    layout->addWidget(m_periods);
    layout->addWidget(m_clear);
    setTabOrder(m_from, m_until);
    setTabOrder(m_until, m_periods);
    setTabOrder(m_periods, m_clear);
    setFocusProxy(m_from);
    // The buttons keep their whole text when the bar is short of room (at 200 % or a large font): the dates give
    // way first, down to their own minimum.
    for (QToolButton* button : {m_periods, m_clear})
        button->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    fitButtons();
}

int DateRangeFilter::periodsButtonWidth() const
{
    QStyleOptionToolButton option;
    option.initFrom(m_periods);
    option.features = QStyleOptionToolButton::HasMenu;
    option.rect = QRect(QPoint(), m_periods->sizeHint());
    // QCommonStyle draws the arrow of an InstantPopup button in its last PM_MenuButtonIndicator pixels, over the
    // end of the centred text; the button's size hint adds that part only for a MenuButtonPopup button. Added here
    // too, the text stays clear of the arrow.
    const int arrow = m_periods->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, m_periods);
    return m_periods->sizeHint().width() + arrow;
}

void DateRangeFilter::fitButtons()
{
    m_periods->setMinimumWidth(periodsButtonWidth());
}

void DateRangeFilter::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // Another font or style measures anew.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitButtons();
}

QDate DateRangeFilter::from() const
{
    return m_from->date();
}

QDate DateRangeFilter::until() const
{
    return m_until->date();
}

QDate DateRangeFilter::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void DateRangeFilter::setToday(const QDate& today)
{
    m_today = today;
    m_from->setToday(today);
    m_until->setToday(today);
}

void DateRangeFilter::setRange(const QDate& from, const QDate& until)
{
    if (from == this->from() && until == this->until() && !m_from->isInvalid() && !m_until->isInvalid())
        return;
    m_from->setDate(from);
    m_until->setDate(until);
    emit rangeChanged();
}

void DateRangeFilter::choose(Period period)
{
    const auto [first, last] = rangeOf(period, today());
    setRange(first, last);
}

void DateRangeFilter::clear()
{
    setRange({}, {});
}

std::pair<QDate, QDate> DateRangeFilter::rangeOf(Period period, const QDate& today)
{
    const QDate month(today.year(), today.month(), 1);
    const int quarterMonth = (today.month() - 1) / 3 * 3 + 1;
    const QDate quarter(today.year(), quarterMonth, 1);
    const QDate year(today.year(), 1, 1);
    switch (period) {
    case Period::Today:
        return {today, today};
    case Period::ThisWeek: {
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        return {monday, monday.addDays(6)};
    }
    case Period::ThisMonth:
        return {month, month.addMonths(1).addDays(-1)};
    case Period::LastMonth:
        return {month.addMonths(-1), month.addDays(-1)};
    case Period::ThisQuarter:
        return {quarter, quarter.addMonths(3).addDays(-1)};
    case Period::LastQuarter:
        return {quarter.addMonths(-3), quarter.addDays(-1)};
    case Period::ThisYear:
        return {year, year.addYears(1).addDays(-1)};
    case Period::LastYear:
        return {year.addYears(-1), year.addDays(-1)};
    }
    return {};
}
