#include "PostingBuilder.h"

#include "BookingTexts.h"
#include "domain/CreditMemo.h"
#include "domain/Invoice.h"
#include "EBoekhoudenVatModel.h"
#include "money/Rounding.h"
#include "money/VatArithmetic.h"
#include "rules/DebtorRule.h"
#include "rules/DiscountSpreader.h"
#include "rules/DocumentClassifier.h"
#include "rules/EuCountries.h"
#include "rules/FieldLimits.h"
#include "rules/TotalsCheck.h"
#include "rules/VatMappingResolver.h"
#include "rules/VatNumberValidator.h"
#include "rules/VatRateNormaliser.h"

#include <QMap>

#include <algorithm>
namespace {

using Item = PostingBuilder::BookableAmount;
using Group = PostingBuilder::RateGroup;

// "3", "1.5": a quantity in thousandths as the bookkeeper writes it.
QString quantityText(Quantity quantity)
{
    const std::int64_t magnitude = std::abs(quantity.thousandths);
    QString text = QString::number(magnitude / 1000);
    if (magnitude % 1000 != 0) {
        QString fraction = QStringLiteral("%1").arg(magnitude % 1000, 3, 10, QLatin1Char('0'));
        while (fraction.endsWith(u'0'))
            fraction.chop(1);
        text += u'.' + fraction;
    }
    return quantity.thousandths < 0 ? u'-' + text : text;
}

QString amountText(Money amount)
{
    return amount.toDecimalString();
}

// A problem is listed once, however many amounts have it.
void addProblem(Problems& problems, Problem problem)
{
    const bool known =
        std::any_of(problems.cbegin(), problems.cend(), [&](const Problem& p) { return p.reason == problem.reason; });
    if (!known)
        problems.append(std::move(problem));
}

QString writtenIn(const BookingTexts& texts, const char* source)
{
    return texts.text("PostingBuilder", source);
}

} // namespace

bool PostingBuilder::RateGroup::vatComputedByEBoekhouden(DocumentClass documentClass) const
{
    return documentClass != DocumentClass::Oss && !entry.vatCode.takesExplicitVat();
}

PostingResult PostingBuilder::build(const Invoice& invoice, const AdministrationSettings& settings,
                                    const VatMapping& mapping, const BookingContext& context)
{
    return buildDocument(invoice, QString(), settings, mapping, context);
}

PostingResult PostingBuilder::build(const CreditMemo& creditMemo, const AdministrationSettings& settings,
                                    const VatMapping& mapping, const BookingContext& context)
{
    return buildDocument(creditMemo, creditMemo.invoiceNumber, settings, mapping, context);
}

PostingResult PostingBuilder::buildDocument(const SalesDocument& document, const QString& creditedInvoiceNumber,
                                            const AdministrationSettings& settings, const VatMapping& mapping,
                                            const BookingContext& context)
{
    PostingResult result;
    Problems& problems = result.problems;
    // What goes into e-Boekhouden's own rows is in the administration's language, not the screen's (issue 17).
    const BookingTexts texts(settings.bookingLanguage);

    // 0. and 1.: the document as the shop sent it, in bookable amounts at legal rates.
    checkTotalsAndCurrency(document, problems);
    const Countries countries = countriesOf(document, settings);
    BookableAmounts amounts = bookableAmounts(document, countries, texts, problems);
    // 2. Classification and the checks that depend on it; no posting while any problem is left.
    const DocumentClass documentClass = classify(document, settings, amounts.items);
    checkIcpVatNumber(document, documentClass, countries, problems);
    applyVatMapping(amounts, mapping, documentClass, countries, problems);

    Posting posting;
    posting.form = settings.bookingForm == AdministrationSettings::BookingForm::Invoices ? Posting::Form::Invoice
                                                                                         : Posting::Form::Mutation;
    posting.documentClass = documentClass;
    posting.date = document.documentDate;
    if (!amounts.roundingNote.isEmpty())
        posting.notes.append(amounts.roundingNote);
    checkNumberAndSettings(posting, document, creditedInvoiceNumber, settings, context, problems);

    const bool anyAmount = std::any_of(amounts.items.cbegin(), amounts.items.cend(),
                                       [](const Item& item) { return !item.net.isZero() || !item.gross.isZero(); });
    if (!anyAmount && problems.isEmpty()) {
        const QString shopNumber = document.number.trimmed().isEmpty() ? document.orderNumber : document.number;
        addProblem(problems,
                   {Problem::Code::NothingToBook, LogMessage::coded(u"problem.nothingToBook"_qs, {shopNumber})});
    }
    if (!problems.isEmpty())
        return result;

    // 3. to 5.: the header, the groups per VAT code, and the rows or lines, signed as posted.
    const bool creditMemo = document.kind == DocumentKind::CreditMemo;
    fillHeader(posting, document, creditedInvoiceNumber, settings, context, texts);
    if (posting.form == Posting::Form::Mutation)
        addMutationRows(posting, groupPerVatCode(amounts.items), amounts.items, countries, creditMemo, texts);
    else
        addInvoiceLines(posting, amounts.items, countries, settings, creditMemo, texts);
    result.posting = posting;
    return result;
}

