#include "DocumentFactory.h"
#include "posting/BookingTexts.h"
#include "posting/PostingBuilder.h"

#include <QtTest>

using namespace DocumentFactory;

// Issue 15 item 7: PostingBuilder::buildDocument in its numbered steps, each called on its own.
class TestPostingSteps : public QObject
{
    Q_OBJECT

    static VatMapping mapping() { return VatMapping::defaultProposal({}); }
    static BookingTexts english() { return BookingTexts(QStringLiteral("en")); }

    // 2 × 10.00 at 21 %, 1 × 5.00 at 9 %, shipping 4.13 + 0.87, a discount of 6.05 incl. VAT.
    static Invoice mixedInvoice()
    {
        Invoice invoice = DocumentFactory::invoice(
            "1001", "NL", {line("A", 2, "20.00", "24.20", 2100), line("B", 1, "5.00", "5.45", 900)});
        invoice.shipping = Shipping{QStringLiteral("PostNL"), money("4.13"), money("5.00"), VatRate::percent(21)};
        invoice.discounts.append({QStringLiteral("Actie"), money("5.00"), money("6.05")});
        computeTotals(invoice);
        return invoice;
    }

    static Invoice icpInvoice(const char* vatNumber)
    {
        Invoice invoice = DocumentFactory::invoice("1002", "BE", {line("A", 1, "100.00", "100.00", 0)});
        invoice.billingAddress.company = QStringLiteral("Brouwerij Test BV");
        invoice.shippingAddress.company = invoice.billingAddress.company;
        invoice.billingAddress.vatNumber = QString::fromLatin1(vatNumber);
        invoice.customer.company = invoice.billingAddress.company;
        return invoice;
    }

private slots:
    void step0RefusesForeignCurrencyAndTotalsThatDoNotAddUp()
    {
        Invoice invoice = mixedInvoice();
        Problems problems;
        PostingBuilder::checkTotalsAndCurrency(invoice, problems);
        QCOMPARE(problems.size(), qsizetype(0));

        invoice.currency = QStringLiteral("USD");
        invoice.totalIncl += money("1.00");
        PostingBuilder::checkTotalsAndCurrency(invoice, problems);
        QVERIFY(std::any_of(problems.cbegin(), problems.cend(),
                            [](const Problem& p) { return p.code == Problem::Code::ForeignCurrency; }));
        QVERIFY(std::any_of(problems.cbegin(), problems.cend(),
                            [](const Problem& p) { return p.code == Problem::Code::TotalsMismatch; }));
    }

    void theRatesOfTheShopsCountryAndTheDestinationApply()
    {
        AdministrationSettings settings;
        const PostingBuilder::Countries home = PostingBuilder::countriesOf(mixedInvoice(), settings);
        QCOMPARE(home.shop, QStringLiteral("NL"));
        QCOMPARE(home.rateCountries, QStringList{QStringLiteral("NL")});
        QCOMPARE(home.destinationOrShop(), QStringLiteral("NL"));
        const PostingBuilder::Countries abroad = PostingBuilder::countriesOf(icpInvoice("BE0123456749"), settings);
        QCOMPARE(abroad.destination, QStringLiteral("BE"));
        QCOMPARE(abroad.rateCountries, (QStringList{QStringLiteral("NL"), QStringLiteral("BE")}));
    }

    void step1ListsTheBookableAmountsAndSpreadsTheDiscount()
    {
        const Invoice invoice = mixedInvoice();
        Problems problems;
        const PostingBuilder::BookableAmounts amounts =
            PostingBuilder::bookableAmounts(invoice, PostingBuilder::countriesOf(invoice, {}), english(), problems);
        QCOMPARE(problems.size(), qsizetype(0));
        // Two goods, the shipping, and the discount at each of the goods' two rates.
        QCOMPARE(amounts.items.size(), qsizetype(5));
        QCOMPARE(amounts.items[0].rate, VatRate::percent(21));
        QCOMPARE(amounts.items[1].rate, VatRate::percent(9));
        QCOMPARE(amounts.items[2].description, QStringLiteral("PostNL"));
        QCOMPARE(amounts.items[2].rate, VatRate::percent(21)); // 0.87 on 4.13: derived, 21 %
        Money discountIncl;
        Money discountExcl;
        for (qsizetype i = 3; i < 5; ++i) {
            QCOMPARE(amounts.items[i].description, QStringLiteral("Actie"));
            QVERIFY(amounts.items[i].gross.isNegative());
            discountIncl += amounts.items[i].gross;
            discountExcl += amounts.items[i].net;
        }
        QCOMPARE(discountIncl, money("-6.05"));
        QCOMPARE(discountExcl, money("-5.00"));
        QVERIFY(!amounts.roundingLine);
    }

