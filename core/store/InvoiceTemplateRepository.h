#pragma once

#include "eboekhouden/InvoiceTemplate.h"
#include "KeptList.h"

#include <QList>

class Database;

// The administration's invoice templates as e-Boekhouden last listed them (setup wizard, or a sync that books
// invoices), kept so the Settings page offers them instead of a typed name.
class InvoiceTemplateRepository
{
public:
    explicit InvoiceTemplateRepository(const Database& database);

    bool save(const QList<InvoiceTemplate>& templates, const QDateTime& listedAt = QDateTime::currentDateTimeUtc());
    QList<InvoiceTemplate> load() const;

private:
    KeptList m_list;
};