void PostingBuilder::checkTotalsAndCurrency(const SalesDocument& document, Problems& problems)
{
    problems.append(TotalsCheck::check(document));
    if (!document.currency.isEmpty() && document.currency.compare(u"EUR", Qt::CaseInsensitive) != 0) {
        addProblem(problems, {Problem::Code::ForeignCurrency,
                              LogMessage::coded(u"problem.foreignCurrency"_qs, {document.number, document.currency})});
    }
}

PostingBuilder::Countries PostingBuilder::countriesOf(const SalesDocument& document,
                                                      const AdministrationSettings& settings)
{
    Countries countries;
    countries.shop = settings.shopCountry.trimmed().toUpper();
    countries.destination = DocumentClassifier::deliveryCountry(document);
    countries.rateCountries = countries.destination.isEmpty() || countries.destination == countries.shop
                                  ? QStringList{countries.shop}
                                  : QStringList{countries.shop, countries.destination};
    return countries;
}

PostingBuilder::BookableAmounts PostingBuilder::bookableAmounts(const SalesDocument& document,
                                                                const Countries& countries, const BookingTexts& texts,
                                                                Problems& problems)
{
    const QStringList& rateCountries = countries.rateCountries;
    const auto written = [&texts](const char* source) { return writtenIn(texts, source); };
    BookableAmounts amounts;

    QList<Item>& items = amounts.items;
    const auto rateOf = [&](VatRate stated, Money net, Money gross, Quantity quantity,
                            const LogMessage& what) -> std::optional<VatRate> {
        const Money vat = gross - net;
        if (vat.isZero())
            return VatRate(); // nothing charged: 0%, whatever rate the shop states (ICP lines often say 21)
        const VatRate normalised = VatRateNormaliser::fromShopRate(stated);
        // One rounding more than the quantity's: Magento carries each rate's rounding remainder from row to row,
        // so a row's VAT can be a cent off its own rate (API-shops.md S7, TotalBaseCalculator delta rounding).
        const bool statedFits =
            !normalised.isZero() && VatRateNormaliser::amountsFitRate(net, vat, normalised, quantity.roundings() + 1);
        const bool statedLegal = std::any_of(rateCountries.cbegin(), rateCountries.cend(),
                                             [&](const QString& c) { return EuCountries::isLegalRate(c, normalised); });
        if (statedFits && statedLegal)
            return normalised;
        // A "rate" a shop derived from rounded amounts (S7: 0.87 on 4.13 is 21.07 %) is the legal rate they fit.
        if (const std::optional<VatRate> derived = VatRateNormaliser::deriveFromAmounts(net, gross, rateCountries))
            return derived;
        if (statedFits)
            return normalised; // a stated rate outside the legal rates (15 %): the VAT mapping decides
        addProblem(problems,
                   {Problem::Code::UnknownVatRate,
                    LogMessage::coded(u"problem.unknownVatRate"_qs, {what, amountText(vat), amountText(net),
                                                                     rateCountries.join(QStringLiteral("/"))})});
        return std::nullopt;
    };

    for (const DocumentLine& line : document.lines) {
        if (line.quantity.isZero())
            continue; // seed 004: a line of quantity 0 is skipped
        const LogMessage what =
            LogMessage::coded(u"problem.line"_qs, {line.description.isEmpty() ? line.sku : line.description});
        if (const auto rate = rateOf(line.vatRate, line.rowTotalExcl, line.rowTotalIncl, line.quantity, what))
            items.append({line.sku, line.description, line.quantity, *rate, line.rowTotalExcl, line.rowTotalIncl, {}});
    }
    const qsizetype goodsCount = items.size();
    if (document.shipping && !(document.shipping->amountExcl.isZero() && document.shipping->amountIncl.isZero())) {
        const Shipping& shipping = *document.shipping;
        const QString description =
            shipping.description.isEmpty() ? written(QT_TR_NOOP("Shipping")) : shipping.description;
        if (const auto rate = rateOf(shipping.vatRate, shipping.amountExcl, shipping.amountIncl, Quantity::whole(1),
                                     LogMessage::coded(u"problem.shipping"_qs)))
            items.append({{}, description, Quantity::whole(1), *rate, shipping.amountExcl, shipping.amountIncl, {}});
    }
    for (const Surcharge& surcharge : document.surcharges) {
        if (surcharge.amountExcl.isZero() && surcharge.amountIncl.isZero())
            continue;
        const QString description =
            surcharge.description.isEmpty() ? written(QT_TR_NOOP("Surcharge")) : surcharge.description;
        // A surcharge states no rate: derive it from its amounts and snap it (seed 004: 20.4–21% is 21%).
        if (const auto rate = rateOf(VatRate(), surcharge.amountExcl, surcharge.amountIncl, Quantity::whole(1),
                                     LogMessage::coded(u"problem.surcharge"_qs, {description})))
            items.append({{}, description, Quantity::whole(1), *rate, surcharge.amountExcl, surcharge.amountIncl, {}});
    }

    const auto perRate = [&](qsizetype count) {
        QMap<int, RateAmount> byRate;
        for (qsizetype i = 0; i < count; ++i) {
            RateAmount& amount = byRate[-items[i].rate.basisPoints()]; // highest rate first
            amount.rate = items[i].rate;
            amount.net += items[i].net;
            amount.gross += items[i].gross;
        }
        return byRate.values();
    };
    QList<Item> discountItems;
    for (const Discount& discount : document.discounts) {
        if (discount.amountExcl.isZero() && discount.amountIncl.isZero())
            continue;
        std::optional<QList<RateAmount>> parts = DiscountSpreader::spread(discount, perRate(goodsCount));
        if (!parts)
            parts = DiscountSpreader::spread(discount, perRate(items.size()));
        if (!parts) {
            addProblem(problems, {Problem::Code::DiscountWithoutGoods,
                                  LogMessage::coded(u"problem.discountWithoutGoods"_qs,
                                                    {discount.description, amountText(discount.amountIncl)})});
            continue;
        }
        const QString description =
            discount.description.isEmpty() ? written(QT_TR_NOOP("Discount")) : discount.description;
        for (const RateAmount& part : *parts) {
            if (part.net.isZero() && part.gross.isZero())
                continue;
            discountItems.append({{}, description, Quantity::whole(1), part.rate, -part.net, -part.gross, {}});
        }
    }
    items.append(discountItems);

    // The shop's own total is the truth (issue 13 item 12): a shop that rounds its total once, over unrounded
    // parts, can state a total a cent or two from its rounded parts. That difference goes on a rounding line
    // without VAT (a rounding is no supply; a cent of VAT on it no code could express) on the revenue ledger of
    // the largest sale, so the booking is the invoice the shop issued and its payment matches it.
    const TotalsCheck::Sum rounding = TotalsCheck::roundingDifference(document);
    const Money tolerance = document.roundingTolerance.abs();
    if (!items.isEmpty() && !tolerance.isZero() && !rounding.incl.isZero() && rounding.excl.abs() <= tolerance &&
        rounding.incl.abs() <= tolerance) {
        qsizetype largest = 0;
        for (qsizetype i = 1; i < items.size(); ++i) {
            if (items[i].gross > items[largest].gross) // the largest sale, never a discount
                largest = i;
        }
        // At the largest sale's rate for now, so that its mapping entry (ledger) is found; GEEN once resolved.
        amounts.roundingLine = items.size();
        items.append({{},
                      written(QT_TR_NOOP("Rounding difference")),
                      Quantity::whole(1),
                      items[largest].rate,
                      rounding.incl,
                      rounding.incl,
                      {}});
        amounts.roundingNote =
            tr("The shop's total incl. VAT is %1, its rounded parts make %2: the shop rounds its total "
               "once. The difference %3 is booked as a rounding line without VAT.")
                .arg(amountText(document.totalIncl), amountText(document.totalIncl - rounding.incl),
                     amountText(rounding.incl));
    }
    return amounts;
}

