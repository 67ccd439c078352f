#include "DocumentFactory.h"
#include "posting/PostingBuilder.h"
#include "rules/VatMapping.h"

#include <QtTest>

#include <functional>
#include <optional>

using namespace DocumentFactory;

namespace {

VatMapping defaultMapping()
{
    VatMapping::Proposal proposal;
    proposal.ossVatLedger = QStringLiteral("1650");
    return VatMapping::defaultProposal(proposal);
}

// One table row: a document (invoice or credit memo), its settings, and what the posting must be.
struct Case
{
    QString name;
    std::function<PostingResult()> build;
    std::optional<Problem::Code> problem; // expected problem, or a posting
    QString rows;                         // "CODE ledger amount|…" (mutation form) or invoice lines
    QString inExVat;                      // "EX" / "IN"
    QString totals;                       // "excl/vat/incl" as e-Boekhouden computes them
    QString noteContains;
    std::function<void(const Posting&)> extra;
};

QString rowsText(const Posting& posting)
{
    QStringList parts;
    for (const PostingRow& row : posting.rows)
        parts.append(QStringLiteral("%1 %2 %3").arg(row.vatCode.name(), row.ledger, row.amount.toDecimalString()));
    for (const PostingInvoiceLine& line : posting.lines) {
        parts.append(
            QStringLiteral("%1 %2 %3x%4 %5")
                .arg(line.vatCode.name(), line.ledger, QString::number(line.quantity.thousandths / 1000),
                     (posting.inExVat == InExVat::Ex ? line.unitPriceExcl : line.unitPriceIncl).toDecimalString(),
                     line.productCode)
                .trimmed());
    }
    return parts.join(u'|');
}

PostingResult post(const Invoice& document, AdministrationSettings settings = {}, VatMapping mapping = defaultMapping(),
                   BookingContext context = {})
{
    return PostingBuilder::build(document, settings, mapping, context);
}

PostingResult postCredit(const CreditMemo& document, AdministrationSettings settings = {},
                         VatMapping mapping = defaultMapping())
{
    return PostingBuilder::build(document, settings, mapping);
}

AdministrationSettings invoicesForm()
{
    AdministrationSettings settings;
    settings.bookingForm = AdministrationSettings::BookingForm::Invoices;
    return settings;
}

AdministrationSettings ossRegistered()
{
    AdministrationSettings settings;
    settings.ossRegistered = true;
    return settings;
}

Invoice withShipping(Invoice document, const char* excl, const char* incl, int rateBp)
{
    document.shipping = Shipping{QStringLiteral("PostNL"), money(excl), money(incl), VatRate::fromBasisPoints(rateBp)};
    computeTotals(document);
    return document;
}

Invoice withSurcharge(Invoice document, const char* excl, const char* incl)
{
    document.surcharges.append({QStringLiteral("Gift wrapping"), money(excl), money(incl)});
    computeTotals(document);
    return document;
}

Invoice withDiscount(Invoice document, const char* excl, const char* incl)
{
    document.discounts.append({QStringLiteral("Spring sale"), money(excl), money(incl)});
    computeTotals(document);
    return document;
}

Invoice business(Invoice document, const char* company, const char* vatNumber)
{
    document.customer.company = QString::fromLatin1(company);
    document.billingAddress.company = document.customer.company;
    document.billingAddress.vatNumber = QString::fromLatin1(vatNumber);
    return document;
}

QList<Case> cases()
{
    const auto single21 = [] { return invoice("1001", "NL", {line("A", 1, "99.09", "119.90", 2100)}); };
    QList<Case> list;
    // Domestic.
    list.append({"seed 004 single 21% line",
                 [=] { return post(single21()); },
                 {},
                 "HOOG_VERK_21 8000 99.09",
                 "EX",
                 "99.09/20.81/119.90",
                 {},
                 [](const Posting& p) {
                     QCOMPARE(p.description, QStringLiteral("ORD1001 - mollie"));
                     QCOMPARE(p.mainLedger, QStringLiteral("1300"));
                     QCOMPARE(p.mutationType, 2);
                     QCOMPARE(p.invoiceNumber, QStringLiteral("1001"));
                 }});
    list.append({"mixed 21/9/0",
                 [] {
                     return post(invoice("1002", "NL",
                                         {line("A", 2, "20.00", "24.20", 2100), line("B", 1, "5.00", "5.45", 900),
                                          line("C", 1, "3.00", "3.00", 0)}));
                 },
                 {},
                 "HOOG_VERK_21 8000 20.00|LAAG_VERK_9 8000 5.00|GEEN 8000 3.00",
                 "EX",
                 "28.00/4.65/32.65",
                 {},
                 {}});
    list.append(
        {"order discount spread over 21 and 9",
         [] {
             return post(withDiscount(
                 invoice("1003", "NL", {line("A", 1, "100.00", "121.00", 2100), line("B", 1, "50.00", "54.50", 900)}),
                 "15.00", "17.55"));
         },
         {},
         "HOOG_VERK_21 8000 90.00|LAAG_VERK_9 8000 45.00",
         "EX",
         "135.00/22.95/157.95",
         {},
         {}});
    list.append({"discount on a single rate",
                 [] {
                     return post(
                         withDiscount(invoice("1004", "NL", {line("A", 1, "50.00", "60.50", 2100)}), "5.00", "6.05"));
                 },
                 {},
                 "HOOG_VERK_21 8000 45.00",
                 "EX",
                 "45.00/9.45/54.45",
                 {},
                 {}});
    list.append({"free shipping",
                 [=] { return post(withShipping(single21(), "0.00", "0.00", 2100)); },
                 {},
                 "HOOG_VERK_21 8000 99.09",
                 "EX",
                 "99.09/20.81/119.90",
                 {},
                 {}});
    list.append({"shipping at 21% joins the 21% row",
                 [] {
                     return post(withShipping(invoice("1005", "NL", {line("A", 1, "10.00", "12.10", 2100)}), "4.13",
                                              "5.00", 2100));
                 },
                 {},
                 "HOOG_VERK_21 8000 14.13",
                 "EX",
                 "14.13/2.97/17.10",
                 {},
                 {}});
    list.append({"shipping at 9% with 9% goods",
                 [] {
                     return post(withShipping(invoice("1006", "NL", {line("A", 1, "20.00", "21.80", 900)}), "4.59",
                                              "5.00", 900));
                 },
                 {},
                 "LAAG_VERK_9 8000 24.59",
                 "EX",
                 "24.59/2.21/26.80",
                 {},
                 {}});
    list.append({"wrapping surcharge rate derived as 21%",
                 [] {
                     return post(
                         withSurcharge(invoice("1007", "NL", {line("A", 1, "10.00", "10.90", 900)}), "2.07", "2.50"));
                 },
                 {},
                 "LAAG_VERK_9 8000 10.00|HOOG_VERK_21 8000 2.07",
                 "EX",
                 "12.07/1.33/13.40",
                 {},
                 {}});
    list.append({"surcharge at 20.5% snaps to 21%, AFW_VERK keeps the shop's VAT",
                 [] { return post(withSurcharge(invoice("1008", "NL", {}), "10.00", "12.05")); },
                 {},
                 "AFW_VERK 8000 10.00",
                 "EX",
                 "10.00/2.05/12.05",
                 "AFW_VERK",
                 {}});
    list.append({"fraction rate 0.21 on a line",
                 [] { return post(invoice("1009", "NL", {line("A", 1, "10.00", "12.10", 21)})); },
                 {},
                 "HOOG_VERK_21 8000 10.00",
                 "EX",
                 "10.00/2.10/12.10",
                 {},
                 {}});
    list.append({"missing stated rate derived from amounts",
                 [] { return post(invoice("1010", "NL", {line("A", 1, "10.00", "10.90", 0)})); },
                 {},
                 "LAAG_VERK_9 8000 10.00",
                 "EX",
                 "10.00/0.90/10.90",
                 {},
                 {}});
    list.append({"quantity 0 line skipped",
                 [] {
                     return post(invoice("1011", "NL",
                                         {line("A", 1, "10.00", "12.10", 2100), line("B", 0, "0.00", "0.00", 2100)}));
                 },
                 {},
                 "HOOG_VERK_21 8000 10.00",
                 "EX",
                 "10.00/2.10/12.10",
                 {},
                 {}});
    list.append({"quantity 0 line with an amount fails the totals check",
                 [] {
                     return post(invoice("1012", "NL",
                                         {line("A", 1, "10.00", "12.10", 2100), line("B", 0, "5.00", "6.05", 2100)}));
                 },
                 Problem::Code::TotalsMismatch,
                 {},
                 {},
                 {},
                 {},
                 {}});
    // 1-cent traps.
    list.append({"per-line rounding: three 0.07 lines posted per line",
                 [] {
                     return post(invoice("1013", "NL",
                                         {line("A", 1, "0.07", "0.08", 2100), line("B", 1, "0.07", "0.08", 2100),
                                          line("C", 1, "0.07", "0.08", 2100)}));
                 },
                 {},
                 "HOOG_VERK_21 8000 0.07|HOOG_VERK_21 8000 0.07|HOOG_VERK_21 8000 0.07",
                 "EX",
                 "0.21/0.03/0.24",
                 "posted per line",
                 {}});
    list.append({"prices incl. VAT: IN reproduces the shop's VAT",
                 [] { return post(invoice("1014", "NL", {line("A", 1, "8.26", "10.00", 2100)})); },
                 {},
                 "HOOG_VERK_21 8000 10.00",
                 "IN",
                 "8.26/1.74/10.00",
                 {},
                 {}});
    list.append({"two incl. lines of 1.00 posted per line",
                 [] {
                     return post(invoice("1015", "NL",
                                         {line("A", 1, "0.83", "1.00", 2100), line("B", 1, "0.83", "1.00", 2100)}));
                 },
                 {},
                 "HOOG_VERK_21 8000 0.83|HOOG_VERK_21 8000 0.83",
                 "EX",
                 "1.66/0.34/2.00",
                 {},
                 {}});
    list.append({"one cent at 9%",
                 [] { return post(invoice("1016", "NL", {line("A", 1, "0.11", "0.12", 900)})); },
                 {},
                 "LAAG_VERK_9 8000 0.11",
                 "EX",
                 "0.11/0.01/0.12",
                 {},
                 {}});
    list.append({"half cent rounds away from zero",
                 [] { return post(invoice("1017", "NL", {line("A", 1, "0.50", "0.61", 2100)})); },
                 {},
                 "HOOG_VERK_21 8000 0.50",
                 "EX",
                 "0.50/0.11/0.61",
                 {},
                 {}});
    list.append({"quantity 3 per-unit rounding accepted",
                 [] { return post(invoice("1018", "NL", {line("A", 3, "3.33", "4.02", 2100)})); },
                 {},
                 "AFW_VERK 8000 3.33",
                 "EX",
                 "3.33/0.69/4.02",
                 "AFW_VERK",
                 {}});
    // ICP, export.
    list.append({"ICP with valid VAT number",
                 [] {
                     return post(business(invoice("1019", "DE", {line("A", 1, "100.00", "100.00", 0)}), "Muster GmbH",
                                          "DE136695976"));
                 },
                 {},
                 "BI_EU_VERK 8000 100.00",
                 "EX",
                 "100.00/0.00/100.00",
                 {},
                 [](const Posting& p) {
                     QCOMPARE(p.documentClass, DocumentClass::Icp);
                     QCOMPARE(p.vatNumber, QStringLiteral("DE136695976"));
                     QCOMPARE(p.relationName, QStringLiteral("Muster GmbH"));
                 }});
    list.append({"ICP with VAT number without prefix",
                 [] {
                     return post(business(invoice("1020", "BE", {line("A", 1, "80.00", "80.00", 2100)}), "Belgacom",
                                          "0403.170.701"));
                 },
                 {},
                 "BI_EU_VERK 8000 80.00",
                 "EX",
                 "80.00/0.00/80.00",
                 {},
                 [](const Posting& p) { QCOMPARE(p.vatNumber, QStringLiteral("BE0403170701")); }});
    list.append({"ICP without VAT number",
                 [] { return post(invoice("1021", "DE", {line("A", 1, "100.00", "100.00", 0)})); },
                 Problem::Code::MissingVatNumber,
                 {},
                 {},
                 {},
                 {},
                 {}});
    list.append({"ICP with mistyped VAT number",
                 [] {
                     return post(business(invoice("1022", "DE", {line("A", 1, "100.00", "100.00", 0)}), "Muster GmbH",
                                          "DE136695977"));
                 },
                 Problem::Code::InvalidVatNumber,
                 {},
                 {},
                 {},
                 {},
                 {}});
    list.append({"ICP with the shop's own country's VAT number",
                 [] {
                     return post(business(invoice("1023", "DE", {line("A", 1, "100.00", "100.00", 0)}), "Jansen BV",
                                          "NL004495445B01"));
                 },
                 Problem::Code::InvalidVatNumber,
                 {},
                 {},
                 {},
                 {},
                 {}});
    list.append({"ICP services",
                 [] {
                     VatMapping::Proposal proposal;
                     proposal.sellsServices = true;
                     return post(
                         business(invoice("1024", "FR", {line("A", 1, "10.00", "10.00", 0)}), "Fnac", "FR40303265045"),
                         {}, VatMapping::defaultProposal(proposal));
                 },
                 {},
                 "BI_EU_VERK_D 8000 10.00",
                 "EX",
                 "10.00/0.00/10.00",
                 {},
                 {}});
    list.append({"ICP with shipping at 0%",
                 [] {
                     return post(withShipping(
                         business(invoice("1025", "AT", {line("A", 1, "40.00", "40.00", 0)}), "Wien AG", "ATU13585627"),
                         "7.50", "7.50", 0));
                 },
                 {},
                 "BI_EU_VERK 8000 47.50",
                 "EX",
                 "47.50/0.00/47.50",
                 {},
                 {}});
    list.append({"export to the US",
                 [] { return post(invoice("1026", "US", {line("A", 2, "50.00", "50.00", 0)})); },
                 {},
                 "BU_EU_VERK 8000 50.00",
                 "EX",
                 "50.00/0.00/50.00",
                 {},
                 [](const Posting& p) { QCOMPARE(p.documentClass, DocumentClass::Export); }});
    list.append({"export to Switzerland with shipping",
                 [] {
                     return post(
                         withShipping(invoice("1027", "CH", {line("A", 1, "30.00", "30.00", 0)}), "12.00", "12.00", 0));
                 },
                 {},
                 "BU_EU_VERK 8000 42.00",
                 "EX",
                 "42.00/0.00/42.00",
                 {},
                 {}});
    list.append({"Dutch VAT charged outside the EU stays domestic",
                 [] { return post(invoice("1028", "US", {line("A", 1, "10.00", "12.10", 2100)})); },
                 {},
                 "HOOG_VERK_21 8000 10.00",
                 "EX",
                 "10.00/2.10/12.10",
                 {},
                 {}});
    list.append({"EU consumer at Dutch VAT below the OSS threshold",
                 [] { return post(invoice("1029", "BE", {line("A", 1, "50.00", "60.50", 2100)})); },
                 {},
                 "HOOG_VERK_21 8000 50.00",
                 "EX",
                 "50.00/10.50/60.50",
                 {},
                 {}});
    // OSS.
    list.append({"OSS DE 19% with shipping",
                 [] {
                     return post(withShipping(invoice("1030", "DE", {line("A", 1, "100.00", "119.00", 1900)}), "5.00",
                                              "5.95", 1900));
                 },
                 {},
                 "AFST_VERK 8000 105.00|GEEN 1650 19.95",
                 "EX",
                 "105.00/19.95/124.95",
                 {},
                 [](const Posting& p) { QCOMPARE(p.documentClass, DocumentClass::Oss); }});
    list.append({"OSS DE 7% and 19%",
                 [] {
                     return post(invoice("1031", "DE",
                                         {line("A", 1, "20.00", "21.40", 700), line("B", 1, "30.00", "35.70", 1900)}));
                 },
                 {},
                 "AFST_VERK 8000 20.00|GEEN 1650 1.40|AFST_VERK 8000 30.00|GEEN 1650 5.70",
                 "EX",
                 "50.00/7.10/57.10",
                 {},
                 {}});
    list.append({"OSS BE 21% when registered",
                 [] { return post(invoice("1032", "BE", {line("A", 1, "50.00", "60.50", 2100)}), ossRegistered()); },
                 {},
                 "AFST_VERK 8000 50.00|GEEN 1650 10.50",
                 "EX",
                 "50.00/10.50/60.50",
                 {},
                 {}});
    list.append({"OSS BE 6%",
                 [] { return post(invoice("1033", "BE", {line("A", 1, "10.00", "10.60", 600)})); },
                 {},
                 "AFST_VERK 8000 10.00|GEEN 1650 0.60",
                 "EX",
                 "10.00/0.60/10.60",
                 {},
                 {}});
    list.append({"OSS FR 5.5% and 20%",
                 [] {
                     return post(invoice("1034", "FR",
                                         {line("A", 1, "20.00", "21.10", 550), line("B", 1, "30.00", "36.00", 2000)}));
                 },
                 {},
                 "AFST_VERK 8000 20.00|GEEN 1650 1.10|AFST_VERK 8000 30.00|GEEN 1650 6.00",
                 "EX",
                 "50.00/7.10/57.10",
                 {},
                 {}});
    list.append({"OSS with per-line rounding keeps the shop's VAT",
                 [] {
                     return post(invoice("1035", "DE",
                                         {line("A", 1, "0.07", "0.08", 1900), line("B", 1, "0.07", "0.08", 1900)}));
                 },
                 {},
                 "AFST_VERK 8000 0.14|GEEN 1650 0.02",
                 "EX",
                 "0.14/0.02/0.16",
                 "rounded per line",
                 {}});
    list.append({"OSS without a VAT ledger",
                 [] {
                     return post(invoice("1036", "DE", {line("A", 1, "100.00", "119.00", 1900)}), {},
                                 VatMapping::defaultProposal(VatMapping::Proposal()));
                 },
                 Problem::Code::IncompleteVatMapping,
                 {},
                 {},
                 {},
                 {},
                 {}});
    list.append({"OSS with a discount",
                 [] {
                     return post(withDiscount(invoice("1037", "DE", {line("A", 1, "100.00", "119.00", 1900)}), "10.00",
                                              "11.90"));
                 },
                 {},
                 "AFST_VERK 8000 90.00|GEEN 1650 17.10",
                 "EX",
                 "90.00/17.10/107.10",
                 {},
                 {}});
    // Credit memos.
    list.append({"credit memo negative, naming its invoice",
                 [] { return postCredit(creditMemo("CM1", "1001", "NL", {line("A", 1, "99.09", "119.90", 2100)})); },
                 {},
                 "HOOG_VERK_21 8000 -99.09",
                 "EX",
                 "-99.09/-20.81/-119.90",
                 {},
                 [](const Posting& p) {
                     QCOMPARE(p.creditedInvoiceNumber, QStringLiteral("1001"));
                     // Booked under the credit memo prefix (default C, API-eboekhouden.md C4).
                     QCOMPARE(p.invoiceNumber, QStringLiteral("CCM1"));
                 }});
    list.append({"credit memo mixed rates",
                 [] {
                     return postCredit(
                         creditMemo("CM2", "1002", "NL",
                                    {line("A", 2, "20.00", "24.20", 2100), line("B", 1, "5.00", "5.45", 900)}));
                 },
                 {},
                 "HOOG_VERK_21 8000 -20.00|LAAG_VERK_9 8000 -5.00",
                 "EX",
                 "-25.00/-4.65/-29.65",
                 {},
                 {}});
    list.append({"credit memo OSS",
                 [] { return postCredit(creditMemo("CM3", "1030", "DE", {line("A", 1, "100.00", "119.00", 1900)})); },
                 {},
                 "AFST_VERK 8000 -100.00|GEEN 1650 -19.00",
                 "EX",
                 "-100.00/-19.00/-119.00",
                 {},
                 {}});
    list.append({"credit memo without its invoice",
                 [] { return postCredit(creditMemo("CM4", "", "NL", {line("A", 1, "10.00", "12.10", 2100)})); },
                 Problem::Code::CreditMemoWithoutInvoice,
                 {},
                 {},
                 {},
                 {},
                 {}});
    // Pre-checks.
    list.append({"totals mismatch names both sums",
                 [] {
                     Invoice document = invoice("1040", "NL", {line("A", 1, "10.00", "12.10", 2100)});
                     document.totalIncl = money("12.11");
                     document.totalVat = money("2.11");
                     return post(document);
                 },
                 Problem::Code::TotalsMismatch,
                 {},
                 {},
                 {},
                 {},
                 {}});
    list.append({"derived rate 15% is no legal rate",
                 [] { return post(invoice("1041", "NL", {line("A", 1, "10.00", "11.50", 0)})); },
                 Problem::Code::UnknownVatRate,
                 {},
                 {},
                 {},
                 {},
                 {}});
    list.append({"stated rate 15% has no mapping",
                 [] { return post(invoice("1041", "NL", {line("A", 1, "10.00", "11.50", 1500)})); },
                 Problem::Code::NoVatMapping,
                 {},
                 {},
                 {},
                 {},
                 {}});
    list.append({"no mapping for 9%",
                 [] {
                     VatMapping mapping = defaultMapping();
                     mapping.entries.removeAt(1);
                     return post(invoice("1042", "NL", {line("A", 1, "10.00", "10.90", 900)}), {}, mapping);
                 },
                 Problem::Code::NoVatMapping,
                 {},
                 {},
                 {},
                 {},
                 {}});
    list.append({"mapping 21% to a 9% code",
                 [] {
                     VatMapping mapping = defaultMapping();
                     mapping.entries[0].vatCode = VatCode::LaagVerk9;
                     return post(invoice("1043", "NL", {line("A", 1, "10.00", "12.10", 2100)}), {}, mapping);
                 },
                 Problem::Code::IncompleteVatMapping,
                 {},
                 {},
                 {},
                 {},
                 {}});
    list.append({"discount without goods",
                 [] { return post(withDiscount(invoice("1044", "NL", {}), "5.00", "5.00")); },
                 Problem::Code::DiscountWithoutGoods,
                 {},
                 {},
                 {},
                 {},
                 {}});
    list.append({"zero document",
                 [] { return post(invoice("1045", "NL", {line("A", 1, "0.00", "0.00", 2100)})); },
                 Problem::Code::NothingToBook,
                 {},
                 {},
                 {},
                 {},
                 {}});
    list.append({"amounts in another currency than the euro",
                 [] {
                     Invoice document = invoice("1047", "NL", {line("A", 1, "10.00", "12.10", 2100)});
                     document.currency = QStringLiteral("GBP");
                     return post(document);
                 },
                 Problem::Code::ForeignCurrency,
                 {},
                 {},
                 {},
                 {},
                 {}});
    list.append({"already posted",
                 [] {
                     BookingContext context;
                     context.postedInvoiceNumbers = {QStringLiteral("1046")};
                     return post(invoice("1046", "NL", {line("A", 1, "10.00", "12.10", 2100)}), {}, defaultMapping(),
                                 context);
                 },
                 Problem::Code::AlreadyPosted,
                 {},
                 {},
                 {},
                 {},
                 {}});
    // Header fields.
    list.append({"prefix stripped from the invoice number",
                 [] {
                     AdministrationSettings settings;
                     settings.invoiceNumbering = {InvoiceNumberFormatter::Mode::StripPrefix, QStringLiteral("INV")};
                     return post(invoice("INV000123", "NL", {line("A", 1, "10.00", "12.10", 2100)}), settings);
                 },
                 {},
                 "HOOG_VERK_21 8000 10.00",
                 "EX",
                 "10.00/2.10/12.10",
                 {},
                 [](const Posting& p) { QCOMPARE(p.invoiceNumber, QStringLiteral("000123")); }});
    list.append({"new debtor KlaartjePi5 (seed 004)",
                 [] {
                     BookingContext context;
                     context.existingRelationCodes = {QStringLiteral("KlaartjePi"), QStringLiteral("KlaartjePi1"),
                                                      QStringLiteral("KlaartjePi2"), QStringLiteral("KlaartjePi3"),
                                                      QStringLiteral("KlaartjePi4")};
                     return post(invoice("1047", "NL", {line("A", 1, "10.00", "12.10", 2100)}), {}, defaultMapping(),
                                 context);
                 },
                 {},
                 "HOOG_VERK_21 8000 10.00",
                 "EX",
                 "10.00/2.10/12.10",
                 "KlaartjePi5",
                 [](const Posting& p) {
                     QCOMPARE(p.relationCode, QStringLiteral("KlaartjePi5"));
                     QVERIFY(p.createsRelation);
                     QCOMPARE(p.relationName, QStringLiteral("Klaartje Pietersen"));
                 }});
    list.append({"known debtor",
                 [] {
                     BookingContext context;
                     context.relationCode = QStringLiteral("DEB042");
                     return post(invoice("1048", "NL", {line("A", 1, "10.00", "12.10", 2100)}), {}, defaultMapping(),
                                 context);
                 },
                 {},
                 "HOOG_VERK_21 8000 10.00",
                 "EX",
                 "10.00/2.10/12.10",
                 {},
                 [](const Posting& p) {
                     QCOMPARE(p.relationCode, QStringLiteral("DEB042"));
                     QVERIFY(!p.createsRelation);
                 }});
    list.append({"long description cut to 50 with a note",
                 [] {
                     Invoice document = invoice("1049", "NL", {line("A", 1, "10.00", "12.10", 2100)});
                     document.paymentMethod =
                         QStringLiteral("Mollie - iDEAL via a very long payment provider name indeed");
                     return post(document);
                 },
                 {},
                 "HOOG_VERK_21 8000 10.00",
                 "EX",
                 "10.00/2.10/12.10",
                 "50 characters",
                 [](const Posting& p) { QCOMPARE(p.description.size(), 50); }});
    // Invoice form.
    list.append({"invoice form: product lines",
                 [] { return post(invoice("1050", "NL", {line("SKU1", 2, "20.00", "24.20", 2100)}), invoicesForm()); },
                 {},
                 "HOOG_VERK_21 8000 2x10.00 SKU1",
                 "EX",
                 "20.00/4.20/24.20",
                 {},
                 [](const Posting& p) {
                     QCOMPARE(p.form, Posting::Form::Invoice);
                     QCOMPARE(p.invoiceTemplate, QStringLiteral("Invoice template"));
                     QCOMPARE(p.paymentTermDays, 14);
                 }});
    list.append({"invoice form: unit price not a whole cent",
                 [] { return post(invoice("1051", "NL", {line("SKU2", 3, "10.00", "12.10", 2100)}), invoicesForm()); },
                 {},
                 "HOOG_VERK_21 8000 1x10.00 SKU2",
                 "EX",
                 "10.00/2.10/12.10",
                 "one unit",
                 [](const Posting& p) { QVERIFY(p.lines.first().description.startsWith(QStringLiteral("3 × "))); }});
    list.append({"invoice form: mixed with shipping and discount",
                 [] {
                     return post(withDiscount(withShipping(invoice("1052", "NL",
                                                                   {line("S1", 1, "100.00", "121.00", 2100),
                                                                    line("S2", 2, "50.00", "54.50", 900)}),
                                                           "4.13", "5.00", 2100),
                                              "15.00", "17.55"),
                                 invoicesForm());
                 },
                 {},
                 "HOOG_VERK_21 8000 1x100.00 S1|LAAG_VERK_9 8000 2x25.00 S2|HOOG_VERK_21 8000 1x4.13|HOOG_VERK_21 8000 "
                 "1x-10.00|LAAG_VERK_9 8000 1x-5.00",
                 "EX",
                 "139.13/23.82/162.95",
                 {},
                 {}});
    list.append({"invoice form: OSS net and VAT lines",
                 [] { return post(invoice("1053", "DE", {line("D1", 1, "100.00", "119.00", 1900)}), invoicesForm()); },
                 {},
                 "AFST_VERK 8000 1x100.00 D1|GEEN 1650 1x19.00",
                 "EX",
                 "100.00/19.00/119.00",
                 {},
                 {}});
    list.append({"invoice form: credit memo negative quantities",
                 [] {
                     return postCredit(creditMemo("CM5", "1050", "NL", {line("SKU1", 2, "20.00", "24.20", 2100)}),
                                       invoicesForm());
                 },
                 {},
                 "HOOG_VERK_21 8000 -2x10.00 SKU1",
                 "EX",
                 "-20.00/-4.20/-24.20",
                 {},
                 {}});
    list.append({"invoice form: number must end with a digit",
                 [] { return post(invoice("2025-A", "NL", {line("A", 1, "10.00", "12.10", 2100)}), invoicesForm()); },
                 Problem::Code::InvoiceNumberInvalid,
                 {},
                 {},
                 {},
                 {},
                 {}});
    list.append({"invoice form: e-Boekhouden numbers it",
                 [] {
                     AdministrationSettings settings = invoicesForm();
                     settings.invoiceNumbering.mode = InvoiceNumberFormatter::Mode::LetEBoekhouden;
                     return post(invoice("2025-A", "NL", {line("A", 1, "10.00", "12.10", 2100)}), settings);
                 },
                 {},
                 "HOOG_VERK_21 8000 1x10.00 A",
                 "EX",
                 "10.00/2.10/12.10",
                 {},
                 [](const Posting& p) { QVERIFY(p.invoiceNumber.isEmpty()); }});
    list.append({"invoice form: per-line rounding, per-total administration",
                 [] {
                     return post(invoice("1054", "NL",
                                         {line("A", 1, "0.07", "0.08", 2100), line("B", 1, "0.07", "0.08", 2100),
                                          line("C", 1, "0.07", "0.08", 2100)}),
                                 invoicesForm());
                 },
                 {},
                 "AFW_VERK 8000 1x0.07 A|AFW_VERK 8000 1x0.07 B|AFW_VERK 8000 1x0.07 C",
                 "EX",
                 "0.21/0.03/0.24",
                 "AFW_VERK",
                 {}});
    list.append({"invoice form: per-line administration reproduces per-line rounding",
                 [] {
                     AdministrationSettings settings = invoicesForm();
                     settings.invoiceVatPerLine = true;
                     return post(invoice("1055", "NL",
                                         {line("A", 1, "0.07", "0.08", 2100), line("B", 1, "0.07", "0.08", 2100),
                                          line("C", 1, "0.07", "0.08", 2100)}),
                                 settings);
                 },
                 {},
                 "HOOG_VERK_21 8000 1x0.07 A|HOOG_VERK_21 8000 1x0.07 B|HOOG_VERK_21 8000 1x0.07 C",
                 "EX",
                 "0.21/0.03/0.24",
                 {},
                 {}});
    return list;
}

} // namespace

