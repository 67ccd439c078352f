#pragma once

#include <QDate>
#include <QDateEdit>

// A date edit of a filter bar: at its minimum it reads "any" and sets no bound on that side.
class DateFilterEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateFilterEdit(QWidget* parent = nullptr)
        : QDateEdit(parent)
    {
        setCalendarPopup(true);
        setMinimumDate(noDate());
        setSpecialValueText(tr("any"));
        setDate(noDate());
    }

    // The chosen date, or an invalid date for "any".
    QDate bound() const { return date() == noDate() ? QDate() : date(); }

private:
    static QDate noDate() { return QDate(2000, 1, 1); }
};