DocumentClass PostingBuilder::classify(const SalesDocument& document, const AdministrationSettings& settings,
                                       const QList<BookableAmount>& items)
{

    QList<VatRate> chargedRates;
    for (const Item& item : items) {
        if (!item.vat().isZero() && !chargedRates.contains(item.rate))
            chargedRates.append(item.rate);
    }
    return DocumentClassifier::classify(document, settings.shopCountry.trimmed().toUpper(), settings.ossRegistered,
                                        chargedRates);
}

void PostingBuilder::checkIcpVatNumber(const SalesDocument& document, DocumentClass documentClass,
                                       const Countries& countries, Problems& problems)
{
    const QString& destination = countries.destination;
    const QString& shopCountry = countries.shop;

    const DebtorRule::Debtor debtor = DebtorRule::of(document);
    const QString vatNumber = debtor.vatNumberAsGiven;
    if (documentClass == DocumentClass::Icp) {
        if (vatNumber.isEmpty()) {
            addProblem(problems, {Problem::Code::MissingVatNumber,
                                  LogMessage::coded(u"problem.missingVatNumber"_qs, {destination})});
        } else {
            const VatNumberValidator::Result check = VatNumberValidator::validate(vatNumber, debtor.vatNumberCountry);
            if (!check.valid) {
                addProblem(problems, {Problem::Code::InvalidVatNumber, check.reason});
            } else if (check.prefix == EuCountries::vatPrefix(shopCountry)) {
                addProblem(problems,
                           {Problem::Code::InvalidVatNumber,
                            LogMessage::coded(u"problem.vatNumberOfShopCountry"_qs, {vatNumber, shopCountry})});
            }
        }
    }
}