class TestPosting : public QObject
{
    Q_OBJECT

private slots:
    void postsDocuments_data()
    {
        QTest::addColumn<int>("index");
        const QList<Case> all = cases();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(qPrintable(all[i].name)) << i;
    }

    void postsDocuments()
    {
        QFETCH(int, index);
        const Case c = cases().at(index);
        const PostingResult result = c.build();
        if (c.problem) {
            QVERIFY2(!result.isPosting(), "a document with a problem must not yield a posting");
            QVERIFY(!result.problems.isEmpty());
            QCOMPARE(int(result.problems.first().code), int(*c.problem));
            QVERIFY(!result.problems.first().message.isEmpty());
            return;
        }
        QStringList messages;
        for (const Problem& problem : result.problems)
            messages.append(problem.message);
        QVERIFY2(result.isPosting(), qPrintable(messages.join(u'\n')));
        const Posting& posting = *result.posting;
        QCOMPARE(rowsText(posting), c.rows);
        QCOMPARE(posting.inExVat == InExVat::Ex ? QStringLiteral("EX") : QStringLiteral("IN"), c.inExVat);
        QCOMPARE(QStringLiteral("%1/%2/%3")
                     .arg(posting.totalExcl.toDecimalString(), posting.totalVat.toDecimalString(),
                          posting.totalIncl.toDecimalString()),
                 c.totals);
        if (!c.noteContains.isEmpty())
            QVERIFY2(posting.notes.join(u'\n').contains(c.noteContains), qPrintable(posting.notes.join(u'\n')));
        if (c.extra)
            c.extra(posting);
    }

