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
    static Result<MutationRequest> mutation(const Posting& posting, const Relation& debtor,
                                            AdministrationDirectory& directory);
    static Result<InvoiceRequest> invoice(const Posting& posting, const Relation& debtor,
                                          AdministrationDirectory& directory);
};
