#include "LogMessage.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace {

// One message of the catalogue. `context` is the class whose tr() wrote the text before the codes existed, so
// the translations made for it apply unchanged; an empty context is a text that is never translated.
struct Entry
{
    const char* code;
    const char* context;
    const char* source;
};

// The codes are stored: never rename or reuse one. A text may be reworded (old rows then read the new words).
constexpr Entry catalogue[] = {
    // Two messages in a row (a booking and the debtor made for it).
    {"joined", "", "%1 %2"},
    {"invoice.booked", "DocumentPusher", QT_TRANSLATE_NOOP("DocumentPusher", "Invoice booked in e-Boekhouden as %1.")},
    {"creditmemo.booked", "DocumentPusher",
     QT_TRANSLATE_NOOP("DocumentPusher", "Credit memo booked in e-Boekhouden as %1.")},
    {"debtor.created", "DocumentPusher", QT_TRANSLATE_NOOP("DocumentPusher", "New debtor %1 created.")},
    {"document.linked", "DocumentPusher",
     QT_TRANSLATE_NOOP("DocumentPusher", "Already in e-Boekhouden under number %1: linked, not posted again.")},
    {"validation.error", "DocumentPusher", QT_TRANSLATE_NOOP("DocumentPusher", "Validation error: %1")},
    {"customer.emailRequired", "DocumentPusher",
     QT_TRANSLATE_NOOP("DocumentPusher",
                       "Customer email required: the customer of %1 has no valid e-mail address (\"%2\"), so its "
                       "debtor cannot be found or created in e-Boekhouden. Add the e-mail address to the customer in "
                       "the shop, or set a fixed debtor for the payment method in the booking settings, then offer "
                       "the document again.")},
    {"customer.createdDuringSync", "DocumentPusher",
     QT_TRANSLATE_NOOP("DocumentPusher",
                       "Customer created: new debtor %1 in e-Boekhouden for %2, during the sync of %3.")},
    {"customer.duplicateFound", "DocumentPusher",
     QT_TRANSLATE_NOOP("DocumentPusher",
                       "Duplicate found: %1 already exists in e-Boekhouden as debtor %2; %3 is booked on it.")},
    {"customer.relationGone", "DocumentPusher",
     QT_TRANSLATE_NOOP("DocumentPusher",
                       "Debtor %1 is no longer in e-Boekhouden (deleted there?): Boekhoudbrug has forgotten it and "
                       "looks up or creates the debtor of %2 again. If the relation was merged into another one in "
                       "e-Boekhouden, check which debtor %2 is booked on.")},
    {"customer.updated", "SyncEngine",
     QT_TRANSLATE_NOOP("SyncEngine",
                       "Customer updated: debtor %1 in e-Boekhouden now has the shop's name, address, e-mail address "
                       "and VAT number of %2.")},
    {"customer.created", "SyncEngine",
     QT_TRANSLATE_NOOP("SyncEngine", "Customer created: new debtor %1 in e-Boekhouden for %2.")},
    {"creditmemo.invoiceNotBooked", "DocumentPusher",
     QT_TRANSLATE_NOOP("DocumentPusher",
                       "Invoice not booked: invoice %1 of this credit memo could not be booked (see its message). "
                       "Fix the invoice and push it again; this credit memo follows at the next sync.")},
    {"creditmemo.invoiceNotFound", "DocumentPusher",
     QT_TRANSLATE_NOOP("DocumentPusher",
                       "Invoice not found: invoice %1 has not been booked in e-Boekhouden yet. Push the "
                       "invoice first; this credit memo follows at the next sync.")},
    {"creditmemo.invoiceNotInEBoekhouden", "DocumentPusher",
     QT_TRANSLATE_NOOP("DocumentPusher",
                       "Invoice not found: %1, and e-Boekhouden has no sales booking numbered %2 for this customer. "
                       "Import the period of the invoice (Import a period) or book the invoice in e-Boekhouden under "
                       "number %2; this credit memo follows at the next sync.")},
    {"creditmemo.invoiceBookedByHand", "DocumentPusher",
     QT_TRANSLATE_NOOP("DocumentPusher", "invoice %1 was marked as booked by hand")},
    {"creditmemo.invoiceNotLocal", "DocumentPusher",
     QT_TRANSLATE_NOOP("DocumentPusher", "invoice %1 is not in the local database")},
    {"invoice.numberTaken", "DocumentPusher",
     QT_TRANSLATE_NOOP("DocumentPusher",
                       "e-Boekhouden already has a sales booking numbered %1 that is not this invoice: %2. Nothing was "
                       "booked. Check that booking in e-Boekhouden; if it is another document, change the invoice "
                       "numbering in the booking settings and push this one again; if it is this invoice, choose "
                       "\"Mark as booked by hand\".")},
    {"creditmemo.numberTaken", "DocumentPusher",
     QT_TRANSLATE_NOOP("DocumentPusher",
                       "e-Boekhouden already has a sales booking numbered %1 that is not this credit memo: %2. Nothing "
                       "was booked. Check that booking in e-Boekhouden; if it is another document, give credit memos a "
                       "prefix of their own in the booking settings and push this one again; if it is this credit "
                       "memo, choose \"Mark as booked by hand\".")},
    {"document.notMarkedSent", "DocumentPusher",
     QT_TRANSLATE_NOOP("DocumentPusher",
                       "Document %1 was not sent: the local database could not record that it was being booked. It "
                       "will be tried again at the next sync; if this repeats, check the disk.")},
    {"document.connectionBrokeOff", "DocumentPusher",
     QT_TRANSLATE_NOOP("DocumentPusher",
                       "The connection to e-Boekhouden broke off while document %1 (order %2) was being booked. "
                       "e-Boekhouden numbers these documents itself, so it cannot be looked up: it may already be "
                       "booked. Check e-Boekhouden's invoices of this customer first: when it is there, choose \"Mark "
                       "as booked by hand\"; push it again only when it is not there.")},
    {"document.triedAgainNextSync", "DocumentPusher",
     QT_TRANSLATE_NOOP("DocumentPusher", "%1 It will be tried again at the next sync.")},
    {"payment.notOutstanding", "PaymentPusher",
     QT_TRANSLATE_NOOP("PaymentPusher",
                       "Invoice %1 is no longer outstanding in e-Boekhouden; its payment was not booked again.")},
    {"refund.notOutstanding", "PaymentPusher",
     QT_TRANSLATE_NOOP("PaymentPusher",
                       "Credit memo %1 is no longer outstanding in e-Boekhouden; its refund was not booked again.")},
    {"payment.linked", "PaymentPusher",
     QT_TRANSLATE_NOOP("PaymentPusher",
                       "The payment of invoice %1 is already in e-Boekhouden: linked, not booked again.")},
    {"refund.linked", "PaymentPusher",
     QT_TRANSLATE_NOOP("PaymentPusher",
                       "The refund of credit memo %1 is already in e-Boekhouden: linked, not booked again.")},
    {"payment.booked", "PaymentPusher",
     QT_TRANSLATE_NOOP("PaymentPusher", "Payment of %1 for invoice %2 booked in e-Boekhouden.")},
    {"refund.booked", "PaymentPusher",
     QT_TRANSLATE_NOOP("PaymentPusher", "Refund of %1 for credit memo %2 booked in e-Boekhouden.")},
    {"document.linkNotItsOwn", "LinkChecker",
     QT_TRANSLATE_NOOP("LinkChecker",
                       "Marked as booked under %1, but that booking in e-Boekhouden is not this document's (%2). "
                       "Offered again: the next sync books it under a number of its own.")},
    {"document.bookedByHand", "ManualBooking",
     QT_TRANSLATE_NOOP("ManualBooking",
                       "Marked as booked by hand on %1: Boekhoudbrug will not book it. Reprocess undoes this.")},

    // Several messages in a row: a document's pre-check problems (joined by a space), the bookings found under
    // one number (joined by "; ").
    {"list", "", "%1; %2"},

    // Why a document cannot be booked: the pre-check problems (core/rules/Problem.h), each written as the
    // document's reason and its log row. The context is the class that wrote them before the codes existed.
    {"problem.nothingToBook", "PostingBuilder",
     QT_TRANSLATE_NOOP("PostingBuilder", "Document %1 totals 0.00 and has no amounts: there is nothing to book. Mark "
                                         "it as booked by hand to clear it from the list.")},
    {"problem.foreignCurrency", "PostingBuilder",
     QT_TRANSLATE_NOOP("PostingBuilder",
                       "Document %1 is in %2, but e-Boekhouden books in euros and the shop gives no euro amounts for "
                       "it. Book it by hand, or make EUR the shop's base currency.")},
    {"problem.unknownVatRate", "PostingBuilder",
     QT_TRANSLATE_NOOP("PostingBuilder", "%1: VAT %2 on %3 excl. VAT is no legal VAT rate of %4. Correct the VAT in "
                                         "the shop and import the document again.")},
    {"problem.line", "PostingBuilder", QT_TRANSLATE_NOOP("PostingBuilder", "Line \"%1\"")},
    {"problem.shipping", "PostingBuilder", QT_TRANSLATE_NOOP("PostingBuilder", "Shipping")},
    {"problem.surcharge", "PostingBuilder", QT_TRANSLATE_NOOP("PostingBuilder", "Surcharge \"%1\"")},
    {"problem.discountWithoutGoods", "PostingBuilder",
     QT_TRANSLATE_NOOP("PostingBuilder", "The discount \"%1\" of %2 has nothing to be spread over: the document has no "
                                         "goods total. Correct the document in the shop.")},
    {"problem.missingVatNumber", "PostingBuilder",
     QT_TRANSLATE_NOOP("PostingBuilder",
                       "This is an intra-community (ICP) sale to %1 without VAT, but the customer has no VAT number. "
                       "Add the customer's VAT number in the shop, or charge VAT.")},
    {"problem.vatNumberOfShopCountry", "PostingBuilder",
     QT_TRANSLATE_NOOP("PostingBuilder", "VAT number %1 is from %2, the shop's own country: an intra-community (ICP) "
                                         "sale needs the customer's VAT number of another member state.")},
    {"problem.creditMemoWithoutInvoice", "PostingBuilder",
     QT_TRANSLATE_NOOP("PostingBuilder",
                       "Credit memo %1 does not name the invoice it credits. Import its invoice first.")},
    {"problem.alreadyPosted", "PostingBuilder",
     QT_TRANSLATE_NOOP(
         "PostingBuilder",
         "Invoice number %1 is already in e-Boekhouden. Link the document to it instead of posting it again.")},
    {"problem.invoiceNumberNoDigit", "PostingBuilder",
     QT_TRANSLATE_NOOP("PostingBuilder",
                       "Invoice number %1 does not end with a digit, which e-Boekhouden's invoices require. Strip its "
                       "suffix in the settings or let e-Boekhouden number the invoices.")},
    {"problem.noInvoiceTemplate", "PostingBuilder",
     QT_TRANSLATE_NOOP("PostingBuilder",
                       "No invoice template is set. Choose the e-Boekhouden invoice template in the settings.")},
    {"problem.noDebtorLedger", "PostingBuilder",
     QT_TRANSLATE_NOOP("PostingBuilder",
                       "No debtors ledger is set. Choose the e-Boekhouden debtors ledger in the settings.")},
    {"problem.noBankLedger", "PostingBuilder",
     QT_TRANSLATE_NOOP("PostingBuilder",
                       "No bank ledger is set for payment method \"%1\". Choose its ledger in the settings.")},
    {"problem.paymentNumberUnknown", "PostingBuilder",
     QT_TRANSLATE_NOOP("PostingBuilder", "The payment of %1 cannot be matched: the invoice's number in e-Boekhouden is "
                                         "not known yet. Post the invoice first.")},
    {"problem.paymentDebtorUnknown", "PostingBuilder",
     QT_TRANSLATE_NOOP(
         "PostingBuilder",
         "The payment of %1 cannot be booked: the debtor is not known in e-Boekhouden yet. Post the invoice first.")},
    {"problem.paymentNotPositive", "PostingBuilder",
     QT_TRANSLATE_NOOP("PostingBuilder", "The payment of %1 is %2: only a positive amount can be booked.")},
    {"problem.paymentNotOutstanding", "PostingBuilder",
     QT_TRANSLATE_NOOP("PostingBuilder", "The payment of %1 is %2, but e-Boekhouden has %3 outstanding for invoice %4. "
                                         "Check the payment and the invoice in e-Boekhouden.")},
    {"problem.totalsDiffer", "TotalsCheck",
     QT_TRANSLATE_NOOP("TotalsCheck", "The document total %1 VAT is %2, but lines %3 + shipping %4 + surcharges %5 − "
                                      "discounts %6 make %7 (difference %8).")},
    {"problem.totalsExcl", "TotalsCheck", QT_TRANSLATE_NOOP("TotalsCheck", "excl.")},
    {"problem.totalsIncl", "TotalsCheck", QT_TRANSLATE_NOOP("TotalsCheck", "incl.")},
    {"problem.correctInShop", "TotalsCheck",
     QT_TRANSLATE_NOOP("TotalsCheck", "Correct the document in the shop and import it again.")},
    {"problem.beyondShopRounding", "TotalsCheck",
     QT_TRANSLATE_NOOP("TotalsCheck", "That is more than the shop's rounding of its total (at most %1) explains: check "
                                      "the order's totals in the shop; if the shop is right, book the document by hand "
                                      "in e-Boekhouden and choose \"Mark as booked by hand\".")},
    {"problem.vatTotalMismatch", "TotalsCheck",
     QT_TRANSLATE_NOOP("TotalsCheck", "The document's VAT is %1, but its total incl. VAT %2 − total excl. VAT %3 makes "
                                      "%4. Correct the document in the shop and import it again.")},
    {"problem.classDomestic", "DocumentClassifier", QT_TRANSLATE_NOOP("DocumentClassifier", "domestic")},
    {"problem.classIcp", "DocumentClassifier", QT_TRANSLATE_NOOP("DocumentClassifier", "intra-community (ICP)")},
    {"problem.classExport", "DocumentClassifier", QT_TRANSLATE_NOOP("DocumentClassifier", "export outside the EU")},
    {"problem.classOss", "DocumentClassifier", QT_TRANSLATE_NOOP("DocumentClassifier", "OSS distance sale")},
    {"problem.classTo", "VatMappingResolver", QT_TRANSLATE_NOOP("VatMappingResolver", "%1 to %2")},
    {"problem.noVatMapping", "VatMappingResolver",
     QT_TRANSLATE_NOOP("VatMappingResolver", "No VAT mapping fits %1% VAT (%2). Add a row for it in the VAT mapping "
                                             "with the e-Boekhouden VAT code and revenue ledger to use.")},
    {"problem.noRevenueLedger", "VatMappingResolver",
     QT_TRANSLATE_NOOP("VatMappingResolver",
                       "The VAT mapping row for %1% VAT (%2) has no revenue ledger. Choose one in the VAT mapping.")},
    {"problem.noOssVatLedger", "VatMappingResolver",
     QT_TRANSLATE_NOOP("VatMappingResolver",
                       "The VAT mapping row for %1% VAT (%2) has no VAT ledger for the foreign VAT. Choose the balance "
                       "ledger of this country's OSS VAT in the VAT mapping.")},
    {"problem.vatCodeOfOtherRate", "VatMappingResolver",
     QT_TRANSLATE_NOOP(
         "VatMappingResolver",
         "The VAT mapping maps %1% VAT (%2) to %3, which computes %4%. Choose a VAT code of %1% in the VAT mapping.")},
    {"problem.vatNumberEmpty", "VatNumberValidator",
     QT_TRANSLATE_NOOP("VatNumberValidator", "The VAT number is empty.")},
    {"problem.vatNumberNoMemberState", "VatNumberValidator",
     QT_TRANSLATE_NOOP("VatNumberValidator",
                       "VAT number %1 does not start with the code of an EU member state (such as NL, BE, DE).")},
    {"problem.vatNumberFormat", "VatNumberValidator",
     QT_TRANSLATE_NOOP(
         "VatNumberValidator",
         "VAT number %1 does not have the format of a %2 VAT number. Ask the customer for the correct number.")},
    {"problem.vatNumberCheckDigit", "VatNumberValidator",
     QT_TRANSLATE_NOOP("VatNumberValidator", "VAT number %1 fails the %2 check digit: it contains a typing error. Ask "
                                             "the customer for the correct number.")},
    {"vies.refused", "IcpViesCheck",
     QT_TRANSLATE_NOOP("IcpViesCheck",
                       "VIES refuses %1 as no VAT number of a member state (INVALID_INPUT, checked %2). Check the "
                       "customer's VAT number in the shop, or book it as a domestic sale.")},
    {"vies.notValid", "IcpViesCheck",
     QT_TRANSLATE_NOOP("IcpViesCheck", "VIES says %1 is not valid (checked %2). Check the customer's VAT number in the "
                                       "shop, or book it as a domestic sale.")},
    {"vies.offlineOnly", "IcpViesCheck",
     QT_TRANSLATE_NOOP("IcpViesCheck", "VAT number %1 was checked offline only, VIES did not answer (%2).")},
    {"vies.heldUntilConfirmed", "IcpViesCheck",
     QT_TRANSLATE_NOOP("IcpViesCheck",
                       "The booking settings hold ICP sales until VIES has confirmed the number; it is asked again. To "
                       "book without VIES, allow it under \"When VIES does not answer\" in the booking settings.")},

    // The bookings e-Boekhouden already holds under a document's number (invoice.numberTaken's %2).
    {"booking.credit", "DocumentPusher", QT_TRANSLATE_NOOP("DocumentPusher", "a credit booking of %1")},
    {"booking.invoice", "DocumentPusher", QT_TRANSLATE_NOOP("DocumentPusher", "an invoice booking of %1")},
    {"booking.otherRelation", "DocumentPusher", QT_TRANSLATE_NOOP("DocumentPusher", "%1 for another relation")},
    {"booking.invoiceWithoutId", "DocumentPusher",
     QT_TRANSLATE_NOOP("DocumentPusher", "an invoice listed without an id")},
    {"booking.withoutId", "DocumentPusher", QT_TRANSLATE_NOOP("DocumentPusher", "a booking listed without an id")},
};

