#include "DocumentFactory.h"
#include "money/VatArithmetic.h"
#include "posting/EBoekhoudenVatModel.h"
#include "posting/PostingBuilder.h"
#include "rules/TotalsCheck.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace DocumentFactory;

// Over 10,000 generated documents (fixed seed, so a failure is reproducible): every posting's rows add
// up exactly to the document's totals as e-Boekhouden will compute them, and a document that fails a
// pre-check never yields a posting.
class TestPostingProperty : public QObject
{
    Q_OBJECT

private:
    struct Generated
    {
        SalesDocument document;
        QString creditedInvoice;
        bool corrupted = false;
    };

    static Money randomCents(QRandomGenerator& random, int max) { return Money::fromCents(random.bounded(max + 1)); }

    static Generated generate(QRandomGenerator& random)
    {
        static const char* countries[] = {"NL", "NL", "NL", "BE", "DE", "FR", "US", "CH"};
        Generated g;
        SalesDocument& d = g.document;
        d.kind = random.bounded(5) == 0 ? DocumentKind::CreditMemo : DocumentKind::Invoice;
        prepare(d, qPrintable(QString::number(random.bounded(100000))), countries[random.bounded(8)]);
        const QString country = d.shippingAddress.countryCode;
        const bool zeroVat = country == u"US" || country == u"CH" || random.bounded(4) == 0;
        if (zeroVat && country != u"NL") {
            d.customer.company = QStringLiteral("Firma");
            d.billingAddress.vatNumber = country == u"DE"   ? QStringLiteral("DE136695976")
                                         : country == u"BE" ? QStringLiteral("BE0403170701")
                                                            : QStringLiteral("FR40303265045");
        }
        QList<int> rates = {2100, 900, 0};
        if (country == u"DE")
            rates = {1900, 700};
        else if (country == u"FR")
            rates = {2000, 550};
        const bool perUnit = random.bounded(2) == 0;
        const auto vatOf = [&](Money net, int rate, std::int64_t quantity) {
            if (zeroVat)
                return Money();
            if (perUnit && quantity > 0 && net.cents() % quantity == 0)
                return Money::fromCents(
                    VatArithmetic::vatOnNet(Money::fromCents(net.cents() / quantity), VatRate::fromBasisPoints(rate))
                        .cents() *
                    quantity);
            return VatArithmetic::vatOnNet(net, VatRate::fromBasisPoints(rate));
        };
        const int lineCount = 1 + random.bounded(5);
        for (int i = 0; i < lineCount; ++i) {
            const std::int64_t quantity = random.bounded(4);
            const int rate = rates[random.bounded(int(rates.size()))];
            const Money net = quantity == 0 ? Money() : randomCents(random, 20000);
            const Money vat = vatOf(net, zeroVat ? 0 : rate, quantity);
            DocumentLine l = line("SKU", quantity, "0", "0", zeroVat ? 0 : rate);
            l.rowTotalExcl = net;
            l.rowTotalIncl = net + vat;
            d.lines.append(l);
        }
        if (random.bounded(2) == 0) {
            const int rate = rates.first();
            const Money net = randomCents(random, 1500);
            const Money vat = vatOf(net, rate, 1);
            d.shipping =
                Shipping{QStringLiteral("Shipping"), net, net + vat, VatRate::fromBasisPoints(zeroVat ? 0 : rate)};
        }
        if (random.bounded(4) == 0) {
            const Money net = Money::fromCents(100 + random.bounded(500));
            d.surcharges.append({QStringLiteral("Wrapping"), net, net + vatOf(net, rates.first(), 1)});
        }
        if (random.bounded(3) == 0) {
            const Money incl = randomCents(random, 2000);
            const Money vat =
                zeroVat ? Money() : VatArithmetic::vatInGross(incl, VatRate::fromBasisPoints(rates.first()));
            d.discounts.append({QStringLiteral("Discount"), incl - vat, incl});
        }
        computeTotals(d);
        if (d.kind == DocumentKind::CreditMemo)
            g.creditedInvoice = QStringLiteral("1001");
        if (random.bounded(10) == 0) {
            g.corrupted = true;
            d.totalIncl += Money::fromCents(1 + random.bounded(100));
        }
        return g;
    }

private slots:
    void rowsAlwaysAddUpToTheDocument()
    {
        QRandomGenerator random(20250314);
        VatMapping::Proposal proposal;
        proposal.ossVatLedger = QStringLiteral("1650");
        const VatMapping mapping = VatMapping::defaultProposal(proposal);
        int postings = 0;
        int refused = 0;
        int invoiceForms = 0;
        for (int n = 0; n < 10000; ++n) {
            const Generated g = generate(random);
            AdministrationSettings settings;
            settings.ossRegistered = n % 3 == 0;
            if (n % 4 == 0) {
                settings.bookingForm = AdministrationSettings::BookingForm::Invoices;
                settings.invoiceVatPerLine = n % 8 == 0;
            }
            const PostingResult result =
                PostingBuilder::buildDocument(g.document, g.creditedInvoice, settings, mapping);
            const bool failsPreCheck = !TotalsCheck::check(g.document).isEmpty();
            QCOMPARE(failsPreCheck, g.corrupted);
            if (failsPreCheck) {
                QVERIFY2(!result.isPosting(), qPrintable(QStringLiteral("document %1 fails a pre-check").arg(n)));
                QVERIFY(!result.problems.isEmpty());
                ++refused;
                continue;
            }
            QCOMPARE(result.isPosting(), result.problems.isEmpty());
            if (!result.isPosting()) {
                ++refused;
                continue;
            }
            ++postings;
            const Posting& p = *result.posting;
            const int sign = g.document.kind == DocumentKind::CreditMemo ? -1 : 1;
            const auto signedMoney = [&](Money m) { return sign < 0 ? -m : m; };
            Money excl;
            Money vat;
            Money incl;
            for (const PostingRow& row : p.rows) {
                // The preview's VAT is e-Boekhouden's computation of the row, not a number we made up.
                const Money computed = EBoekhoudenVatModel::vat(row.amount, row.vatCode, p.inExVat, row.vatAmount);
                QCOMPARE(row.vatAmount, computed);
                QCOMPARE(row.gross, EBoekhoudenVatModel::gross(row.amount, row.vatCode, p.inExVat, row.vatAmount));
                vat += row.carriesVat ? row.gross : computed;
                incl += row.gross;
            }
            for (const PostingInvoiceLine& line : p.lines) {
                QCOMPARE(line.gross - line.net, line.vatAmount);
                vat += line.carriesVat ? line.gross : line.vatAmount;
                incl += line.gross;
                // quantity × unit price gives the line's amount exactly.
                const Money unit = p.inExVat == InExVat::Ex ? line.unitPriceExcl : line.unitPriceIncl;
                const Money amount = p.inExVat == InExVat::Ex ? line.net : line.gross;
                QCOMPARE(unit.cents() * line.quantity.thousandths, amount.cents() * 1000);
            }
            excl = incl - vat;
            if (!p.lines.isEmpty())
                ++invoiceForms;
            const QString context =
                QStringLiteral("document %1 (%2 rows, %3 lines)").arg(n).arg(p.rows.size()).arg(p.lines.size());
            if (incl != signedMoney(g.document.totalIncl)) {
                for (const PostingInvoiceLine& line : p.lines)
                    qInfo() << line.vatCode.name() << line.quantity.thousandths << line.unitPriceExcl.cents()
                            << line.unitPriceIncl.cents() << line.net.cents() << line.gross.cents()
                            << line.vatAmount.cents();
                for (const DocumentLine& line : g.document.lines)
                    qInfo() << "doc" << line.quantity.thousandths << line.rowTotalExcl.cents()
                            << line.rowTotalIncl.cents();
                qInfo() << "totals" << g.document.totalExcl.cents() << g.document.totalIncl.cents() << int(p.inExVat)
                        << p.notes;
            }
            QVERIFY2(incl == signedMoney(g.document.totalIncl), qPrintable(context));
            QVERIFY2(vat == signedMoney(g.document.totalVat), qPrintable(context));
            QVERIFY2(excl == signedMoney(g.document.totalExcl), qPrintable(context));
            QCOMPARE(p.totalIncl, incl);
            QCOMPARE(p.totalVat, vat);
            QCOMPARE(p.totalExcl, excl);
        }
        qInfo("%d postings (%d in invoice form), %d refused", postings, invoiceForms, refused);
        QVERIFY(postings > 7000); // the generator must mostly make bookable documents, or the test proves little
        QVERIFY(invoiceForms > 1000);
    }
};

QTEST_GUILESS_MAIN(TestPostingProperty)
#include "tst_posting_property.moc"
