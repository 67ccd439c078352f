#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

// When the e-Boekhouden API token stops working (it may have an end date, set when it was made), and what to say
// about it: one rule for the Dashboard, the status bar, the tray, the self-test and the CLI. Warnings start 30
// days before, grow louder 7 days and 1 day before, and the tray says each of those once.
class TokenExpiry
{
    Q_DECLARE_TR_FUNCTIONS(TokenExpiry)

public:
    enum class Stage
    {
        Fine,    // no end date, or more than 30 days left
        Month,   // 30 days or less
        Week,    // 7 days or less
        LastDay, // today or tomorrow
        Expired,
    };

    static Stage stage(const QDate& endDate, const QDate& today);
    // The sentence to show, with what to do; empty while Fine.
    static QString warning(const QDate& endDate, const QDate& today);
};
