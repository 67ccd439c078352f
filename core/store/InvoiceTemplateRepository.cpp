#include "InvoiceTemplateRepository.h"

#include <QJsonObject>

InvoiceTemplateRepository::InvoiceTemplateRepository(const Database& database)
    : m_list(database, QStringLiteral("eboekhouden.invoice_templates"))
{}

bool InvoiceTemplateRepository::save(const QList<InvoiceTemplate>& templates, const QDateTime& listedAt)
{
    QJsonArray list;
    for (const InvoiceTemplate& layout : templates)
        list.append(QJsonObject{{QStringLiteral("id"), QString::number(layout.id)},
                                {QStringLiteral("name"), layout.name},
                                {QStringLiteral("active"), layout.active},
                                {QStringLiteral("type"), layout.type}});
    return m_list.save(list, listedAt);
}

QList<InvoiceTemplate> InvoiceTemplateRepository::load() const
{
    QList<InvoiceTemplate> templates;
    for (const QJsonValue& item : m_list.load()) {
        const QJsonObject object = item.toObject();
        InvoiceTemplate layout;
        layout.id = object.value(QStringLiteral("id")).toString().toLongLong();
        layout.name = object.value(QStringLiteral("name")).toString();
        layout.active = object.value(QStringLiteral("active")).toBool(true);
        layout.type = object.value(QStringLiteral("type")).toString();
        templates.append(layout);
    }
    return templates;
}
