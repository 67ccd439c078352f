#include "DocumentFactory.h"
#include "domain/Discount.h"
#include "money/Allocation.h"
#include "rules/CurrencyConversion.h"
#include "rules/DebtorCodeGenerator.h"
#include "rules/DiscountSpreader.h"
#include "rules/DocumentClassifier.h"
#include "rules/FieldLimits.h"
#include "rules/InvoiceNumberFormatter.h"
#include "rules/TotalsCheck.h"
#include "rules/VatCode.h"
#include "rules/VatMappingResolver.h"
#include "rules/VatNumberValidator.h"
#include "rules/VatRateNormaliser.h"

#include <QtTest>

using namespace DocumentFactory;

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void allocationAddsUp_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<QList<qint64>>("weights");
        QTest::addColumn<QList<qint64>>("parts");
        QTest::newRow("thirds") << qint64(100) << QList<qint64>{1, 1, 1} << QList<qint64>{34, 33, 33};
        QTest::newRow("proportional") << qint64(1755) << QList<qint64>{12100, 5450} << QList<qint64>{1210, 545};
        QTest::newRow("negative mirrors") << qint64(-100) << QList<qint64>{1, 1, 1} << QList<qint64>{-34, -33, -33};
        QTest::newRow("zero weight gets nothing") << qint64(10) << QList<qint64>{0, 3, 7} << QList<qint64>{0, 3, 7};
        QTest::newRow("all zero weights: last takes all") << qint64(5) << QList<qint64>{0, 0} << QList<qint64>{0, 5};
        QTest::newRow("largest remainder wins") << qint64(10) << QList<qint64>{1, 2, 4} << QList<qint64>{1, 3, 6};
    }

    void allocationAddsUp()
    {
        QFETCH(qint64, total);
        QFETCH(QList<qint64>, weights);
        QFETCH(QList<qint64>, parts);
        QList<std::int64_t> w(weights.cbegin(), weights.cend());
        const QList<Money> result = Allocation::byLargestRemainder(Money::fromCents(total), w);
        QList<qint64> cents;
        for (const Money m : result)
            cents.append(m.cents());
        QCOMPARE(cents, parts);
    }

    void parsesShopRates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("basisPoints"); // -1: refused
        QTest::newRow("percent") << "21" << 2100;
        QTest::newRow("magento four decimals") << "21.0000" << 2100;
        QTest::newRow("fraction") << "0.21" << 2100;
        QTest::newRow("fraction 9") << "0.09" << 900;
        QTest::newRow("fraction 5.5 exact") << "0.055" << 550;
        QTest::newRow("decimal percent") << "5.5" << 550;
        QTest::newRow("zero") << "0" << 0;
        QTest::newRow("word") << "hoog" << -1;
    }

    void parsesShopRates()
    {
        QFETCH(QString, text);
        QFETCH(int, basisPoints);
        const std::optional<VatRate> rate = VatRateNormaliser::parseShopRate(text);
        QCOMPARE(rate ? rate->basisPoints() : -1, basisPoints);
    }

    void derivesAndSnapsRates_data()
    {
        QTest::addColumn<QString>("excl");
        QTest::addColumn<QString>("incl");
        QTest::addColumn<QString>("country");
        QTest::addColumn<int>("basisPoints"); // -1: no legal rate
        QTest::newRow("wrapping 2.07/2.50 is 21") << "2.07"
                                                  << "2.50"
                                                  << "NL" << 2100;
        QTest::newRow("seed 20.5% snaps to 21") << "10.00"
                                                << "12.05"
                                                << "NL" << 2100;
        QTest::newRow("seed 20.4% snaps to 21") << "10.00"
                                                << "12.04"
                                                << "NL" << 2100;
        QTest::newRow("20.3% is too far") << "10.00"
                                          << "12.03"
                                          << "NL" << -1;
        QTest::newRow("9%") << "10.00"
                            << "10.90"
                            << "NL" << 900;
        QTest::newRow("19% is German") << "100.00"
                                       << "119.00"
                                       << "DE" << 1900;
        QTest::newRow("19% is not Dutch") << "100.00"
                                          << "119.00"
                                          << "NL" << -1;
        QTest::newRow("small amount fits 21") << "0.04"
                                              << "0.05"
                                              << "NL" << 2100;
        QTest::newRow("no VAT") << "10.00"
                                << "10.00"
                                << "NL" << 0;
        QTest::newRow("French 5.5") << "20.00"
                                    << "21.10"
                                    << "FR" << 550;
    }

    void derivesAndSnapsRates()
    {
        QFETCH(QString, excl);
        QFETCH(QString, incl);
        QFETCH(QString, country);
        QFETCH(int, basisPoints);
        const std::optional<VatRate> rate =
            VatRateNormaliser::deriveFromAmounts(*Money::parse(excl), *Money::parse(incl), {country});
        QCOMPARE(rate ? rate->basisPoints() : -1, basisPoints);
    }

    void totalsCheck_data()
    {
        QTest::addColumn<QString>("totalIncl");
        QTest::addColumn<bool>("passes");
        QTest::newRow("exact") << "39.63" << true;
        QTest::newRow("one cent more") << "39.64" << false;
        QTest::newRow("one cent less") << "39.62" << false;
    }

    void totalsCheck()
    {
        QFETCH(QString, totalIncl);
        QFETCH(bool, passes);
        Invoice document =
            invoice("1", "NL", {line("A", 1, "10.00", "12.10", 2100), line("B", 2, "20.00", "21.80", 900)});
        document.shipping = Shipping{{}, money("4.13"), money("5.00"), VatRate::percent(21)};
        document.surcharges.append({{}, money("2.07"), money("2.50")});
        document.discounts.append({{}, money("1.50"), money("1.77")});
        computeTotals(document);
        document.totalIncl = *Money::parse(totalIncl);
        document.totalVat = document.totalIncl - document.totalExcl;
        QCOMPARE(TotalsCheck::check(document).isEmpty(), passes);
    }

    // An order in dollars at 1.0845 dollar per euro: every part converted, VAT still on its rate, totals tie,
    // the payment in full still the whole total.
    void convertsAForeignCurrencyDocument()
    {
        Invoice document = invoice("1", "NL",
                                   {line("A", 3, "29.97", "36.26", 2100), line("B", 1, "9.99", "10.89", 900),
                                    line("C", 7, "0.07", "0.08", 2100)});
        document.shipping = Shipping{{}, money("4.95"), money("5.99"), VatRate::percent(21)};
        document.surcharges.append({{}, money("2.00"), money("2.42")});
        document.discounts.append({{}, money("5.00"), money("6.05")});
        computeTotals(document);
        document.currency = QStringLiteral("USD");
        document.payments.append({QStringLiteral("p1"), QStringLiteral("PayPal"), {}, money("30.00"), {}});
        document.payments.append(
            {QStringLiteral("p2"), QStringLiteral("PayPal"), {}, document.totalIncl - money("30.00"), {}});
        QVERIFY(TotalsCheck::check(document).isEmpty());

        const ExchangeRate rate = *ExchangeRate::parse(QStringLiteral("1.084500"));
        CurrencyConversion::toBaseCurrency(document, rate, QStringLiteral("EUR"));
        QCOMPARE(document.currency, QStringLiteral("EUR"));
        QCOMPARE(document.lines[0].rowTotalExcl, money("27.63")); // 29.97 / 1.0845 = 27.634
        QCOMPARE(document.lines[0].vatAmount, money("5.80"));     // 6.29 / 1.0845 = 5.800
        QCOMPARE(document.lines[0].rowTotalIncl, money("33.43"));
        QCOMPARE(document.shipping->amountExcl, money("4.56"));
        for (const DocumentLine& l : std::as_const(document.lines))
            QVERIFY2(VatRateNormaliser::amountsFitRate(l.rowTotalExcl, l.vatAmount, l.vatRate, l.quantity.roundings()),
                     qPrintable(l.sku));
        QVERIFY(TotalsCheck::check(document).isEmpty());
        QCOMPARE(document.payments[0].amount + document.payments[1].amount, document.totalIncl);
        QCOMPARE(document.payments[0].amount, money("27.65")); // 30.00 of 49.59 is 27.6528 of 45.71
    }

    void conversionKeepsAShopMismatchVisible()
    {
        Invoice document = invoice("1", "NL", {line("A", 1, "100.00", "121.00", 2100)});
        computeTotals(document);
        document.totalIncl += money("1.00"); // the shop's total does not add up
        document.totalVat = document.totalIncl - document.totalExcl;
        CurrencyConversion::toBaseCurrency(document, *ExchangeRate::parse(QStringLiteral("0.85")),
                                           QStringLiteral("EUR"));
        QCOMPARE(document.lines[0].rowTotalExcl, money("117.65"));
        const Problems problems = TotalsCheck::check(document);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.contains(u"1.18")); // 1.00 / 0.85
    }

    void conversionAtOneOnlyNamesTheCurrency()
    {
        Invoice document = invoice("1", "NL", {line("A", 1, "100.00", "121.00", 2100)});
        computeTotals(document);
        const Invoice before = document;
        CurrencyConversion::toBaseCurrency(document, ExchangeRate::fromMillionths(ExchangeRate::one),
                                           QStringLiteral("EUR"));
        QCOMPARE(document.totalIncl, before.totalIncl);
        QCOMPARE(document.lines[0].rowTotalExcl, before.lines[0].rowTotalExcl);
        QCOMPARE(document.currency, QStringLiteral("EUR"));
    }

    void classifies_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("excl");
        QTest::addColumn<QString>("incl");
        QTest::addColumn<int>("rate");
        QTest::addColumn<bool>("oss");
        QTest::addColumn<int>("expected");
        QTest::newRow("domestic") << "NL"
                                  << "10.00"
                                  << "12.10" << 2100 << false << int(DocumentClass::Domestic);
        QTest::newRow("ICP") << "DE"
                             << "10.00"
                             << "10.00" << 0 << false << int(DocumentClass::Icp);
        QTest::newRow("export") << "US"
                                << "10.00"
                                << "10.00" << 0 << false << int(DocumentClass::Export);
        QTest::newRow("zero total is domestic") << "DE"
                                                << "0.00"
                                                << "0.00" << 0 << false << int(DocumentClass::Domestic);
        QTest::newRow("OSS by foreign rate") << "DE"
                                             << "100.00"
                                             << "119.00" << 1900 << false << int(DocumentClass::Oss);
        QTest::newRow("Dutch rate abroad, not registered") << "BE"
                                                           << "10.00"
                                                           << "12.10" << 2100 << false << int(DocumentClass::Domestic);
        QTest::newRow("registered for OSS") << "BE"
                                            << "10.00"
                                            << "12.10" << 2100 << true << int(DocumentClass::Oss);
        QTest::newRow("Dutch rate to DE stays domestic") << "DE"
                                                         << "10.00"
                                                         << "12.10" << 2100 << true << int(DocumentClass::Domestic);
        QTest::newRow("VAT outside EU is domestic") << "CH"
                                                    << "10.00"
                                                    << "12.10" << 2100 << false << int(DocumentClass::Domestic);
    }

    void classifies()
    {
        QFETCH(QString, country);
        QFETCH(QString, excl);
        QFETCH(QString, incl);
        QFETCH(int, rate);
        QFETCH(bool, oss);
        QFETCH(int, expected);
        Invoice document = invoice("1", "NL", {});
        document.shippingAddress.countryCode = country;
        document.totalExcl = *Money::parse(excl);
        document.totalIncl = *Money::parse(incl);
        QList<VatRate> rates;
        if (rate)
            rates.append(VatRate::fromBasisPoints(rate));
        QCOMPARE(int(DocumentClassifier::classify(document, QStringLiteral("NL"), oss, rates)), expected);
    }

    void spreadsDiscounts()
    {
        const Discount discount{{}, money("15.00"), money("17.55")};
        const auto parts = DiscountSpreader::spread(discount, {{VatRate::percent(21), money("100.00"), money("121.00")},
                                                               {VatRate::percent(9), money("50.00"), money("54.50")}});
        QVERIFY(parts);
        QCOMPARE(parts->at(0).gross, money("12.10"));
        QCOMPARE(parts->at(0).net, money("10.00"));
        QCOMPARE(parts->at(1).gross, money("5.45"));
        QCOMPARE(parts->at(1).net, money("5.00"));
        QVERIFY(!DiscountSpreader::spread(discount, {{VatRate::percent(21), Money(), Money()}}));
        // A discount whose VAT does not split evenly still adds up exactly.
        const Discount odd{{}, money("0.82"), money("1.00")};
        const auto oddParts = DiscountSpreader::spread(odd, {{VatRate::percent(21), money("1.00"), money("1.21")},
                                                             {VatRate::percent(0), money("1.21"), money("1.21")}});
        QCOMPARE(oddParts->at(0).gross + oddParts->at(1).gross, money("1.00"));
        QCOMPARE(oddParts->at(0).net + oddParts->at(1).net, money("0.82"));
        QCOMPARE(oddParts->at(1).vat(), Money()); // no VAT lands on the 0% part
    }

    void validatesVatNumbers_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("country");
        QTest::addColumn<bool>("valid");
        QTest::newRow("NL mod 11") << "NL004495445B01"
                                   << "" << true;
        QTest::newRow("NL mod 97 sole trader") << "NL000099998B57"
                                               << "" << true;
        QTest::newRow("NL wrong check") << "NL004495446B01"
                                        << "" << false;
        QTest::newRow("NL bad format") << "NL004495445"
                                       << "" << false;
        QTest::newRow("NL with spaces and dots") << "nl 0044.95445.b01"
                                                 << "" << true;
        QTest::newRow("BE") << "BE0403170701"
                            << "" << true;
        QTest::newRow("BE wrong check") << "BE0403170702"
                                        << "" << false;
        QTest::newRow("BE without prefix") << "0403.170.701"
                                           << "BE" << true;
        QTest::newRow("DE") << "DE136695976"
                            << "" << true;
        QTest::newRow("DE wrong check") << "DE136695977"
                                        << "" << false;
        QTest::newRow("FR") << "FR40303265045"
                            << "" << true;
        QTest::newRow("FR wrong key") << "FR41303265045"
                                      << "" << false;
        QTest::newRow("FR alphanumeric key") << "FRK7399859412"
                                             << "" << true;
        QTest::newRow("IT") << "IT00743110157"
                            << "" << true;
        QTest::newRow("IT wrong check") << "IT00743110158"
                                        << "" << false;
        QTest::newRow("ES company") << "ESA28015865"
                                    << "" << true;
        QTest::newRow("ES company wrong") << "ESA28015866"
                                          << "" << false;
        QTest::newRow("ES DNI") << "ES12345678Z"
                                << "" << true;
        QTest::newRow("ES NIE") << "ESX1234567L"
                                << "" << true;
        QTest::newRow("AT") << "ATU13585627"
                            << "" << true;
        QTest::newRow("AT wrong check") << "ATU13585628"
                                        << "" << false;
        QTest::newRow("GR uses EL") << "EL094259216"
                                    << "" << true;
        QTest::newRow("GR number from country") << "094259216"
                                                << "GR" << true;
        QTest::newRow("XI Northern Ireland") << "XI123456789"
                                             << "" << true;
        QTest::newRow("SE must end 01") << "SE556188840401"
                                        << "" << true;
        QTest::newRow("SE bad ending") << "SE556188840402"
                                       << "" << false;
        QTest::newRow("PL") << "PL5260250274"
                            << "" << true;
        QTest::newRow("DK") << "DK13585628"
                            << "" << true;
        QTest::newRow("CY needs a letter") << "CY12345678"
                                           << "" << false;
        QTest::newRow("not EU") << "US123456789"
                                << "" << false;
        QTest::newRow("empty") << ""
                               << "NL" << false;
    }

    void validatesVatNumbers()
    {
        QFETCH(QString, number);
        QFETCH(QString, country);
        QFETCH(bool, valid);
        const VatNumberValidator::Result result = VatNumberValidator::validate(number, country);
        QVERIFY2(result.valid == valid, qPrintable(result.message));
        QCOMPARE(result.message.isEmpty(), valid);
    }

    void generatesDebtorCodes_data()
    {
        QTest::addColumn<QString>("company");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QStringList>("existing");
        QTest::addColumn<QString>("code");
        QTest::newRow("seed 004 KlaartjePi5")
            << ""
            << "Klaartje"
            << "Pietersen" << QStringList{"KlaartjePi", "KlaartjePi1", "KlaartjePi2", "KlaartjePi3", "KlaartjePi4"}
            << "KlaartjePi5";
        QTest::newRow("free base") << ""
                                   << "Klaartje"
                                   << "Pietersen" << QStringList{} << "KlaartjePi";
        QTest::newRow("first free number fills a gap")
            << ""
            << "Klaartje"
            << "Pietersen" << QStringList{"KlaartjePi", "KlaartjePi2"} << "KlaartjePi1";
        QTest::newRow("company wins") << "Jansen & Zn. B.V."
                                      << "Piet"
                                      << "Jansen" << QStringList{} << "JansenZnBV";
        QTest::newRow("accents dropped") << ""
                                         << "Zoë"
                                         << "Çelik" << QStringList{} << "ZoeCelik";
        QTest::newRow("case-insensitive collision") << ""
                                                    << "Jan"
                                                    << "Smit" << QStringList{"JANSMIT"} << "JanSmit1";
        QTest::newRow("nothing usable") << ""
                                        << ""
                                        << "" << QStringList{} << "DEBITEUR";
        QTest::newRow("short name") << ""
                                    << "Bo"
                                    << "Li" << QStringList{"BoLi", "BoLi1"} << "BoLi2";
    }

    void generatesDebtorCodes()
    {
        QFETCH(QString, company);
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QStringList, existing);
        QFETCH(QString, code);
        const QSet<QString> codes(existing.cbegin(), existing.cend());
        const QString result = DebtorCodeGenerator::generate(company, first, last, codes);
        QCOMPARE(result, code);
        QVERIFY(result.size() <= FieldLimits::relationCode);
    }

    void formatsInvoiceNumbers_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("expected");
        using M = InvoiceNumberFormatter::Mode;
        QTest::newRow("as in shop") << int(M::AsInShop) << ""
                                    << "INV000123"
                                    << "INV000123";
        QTest::newRow("strip prefix") << int(M::StripPrefix) << "INV"
                                      << "INV000123"
                                      << "000123";
        QTest::newRow("strip prefix case-insensitive") << int(M::StripPrefix) << "inv-"
                                                       << "INV-42"
                                                       << "42";
        QTest::newRow("prefix absent") << int(M::StripPrefix) << "INV"
                                       << "FA42"
                                       << "FA42";
        QTest::newRow("digits only") << int(M::DigitsOnly) << ""
                                     << "#FA-2025/0042"
                                     << "20250042";
        QTest::newRow("digits only keeps a number without digits") << int(M::DigitsOnly) << ""
                                                                   << "ABC"
                                                                   << "ABC";
        QTest::newRow("let e-Boekhouden number") << int(M::LetEBoekhouden) << ""
                                                 << "INV1"
                                                 << "";
    }

    void formatsInvoiceNumbers()
    {
        QFETCH(int, mode);
        QFETCH(QString, prefix);
        QFETCH(QString, number);
        QFETCH(QString, expected);
        QCOMPARE(InvoiceNumberFormatter::format(number, {InvoiceNumberFormatter::Mode(mode), prefix}), expected);
    }

    void resolvesVatMapping_data()
    {
        QTest::addColumn<int>("documentClass");
        QTest::addColumn<int>("rate");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("code"); // empty: a problem
        QTest::newRow("21") << int(DocumentClass::Domestic) << 2100 << "NL"
                            << "HOOG_VERK_21";
        QTest::newRow("9") << int(DocumentClass::Domestic) << 900 << "NL"
                           << "LAAG_VERK_9";
        QTest::newRow("0") << int(DocumentClass::Domestic) << 0 << "NL"
                           << "GEEN";
        QTest::newRow("ICP") << int(DocumentClass::Icp) << 0 << "DE"
                             << "BI_EU_VERK";
        QTest::newRow("export") << int(DocumentClass::Export) << 0 << "US"
                                << "BU_EU_VERK";
        QTest::newRow("OSS DE") << int(DocumentClass::Oss) << 1900 << "DE"
                                << "AFST_VERK";
        QTest::newRow("OSS to own country: no row") << int(DocumentClass::Oss) << 2100 << "NL"
                                                    << "";
        QTest::newRow("domestic 15: no row") << int(DocumentClass::Domestic) << 1500 << "NL"
                                             << "";
    }

    void resolvesVatMapping()
    {
        QFETCH(int, documentClass);
        QFETCH(int, rate);
        QFETCH(QString, country);
        QFETCH(QString, code);
        VatMapping::Proposal proposal;
        proposal.ossVatLedger = QStringLiteral("1650");
        const auto resolution =
            VatMappingResolver::resolve(VatMapping::defaultProposal(proposal), DocumentClass(documentClass),
                                        VatRate::fromBasisPoints(rate), country);
        QCOMPARE(resolution.entry ? resolution.entry->vatCode.name() : QString(), code);
        QCOMPARE(resolution.problem.has_value(), code.isEmpty());
    }

    void specificMappingRowWins()
    {
        VatMapping mapping = VatMapping::defaultProposal({});
        mapping.entries.append({DocumentClass::Oss, VatRate::percent(7), QStringLiteral("DE"), VatCode::AfstVerk,
                                QStringLiteral("8307"), QStringLiteral("1657")});
        const auto resolution =
            VatMappingResolver::resolve(mapping, DocumentClass::Oss, VatRate::percent(7), QStringLiteral("de"));
        QVERIFY(resolution.entry);
        QCOMPARE(resolution.entry->revenueLedger, QStringLiteral("8307"));
        QCOMPARE(resolution.entry->vatLedger, QStringLiteral("1657"));
    }

    void neverProposesHistoricCodes()
    {
        for (const VatMappingEntry& entry : VatMapping::defaultProposal({}).entries)
            QVERIFY(!VatCode::isHistoricName(entry.vatCode.name()));
        QVERIFY(VatCode::isHistoricName(QStringLiteral("HOOG_VERK")));
        QVERIFY(!VatCode::fromName(QStringLiteral("HOOG_VERK")));
        QCOMPARE(VatCode::fromName(QStringLiteral("hoog_verk_21"))->computedRate(), VatRate::percent(21));
    }

    void fieldLimits()
    {
        QStringList notes;
        QCOMPARE(FieldLimits::apply(QStringLiteral("ORD145 - mollie"), FieldLimits::mutationDescription,
                                    QStringLiteral("description"), notes),
                 QStringLiteral("ORD145 - mollie"));
        QVERIFY(notes.isEmpty());
        const QString longText(60, u'x');
        QCOMPARE(
            FieldLimits::apply(longText, FieldLimits::mutationDescription, QStringLiteral("description"), notes).size(),
            50);
        QCOMPARE(notes.size(), 1);
        QVERIFY(FieldLimits::endsWithDigit(QStringLiteral("WS-2025-0001")));
        QVERIFY(!FieldLimits::endsWithDigit(QStringLiteral("0001-A")));
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