QHash<QString, LogMessage::Renderer>& renderers()
{
    static QHash<QString, LogMessage::Renderer> all;
    return all;
}

const Entry* find(const QString& code)
{
    for (const Entry& entry : catalogue) {
        if (code == QLatin1String(entry.code))
            return &entry;
    }
    return nullptr;
}

// Qt's multi-argument arg() fills every placeholder in one pass, so an argument that itself contains "%1" (a
// shop's text) is never filled again.
QString fill(const QString& text, const QStringList& a)
{
    switch (a.size()) {
    case 0:
        return text;
    case 1:
        return text.arg(a[0]);
    case 2:
        return text.arg(a[0], a[1]);
    case 3:
        return text.arg(a[0], a[1], a[2]);
    case 4:
        return text.arg(a[0], a[1], a[2], a[3]);
    case 5:
        return text.arg(a[0], a[1], a[2], a[3], a[4]);
    case 6:
        return text.arg(a[0], a[1], a[2], a[3], a[4], a[5]);
    case 7:
        return text.arg(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
    case 8:
        return text.arg(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
    default:
        return text.arg(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]);
    }
}

constexpr auto dateKey = "date";
constexpr auto codeKey = "code";
constexpr auto argsKey = "args";

} // namespace

LogMessage::LogMessage(const QString& plainText)
    : m_text(plainText)
{}

