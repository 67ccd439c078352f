#include "shop/MagentoMapper.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

// The Magento mapper over shop bytes (issue 13 item 15): an invoice, credit memo or customer and its order as a
// shop may send them. None may crash, hang or read out of bounds. The input is the document, a NUL byte and its
// order; without a NUL the same bytes are both (the seeds, shared/samples/magento, are single bodies).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const MagentoShopInfo shop = *MagentoShopInfo::parse(
        R"([{"id":1,"code":"default","website_id":1,"base_currency_code":"EUR","timezone":"Europe/Amsterdam"}])",
        R"([{"id":1,"name":"Main Website"}])");
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const qsizetype split = bytes.indexOf('\0');
    const QByteArray document = split < 0 ? bytes : bytes.left(split);
    const QByteArray order = split < 0 ? bytes : bytes.mid(split + 1);

    (void)MagentoMapper::invoice(document, order, shop);
    (void)MagentoMapper::customer(document, shop);
    const QJsonDocument parsedDocument = QJsonDocument::fromJson(document);
    const QJsonDocument parsedOrder = QJsonDocument::fromJson(order);
    if (parsedDocument.isObject())
        (void)MagentoMapper::creditMemo(parsedDocument.object(), parsedOrder.object(), QStringLiteral("000000001"),
                                        shop);
    (void)MagentoShopInfo::parse(document, order);
    return 0;
}
