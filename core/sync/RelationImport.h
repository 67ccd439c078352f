#pragma once

#include "eboekhouden/EBoekhoudenClient.h"

#include <QCoreApplication>

#include <optional>

class Database;

// The relations e-Boekhouden already holds, imported into the store (issue 15 item 3) at setup and on demand
// (`boekhoudbrug-cli import-relations`), so that the shop's customers are matched to them before a debtor is
// created, and a new debtor's code is chosen among all codes in use.
//
// REST lists id, type and code only, 2,000 a call (API-eboekhouden.md §1.2, §1.6), and gives the details one
// relation at a time: a relation already in the store is not read again unless `refresh` asks, so an import
// after the first costs the list and the new relations. SOAP's GetRelaties answers everything in one call.
// What was read before an error is kept: the next import goes on from there.
class RelationImport
{
    Q_DECLARE_TR_FUNCTIONS(RelationImport)

public:
    struct Outcome
    {
        int inEBoekhouden = 0; // relations the administration holds
        int read = 0;          // relations whose details were read and stored by this import
        std::optional<ApiError> error;
        QString message; // for the bookkeeper: what was imported, or what went wrong and what to do
        bool ok() const { return !error; }
    };

    RelationImport(const Database& database, EBoekhoudenClient& client);

    Outcome run(bool refresh = false);

private:
    Outcome failed(Outcome outcome, const ApiError& error) const;
    static ApiError storeRefused();

    const Database& m_database;
    EBoekhoudenClient& m_client;
};