LogMessage LogMessage::coded(const QString& code, const QList<LogMessage>& args)
{
    Q_ASSERT_X(find(code) || renderers().contains(code), "LogMessage::coded", qPrintable(code));
    LogMessage message;
    message.m_code = code;
    message.m_args = args;
    message.m_text = message.text();
    return message;
}

LogMessage LogMessage::date(QDate day)
{
    LogMessage message;
    message.m_code = QLatin1String(dateKey);
    message.m_text = day.toString(Qt::ISODate);
    return message;
}

LogMessage LogMessage::joined(const QList<LogMessage>& messages, const QString& joinCode)
{
    if (messages.isEmpty())
        return {};
    LogMessage all = messages.constLast();
    for (qsizetype i = messages.size() - 2; i >= 0; --i)
        all = coded(joinCode, {messages.at(i), all});
    return all;
}

QString LogMessage::text() const
{
    if (m_code.isEmpty())
        return m_text;
    // A date is written the way the reader's language writes dates.
    if (m_code == QLatin1String(dateKey)) {
        const QDate day = QDate::fromString(m_text, Qt::ISODate);
        return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : m_text;
    }
    const Entry* entry = find(m_code);
    if (!entry) {
        const Renderer renderer = renderers().value(m_code);
        return renderer ? renderer(m_args) : m_text;
    }
    const QString source =
        *entry->context ? QCoreApplication::translate(entry->context, entry->source) : QString::fromUtf8(entry->source);
    QStringList args;
    for (const LogMessage& arg : m_args)
        args.append(arg.text());
    return fill(source, args);
}

