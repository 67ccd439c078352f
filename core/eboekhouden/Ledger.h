#pragma once

#include <QString>

// A ledger account ("grootboekrekening"). REST posts by `id`, SOAP by `code`.
struct Ledger
{
    qint64 id = 0;
    QString code;        // e.g. "8000"
    QString description; // e.g. "Omzet"
    QString category;    // BAL, VW, FIN, DEB, CRED, ... (API-eboekhouden.md §1.10)
    QString group;
};
