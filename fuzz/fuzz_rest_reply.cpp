#include "eboekhouden/RestReplyParser.h"

#include <cstddef>
#include <cstdint>

// Every REST reply parser over the same bytes: none may crash, hang or read out of bounds, whatever arrives.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)RestReplyParser::session(body);
    (void)RestReplyParser::error(400, body, -1).summary();
    (void)RestReplyParser::relationList(body);
    (void)RestReplyParser::relation(body);
    (void)RestReplyParser::createdRelation(body);
    (void)RestReplyParser::createdId(body);
    (void)RestReplyParser::ledgerList(body);
    (void)RestReplyParser::invoiceTemplateList(body);
    (void)RestReplyParser::costCenterList(body);
    (void)RestReplyParser::createdInvoice(body);
    (void)RestReplyParser::mutationList(body);
    (void)RestReplyParser::invoiceList(body);
    (void)RestReplyParser::outstandingList(body);
    (void)RestReplyParser::administrations(body);
    (void)RestReplyParser::productList(body);
    return 0;
}
