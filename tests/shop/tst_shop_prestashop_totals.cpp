#ifndef Q_MOC_RUN // moc 6.4 cannot parse what these pull in from <compare>/<concepts>
#include "JsonFields.h"
#include "MemoryPullSink.h"
#include "posting/PostingBuilder.h"
#include "PrestaShopConnector.h"
#include "PrestaShopEmulator.h"
#include "rules/TotalsCheck.h"
#endif

#include <QTest>

// The shop's own totals are the truth (issue 13 item 12): PrestaShop rounds an order's total once over unrounded
// cart rules and a slip's header once over unrounded lines. What it states is booked, to the cent, with the
// rounding on a line of its own; a difference no rounding explains is refused. Against the PrestaShop emulator,
// which rounds as PrestaShop does, over HTTP on 127.0.0.1.
class TestShopPrestaShopTotals : public QObject
{
    Q_OBJECT

    static PrestaShopSettings settingsFor(const PrestaShopEmulator& shop)
    {
        PrestaShopSettings settings;
        settings.apiBaseUrl = shop.apiBaseUrl();
        settings.webserviceKey = shop.options().webserviceKey;
        settings.bookableStates = PrestaShopEmulator::bookableStates();
        settings.timeZone = PrestaShopEmulator::timeZone();
        settings.website = PrestaShopEmulator::website();
        settings.retry.maxAttempts = 1;
        return settings;
    }

    static PrestaShopEmulator::Options options(int orders)
    {
        PrestaShopEmulator::Options result;
        result.seed = 11;
        result.orders = orders;
        return result;
    }

    static AdministrationSettings administration()
    {
        AdministrationSettings settings;
        settings.ossRegistered = true;
        return settings;
    }

    static VatMapping mapping()
    {
        VatMapping::Proposal proposal;
        proposal.ossVatLedger = QStringLiteral("1550");
        return VatMapping::defaultProposal(proposal);
    }

    static bool isDomestic(const SalesDocument& document) { return document.billingAddress.countryCode == u"NL"; }

