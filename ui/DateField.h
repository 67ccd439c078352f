#pragma once

#include <QDate>
#include <QLineEdit>

class QCalendarWidget;
class QMenu;

// One date of a filter, typed or picked: "20-11-2026" (a two-digit year is refused: which century?),
// 20/11/2026, 20.11.2026 or 2026-11-20; empty means no bound. The calendar (the button, or Alt+Down) opens on
// the field's date, or on today when it is empty. A text that is no date is outlined and left out of the
// filter, never read as a different date.
class DateField : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget* parent = nullptr);

    QDate date() const { return m_date; } // invalid: no bound (empty, or not a date)
    void setDate(const QDate& date);
    bool isInvalid() const { return m_invalid; }
    // "Today" for the calendar and the presets; tests set it.
    void setToday(const QDate& today) { m_today = today; }
    QDate today() const;
    void openCalendar();
    QCalendarWidget* calendar() const { return m_calendar; }

    // The date in `text`, or an invalid date.
    static QDate parse(const QString& text);
    static QString format(const QDate& date);

    // The least width that shows a whole date beside the calendar button, from the font and the style's metrics
    // (so it holds at 200 % and with a large font).
    int dateWidth() const;

signals:
    void dateEdited(); // the bound changed, by typing or picking

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void readText();

    QDate m_date;
    QDate m_today;
    bool m_invalid = false;
    QMenu* m_popup;
    QCalendarWidget* m_calendar;
};
