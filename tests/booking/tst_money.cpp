#include "money/ExchangeRate.h"
#include "money/Money.h"
#include "money/VatRate.h"

#include <QtTest>

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parsesDecimalText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("two decimals") << "119.90" << qint64(11990);
        QTest::newRow("magento four decimals") << "119.9000" << qint64(11990);
        QTest::newRow("one decimal") << "0.5" << qint64(50);
        QTest::newRow("no decimals") << "12" << qint64(1200);
        QTest::newRow("comma") << "12,34" << qint64(1234);
        QTest::newRow("negative") << "-0.05" << qint64(-5);
        QTest::newRow("plus sign") << "+3.10" << qint64(310);
        QTest::newRow("half rounds up") << "0.125" << qint64(13);
        QTest::newRow("just under half") << "0.1249" << qint64(12);
        QTest::newRow("negative half away from zero") << "-0.125" << qint64(-13);
        QTest::newRow("prestashop six decimals") << "8.264463" << qint64(826);
        QTest::newRow("spaces") << " 7.00 " << qint64(700);
        QTest::newRow("trailing dot") << "7." << qint64(700);
    }

    void parsesDecimalText()
    {
        QFETCH(QString, text);
        QFETCH(qint64, cents);
        const std::optional<Money> money = Money::parse(text);
        QVERIFY(money);
        QCOMPARE(money->cents(), cents);
    }

    void refusesNonNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("word") << "abc";
        QTest::newRow("thousands separator") << "1.234,56";
        QTest::newRow("exponent") << "1e5";
        QTest::newRow("too large") << "12345678901234567";
    }

    void refusesNonNumbers()
    {
        QFETCH(QString, text);
        QVERIFY(!Money::parse(text));
    }

    void formatsForTheWire()
    {
        QCOMPARE(Money::fromCents(123450).toDecimalString(), QStringLiteral("1234.50"));
        QCOMPARE(Money::fromCents(-5).toDecimalString(), QStringLiteral("-0.05"));
        QCOMPARE(Money::fromCents(0).toDecimalString(), QStringLiteral("0.00"));
    }

    void arithmetic()
    {
        Money total = Money::fromCents(1000) + Money::fromCents(250) - Money::fromCents(1);
        QCOMPARE(total.cents(), 1249);
        total -= Money::fromCents(1249);
        QVERIFY(total.isZero());
        QVERIFY(Money::fromCents(-1) < Money::fromCents(0));
        QCOMPARE((-Money::fromCents(7)).abs(), Money::fromCents(7));
    }

    void vatRates()
    {
        QCOMPARE(VatRate::parse(QStringLiteral("21.0000"))->basisPoints(), 2100);
        QCOMPARE(VatRate::parse(QStringLiteral("5.5"))->basisPoints(), 550);
        QCOMPARE(VatRate::parse(QStringLiteral("0"))->basisPoints(), 0);
        QVERIFY(!VatRate::parse(QStringLiteral("-1")));
        QVERIFY(!VatRate::parse(QStringLiteral("101")));
        QCOMPARE(VatRate::percent(21).toString(), QStringLiteral("21"));
        QCOMPARE(VatRate::fromBasisPoints(550).toString(), QStringLiteral("5.5"));
        QCOMPARE(VatRate::fromBasisPoints(0).toString(), QStringLiteral("0"));
    }

    void exchangeRates()
    {
        QCOMPARE(ExchangeRate::parse(QStringLiteral("1.084500"))->millionths(), 1084500);
        QCOMPARE(ExchangeRate::parse(QStringLiteral("0.85"))->millionths(), 850000);
        QCOMPARE(ExchangeRate::parse(QStringLiteral("25"))->millionths(), 25000000);
        QVERIFY(ExchangeRate::parse(QStringLiteral("1.000000"))->isOne());
        QVERIFY(!ExchangeRate::parse(QStringLiteral("0.000000"))); // broken data, not a free currency
        QVERIFY(!ExchangeRate::parse(QStringLiteral("-1.2")));
        QVERIFY(!ExchangeRate::parse(QStringLiteral("1.2345678"))); // more than PrestaShop stores
        QVERIFY(!ExchangeRate::parse(QStringLiteral("1,2")));
        QCOMPARE(ExchangeRate::parse(QStringLiteral("1.250000"))->toString(), QStringLiteral("1.25"));

        const ExchangeRate dollar = *ExchangeRate::parse(QStringLiteral("1.25"));
        QCOMPARE(dollar.toBase(Money::fromCents(12500)), Money::fromCents(10000));
        QCOMPARE(dollar.toBase(Money::fromCents(1)), Money::fromCents(1));   // 0.8 cent → 1
        QCOMPARE(dollar.toBase(Money::fromCents(-1)), Money::fromCents(-1)); // half away from zero, both signs
        const ExchangeRate koruna = *ExchangeRate::parse(QStringLiteral("25.000000"));
        QCOMPARE(koruna.toBase(Money::fromCents(62)), Money::fromCents(2));   // 2.48 cents
        QCOMPARE(koruna.toBase(Money::fromCents(63)), Money::fromCents(3));   // 2.52 cents
        QCOMPARE(koruna.toBase(Money::fromCents(-50)), Money::fromCents(-2)); // exactly 2
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