QJsonValue LogMessage::encode(const LogMessage& message)
{
    if (message.m_code.isEmpty())
        return message.m_text;
    if (message.m_code == QLatin1String(dateKey))
        return QJsonObject{{QLatin1String(dateKey), message.m_text}};
    QJsonArray args;
    for (const LogMessage& arg : message.m_args)
        args.append(encode(arg));
    return QJsonObject{{QLatin1String(codeKey), message.m_code}, {QLatin1String(argsKey), args}};
}

LogMessage LogMessage::decode(const QJsonValue& value)
{
    if (!value.isObject())
        return LogMessage(value.toVariant().toString());
    const QJsonObject object = value.toObject();
    if (object.contains(QLatin1String(dateKey)))
        return date(QDate::fromString(object.value(QLatin1String(dateKey)).toString(), Qt::ISODate));
    LogMessage message;
    message.m_code = object.value(QLatin1String(codeKey)).toString();
    for (const QJsonValue& arg : object.value(QLatin1String(argsKey)).toArray())
        message.m_args.append(decode(arg));
    return message;
}

QString LogMessage::argumentsJson() const
{
    if (!isCoded())
        return {};
    QJsonArray args;
    for (const LogMessage& arg : m_args)
        args.append(encode(arg));
    return QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact));
}