    void totalsMismatchMessageNamesBothSums()
    {
        Invoice document = invoice("1040", "NL", {line("A", 1, "10.00", "12.10", 2100)});
        document.totalIncl = money("12.11");
        document.totalVat = money("2.11");
        const PostingResult result = post(document);
        QVERIFY(!result.isPosting());
        QVERIFY(result.problems.first().message.contains(QStringLiteral("12.11")));
        QVERIFY(result.problems.first().message.contains(QStringLiteral("12.10")));
    }

    void aFixedDebtorPerPaymentMethodButNeverForIcp()
    {
        AdministrationSettings settings;
        settings.fixedDebtorByPaymentMethod = {{QStringLiteral("Bol.com"), QStringLiteral("BOLCOM")}};
        Invoice domestic = invoice("1050", "NL", {line("A", 1, "10.00", "12.10", 2100)});
        domestic.paymentMethod = QStringLiteral(" Bol.com ");
        const PostingResult onMarketplace = post(domestic, settings);
        QVERIFY(onMarketplace.isPosting());
        QCOMPARE(onMarketplace.posting->fixedDebtor, QStringLiteral("BOLCOM"));
        QCOMPARE(onMarketplace.posting->relationCode, QStringLiteral("BOLCOM"));
        QVERIFY(!onMarketplace.posting->createsRelation);

        Invoice icp =
            business(invoice("1051", "BE", {line("A", 1, "80.00", "80.00", 2100)}), "Belgacom", "0403.170.701");
        icp.paymentMethod = QStringLiteral("Bol.com");
        const PostingResult ownDebtor = post(icp, settings);
        QVERIFY(ownDebtor.isPosting());
        QVERIFY(ownDebtor.posting->fixedDebtor.isEmpty());
        QVERIFY(ownDebtor.posting->relationCode != u"BOLCOM");
    }

