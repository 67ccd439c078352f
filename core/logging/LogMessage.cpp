#include "LogMessage.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

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
    default:
        return text.arg(a[0], a[1], a[2], a[3], a[4]);
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

bool LogMessage::operator==(const LogMessage& other) const
{
    if (m_code != other.m_code)
        return false;
    // Plain: the words; coded: the code and its arguments (the stored text may be in another language).
    return m_code.isEmpty() ? m_text == other.m_text : m_args == other.m_args;
}
