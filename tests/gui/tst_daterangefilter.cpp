#include "DateField.h"
#include "DateRangeFilter.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

// The date filter as a bookkeeper uses it: typed Dutch dates, the usual periods, a clear button, a calendar that
// opens on today, and Tab that walks through and out.
class TestDateRangeFilter : public QObject
{
    Q_OBJECT

    static void type(DateField* field, const QString& text)
    {
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Return);
    }

private slots:
    void typedDutchDatesAreRead()
    {
        DateRangeFilter filter;
        QSignalSpy changed(&filter, &DateRangeFilter::rangeChanged);
        filter.show();
        QVERIFY(QTest::qWaitForWindowExposed(&filter));
        type(filter.fromField(), QStringLiteral("20-11-2026"));
        QCOMPARE(filter.from(), QDate(2026, 11, 20));
        QCOMPARE(changed.count(), 1);
        type(filter.untilField(), QStringLiteral("1/12/2026"));
        QCOMPARE(filter.until(), QDate(2026, 12, 1));
        QCOMPARE(filter.untilField()->text(), QStringLiteral("01-12-2026"));
        QCOMPARE(DateField::parse(QStringLiteral("2026-11-20")), QDate(2026, 11, 20));
        QCOMPARE(DateField::parse(QStringLiteral("20.11.2026")), QDate(2026, 11, 20));
    }

    void aTextThatIsNoDateIsOutlinedNotGuessed()
    {
        DateRangeFilter filter;
        filter.show();
        QVERIFY(QTest::qWaitForWindowExposed(&filter));
        type(filter.fromField(), QStringLiteral("any20Nov2026"));
        QVERIFY(!filter.from().isValid());
        QVERIFY(filter.fromField()->isInvalid());
        QVERIFY(filter.fromField()->toolTip().contains(QStringLiteral("20-11-2026")));
        type(filter.fromField(), QStringLiteral("31-02-2026"));
        QVERIFY(!filter.from().isValid());
        QVERIFY(filter.fromField()->isInvalid());
        QVERIFY(!DateField::parse(QStringLiteral("20-11-26")).isValid());
        type(filter.fromField(), QStringLiteral("28-02-2026"));
        QVERIFY(!filter.fromField()->isInvalid());
    }

    void periodsAroundToday()
    {
        const QDate today(2026, 12, 1); // a Tuesday in the fourth quarter
        using P = DateRangeFilter::Period;
        QCOMPARE(DateRangeFilter::rangeOf(P::Today, today), std::pair(today, today));
        QCOMPARE(DateRangeFilter::rangeOf(P::ThisWeek, today), std::pair(QDate(2026, 11, 30), QDate(2026, 12, 6)));
        QCOMPARE(DateRangeFilter::rangeOf(P::ThisMonth, today), std::pair(QDate(2026, 12, 1), QDate(2026, 12, 31)));
        QCOMPARE(DateRangeFilter::rangeOf(P::LastMonth, today), std::pair(QDate(2026, 11, 1), QDate(2026, 11, 30)));
        QCOMPARE(DateRangeFilter::rangeOf(P::ThisQuarter, today), std::pair(QDate(2026, 10, 1), QDate(2026, 12, 31)));
        QCOMPARE(DateRangeFilter::rangeOf(P::LastQuarter, today), std::pair(QDate(2026, 7, 1), QDate(2026, 9, 30)));
        QCOMPARE(DateRangeFilter::rangeOf(P::ThisYear, today), std::pair(QDate(2026, 1, 1), QDate(2026, 12, 31)));
        QCOMPARE(DateRangeFilter::rangeOf(P::LastYear, today), std::pair(QDate(2025, 1, 1), QDate(2025, 12, 31)));
        // January: last month and last quarter are in the year before.
        QCOMPARE(DateRangeFilter::rangeOf(P::LastMonth, QDate(2027, 1, 15)),
                 std::pair(QDate(2026, 12, 1), QDate(2026, 12, 31)));
        QCOMPARE(DateRangeFilter::rangeOf(P::LastQuarter, QDate(2027, 1, 15)),
                 std::pair(QDate(2026, 10, 1), QDate(2026, 12, 31)));
    }

    void periodMenuAndClearButton()
    {
        DateRangeFilter filter;
        filter.setToday(QDate(2026, 12, 1));
        QSignalSpy changed(&filter, &DateRangeFilter::rangeChanged);
        QMenu* menu = filter.periodsButton()->menu();
        QVERIFY(menu);
        QStringList names;
        for (QAction* action : menu->actions())
            names.append(action->text());
        QCOMPARE(names, (QStringList{QStringLiteral("Today"), QStringLiteral("This week"), QStringLiteral("This month"),
                                     QStringLiteral("Last month"), QStringLiteral("This quarter"),
                                     QStringLiteral("Last quarter"), QStringLiteral("This year"),
                                     QStringLiteral("Last year")}));
        menu->actions().at(3)->trigger(); // last month
        QCOMPARE(filter.from(), QDate(2026, 11, 1));
        QCOMPARE(filter.until(), QDate(2026, 11, 30));
        QCOMPARE(filter.fromField()->text(), QStringLiteral("01-11-2026"));
        QCOMPARE(changed.count(), 1);
        filter.clearButton()->click();
        QVERIFY(!filter.from().isValid());
        QVERIFY(!filter.until().isValid());
        QCOMPARE(filter.fromField()->text(), QString());
        QCOMPARE(changed.count(), 2);
    }

    void calendarOpensOnToday()
    {
        DateRangeFilter filter;
        filter.setToday(QDate(2026, 12, 1));
        filter.show();
        QVERIFY(QTest::qWaitForWindowExposed(&filter));
        filter.fromField()->setFocus();
        QTest::keyClick(filter.fromField(), Qt::Key_Down, Qt::AltModifier);
        QCalendarWidget* calendar = filter.fromField()->calendar();
        QCOMPARE(calendar->selectedDate(), QDate(2026, 12, 1));
        QCOMPARE(calendar->monthShown(), 12);
        QCOMPARE(calendar->yearShown(), 2026);
        // Picking a date fills the field.
        QSignalSpy changed(&filter, &DateRangeFilter::rangeChanged);
        emit calendar->activated(QDate(2026, 11, 20));
        QCOMPARE(filter.from(), QDate(2026, 11, 20));
        QCOMPARE(changed.count(), 1);
    }

    void tabWalksThroughAndOut()
    {
        QWidget window;
        auto* before = new QLineEdit(&window);
        auto* filter = new DateRangeFilter(&window);
        auto* after = new QLineEdit(&window);
        auto* layout = new QHBoxLayout(&window);
        layout->addWidget(before);
        layout->addWidget(filter);
        layout->addWidget(after);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        before->setFocus();
        QList<QWidget*> visited;
        for (int i = 0; i < 5; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            visited.append(QApplication::focusWidget());
        }
        QCOMPARE(visited, (QList<QWidget*>{filter->fromField(), filter->untilField(), filter->periodsButton(),
                                           filter->clearButton(), after}));
    }
};

QTEST_MAIN(TestDateRangeFilter)
#include "tst_daterangefilter.moc"
