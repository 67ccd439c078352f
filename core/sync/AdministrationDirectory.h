#pragma once

#include "eboekhouden/EBoekhoudenClient.h"

#include <QHash>

// The administration's ledgers and invoice templates, read once per sync and kept: REST posts ledgers and
// templates by id, while the VAT mapping and settings name them by code and name. Over SOAP, which cannot list
// templates, a template is its typed name (AddFactuur takes the name), checked by e-Boekhouden on booking.
class AdministrationDirectory
{
    Q_DECLARE_TR_FUNCTIONS(AdministrationDirectory)

public:
    explicit AdministrationDirectory(EBoekhoudenClient& client);

    Result<Ledger> ledger(const QString& code);
    // "REST" or "SOAP": what the requests can express depends on it (SOAP invoice lines carry no VAT amount).
    QString apiName() const { return m_client.apiName(); }
    Result<InvoiceTemplate> invoiceTemplate(const QString& name);
    // The product code an invoice line may carry for `sku`: the SKU when e-Boekhouden has that product (or it was
    // just created, when creating is allowed), else empty, so the line goes description-only. An unknown SKU
    // never fails a document (issue 12, seed 004). Errors only for a look-up that failed (try again later).
    Result<QString> productCode(const QString& sku, const Product& proposed);
    void setCreateMissingProducts(bool create) { m_createMissingProducts = create; }

private:
    EBoekhoudenClient& m_client;
    QHash<QString, Ledger> m_ledgers;
    QHash<QString, InvoiceTemplate> m_templates;
    bool m_templatesLoaded = false;
    QHash<QString, QString> m_productCodes; // SKU -> the code to send ("" = none)
    bool m_createMissingProducts = false;
};
