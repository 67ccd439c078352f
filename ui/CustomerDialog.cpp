#include "CustomerDialog.h"

#include "store/CustomerRepository.h"
#include "store/SyncLogRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

CustomerDialog::CustomerDialog(const Database& database, qint64 customerId, QWidget* parent)
    : QDialog(parent)
{
    resize(620, 520);
    auto* layout = new QVBoxLayout(this);
    const std::optional<StoredCustomer> stored = CustomerRepository(database).find(customerId);
    if (!stored) {
        layout->addWidget(new QLabel(tr("This customer is no longer in the local database."), this));
        return;
    }
    const Customer& c = stored->customer;
    const QString name = QStringList{c.firstName, c.middleName, c.lastName, c.suffix}.join(u' ').simplified();
    setWindowTitle(tr("Customer %1").arg(name.isEmpty() ? c.email : name));

    auto* fields = new QFormLayout;
    const auto add = [&](const QString& label, const QString& value) {
        auto* text = new QLabel(value, this);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        fields->addRow(label, text);
    };
    add(tr("Customer ID"), c.shopId);
    add(tr("Web site"), c.website);
    add(tr("Name"), name);
    add(tr("Company"), c.company);
    add(tr("E-mail"), c.email);
    add(tr("VAT number"), c.vatNumber);
    add(tr("Country"), c.countryCode);
    add(tr("Customer number"), c.customerNumber);
    add(tr("Created"), QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat));
    add(tr("Updated"), QLocale().toString(c.updatedAt.toLocalTime(), QLocale::ShortFormat));
    add(tr("Customer code (debtor in e-Boekhouden)"), c.debtorCode.isEmpty() ? tr("not yet synced") : c.debtorCode);
    if (!stored->problem.isEmpty())
        add(tr("Problem"), stored->problem);
    layout->addLayout(fields);

    // This customer's rows of the customer log, newest first.
    SyncLogRepository::Filter filter;
    filter.kind = SyncLogEntry::Kind::Customer;
    filter.customerId = customerId;
    const QList<SyncLogEntry> history = SyncLogRepository(database).find(filter, 1000);
    auto* log = new QTableWidget(static_cast<int>(history.size()), 3, this);
    log->setObjectName(QStringLiteral("history"));
    log->setHorizontalHeaderLabels({tr("Date"), tr("Success"), tr("Message")});
    log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    log->verticalHeader()->hide();
    log->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < history.size(); ++row) {
        const SyncLogEntry& entry = history.at(row);
        log->setItem(row, 0,
                     new QTableWidgetItem(QLocale().toString(entry.createdAt.toLocalTime(), QLocale::ShortFormat)));
        log->setItem(row, 1, new QTableWidgetItem(entry.success ? tr("Yes") : tr("No")));
        log->setItem(row, 2, new QTableWidgetItem(entry.message.text()));
    }
    layout->addWidget(new QLabel(tr("Customer log"), this));
    layout->addWidget(log, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}