void PostingBuilder::applyVatMapping(BookableAmounts& amounts, const VatMapping& mapping, DocumentClass documentClass,
                                     const Countries& countries, Problems& problems)
{

    for (Item& item : amounts.items) {
        const VatMappingResolver::Resolution resolution =
            VatMappingResolver::resolve(mapping, documentClass, item.rate, countries.destination);
        if (resolution.problem)
            addProblem(problems, *resolution.problem);
        else
            item.entry = *resolution.entry;
    }
    if (amounts.roundingLine) {
        amounts.items[*amounts.roundingLine].entry.vatCode = VatCode::Geen;
        amounts.items[*amounts.roundingLine].rate = VatRate();
    }
}

void PostingBuilder::checkNumberAndSettings(Posting& posting, const SalesDocument& document,
                                            const QString& creditedInvoiceNumber,
                                            const AdministrationSettings& settings, const BookingContext& context,
                                            Problems& problems)
{
    const bool isCreditMemo = document.kind == DocumentKind::CreditMemo;

    if (isCreditMemo && creditedInvoiceNumber.trimmed().isEmpty()) {
        addProblem(problems, {Problem::Code::CreditMemoWithoutInvoice,
                              LogMessage::coded(u"problem.creditMemoWithoutInvoice"_qs, {document.number})});
    }

    const QString shopNumber = document.number.trimmed().isEmpty() ? document.orderNumber : document.number;
    // A credit memo is booked under a number of its own (the credit memo prefix, API-eboekhouden.md C4).
    posting.invoiceNumber = FieldLimits::apply(
        isCreditMemo ? InvoiceNumberFormatter::formatCreditMemo(shopNumber, settings.invoiceNumbering)
                     : InvoiceNumberFormatter::format(shopNumber, settings.invoiceNumbering),
        FieldLimits::invoiceNumber, tr("invoice number"), posting.notes);
    if (!posting.invoiceNumber.isEmpty() && context.postedInvoiceNumbers.contains(posting.invoiceNumber)) {
        addProblem(problems, {Problem::Code::AlreadyPosted,
                              LogMessage::coded(u"problem.alreadyPosted"_qs, {posting.invoiceNumber})});
    }
    if (posting.form == Posting::Form::Invoice) {
        if (!posting.invoiceNumber.isEmpty() && !FieldLimits::endsWithDigit(posting.invoiceNumber)) {
            addProblem(problems, {Problem::Code::InvoiceNumberInvalid,
                                  LogMessage::coded(u"problem.invoiceNumberNoDigit"_qs, {posting.invoiceNumber})});
        }
        if (settings.invoiceTemplate.trimmed().isEmpty()) {
            addProblem(problems, {Problem::Code::MissingSetting, LogMessage::coded(u"problem.noInvoiceTemplate"_qs)});
        }
    }
    if (settings.debtorLedger.trimmed().isEmpty()) {
        addProblem(problems, {Problem::Code::MissingSetting, LogMessage::coded(u"problem.noDebtorLedger"_qs)});
    }
}

void PostingBuilder::fillHeader(Posting& posting, const SalesDocument& document, const QString& creditedInvoiceNumber,
                                const AdministrationSettings& settings, const BookingContext& context,
                                const BookingTexts& texts)
{
    const bool isCreditMemo = document.kind == DocumentKind::CreditMemo;
    const auto written = [&texts](const char* source) { return writtenIn(texts, source); };
    const QString shopNumber = document.number.trimmed().isEmpty() ? document.orderNumber : document.number;
    const DocumentClass documentClass = posting.documentClass;
    const DebtorRule::Debtor debtor = DebtorRule::of(document);
    QStringList& notes = posting.notes;

    posting.mutationType = 2;
    posting.mainLedger = settings.debtorLedger.trimmed();
    posting.paymentTermDays = settings.paymentTermDays;
    if (isCreditMemo) {
        posting.creditedInvoiceNumber =
            InvoiceNumberFormatter::format(creditedInvoiceNumber, settings.invoiceNumbering);
        if (posting.creditedInvoiceNumber.isEmpty())
            posting.creditedInvoiceNumber = creditedInvoiceNumber;
    }
    const QString order = document.orderNumber.trimmed().isEmpty() ? shopNumber : document.orderNumber.trimmed();
    QString description =
        isCreditMemo ? written(QT_TR_NOOP("Credit memo %1 for invoice %2")).arg(shopNumber, creditedInvoiceNumber)
                     : order;
    if (!document.paymentMethod.trimmed().isEmpty())
        description += QStringLiteral(" - ") + document.paymentMethod.trimmed();
    posting.description =
        FieldLimits::apply(description,
                           posting.form == Posting::Form::Invoice ? FieldLimits::invoiceMutationDescription
                                                                  : FieldLimits::mutationDescription,
                           tr("description"), notes);

    // A collective debtor for the payment method, unless ICP: that needs the customer and its VAT number.
    if (documentClass != DocumentClass::Icp)
        posting.fixedDebtor = settings.fixedDebtorByPaymentMethod.value(document.paymentMethod.trimmed()).trimmed();
    QString relationCode = context.relationCode.trimmed();
    if (relationCode.isEmpty() && !posting.fixedDebtor.isEmpty()) {
        relationCode = posting.fixedDebtor;
        notes.append(tr("Booked on the fixed debtor %1 of payment method \"%2\".")
                         .arg(posting.fixedDebtor, document.paymentMethod.trimmed()));
    }
    if (relationCode.isEmpty())
        relationCode = document.customer.debtorCode.trimmed();
    if (relationCode.isEmpty()) {
        relationCode = DebtorRule::newCode(debtor, context.existingRelationCodes);
        posting.createsRelation = true;
        notes.append(tr("A new debtor %1 is created in e-Boekhouden.").arg(relationCode));
    }
    posting.relationCode = FieldLimits::apply(relationCode, FieldLimits::relationCode, tr("relation code"), notes);
    posting.relationName = FieldLimits::apply(debtor.name, FieldLimits::relationName, tr("relation name"), notes);
    if (documentClass == DocumentClass::Icp)
        posting.vatNumber = debtor.vatNumber;
}

