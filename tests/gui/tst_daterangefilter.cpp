#include "DateField.h"
#include "DateRangeFilter.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionToolButton>
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

    // At 200 % (tst_daterangefilter_200 runs this file with QT_SCALE_FACTOR=2, as scripts/screenshots.sh can) and
    // with a large font, in a bar squeezed to its minimum: the Period button shows its text clear of its menu
    // arrow, and a typed date shows whole beside the field's calendar button.
    void nothingIsCutInASqueezedBar_data()
    {
        QTest::addColumn<int>("pointSize");
        QTest::newRow("the system's font") << 0;
        QTest::newRow("a large font") << 20;
    }

    void nothingIsCutInASqueezedBar()
    {
        QFETCH(int, pointSize);
        QWidget window;
        if (pointSize > 0) {
            QFont large = window.font();
            large.setPointSize(pointSize);
            window.setFont(large);
        }
        auto* search = new QLineEdit(&window); // the filter bar's search field takes what is left
        auto* filter = new DateRangeFilter(&window);
        auto* layout = new QHBoxLayout(&window);
        layout->addWidget(search, 1);
        layout->addWidget(filter);
        window.resize(100, 40); // the layout holds the window at its minimum
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.width(), window.minimumSizeHint().width());

        QToolButton* period = filter->periodsButton();
        QVERIFY(period->width() >= period->sizeHint().width());
        QStyleOptionToolButton option;
        option.initFrom(period);
        option.features = QStyleOptionToolButton::HasMenu;
        const int arrow = period->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, period);
        const int text = period->fontMetrics().horizontalAdvance(QStringLiteral("Period"));
        // QCommonStyle (CC_ToolButton, HasMenu without a menu part) draws the arrow in the button's last `arrow`
        // pixels (the part a MenuButtonPopup button reserves for it) and the text centred: the text must end
        // before that part begins.
        QVERIFY2((period->width() + text) / 2 <= period->width() - arrow,
                 qPrintable(QStringLiteral("width %1, text %2, arrow %3").arg(period->width()).arg(text).arg(arrow)));
        QVERIFY(filter->clearButton()->width() >= filter->clearButton()->sizeHint().width());

        // A whole date in the squeezed field: from its first to its last character without scrolling, and clear
        // of the button at its right.
        DateField* from = filter->fromField();
        const QString date = QStringLiteral("28-02-2026");
        from->setText(date);
        from->setCursorPosition(0);
        const int start = from->inputMethodQuery(Qt::ImCursorRectangle).toRect().center().x();
        from->setCursorPosition(date.size());
        const int end = from->inputMethodQuery(Qt::ImCursorRectangle).toRect().center().x();
        QCOMPARE(end - start, from->fontMetrics().horizontalAdvance(date));
        // QLineEdit's buttons beside the text are tool buttons of its own.
        int buttonsLeft = from->width();
        int buttons = 0;
        for (QToolButton* button : from->findChildren<QToolButton*>(Qt::FindDirectChildrenOnly)) {
            if (!button->isVisibleTo(from))
                continue;
            buttonsLeft = std::min(buttonsLeft, button->x());
            ++buttons;
        }
        QCOMPARE(buttons, 1); // the calendar's; "Any date" clears both fields
        QVERIFY2(end <= buttonsLeft, qPrintable(QStringLiteral("date ends at %1, buttons start at %2, width %3")
                                                    .arg(end)
                                                    .arg(buttonsLeft)
                                                    .arg(from->width())));
    }
};

QTEST_MAIN(TestDateRangeFilter)
#include "tst_daterangefilter.moc"