    void step1PutsTheShopsRoundingOfItsTotalOnALineOfItsOwn()
    {
        Invoice invoice = DocumentFactory::invoice("1003", "NL", {line("A", 3, "10.00", "12.10", 2100)});
        invoice.totalIncl += money("0.01");
        invoice.totalVat += money("0.01");
        invoice.roundingTolerance = money("0.02");
        Problems problems;
        const PostingBuilder::BookableAmounts amounts =
            PostingBuilder::bookableAmounts(invoice, PostingBuilder::countriesOf(invoice, {}), english(), problems);
        QVERIFY(amounts.roundingLine);
        QCOMPARE(*amounts.roundingLine, qsizetype(1));
        QCOMPARE(amounts.items[1].description, QStringLiteral("Rounding difference"));
        QCOMPARE(amounts.items[1].gross, money("0.01"));
        QVERIFY(amounts.roundingNote.contains(u"0.01"));

        // Step 2 books it without VAT on the largest sale's ledger.
        PostingBuilder::BookableAmounts mapped = amounts;
        PostingBuilder::applyVatMapping(mapped, mapping(), DocumentClass::Domestic,
                                        PostingBuilder::countriesOf(invoice, {}), problems);
        QCOMPARE(problems.size(), qsizetype(0));
        QCOMPARE(mapped.items[1].entry.vatCode.name(), QStringLiteral("GEEN"));
        QCOMPARE(mapped.items[1].entry.revenueLedger, QStringLiteral("8000"));
        QCOMPARE(mapped.items[0].entry.vatCode.name(), QStringLiteral("HOOG_VERK_21"));
    }

    void step2ClassifiesAndChecksTheIcpVatNumber()
    {
        AdministrationSettings settings;
        const Invoice home = mixedInvoice();
        Problems none;
        QCOMPARE(PostingBuilder::classify(
                     home, settings,
                     PostingBuilder::bookableAmounts(home, PostingBuilder::countriesOf(home, settings), english(), none)
                         .items),
                 DocumentClass::Domestic);

        const Invoice icp = icpInvoice("");
        const PostingBuilder::Countries countries = PostingBuilder::countriesOf(icp, settings);
        const QList<PostingBuilder::BookableAmount> items =
            PostingBuilder::bookableAmounts(icp, countries, english(), none).items;
        QCOMPARE(PostingBuilder::classify(icp, settings, items), DocumentClass::Icp);
        Problems problems;
        PostingBuilder::checkIcpVatNumber(icp, DocumentClass::Icp, countries, problems);
        QCOMPARE(problems.size(), qsizetype(1));
        QCOMPARE(problems.first().code, Problem::Code::MissingVatNumber);
        QCOMPARE(problems.first().message,
                 QStringLiteral("This is an intra-community (ICP) sale to BE without VAT, but the customer has no VAT "
                                "number. Add the customer's VAT number in the shop, or charge VAT."));

        problems.clear();
        PostingBuilder::checkIcpVatNumber(icpInvoice("NL123456789B01"), DocumentClass::Icp, countries, problems);
        QCOMPARE(problems.size(), qsizetype(1));
        QCOMPARE(problems.first().code, Problem::Code::InvalidVatNumber);

        problems.clear();
        PostingBuilder::checkIcpVatNumber(icpInvoice("BE0123456749"), DocumentClass::Icp, countries, problems);
        QCOMPARE(problems.size(), qsizetype(0));
    }

    void step2ChecksTheNumberAndTheSettings()
    {
        const Invoice invoice = mixedInvoice();
        AdministrationSettings settings;
        settings.debtorLedger.clear();
        BookingContext context;
        context.postedInvoiceNumbers = {QStringLiteral("1001")};
        Posting posting;
        Problems problems;
        PostingBuilder::checkNumberAndSettings(posting, invoice, {}, settings, context, problems);
        QCOMPARE(posting.invoiceNumber, QStringLiteral("1001"));
        QCOMPARE(problems.size(), qsizetype(2));
        QCOMPARE(problems[0].code, Problem::Code::AlreadyPosted);
        QCOMPARE(problems[1].code, Problem::Code::MissingSetting);

        CreditMemo memo = creditMemo("5", "", "NL", {line("A", 1, "10.00", "12.10", 2100)});
        Posting credit;
        Problems memoProblems;
        PostingBuilder::checkNumberAndSettings(credit, memo, {}, AdministrationSettings(), {}, memoProblems);
        QCOMPARE(memoProblems.size(), qsizetype(1));
        QCOMPARE(memoProblems.first().code, Problem::Code::CreditMemoWithoutInvoice);
    }

    void step3FillsTheHeaderWithANewDebtor()
    {
        const Invoice invoice = mixedInvoice();
        Posting posting;
        PostingBuilder::fillHeader(posting, invoice, {}, AdministrationSettings(), {}, english());
        QCOMPARE(posting.mainLedger, QStringLiteral("1300"));
        QCOMPARE(posting.paymentTermDays, 14);
        QCOMPARE(posting.description, QStringLiteral("ORD1001 - mollie"));
        QCOMPARE(posting.createsRelation, true);
        QCOMPARE(posting.relationName, QStringLiteral("Klaartje Pietersen"));
        QVERIFY(!posting.relationCode.isEmpty());
        QCOMPARE(posting.notes.size(), qsizetype(1)); // "A new debtor … is created"

        BookingContext known;
        known.relationCode = QStringLiteral("KLANT1");
        Posting existing;
        PostingBuilder::fillHeader(existing, invoice, {}, AdministrationSettings(), known, english());
        QCOMPARE(existing.relationCode, QStringLiteral("KLANT1"));
        QCOMPARE(existing.createsRelation, false);
    }

