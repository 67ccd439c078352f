#include "shop/PrestaShopMapper.h"

#include <QJsonArray>
#include <QXmlStreamReader>

#include <cstddef>
#include <cstdint>

namespace {

// What output_format=JSON gives for an XML record, roughly: an element with children is an object, repeated
// children or a nodeType list an array, text a string. It lets the recorded XML samples (shared/samples/
// prestashop) seed the fuzzer; JSON input is used as it is.
QJsonValue element(QXmlStreamReader& xml, int depth)
{
    QJsonObject object;
    QJsonArray list;
    QString text;
    const bool isList = xml.attributes().hasAttribute(QStringLiteral("nodeType"));
    while (xml.readNext() != QXmlStreamReader::Invalid && !xml.atEnd()) {
        if (xml.isEndElement())
            break;
        if (xml.isCharacters()) {
            text += xml.text();
        } else if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            const QJsonValue child = depth < 32 ? element(xml, depth + 1) : QJsonValue(QString());
            if (isList)
                list.append(child);
            else
                object.insert(name, child);
        }
    }
    if (isList)
        return list;
    return object.isEmpty() ? QJsonValue(text.trimmed()) : QJsonValue(object);
}

QJsonDocument parse(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError)
        return json;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd() && !xml.isStartElement())
        xml.readNext();
    if (!xml.isStartElement())
        return {};
    const QJsonValue root = element(xml, 0); // <prestashop>
    return root.isObject() ? QJsonDocument(root.toObject()) : QJsonDocument();
}

} // namespace

// The PrestaShop mapper over shop bytes (issue 13 item 15): every mapping function with the same record in
// each role (order, detail, customer, address, payment, slip). None may crash, hang or read out of bounds.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const PrestaShopLookups lookups = [] {
        PrestaShopLookups l;
        l.website = QStringLiteral("Fuzz shop");
        l.countryIso = {{8, QStringLiteral("FR")}, {13, QStringLiteral("NL")}, {1, QStringLiteral("DE")}};
        l.taxes = {{1, QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("rate"), QStringLiteral("21.000")}}}};
        l.orderStates = {{2, QJsonObject{{QStringLiteral("id"), 2}, {QStringLiteral("invoice"), QStringLiteral("1")}}}};
        l.currencyIso = {{1, QStringLiteral("EUR")}};
        return l;
    }();
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QJsonDocument document = parse(bytes);
    (void)PrestaShopMapper::isListResponse(document);
    QList<QJsonObject> records = PrestaShopMapper::records(document);
    if (records.isEmpty() && document.isObject())
        records.append(document.object());
    for (const QJsonObject& record : std::as_const(records)) {
        PrestaShopOrderData order{record, {record}, record, {record}, {record}};
        (void)PrestaShopMapper::invoice(order, lookups);
        (void)PrestaShopMapper::creditMemo(record, order, lookups);
        (void)PrestaShopMapper::customer(record, {record}, lookups);
        (void)PrestaShopMapper::address(record, lookups);
        (void)PrestaShopMapper::payment(record, lookups.timeZone);
        (void)PrestaShopMapper::invoiceNumber(record);
        (void)PrestaShopMapper::stateName(2, record);
        (void)PrestaShopMapper::payloadWithoutSecrets(record);
    }
    (void)PrestaShopMapper::defaultCurrency(records);
    return 0;
}
