#include "AdministrationDirectory.h"

#include "logging/Log.h"

AdministrationDirectory::AdministrationDirectory(EBoekhoudenClient& client)
    : m_client(client)
{}

Result<Ledger> AdministrationDirectory::ledger(const QString& code)
{
    if (const auto found = m_ledgers.constFind(code); found != m_ledgers.constEnd())
        return *found;
    Result<QList<Ledger>> ledgers = m_client.ledgers(code);
    if (!ledgers.ok())
        return ledgers.error();
    for (const Ledger& ledger : ledgers.value()) {
        if (ledger.code == code) {
            m_ledgers.insert(code, ledger);
            return ledger;
        }
    }
    return ApiError::ours(ApiError::Kind::NotFound, QStringLiteral("LEDGER"),
                          tr("Ledger account %1 does not exist in e-Boekhouden. Correct it in the VAT mapping or "
                             "the settings.")
                              .arg(code),
                          QStringLiteral("ledger"));
}

Result<InvoiceTemplate> AdministrationDirectory::invoiceTemplate(const QString& name)
{
    if (name.trimmed().isEmpty())
        return ApiError::ours(ApiError::Kind::Validation, QStringLiteral("FACT_018"),
                              tr("No invoice template is chosen. Type the name of an e-Boekhouden invoice template "
                                 "in the settings, or book the documents as sales mutations."),
                              QStringLiteral("template"));
    if (!m_templatesLoaded) {
        Result<QList<InvoiceTemplate>> templates = m_client.invoiceTemplates();
        // SOAP cannot list templates, but AddFactuur takes the name itself (API-eboekhouden.md §2.5
        // Factuursjabloon): the name the bookkeeper typed goes as it is, and e-Boekhouden checks it on the first
        // booking (FACT_018 when there is no such template).
        if (!templates.ok() && templates.error().kind == ApiError::Kind::Unsupported)
            return InvoiceTemplate{0, name, true, {}};
        if (!templates.ok())
            return templates.error();
        for (const InvoiceTemplate& invoiceTemplate : templates.value())
            m_templates.insert(invoiceTemplate.name, invoiceTemplate);
        m_templatesLoaded = true;
    }
    if (const auto found = m_templates.constFind(name); found != m_templates.constEnd())
        return *found;
    return ApiError::ours(ApiError::Kind::NotFound, QStringLiteral("FACT_018"),
                          tr("Invoice template \"%1\" does not exist in e-Boekhouden. Choose an existing template "
                             "in the settings.")
                              .arg(name),
                          QStringLiteral("template"));
}

Result<QString> AdministrationDirectory::productCode(const QString& sku, const Product& proposed)
{
    const QString code = sku.trimmed();
    if (code.isEmpty())
        return QString();
    if (const auto known = m_productCodes.constFind(code); known != m_productCodes.constEnd())
        return *known;
    Result<QList<Product>> found = m_client.findProductsByCode(code);
    if (!found.ok() && found.error().kind == ApiError::Kind::Unsupported) {
        m_productCodes.insert(code, QString());
        return QString();
    }
    if (!found.ok())
        return found.error();
    QString send = found.value().isEmpty() ? QString() : code;
    if (send.isEmpty() && m_createMissingProducts) {
        Product product = proposed;
        product.code = code;
        const Result<qint64> created = m_client.createProduct(product);
        if (created.ok())
            send = code;
        else
            Log::warning(QStringLiteral("product %1 not created: %2").arg(code, created.error().summary()));
    }
    m_productCodes.insert(code, send);
    return send;
}
