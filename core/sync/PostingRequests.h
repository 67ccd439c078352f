#pragma once

#include "AdministrationDirectory.h"
#include "eboekhouden/InvoiceRequest.h"
#include "eboekhouden/MutationRequest.h"
#include "posting/Posting.h"

// Turns a Posting (what the rules decided) into the request the e-Boekhouden client sends, filling in the
// ids REST needs (ledgers, template) from the administration. Nothing is decided here: amounts, codes and
// texts are the posting's.
class PostingRequests
{
public:
    // One request as it goes over the wire: what the Preview shows as "the request that would be sent".
    struct Wire
    {
        QByteArray method;
        QString endpoint; // REST path, or the SOAP operation
        QByteArray body;  // exact JSON (REST) or XML (SOAP; the session keys shown as *** as in the audit trail)
    };

    // The exact body the push sends for this posting and debtor (issue 15 item 2): the same writer the client
    // uses, so what the preview shows is what is sent, byte for byte.
    static Result<Wire> wire(const Posting& posting, const Relation& debtor, AdministrationDirectory& directory);

    static Result<MutationRequest> mutation(const Posting& posting, const Relation& debtor,
                                            AdministrationDirectory& directory);
    static Result<InvoiceRequest> invoice(const Posting& posting, const Relation& debtor,
                                          AdministrationDirectory& directory);
};
