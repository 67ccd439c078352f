#pragma once

#include <QDate>
#include <QWidget>

#include <utility>

class DateField;
class QToolButton;

// The date range of a filter bar: from and until (both inclusive, either may be empty), the usual periods a
// bookkeeper asks for (this month, last month, the quarter, the year) in one menu, and a button that clears
// both. Tab goes from, until, periods, clear, and on out of the widget.
class DateRangeFilter : public QWidget
{
    Q_OBJECT

public:
    enum class Period
    {
        Today,
        ThisWeek,
        ThisMonth,
        LastMonth,
        ThisQuarter,
        LastQuarter,
        ThisYear,
        LastYear,
    };

    explicit DateRangeFilter(QWidget* parent = nullptr);

    QDate from() const;  // invalid: no lower bound
    QDate until() const; // invalid: no upper bound
    void setRange(const QDate& from, const QDate& until);
    void choose(Period period);
    void clear();
    // "Today" for the periods and the calendars; tests set it.
    void setToday(const QDate& today);

    DateField* fromField() const { return m_from; }
    DateField* untilField() const { return m_until; }
    QToolButton* periodsButton() const { return m_periods; }
    QToolButton* clearButton() const { return m_clear; }

    // The first and last day of `period` around `today` (weeks start on Monday, ISO 8601).
    static std::pair<QDate, QDate> rangeOf(Period period, const QDate& today);

    // The width the Period button needs for its text and its menu arrow side by side, from the font and the
    // style (the style draws the arrow of an instant-popup menu over the text's end and reserves no room for it).
    int periodsButtonWidth() const;

signals:
    void rangeChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    QDate today() const;
    void fitButtons();

    DateField* m_from;
    DateField* m_until;
    QToolButton* m_periods;
    QToolButton* m_clear;
    QDate m_today;
};