    static QStringList messages(const Problems& problems)
    {
        QStringList result;
        for (const Problem& problem : problems)
            result.append(problem.message);
        return result;
    }

private slots:
    void toleranceIsHalfACentPerRoundedPart()
    {
        Invoice document;
        DocumentLine line;
        line.quantity = Quantity::whole(1);
        line.rowTotalExcl = Money::fromCents(1000);
        line.rowTotalIncl = Money::fromCents(1210);
        line.vatAmount = Money::fromCents(210);
        line.vatRate = VatRate::percent(21);
        document.lines = {line};
        document.totalExcl = Money::fromCents(1002);
        document.totalIncl = Money::fromCents(1212);
        document.totalVat = Money::fromCents(210);
        QCOMPARE(TotalsCheck::check(document).size(), 2); // to the cent: 0.02 off excl. and incl.
        document.roundingTolerance = Money::fromCents(2);
        QVERIFY(TotalsCheck::check(document).isEmpty());
        QCOMPARE(TotalsCheck::roundingDifference(document).incl, Money::fromCents(2));
        document.totalIncl = Money::fromCents(1213);
        document.totalVat = Money::fromCents(211);
        const Problems problems = TotalsCheck::check(document);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, Problem::Code::TotalsMismatch);
        QVERIFY2(problems.first().message.contains(u"0.03"), qPrintable(problems.first().message));
        QVERIFY2(!problems.first().message.contains(u"Correct the document in the shop"),
                 qPrintable(problems.first().message));
    }

    // Orders with two cart rules whose stated total is a cent off the rounded parts: booked at the stated total,
    // the cent on a rounding line, and the payment (of the stated total) matches what e-Boekhouden has open.
    void statedOrderTotalIsBookedWithItsRounding()
    {
        PrestaShopEmulator shop(options(90));
        QVERIFY(shop.start());
        QVERIFY(shop.ordersWithRoundedTotal() > 0);
        MemoryPullSink sink;
        QVERIFY(PrestaShopConnector(settingsFor(shop)).pull(sink).ok());
        QVERIFY(sink.unmappable.isEmpty());

        int rounded = 0, paid = 0;
        for (const Invoice& invoice : std::as_const(sink.invoices)) {
            const TotalsCheck::Sum difference = TotalsCheck::roundingDifference(invoice);
            QVERIFY2(TotalsCheck::check(invoice).isEmpty(),
                     qPrintable(messages(TotalsCheck::check(invoice)).join(u' ')));
            if (difference.incl.isZero() && difference.excl.isZero())
                continue;
            ++rounded;
            QVERIFY(difference.incl.abs() <= Money::fromCents(1));
            const PostingResult built = PostingBuilder::build(invoice, administration(), mapping());
            QVERIFY2(built.isPosting(), qPrintable(messages(built.problems).join(u' ')));
            QCOMPARE(built.posting->totalIncl, invoice.totalIncl);
            const bool noted = std::any_of(built.posting->notes.cbegin(), built.posting->notes.cend(),
                                           [](const QString& note) { return note.contains(u"rounding line"); });
            QCOMPARE(noted, !difference.incl.isZero()); // a difference excl. VAT alone needs no line
            // The shop's payment is of its stated total: the amount e-Boekhouden then has outstanding.
            if (!invoice.paid)
                continue; // shipped on account: no payment yet
            ++paid;
            QCOMPARE(invoice.payments.size(), 1);
            QCOMPARE(invoice.payments.first().amount, invoice.totalIncl);
            BookingContext paid;
            paid.postedInvoiceNumber = built.posting->invoiceNumber;
            paid.relationCode = built.posting->relationCode;
            paid.outstandingAmount = built.posting->totalIncl;
            AdministrationSettings settings = administration();
            settings.defaultBankLedger = QStringLiteral("1010");
            const PostingResult payment =
                PostingBuilder::buildPayment(invoice.payments.first(), invoice, settings, paid);
            QVERIFY2(payment.isPosting(), qPrintable(messages(payment.problems).join(u' ')));
        }
        QCOMPARE(rounded, shop.ordersWithRoundedTotal());
        QVERIFY(paid > 0);
    }

    // The same in the invoice form: the rounding is a line of the e-Boekhouden invoice.
    void statedOrderTotalIsAlsoTheInvoiceFormsTotal()
    {
        PrestaShopEmulator shop(options(90));
        QVERIFY(shop.start());
        MemoryPullSink sink;
        QVERIFY(PrestaShopConnector(settingsFor(shop)).pull(sink).ok());
        AdministrationSettings settings = administration();
        settings.bookingForm = AdministrationSettings::BookingForm::Invoices;
        int rounded = 0;
        for (const Invoice& invoice : std::as_const(sink.invoices)) {
            const TotalsCheck::Sum difference = TotalsCheck::roundingDifference(invoice);
            if (difference.incl.isZero() || !isDomestic(invoice))
                continue;
            const PostingResult built = PostingBuilder::build(invoice, settings, mapping());
            QVERIFY2(built.isPosting(), qPrintable(messages(built.problems).join(u' ')));
            QCOMPARE(built.posting->totalIncl, invoice.totalIncl);
            // In the administration's language, Dutch by default (issue 17 item 2).
            QVERIFY(
                std::any_of(built.posting->lines.cbegin(), built.posting->lines.cend(),
                            [](const PostingInvoiceLine& line) { return line.description == u"Afrondingsverschil"; }));
            ++rounded;
        }
        QVERIFY(rounded > 0);
    }

    // An order whose stated total is 0.50 off its parts is no rounding: refused, saying by how much.
    void aRealDifferenceIsRefused()
    {
        PrestaShopEmulator shop(options(12));
        const QList<Invoice> bookable = shop.expectedInvoices();
        QVERIFY(!bookable.isEmpty());
        const QString orderId = bookable.first().shopId;
        shop.setStatedTotalOff(orderId.toLongLong(), 50);
        QVERIFY(shop.start());
        MemoryPullSink sink;
        QVERIFY(PrestaShopConnector(settingsFor(shop)).pull(sink).ok());
        const Invoice invoice =
            sink.invoices.value(MemoryPullSink::key(QStringLiteral("prestashop"), ShopRecordKind::Invoice, orderId));
        QCOMPARE(invoice.shopId, orderId);
        QCOMPARE(invoice.totalIncl, bookable.first().totalIncl + Money::fromCents(50));
        const Problems problems = TotalsCheck::check(invoice);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, Problem::Code::TotalsMismatch);
        QVERIFY2(problems.first().message.contains(u"(difference 0.50)"), qPrintable(problems.first().message));
        const PostingResult built = PostingBuilder::build(invoice, administration(), mapping());
        QVERIFY(!built.isPosting());
    }

    // Slips whose header (unrounded lines, rounded once) is a cent off their rounded lines: booked, negative, at
    // the header's amount, the cent on a rounding line; never "correct the document in the shop".
    void slipHeaderIsBookedWithItsRounding()
    {
        PrestaShopEmulator shop(options(120));
        QVERIFY(shop.start());
        QVERIFY(shop.slipsWithRoundedHeader() > 0);
        MemoryPullSink sink;
        QVERIFY(PrestaShopConnector(settingsFor(shop)).pull(sink).ok());
        QCOMPARE(sink.creditMemos.size(), shop.expectedCreditMemos().size());
        int rounded = 0;
        for (const CreditMemo& memo : std::as_const(sink.creditMemos)) {
            QVERIFY2(TotalsCheck::check(memo).isEmpty(), qPrintable(messages(TotalsCheck::check(memo)).join(u' ')));
            const TotalsCheck::Sum difference = TotalsCheck::roundingDifference(memo);
            if (difference.incl.isZero() && difference.excl.isZero())
                continue;
            ++rounded;
            const PostingResult built = PostingBuilder::build(memo, administration(), mapping());
            QVERIFY2(built.isPosting(), qPrintable(messages(built.problems).join(u' ')));
            QCOMPARE(built.posting->totalIncl, -memo.totalIncl);
        }
        QCOMPARE(rounded, shop.slipsWithRoundedHeader());
    }

    // API-shops.md S9: a partial refund carries its shipping only in shipping_cost_amount; it stays in the credit
    // memo, so the memo is the slip's whole amount.
    void partialRefundKeepsItsShipping()
    {
        PrestaShopEmulator shop(options(120));
        QVERIFY(shop.start());
        MemoryPullSink sink;
        QVERIFY(PrestaShopConnector(settingsFor(shop)).pull(sink).ok());
        QVERIFY(shop.slipsWithShippingOnlyAsAmount() > 0);
        for (const CreditMemo& expected : shop.expectedCreditMemos()) {
            const CreditMemo memo = sink.creditMemos.value(
                MemoryPullSink::key(QStringLiteral("prestashop"), ShopRecordKind::CreditMemo, expected.shopId));
            QCOMPARE(memo.shopId, expected.shopId);
            QCOMPARE(memo.totalIncl, expected.totalIncl);
            QCOMPARE(memo.shipping.has_value(), expected.shipping.has_value());
            if (!expected.shipping)
                continue;
            QCOMPARE(memo.shipping->amountIncl, expected.shipping->amountIncl);
            QCOMPARE(memo.shipping->amountExcl, expected.shipping->amountExcl);
        }
    }
};

QTEST_GUILESS_MAIN(TestShopPrestaShopTotals)
#include "tst_shop_prestashop_totals.moc"