QList<PostingBuilder::RateGroup> PostingBuilder::groupPerVatCode(const QList<BookableAmount>& items)
{

    QList<Group> groups;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item& item = items[i];
        auto it = std::find_if(groups.begin(), groups.end(), [&](const Group& group) {
            return group.entry.vatCode == item.entry.vatCode && group.entry.revenueLedger == item.entry.revenueLedger &&
                   group.entry.vatLedger == item.entry.vatLedger && group.rate == item.rate;
        });
        if (it == groups.end()) {
            groups.append({item.entry, item.rate, {}, {}, {}});
            it = groups.end() - 1;
        }
        it->net += item.net;
        it->gross += item.gross;
        it->items.append(i);
    }
    return groups;
}

void PostingBuilder::addMutationRows(Posting& posting, const QList<RateGroup>& groups,
                                     const QList<BookableAmount>& items, const Countries& countries, bool creditMemo,
                                     const BookingTexts& texts)
{
    const auto written = [&texts](const char* source) { return writtenIn(texts, source); };
    const int sign = creditMemo ? -1 : 1;
    const auto signedMoney = [sign](Money amount) { return sign < 0 ? -amount : amount; };
    const DocumentClass documentClass = posting.documentClass;
    QStringList& notes = posting.notes;
    const QString destinationText = countries.destinationOrShop();

    const auto rateText = [&](const Group& group) {
        return documentClass == DocumentClass::Oss ? tr("%1% %2").arg(group.rate.toString(), destinationText)
                                                   : tr("%1%").arg(group.rate.toString());
    };

    // Per mode, which groups' VAT e-Boekhouden would compute exactly as the shop did on one row.
    const auto tiesOut = [&](const Group& group, InExVat mode) {
        return !group.vatComputedByEBoekhouden(documentClass) ||
               EBoekhoudenVatModel::vat(group.amount(mode), group.entry.vatCode, mode) == group.vat();
    };
    const auto countTies = [&](InExVat mode) {
        return std::count_if(groups.cbegin(), groups.cend(), [&](const Group& g) { return tiesOut(g, mode); });
    };
    const InExVat mode = countTies(InExVat::Ex) >= countTies(InExVat::In) ? InExVat::Ex : InExVat::In;
    posting.inExVat = mode;

    const auto addRow = [&](const QString& ledger, VatCode code, Money amount, Money explicitVat,
                            const QString& rowDescription, bool carriesVat = false) {
        const Money sent = signedMoney(amount);
        const Money vat = EBoekhoudenVatModel::vat(sent, code, mode, signedMoney(explicitVat));
        posting.rows.append(
            {ledger,
             code,
             sent,
             vat,
             EBoekhoudenVatModel::net(sent, code, mode, vat),
             EBoekhoudenVatModel::gross(sent, code, mode, vat),
             // Cut here, not by the request: the preview shows the text that is sent (C7).
             FieldLimits::apply(rowDescription, FieldLimits::rowDescription, tr("row description"), notes),
             {},
             {},
             carriesVat});
    };

    for (const Group& group : groups) {
        if (group.net.isZero() && group.gross.isZero())
            continue;
        const QString salesText = written(QT_TR_NOOP("Sales %1")).arg(rateText(group));
        if (documentClass == DocumentClass::Oss && !group.entry.vatCode.takesExplicitVat()) {
            // OSS: the net turnover at a 0% code, the destination's VAT on its own ledger (seed 004).
            addRow(group.entry.revenueLedger, group.entry.vatCode, group.net, {}, salesText);
            if (!group.vat().isZero())
                addRow(group.entry.vatLedger, VatCode::Geen, group.vat(), {},
                       written(QT_TR_NOOP("VAT %1 (OSS)")).arg(rateText(group)), true);
            const Money perRate = VatArithmetic::vatOnNet(group.net, group.rate);
            if (perRate != group.vat()) {
                notes.append(
                    tr("The shop's VAT at %1 is %2 (rounded per line); %1 of the total would be %3. "
                       "The shop's %2 is posted on the VAT ledger %4.")
                        .arg(rateText(group), amountText(group.vat()), amountText(perRate), group.entry.vatLedger));
            }
            continue;
        }
        if (group.entry.vatCode.takesExplicitVat()) {
            addRow(group.entry.revenueLedger, group.entry.vatCode, group.amount(mode), group.vat(), salesText);
            continue;
        }
        if (tiesOut(group, mode)) {
            addRow(group.entry.revenueLedger, group.entry.vatCode, group.amount(mode), {}, salesText);
            continue;
        }
        // The shop rounded per line and one row per rate does not give its VAT. Rows per line do
        // when e-Boekhouden then rounds as the shop did; the VAT return keeps the rate's own code.
        const Money onOneRow = EBoekhoudenVatModel::vat(group.amount(mode), group.entry.vatCode, mode);
        Money perItem;
        for (const qsizetype index : group.items)
            perItem += EBoekhoudenVatModel::vat(items[index].amount(mode), group.entry.vatCode, mode);
        if (perItem == group.vat()) {
            for (const qsizetype index : group.items) {
                const Item& item = items[index];
                if (!item.net.isZero() || !item.gross.isZero())
                    addRow(group.entry.revenueLedger, group.entry.vatCode, item.amount(mode), {}, item.description);
            }
            notes.append(tr("The shop's VAT at %1 is %2 (rounded per line); on one row e-Boekhouden would "
                            "compute %3. The %1 amounts are posted per line so that e-Boekhouden computes %2.")
                             .arg(rateText(group), amountText(group.vat()), amountText(onOneRow)));
            continue;
        }
        addRow(group.entry.revenueLedger, VatCode::AfwVerk, group.amount(mode), group.vat(), salesText);
        notes.append(tr("The shop's VAT at %1 is %2; e-Boekhouden would compute %3 (difference %4). The %1 "
                        "row is posted with VAT code AFW_VERK and the shop's VAT amount %2.")
                         .arg(rateText(group), amountText(group.vat()), amountText(onOneRow),
                              amountText(group.vat() - onOneRow)));
    }
    // e-Boekhouden's VAT plus the OSS VAT posted as amounts: the document's VAT.
    for (const PostingRow& row : posting.rows) {
        posting.totalVat += row.carriesVat ? row.gross : row.vatAmount;
        posting.totalIncl += row.gross;
    }
    posting.totalExcl = posting.totalIncl - posting.totalVat;
}