    void paymentReceived()
    {
        Invoice document = invoice("1001", "NL", {line("A", 1, "99.09", "119.90", 2100)});
        AdministrationSettings settings;
        settings.bankLedgerByPaymentMethod.insert(QStringLiteral("mollie"), QStringLiteral("1010"));
        BookingContext context;
        context.relationCode = QStringLiteral("KlaartjePi5");
        context.outstandingAmount = money("119.90");
        Payment payment{QStringLiteral("p1"), QStringLiteral("mollie"), QStringLiteral("tr_qwer"), money("119.90"), {}};
        const PostingResult result = PostingBuilder::buildPayment(payment, document, settings, context);
        QVERIFY(result.isPosting());
        const Posting& posting = *result.posting;
        QCOMPARE(posting.mutationType, 3);
        QCOMPARE(posting.mainLedger, QStringLiteral("1010"));
        QCOMPARE(posting.rows.size(), 1);
        QCOMPARE(posting.rows.first().ledger, QStringLiteral("1300"));
        QCOMPARE(posting.rows.first().vatCode, VatCode(VatCode::Geen));
        QCOMPARE(posting.rows.first().amount, money("119.90"));
        QCOMPARE(posting.rows.first().invoiceNumber, QStringLiteral("1001"));
        QCOMPARE(posting.rows.first().relationCode, QStringLiteral("KlaartjePi5"));
        QCOMPARE(posting.description, QStringLiteral("mollie - 1001 - tr_qwer"));
    }

