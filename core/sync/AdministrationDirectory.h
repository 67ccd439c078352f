#pragma once

#include "eboekhouden/EBoekhoudenClient.h"

#include <QHash>

// The administration's ledgers and invoice templates, read once per sync and kept: REST posts ledgers and
// templates by id, while the VAT mapping and settings name them by code and name.
class AdministrationDirectory
{
    Q_DECLARE_TR_FUNCTIONS(AdministrationDirectory)

public:
    explicit AdministrationDirectory(EBoekhoudenClient& client);

    Result<Ledger> ledger(const QString& code);
    Result<InvoiceTemplate> invoiceTemplate(const QString& name);

private:
    EBoekhoudenClient& m_client;
    QHash<QString, Ledger> m_ledgers;
    QHash<QString, InvoiceTemplate> m_templates;
    bool m_templatesLoaded = false;
};