    void steps4And5GroupPerVatCodeAndMakeRowsOrLines()
    {
        const Invoice invoice = mixedInvoice();
        Problems problems;
        const PostingBuilder::Countries countries = PostingBuilder::countriesOf(invoice, {});
        PostingBuilder::BookableAmounts amounts =
            PostingBuilder::bookableAmounts(invoice, countries, english(), problems);
        PostingBuilder::applyVatMapping(amounts, mapping(), DocumentClass::Domestic, countries, problems);
        QCOMPARE(problems.size(), qsizetype(0));

        const QList<PostingBuilder::RateGroup> groups = PostingBuilder::groupPerVatCode(amounts.items);
        QCOMPARE(groups.size(), qsizetype(2));
        QCOMPARE(groups[0].rate, VatRate::percent(21));
        QCOMPARE(groups[0].items.size(), qsizetype(3)); // A, shipping, the discount's 21 % part
        QCOMPARE(groups[1].rate, VatRate::percent(9));
        QCOMPARE(groups[0].gross + groups[1].gross, invoice.totalIncl);

        Posting mutation;
        PostingBuilder::addMutationRows(mutation, groups, amounts.items, countries, false, english());
        QCOMPARE(mutation.rows.size(), qsizetype(2));
        QCOMPARE(mutation.rows[0].description, QStringLiteral("Sales 21%"));
        QCOMPARE(mutation.rows[1].description, QStringLiteral("Sales 9%"));
        QCOMPARE(mutation.totalIncl, invoice.totalIncl);
        QCOMPARE(mutation.totalVat, invoice.totalVat);

        Posting credit;
        PostingBuilder::addMutationRows(credit, groups, amounts.items, countries, true, english());
        QCOMPARE(credit.totalIncl, -invoice.totalIncl);

        Posting lines;
        AdministrationSettings settings;
        settings.bookingForm = AdministrationSettings::BookingForm::Invoices;
        PostingBuilder::addInvoiceLines(lines, amounts.items, countries, settings, false, english());
        QCOMPARE(lines.lines.size(), qsizetype(5));
        QCOMPARE(lines.lines[0].productCode, QStringLiteral("A"));
        QCOMPARE(lines.lines[0].unitPriceExcl, money("10.00"));
        QCOMPARE(lines.invoiceTemplate, QStringLiteral("Invoice template"));
        QCOMPARE(lines.totalIncl, invoice.totalIncl);
        QCOMPARE(lines.totalVat, invoice.totalVat);
    }

    // Step 5 cuts a text longer than e-Boekhouden takes (FieldLimits, C7) in the Posting itself, with a note, so that
    // the preview shows the text the request sends (issue 15 item 2). Two lines of 0.50 + 0.11 at 21 %: one row at
    // 21 % would compute 0.21, so each line gets its own row, carrying the product's name.
    void step5CutsALongTextInThePostingWithANote()
    {
        Invoice invoice = DocumentFactory::invoice(
            "1003", "NL", {line("A", 1, "0.50", "0.61", 2100), line("B", 1, "0.50", "0.61", 2100)});
        const QString longName = QString(150, u'x') + QString(110, u'y');
        invoice.lines[0].description = longName;
        const PostingResult rows = PostingBuilder::build(invoice, AdministrationSettings(), mapping());
        QVERIFY(rows.isPosting());
        QCOMPARE(rows.posting->rows.size(), qsizetype(2));
        QCOMPARE(rows.posting->rows[0].description, QString(150, u'x') + QString(50, u'y'));
        QCOMPARE(rows.posting->rows[1].description, QStringLiteral("Product B"));
        const auto cutNotes = [&longName](const Posting& posting) {
            return std::count_if(posting.notes.cbegin(), posting.notes.cend(),
                                 [&](const QString& note) { return note.contains(longName); });
        };
        QCOMPARE(cutNotes(*rows.posting), 1);

        AdministrationSettings settings;
        settings.bookingForm = AdministrationSettings::BookingForm::Invoices;
        const PostingResult lines = PostingBuilder::build(invoice, settings, mapping());
        QVERIFY(lines.isPosting());
        QCOMPARE(lines.posting->lines[0].description, QString(150, u'x') + QString(50, u'y'));
        QCOMPARE(cutNotes(*lines.posting), 1);
    }

    void theStepsTogetherAreBuildDocument()
    {
        const Invoice invoice = mixedInvoice();
        const PostingResult built = PostingBuilder::build(invoice, AdministrationSettings(), mapping());
        QVERIFY(built.isPosting());
        QCOMPARE(built.posting->rows.size(), qsizetype(2));
        QCOMPARE(built.posting->rows[0].description, QStringLiteral("Omzet 21%")); // the administration is Dutch
        QCOMPARE(built.posting->totalIncl, invoice.totalIncl);
    }
};

QTEST_GUILESS_MAIN(TestPostingSteps)
#include "tst_postingsteps.moc"