LogMessage LogMessage::fromStored(const QString& code, const QString& argumentsJson, const QString& storedText)
{
    LogMessage message(storedText);
    if (code.isEmpty())
        return message;
    message.m_code = code;
    // Arguments that do not parse (a hand-edited row) leave the text stored beside them.
    QJsonParseError error;
    const QJsonDocument args = QJsonDocument::fromJson(argumentsJson.toUtf8(), &error);
    if (!argumentsJson.isEmpty() && (error.error != QJsonParseError::NoError || !args.isArray()))
        return LogMessage(storedText);
    for (const QJsonValue& arg : args.array())
        message.m_args.append(decode(arg));
    return message;
}

void LogMessage::addRenderer(const QString& code, Renderer renderer)
{
    renderers().insert(code, renderer);
}

QStringList LogMessage::codes()
{
    QStringList all;
    for (const Entry& entry : catalogue)
        all.append(QLatin1String(entry.code));
    return all;
}

QString LogMessage::sourceText(const QString& code)
{
    const Entry* entry = find(code);
    return entry ? QString::fromUtf8(entry->source) : QString();
}

QStringList LogMessage::codesShowing(const QString& words)
{
    const QString wanted = words.trimmed();
    QStringList found;
    if (wanted.isEmpty())
        return found;
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    for (const Entry& entry : catalogue) {
        const QString shown =
            *entry.context ? QCoreApplication::translate(entry.context, entry.source) : QString::fromUtf8(entry.source);
        // Only the catalogue's own words: what fills a placeholder is stored as written, and searched there.
        const QStringList fragments = shown.split(placeholder);
        if (std::any_of(fragments.cbegin(), fragments.cend(),
                        [&](const QString& fragment) { return fragment.contains(wanted, Qt::CaseInsensitive); }))
            found.append(QLatin1String(entry.code));
    }
    return found;
}

bool LogMessage::operator==(const LogMessage& other) const
{
    if (m_code != other.m_code)
        return false;
    // Plain: the words; coded: the code and its arguments (the stored text may be in another language).
    return m_code.isEmpty() ? m_text == other.m_text : m_args == other.m_args;
}