void PostingBuilder::addInvoiceLines(Posting& posting, const QList<BookableAmount>& items, const Countries& countries,
                                     const AdministrationSettings& settings, bool creditMemo, const BookingTexts& texts)
{
    const auto written = [&texts](const char* source) { return writtenIn(texts, source); };
    const int sign = creditMemo ? -1 : 1;
    const auto signedMoney = [sign](Money amount) { return sign < 0 ? -amount : amount; };
    const DocumentClass documentClass = posting.documentClass;
    QStringList& notes = posting.notes;
    const QString destinationText = countries.destinationOrShop();

    posting.mutationType = 2;
    posting.invoiceTemplate = settings.invoiceTemplate.trimmed();
    struct Planned
    {
        qsizetype item;
        VatCode code;
        QString ledger;
        bool vatLine; // the OSS VAT line of the item
    };
    QList<Planned> planned;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item& item = items[i];
        const bool oss = documentClass == DocumentClass::Oss && !item.entry.vatCode.takesExplicitVat();
        planned.append({i, item.entry.vatCode, item.entry.revenueLedger, false});
        if (oss && !item.vat().isZero())
            planned.append({i, VatCode::Geen, item.entry.vatLedger, true});
    }
    const auto plannedAmount = [&](const Planned& line, InExVat mode) {
        const Item& item = items[line.item];
        if (line.vatLine)
            return item.vat();
        if (documentClass == DocumentClass::Oss && !item.entry.vatCode.takesExplicitVat())
            return item.net; // a 0% code: the line's amount is its net either way
        return item.amount(mode);
    };
    const auto shopVat = [&](const Planned& line) {
        const Item& item = items[line.item];
        if (documentClass == DocumentClass::Oss && !item.entry.vatCode.takesExplicitVat())
            return Money(); // the VAT line carries it as an amount
        return line.vatLine ? Money() : item.vat();
    };
    // VAT per code as e-Boekhouden computes it, against the shop's VAT per code.
    const auto codesThatDiffer = [&](InExVat mode) {
        QMap<QString, Money> amountPerCode;
        QMap<QString, Money> computedPerCode;
        QMap<QString, Money> shopPerCode;
        for (const Planned& line : planned) {
            if (line.code.takesExplicitVat())
                continue;
            const Money amount = plannedAmount(line, mode);
            amountPerCode[line.code.name()] += amount;
            computedPerCode[line.code.name()] += EBoekhoudenVatModel::vat(amount, line.code, mode);
            shopPerCode[line.code.name()] += shopVat(line);
        }
        QStringList differ;
        for (auto it = shopPerCode.cbegin(); it != shopPerCode.cend(); ++it) {
            const VatCode code = *VatCode::fromName(it.key());
            const Money computed = settings.invoiceVatPerLine
                                       ? computedPerCode.value(it.key())
                                       : EBoekhoudenVatModel::vat(amountPerCode.value(it.key()), code, mode);
            if (computed != it.value())
                differ.append(it.key());
        }
        return differ;
    };
    const QStringList differEx = codesThatDiffer(InExVat::Ex);
    const QStringList differIn = codesThatDiffer(InExVat::In);
    const InExVat mode = differEx.size() <= differIn.size() ? InExVat::Ex : InExVat::In;
    posting.inExVat = mode;
    const QStringList differ = mode == InExVat::Ex ? differEx : differIn;
    for (const QString& codeName : differ) {
        notes.append(tr("The shop's VAT on the %1 lines cannot be reproduced by e-Boekhouden's rounding; these "
                        "lines are posted with VAT code AFW_VERK and the shop's VAT amount per line.")
                         .arg(codeName));
    }

    bool splitNoted = false;
    for (const Planned& line : planned) {
        const Item& item = items[line.item];
        const bool explicitVat = line.code.takesExplicitVat() || differ.contains(line.code.name());
        const VatCode code = explicitVat ? VatCode(VatCode::AfwVerk) : line.code;
        const Money amount = plannedAmount(line, mode);
        const Money vat = signedMoney(explicitVat ? shopVat(line) : EBoekhoudenVatModel::vat(amount, code, mode));
        PostingInvoiceLine invoiceLine;
        invoiceLine.productCode = line.vatLine ? QString() : item.productCode;
        invoiceLine.description = line.vatLine ? written(QT_TR_NOOP("VAT %1% %2 (OSS) on %3"))
                                                     .arg(item.rate.toString(), destinationText, item.description)
                                               : item.description;
        invoiceLine.vatCode = code;
        invoiceLine.ledger = line.ledger;
        invoiceLine.vatAmount = vat;
        invoiceLine.net =
            signedMoney(EBoekhoudenVatModel::net(amount, code, mode, explicitVat ? shopVat(line) : Money()));
        invoiceLine.gross =
            signedMoney(EBoekhoudenVatModel::gross(amount, code, mode, explicitVat ? shopVat(line) : Money()));

        // Unit price = amount / quantity (seed 004) when that is a whole cent; otherwise one unit of the
        // line's total, so that quantity × price still gives the shop's amount exactly.
        Quantity quantity = line.vatLine ? Quantity::whole(1) : item.quantity;
        const std::int64_t scaled = amount.cents() * 1000;
        if (quantity.thousandths <= 0 || scaled % quantity.thousandths != 0) {
            if (!splitNoted) {
                notes.append(tr("Where a line's total is not a whole number of cents per unit, it is posted as "
                                "one unit of its total with the quantity in its description."));
                splitNoted = true;
            }
            invoiceLine.description = tr("%1 × %2").arg(quantityText(quantity), invoiceLine.description);
            quantity = Quantity::whole(1);
        }
        invoiceLine.quantity = Quantity{quantity.thousandths * sign};
        const Money unit = Money::fromCents(amount.cents() * 1000 / quantity.thousandths);
        const Money other = mode == InExVat::Ex ? EBoekhoudenVatModel::gross(amount, code, mode, shopVat(line))
                                                : EBoekhoudenVatModel::net(amount, code, mode, shopVat(line));
        const Money otherUnit = Money::fromCents(
            Rounding::divideHalfAwayFromZero(other.cents() * Rounding::Wide(1000), quantity.thousandths));
        invoiceLine.unitPriceExcl = mode == InExVat::Ex ? unit : otherUnit;
        invoiceLine.unitPriceIncl = mode == InExVat::In ? unit : otherUnit;
        invoiceLine.carriesVat = line.vatLine;
        // Cut here, not by the request: the preview shows the text that is sent (C7, see FieldLimits).
        invoiceLine.description = FieldLimits::apply(invoiceLine.description, FieldLimits::invoiceItemDescription,
                                                     tr("invoice line description"), notes);
        posting.lines.append(invoiceLine);
    }
    if (!settings.invoiceVatPerLine) {
        // e-Boekhouden rounds once per VAT code: the code's VAT goes to its lines, the rounding difference
        // to its largest line, so that the lines show what e-Boekhouden books.
        QMap<QString, QList<qsizetype>> linesPerCode;
        for (qsizetype i = 0; i < posting.lines.size(); ++i) {
            if (!posting.lines[i].vatCode.takesExplicitVat())
                linesPerCode[posting.lines[i].vatCode.name()].append(i);
        }
        for (auto it = linesPerCode.cbegin(); it != linesPerCode.cend(); ++it) {
            Money sent;
            Money perLine;
            qsizetype largest = it->first();
            for (const qsizetype i : *it) {
                const PostingInvoiceLine& line = posting.lines[i];
                sent += mode == InExVat::Ex ? line.net : line.gross;
                perLine += line.vatAmount;
                if (line.net.abs() > posting.lines[largest].net.abs())
                    largest = i;
            }
            const Money difference = EBoekhoudenVatModel::vat(sent, posting.lines[largest].vatCode, mode) - perLine;
            if (difference.isZero())
                continue;
            PostingInvoiceLine& line = posting.lines[largest];
            line.vatAmount += difference;
            if (mode == InExVat::Ex)
                line.gross += difference;
            else
                line.net -= difference;
        }
    }
    for (const PostingInvoiceLine& line : posting.lines) {
        posting.totalVat += line.carriesVat ? line.gross : line.vatAmount;
        posting.totalIncl += line.gross;
    }
    posting.totalExcl = posting.totalIncl - posting.totalVat;
}

