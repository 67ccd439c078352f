#include "eboekhouden/SoapReplyParser.h"

#include <cstddef>
#include <cstdint>

// Every SOAP reply parser over the same bytes: none may crash, hang or read out of bounds, whatever arrives.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (const char* operation : {"OpenSession", "CloseSession", "AddMutatie", "UpdateRelatie"})
        (void)SoapReplyParser::operationResult(body, QString::fromLatin1(operation));
    (void)SoapReplyParser::sessionId(body);
    (void)SoapReplyParser::done(body, QStringLiteral("UpdateRelatie"));
    (void)SoapReplyParser::relationId(body);
    (void)SoapReplyParser::relations(body);
    (void)SoapReplyParser::mutationNumber(body);
    (void)SoapReplyParser::invoiceNumber(body);
    (void)SoapReplyParser::mutations(body);
    (void)SoapReplyParser::invoices(body);
    (void)SoapReplyParser::outstandingItems(body);
    (void)SoapReplyParser::ledgers(body);
    (void)SoapReplyParser::costCenters(body);
    (void)SoapReplyParser::products(body);
    (void)SoapReplyParser::administrationName(body);
    return 0;
}