    void paymentProblems_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("outstanding");
        QTest::newRow("no bank ledger for the method") << "paypal"
                                                       << "119.90"
                                                       << "119.90";
        QTest::newRow("outstanding differs") << "mollie"
                                             << "119.90"
                                             << "100.00";
        QTest::newRow("zero payment") << "mollie"
                                      << "0.00"
                                      << "";
    }

    void paymentProblems()
    {
        QFETCH(QString, method);
        QFETCH(QString, amount);
        QFETCH(QString, outstanding);
        Invoice document = invoice("1001", "NL", {line("A", 1, "99.09", "119.90", 2100)});
        AdministrationSettings settings;
        settings.bankLedgerByPaymentMethod.insert(QStringLiteral("mollie"), QStringLiteral("1010"));
        BookingContext context;
        context.relationCode = QStringLiteral("K1");
        if (!outstanding.isEmpty())
            context.outstandingAmount = Money::parse(outstanding);
        Payment payment{QStringLiteral("p1"), method, {}, *Money::parse(amount), {}};
        const PostingResult result = PostingBuilder::buildPayment(payment, document, settings, context);
        QVERIFY(!result.isPosting());
        QVERIFY(!result.problems.isEmpty());
    }

    void refundOfCreditMemoIsNegative()
    {
        CreditMemo document = creditMemo("CM1", "1001", "NL", {line("A", 1, "10.00", "12.10", 2100)});
        AdministrationSettings settings;
        settings.defaultBankLedger = QStringLiteral("1010");
        BookingContext context;
        context.relationCode = QStringLiteral("K1");
        Payment payment{QStringLiteral("r1"), QStringLiteral("mollie"), {}, money("12.10"), {}};
        const PostingResult result = PostingBuilder::buildPayment(payment, document, settings, context);
        QVERIFY(result.isPosting());
        QCOMPARE(result.posting->rows.first().amount, money("-12.10"));
    }
};

QTEST_GUILESS_MAIN(TestPosting)
#include "tst_posting.moc"