PostingResult PostingBuilder::buildPayment(const Payment& payment, const SalesDocument& document,
                                           const AdministrationSettings& settings, const BookingContext& context)
{
    PostingResult result;
    const QString method =
        payment.method.trimmed().isEmpty() ? document.paymentMethod.trimmed() : payment.method.trimmed();
    const QString bankLedger = settings.bankLedgerByPaymentMethod.value(method, settings.defaultBankLedger).trimmed();
    if (bankLedger.isEmpty()) {
        result.problems.append(
            {Problem::Code::MissingSetting, LogMessage::coded(u"problem.noBankLedger"_qs, {method})});
    }
    QString invoiceNumber = context.postedInvoiceNumber.trimmed();
    if (invoiceNumber.isEmpty())
        invoiceNumber = document.kind == DocumentKind::CreditMemo
                            ? InvoiceNumberFormatter::formatCreditMemo(document.number, settings.invoiceNumbering)
                            : InvoiceNumberFormatter::format(document.number, settings.invoiceNumbering);
    if (invoiceNumber.isEmpty()) {
        result.problems.append({Problem::Code::PaymentNotBookable,
                                LogMessage::coded(u"problem.paymentNumberUnknown"_qs, {document.number})});
    }
    const QString relationCode = context.relationCode.trimmed().isEmpty() ? document.customer.debtorCode.trimmed()
                                                                          : context.relationCode.trimmed();
    if (relationCode.isEmpty()) {
        result.problems.append({Problem::Code::PaymentNotBookable,
                                LogMessage::coded(u"problem.paymentDebtorUnknown"_qs, {document.number})});
    }
    if (payment.amount.isZero() || payment.amount.isNegative()) {
        result.problems.append(
            {Problem::Code::PaymentNotBookable,
             LogMessage::coded(u"problem.paymentNotPositive"_qs, {document.number, amountText(payment.amount)})});
    }
    const Money amount = document.kind == DocumentKind::CreditMemo ? -payment.amount : payment.amount;
    if (context.outstandingAmount && *context.outstandingAmount != amount) {
        result.problems.append({Problem::Code::PaymentNotBookable,
                                LogMessage::coded(u"problem.paymentNotOutstanding"_qs,
                                                  {document.number, amountText(amount),
                                                   amountText(*context.outstandingAmount), invoiceNumber})});
    }
    if (!result.problems.isEmpty())
        return result;

    Posting posting;
    posting.form = Posting::Form::Mutation;
    posting.mutationType = 3;
    posting.documentClass = DocumentClass::Domestic;
    posting.date = payment.paidAt.isValid() ? payment.paidAt.date() : document.documentDate;
    posting.invoiceNumber = invoiceNumber;
    posting.relationCode = relationCode;
    posting.relationName = DebtorRule::of(document).name;
    posting.mainLedger = bankLedger;
    posting.inExVat = InExVat::Ex; // GEEN computes no VAT: IN and EX give the same; EX as in the API's recipe
    // Seed 004: "payment method - invoice number - transaction id", the transaction id also as the entry number.
    QStringList parts{method, invoiceNumber};
    if (!payment.transactionId.trimmed().isEmpty())
        parts.append(payment.transactionId.trimmed());
    parts.removeAll(QString());
    posting.description = FieldLimits::apply(parts.join(QStringLiteral(" - ")), FieldLimits::mutationDescription,
                                             tr("description"), posting.notes);
    posting.entryNumber = payment.transactionId.trimmed().left(50); // REST entryNumber max 50 (§1.8)
    posting.rows.append({settings.debtorLedger.trimmed(), VatCode::Geen, amount, Money(), amount, amount,
                         posting.description, invoiceNumber, relationCode, false});
    posting.totalExcl = amount;
    posting.totalIncl = amount;
    result.posting = posting;
    return result;
}
