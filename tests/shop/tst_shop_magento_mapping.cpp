#ifndef Q_MOC_RUN // moc 6.4 cannot parse what these pull in from <compare>/<concepts>
#include "JsonFields.h"
#include "MagentoMapper.h"
#include "posting/PostingBuilder.h"
#include "rules/TotalsCheck.h"
#include "rules/VatMapping.h"
#endif

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Magento mapping on the real response bodies in shared/samples/magento.
class TestShopMagentoMapping : public QObject
{
    Q_OBJECT

    static QByteArray sample(const char* name)
    {
        QFile file(QStringLiteral(BOEKHOUDBRUG_SHOP_SAMPLES "/magento/") + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

    MagentoShopInfo shop() const
    {
        return *MagentoShopInfo::parse(sample("oca_GET_store_storeConfigs.json"),
                                       sample("oca_GET_store_websites.json"));
    }

private slots:
    // The fuzzer's find (fuzz_magento_mapper): an id of 3.3e84 was cast to qint64, which is undefined. A number
    // no qint64 holds, or one with a fraction, is no id; a whole number written as a double still is.
    void anIdNoIntegerHoldsIsNoId()
    {
        const QJsonObject object =
            QJsonDocument::fromJson("{\"huge\": 3333333333333333333333333333333333333333333333333333333333333333333333"
                                    "333333333333333330, \"half\": 12.5, \"whole\": 12.0, \"text\": \" 7 \"}")
                .object();
        QCOMPARE(JsonFields::integer(object, u"huge"_qs), std::optional<qint64>());
        QCOMPARE(JsonFields::integer(object, u"half"_qs), std::optional<qint64>());
        QCOMPARE(JsonFields::integer(object, u"whole"_qs), std::optional<qint64>(12));
        QCOMPARE(JsonFields::integer(object, u"text"_qs), std::optional<qint64>(7));
    }

    void initTestCase()
    {
        if (sample("adobe-tutorial_GET_invoices_3.json").isEmpty())
            QSKIP("shared/samples not present");
    }

    void storeConfigsGiveTimeZoneCurrencyAndWebsite()
    {
        const MagentoShopInfo info = shop();
        QCOMPARE(info.store(1).timeZone.id(), QByteArray("Europe/Amsterdam"));
        QCOMPARE(info.store(1).baseCurrency, QStringLiteral("USD"));
        QCOMPARE(info.store(1).websiteName, QStringLiteral("Main Website"));
        QCOMPARE(info.store(99).id, 1); // unknown store: the first store view's calendar
    }

    void tutorialInvoiceBooksBundleAndConfigurableOnce()
    {
        const auto mapped = MagentoMapper::invoice(sample("adobe-tutorial_GET_invoices_3.json"), "{}", shop());
        QVERIFY2(mapped.value, qPrintable(mapped.reason));
        const Invoice& invoice = *mapped.value;
        // 9 items: the bundle parent without row total and the configurable's zero child are not booked.
        QCOMPARE(invoice.lines.size(), 7);
        Money sum;
        for (const DocumentLine& line : invoice.lines)
            sum += line.rowTotalExcl;
        QCOMPARE(sum, Money::fromCents(16000));
        QCOMPARE(invoice.lines.last().sku, QStringLiteral("MH01-S-Gray"));
        QCOMPARE(invoice.lines.last().rowTotalExcl, Money::fromCents(5200));
        QCOMPARE(invoice.totalIncl, Money::fromCents(16500));
        QCOMPARE(invoice.totalVat, Money{});
        QCOMPARE(invoice.shipping->amountExcl, Money::fromCents(500));
        QCOMPARE(invoice.number, QStringLiteral("000000003"));
        QCOMPARE(invoice.currency, QStringLiteral("USD")); // base currency, not EUR: rules refuse it later
        // 22:36 UTC on 21 August is 00:36 on the 22nd in Amsterdam.
        QCOMPARE(invoice.documentDate, QDate(2017, 8, 22));
        QCOMPARE(invoice.createdAt, QDateTime(QDate(2017, 8, 21), QTime(22, 36, 2), QTimeZone::utc()));
        QCOMPARE(invoice.status, QStringLiteral("paid"));
    }

    void invoiceItemMissingFromItsOrderIsReported()
    {
        // The tutorial's order sample holds only the first item (the docs elided the rest).
        const auto mapped = MagentoMapper::invoice(sample("adobe-tutorial_GET_invoices_3.json"),
                                                   sample("adobe-tutorial_GET_orders_3.json"), shop());
        QVERIFY(!mapped.value);
        QVERIFY(mapped.reason.contains(QStringLiteral("not on its order")));
    }

    void discountedOrderRowsAndAppliedTaxes()
    {
        // An invoice of OCA's order 11 (20 % cart rule): its row totals already have the discount taken off.
        const QJsonObject order =
            QJsonDocument::fromJson(sample("oca_GET_orders_11_cart_rule_discount20.json")).object();
        QJsonArray items;
        for (const QJsonValue& value : order.value(QStringLiteral("items")).toArray()) {
            QJsonObject item = value.toObject();
            item.insert(QStringLiteral("order_item_id"), item.value(QStringLiteral("item_id")));
            item.insert(QStringLiteral("qty"), item.value(QStringLiteral("qty_ordered")));
            items.append(item);
        }
        QJsonObject invoice = order;
        invoice.insert(QStringLiteral("order_id"), 11);
        invoice.insert(QStringLiteral("items"), items);
        const auto mapped = MagentoMapper::invoice(invoice, order, shop());
        QVERIFY2(mapped.value, qPrintable(mapped.reason));
        const Invoice& result = *mapped.value;
        QCOMPARE(result.lines.size(), 2);
        QCOMPARE(result.lines[0].rowTotalExcl, Money::fromCents(5520));
        QCOMPARE(result.lines[0].vatAmount, Money::fromCents(455));
        QCOMPARE(result.lines[0].rowTotalIncl, Money::fromCents(5975));
        QCOMPARE(result.lines[0].vatRate, VatRate::fromBasisPoints(825));
        QCOMPARE(result.lines[1].rowTotalExcl, Money::fromCents(17920));
        QCOMPARE(result.totalIncl, Money::fromCents(25374));
        QCOMPARE(result.totalVat, Money::fromCents(1934));
        QCOMPARE(result.totalExcl, result.lines[0].rowTotalExcl + result.lines[1].rowTotalExcl);
        QCOMPARE(result.customer.email, QStringLiteral("roni_cost@example.com"));
        QCOMPARE(result.customer.shopId, QStringLiteral("1"));
        QCOMPARE(result.billingAddress.countryCode, QStringLiteral("US"));
        QCOMPARE(result.billingAddress.street, QStringLiteral("6146 Honey Bluff Parkway"));
        QCOMPARE(result.paymentMethod, QStringLiteral("Check / Money order"));
        QCOMPARE(result.orderNumber, QStringLiteral("000000014"));
    }

    // Prices incl. VAT, 10.00 shipping with 5.00 off by a cart rule: the discount sits only in the invoice's
    // discount_amount, part of it VAT compensation; the shipping booked is what the customer paid for it.
    void shippingDiscountComesOffTheShipping()
    {
        const QJsonObject order{
            {QStringLiteral("entity_id"), 7},
            {QStringLiteral("increment_id"), QStringLiteral("000000007")},
            {QStringLiteral("customer_email"), QStringLiteral("a@example.nl")},
            {QStringLiteral("billing_address"), QJsonObject{{QStringLiteral("country_id"), QStringLiteral("NL")}}},
            {QStringLiteral("items"),
             QJsonArray{QJsonObject{{QStringLiteral("item_id"), 1}, {QStringLiteral("tax_percent"), 21}}}},
            {QStringLiteral("extension_attributes"),
             QJsonObject{{QStringLiteral("item_applied_taxes"),
                          QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("shipping")},
                                                 {QStringLiteral("item_id"), QJsonValue::Null},
                                                 {QStringLiteral("applied_taxes"),
                                                  QJsonArray{QJsonObject{{QStringLiteral("percent"), 21},
                                                                         {QStringLiteral("amount"), 0.87},
                                                                         {QStringLiteral("base_amount"), 0.87}}}}}}}}}};
        const QJsonObject invoice{
            {QStringLiteral("entity_id"), 9},
            {QStringLiteral("increment_id"), QStringLiteral("000000009")},
            {QStringLiteral("order_id"), 7},
            {QStringLiteral("created_at"), QStringLiteral("2026-03-02 10:00:00")},
            {QStringLiteral("base_currency_code"), QStringLiteral("EUR")},
            {QStringLiteral("order_currency_code"), QStringLiteral("EUR")},
            {QStringLiteral("base_subtotal"), 100},
            {QStringLiteral("base_discount_amount"), -5},
            {QStringLiteral("base_shipping_amount"), 8.26},
            {QStringLiteral("base_shipping_tax_amount"), 0.87},
            {QStringLiteral("base_shipping_discount_tax_compensation_amount"), 0.87},
            {QStringLiteral("base_tax_amount"), 21.87},
            {QStringLiteral("base_grand_total"), 126},
            {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("order_item_id"), 1},
                                                             {QStringLiteral("sku"), QStringLiteral("A")},
                                                             {QStringLiteral("qty"), 1},
                                                             {QStringLiteral("base_row_total"), 100},
                                                             {QStringLiteral("base_tax_amount"), 21}}}}};
        const auto mapped = MagentoMapper::invoice(invoice, order, shop());
        QVERIFY2(mapped.value, qPrintable(mapped.reason));
        QVERIFY(mapped.value->shipping);
        QCOMPARE(mapped.value->shipping->amountExcl, Money::fromCents(413)); // 8.26 − (5.00 − 0.87)
        QCOMPARE(mapped.value->shipping->amountIncl, Money::fromCents(500));
        QCOMPARE(mapped.value->shipping->vatRate, VatRate::percent(21));
        QCOMPARE(mapped.value->lines.first().rowTotalExcl, Money::fromCents(10000)); // the items had no discount
        const Problems problems = TotalsCheck::check(*mapped.value);
        QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().message));
    }

    // A store whose orders carry no item_applied_taxes (API-shops.md S7): shipping states no rate, and 0.87 VAT
    // on 4.13 is 21.07 % by its amounts. It is the 21 % Dutch shipping rate, and books as such.
    static QJsonObject orderWithoutAppliedTaxes(const char* country)
    {
        return QJsonObject{
            {QStringLiteral("entity_id"), 7},
            {QStringLiteral("increment_id"), QStringLiteral("000000007")},
            {QStringLiteral("customer_email"), QStringLiteral("a@example.nl")},
            {QStringLiteral("billing_address"), QJsonObject{{QStringLiteral("country_id"), QLatin1String(country)}}},
            {QStringLiteral("items"),
             QJsonArray{QJsonObject{{QStringLiteral("item_id"), 1}, {QStringLiteral("tax_percent"), 21}},
                        QJsonObject{{QStringLiteral("item_id"), 2}, {QStringLiteral("tax_percent"), 21}}}}};
    }
    static QJsonObject invoiceOf(const QJsonArray& items, const char* subtotal, const char* tax, const char* total)
    {
        return QJsonObject{{QStringLiteral("entity_id"), 9},
                           {QStringLiteral("increment_id"), QStringLiteral("000000009")},
                           {QStringLiteral("order_id"), 7},
                           {QStringLiteral("state"), 2},
                           {QStringLiteral("created_at"), QStringLiteral("2026-03-02 10:00:00")},
                           {QStringLiteral("base_currency_code"), QStringLiteral("EUR")},
                           {QStringLiteral("order_currency_code"), QStringLiteral("EUR")},
                           {QStringLiteral("base_subtotal"), QString::fromLatin1(subtotal).toDouble()},
                           {QStringLiteral("base_shipping_amount"), 4.13},
                           {QStringLiteral("base_shipping_tax_amount"), 0.87},
                           {QStringLiteral("base_tax_amount"), QString::fromLatin1(tax).toDouble()},
                           {QStringLiteral("base_grand_total"), QString::fromLatin1(total).toDouble()},
                           {QStringLiteral("items"), items}};
    }
    static QJsonObject item(int id, double row, double tax)
    {
        return QJsonObject{{QStringLiteral("order_item_id"), id},
                           {QStringLiteral("sku"), QStringLiteral("SKU-%1").arg(id)},
                           {QStringLiteral("name"), QStringLiteral("Artikel %1").arg(id)},
                           {QStringLiteral("qty"), 1},
                           {QStringLiteral("base_row_total"), row},
                           {QStringLiteral("base_tax_amount"), tax}};
    }
    static PostingResult book(const Invoice& invoice)
    {
        VatMapping::Proposal proposal;
        proposal.ossVatLedger = QStringLiteral("1650");
        return PostingBuilder::build(invoice, AdministrationSettings{}, VatMapping::defaultProposal(proposal));
    }
    static QString problemsOf(const PostingResult& result)
    {
        QStringList messages;
        for (const Problem& problem : result.problems)
            messages.append(problem.message);
        return messages.join(u'\n');
    }

    void shippingWithoutAppliedTaxesBooksAtTheLegalRate()
    {
        const auto mapped = MagentoMapper::invoice(invoiceOf({item(1, 100, 21)}, "100", "21.87", "126"),
                                                   orderWithoutAppliedTaxes("NL"), shop());
        QVERIFY2(mapped.value, qPrintable(mapped.reason));
        QCOMPARE(mapped.value->shipping->amountExcl, Money::fromCents(413));
        QCOMPARE(mapped.value->shipping->amountIncl, Money::fromCents(500));
        QCOMPARE(mapped.value->shipping->vatRate, VatRate::percent(21)); // not 21.07
        const PostingResult booked = book(*mapped.value);
        QVERIFY2(booked.isPosting(), qPrintable(problemsOf(booked)));
        QCOMPARE(booked.posting->rows.size(), 1);
        QCOMPARE(booked.posting->rows.first().vatCode, VatCode::HoogVerk21);
        QCOMPARE(booked.posting->rows.first().amount, Money::fromCents(10413));
        QCOMPARE(booked.posting->totalIncl, Money::fromCents(12600));
        QCOMPARE(booked.posting->totalVat, Money::fromCents(2187));
    }

    // The same order from a German customer of a Dutch shop that charges its own VAT: the document's countries
    // do not explain 21.07 %; the booking rules snap it with the shop's country.
    void derivedRateIsSnappedWithTheShopsCountryToo()
    {
        const auto mapped = MagentoMapper::invoice(invoiceOf({item(1, 100, 21)}, "100", "21.87", "126"),
                                                   orderWithoutAppliedTaxes("DE"), shop());
        QVERIFY2(mapped.value, qPrintable(mapped.reason));
        const PostingResult booked = book(*mapped.value);
        QVERIFY2(booked.isPosting(), qPrintable(problemsOf(booked)));
        QCOMPARE(booked.posting->rows.size(), 1);
        QCOMPARE(booked.posting->rows.first().vatCode, VatCode::HoogVerk21);
        QCOMPARE(booked.posting->totalVat, Money::fromCents(2187));
    }

    // Magento carries a row's rounding remainder to the next row at the same rate (S7): 0.40 at 21 % is 0.084,
    // VAT 0.08, and the 0.004 left over makes the next row's 0.0945 VAT 0.10, a cent above its own rounding.
    void rowDeltaRoundingIsAccepted()
    {
        const auto mapped =
            MagentoMapper::invoice(invoiceOf({item(1, 0.40, 0.08), item(2, 0.45, 0.10)}, "0.85", "1.05", "6.03"),
                                   orderWithoutAppliedTaxes("NL"), shop());
        QVERIFY2(mapped.value, qPrintable(mapped.reason));
        QCOMPARE(mapped.value->lines.at(1).vatRate, VatRate::percent(21));
        QVERIFY(TotalsCheck::check(*mapped.value).isEmpty());
        const PostingResult booked = book(*mapped.value);
        QVERIFY2(booked.isPosting(), qPrintable(problemsOf(booked)));
        QCOMPARE(booked.posting->totalIncl, Money::fromCents(603));
        QCOMPARE(booked.posting->totalVat, Money::fromCents(105));
    }

    // A rate no legal rate explains is still refused: 1.50 VAT on 4.13 is 36.32 %, which no VAT code is for.
    void rateNoLegalRateExplainsIsRefused()
    {
        QJsonObject invoice = invoiceOf({item(1, 100, 21)}, "100", "22.50", "126.63");
        invoice.insert(QStringLiteral("base_shipping_tax_amount"), 1.50);
        const auto mapped = MagentoMapper::invoice(invoice, orderWithoutAppliedTaxes("NL"), shop());
        QVERIFY2(mapped.value, qPrintable(mapped.reason));
        const PostingResult booked = book(*mapped.value);
        QVERIFY(!booked.isPosting());
        QCOMPARE(booked.problems.size(), 1);
        QCOMPARE(booked.problems.first().code, Problem::Code::NoVatMapping);
        QVERIFY2(booked.problems.first().message.contains(QStringLiteral("36.32")),
                 qPrintable(booked.problems.first().message));
    }

    // A fully discounted order (API-shops.md S8): rows already 0 without a discount of their own, 5.00 shipping,
    // the whole 44.00 off in the invoice's discount_amount, grand total 0. Nothing negative, nothing to book.
    void fullyDiscountedOrderHasNothingToBook()
    {
        QJsonObject invoice = invoiceOf({item(1, 0, 0), item(2, 0, 0)}, "39", "0", "0");
        invoice.insert(QStringLiteral("base_shipping_amount"), 5);
        invoice.insert(QStringLiteral("base_shipping_tax_amount"), 0);
        invoice.insert(QStringLiteral("base_discount_amount"), -44);
        const auto mapped = MagentoMapper::invoice(invoice, orderWithoutAppliedTaxes("NL"), shop());
        QVERIFY2(mapped.value, qPrintable(mapped.reason));
        QCOMPARE(mapped.value->shipping->amountExcl, Money{});
        QCOMPARE(mapped.value->shipping->amountIncl, Money{});
        QCOMPARE(mapped.value->totalIncl, Money{});
        QVERIFY(TotalsCheck::check(*mapped.value).isEmpty());
        const PostingResult booked = book(*mapped.value);
        QVERIFY(!booked.isPosting());
        QCOMPARE(booked.problems.size(), 1);
        QCOMPARE(booked.problems.first().code, Problem::Code::NothingToBook);
    }

    // A discount larger than the parts can explain is left for the totals check, never a negative shipping line.
    void shippingIsNeverNegative()
    {
        QJsonObject invoice = invoiceOf({item(1, 10, 2.10)}, "10", "2.97", "4.00");
        invoice.insert(QStringLiteral("base_discount_amount"), -13);
        const auto mapped = MagentoMapper::invoice(invoice, orderWithoutAppliedTaxes("NL"), shop());
        QVERIFY2(mapped.value, qPrintable(mapped.reason));
        QCOMPARE(mapped.value->shipping->amountExcl, Money{});
        QVERIFY(!TotalsCheck::check(*mapped.value).isEmpty());
    }

    void customerSample()
    {
        const auto mapped = MagentoMapper::customer(sample("oca_GET_customers_1_individual.json"), shop());
        QVERIFY2(mapped.value, qPrintable(mapped.reason));
        QCOMPARE(mapped.value->shopId, QStringLiteral("1"));
        QCOMPARE(mapped.value->email, QStringLiteral("roni_cost@example.com"));
        QCOMPARE(mapped.value->website, QStringLiteral("Main Website"));
        QCOMPARE(mapped.value->countryCode, QStringLiteral("US"));
        QVERIFY(mapped.value->company.isEmpty());
    }

    void garbageIsAReasonNotACrash()
    {
        QVERIFY(!MagentoMapper::invoice(QByteArray("[1,2"), "{}", shop()).value);
        const auto noTotal = MagentoMapper::invoice(
            QByteArray("{\"entity_id\":5,\"created_at\":\"2024-01-01 10:00:00\"}"), "{}", shop());
        QVERIFY(!noTotal.value);
        QVERIFY(!noTotal.reason.isEmpty());
        QVERIFY(!MagentoMapper::customer(QByteArray("{}"), shop()).value);
    }

    void jsonNumbersBecomeExactMoney()
    {
        const QJsonObject object =
            QJsonDocument::fromJson("{\"a\":0.1,\"b\":253.74,\"c\":\"20.230000\",\"d\":19.345,\"e\":-58.6,\"q\":\"1."
                                    "5\",\"n\":null,\"z\":\"0000-00-00 00:00:00\"}")
                .object();
        QCOMPARE(JsonFields::money(object, QStringLiteral("a")), Money::fromCents(10));
        QCOMPARE(JsonFields::money(object, QStringLiteral("b")), Money::fromCents(25374));
        QCOMPARE(JsonFields::money(object, QStringLiteral("c")), Money::fromCents(2023));
        QCOMPARE(JsonFields::money(object, QStringLiteral("d")), Money::fromCents(1935)); // half away from zero
        QCOMPARE(JsonFields::money(object, QStringLiteral("e")), Money::fromCents(-5860));
        QCOMPARE(JsonFields::quantity(object, QStringLiteral("q"))->thousandths, 1500);
        QVERIFY(!JsonFields::money(object, QStringLiteral("n")));
        QVERIFY(!JsonFields::money(object, QStringLiteral("missing")));
        QVERIFY(!JsonFields::timestamp(object.value(QStringLiteral("z")).toString(), QTimeZone::utc()));
    }
};

QTEST_GUILESS_MAIN(TestShopMagentoMapping)
#include "tst_shop_magento_mapping.moc"
