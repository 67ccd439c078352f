#include "CustomersPage.h"

#include "ColumnChooser.h"
#include "CustomerDialog.h"
#include "CustomerTableModel.h"
#include "sync/SyncRunner.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

CustomersPage::CustomersPage(const Database& database, QSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_model(new CustomerTableModel(database, this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_website(new QComboBox(this))
    , m_synced(new QComboBox(this))
    , m_searchDelay(new QTimer(this))
    , m_viewButton(new QPushButton(tr("View"), this))
    , m_pushButton(new QPushButton(tr("Push to e-Boekhouden"), this))
{
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search name, email, company, VAT number or customer code"));
    m_search->setClearButtonEnabled(true);
    m_website->setObjectName(QStringLiteral("websiteFilter"));
    m_website->addItem(tr("All web sites"), QString());
    for (const QString& name : CustomerQuery(database).websites())
        m_website->addItem(name, name);
    m_synced->setObjectName(QStringLiteral("syncedFilter"));
    m_synced->addItem(tr("Synced and not synced"));
    m_synced->addItem(tr("Synced (has a customer code)"), true);
    m_synced->addItem(tr("Not yet synced"), false);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &CustomersPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_website, &QComboBox::currentIndexChanged, this, &CustomersPage::applyFilter);
    connect(m_synced, &QComboBox::currentIndexChanged, this, &CustomersPage::applyFilter);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_website);
    filters->addWidget(m_synced);

    m_viewButton->setObjectName(QStringLiteral("viewButton"));
    connect(m_viewButton, &QPushButton::clicked, this, &CustomersPage::showSelectedCustomer);
    m_pushButton->setObjectName(QStringLiteral("pushButton"));
    m_pushButton->setToolTip(tr("Update the selected customers' debtors in e-Boekhouden with the shop's name, "
                                "address, e-mail address and VAT number, or create them when there are none"));
    m_pushButton->setEnabled(false);
    connect(m_pushButton, &QPushButton::clicked, this, &CustomersPage::pushSelectedCustomers);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_viewButton);
    actions->addWidget(m_pushButton);
    actions->addWidget(new QLabel(tr("Right-click a row to view it or push it."), this));
    actions->addStretch();

    m_view->setObjectName(QStringLiteral("grid"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(static_cast<int>(CustomerQuery::Column::Id), Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::customContextMenuRequested, this, &CustomersPage::showContextMenu);
    connect(m_view, &QTableView::doubleClicked, this, &CustomersPage::showSelectedCustomer);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    using C = CustomerQuery::Column;
    new ColumnChooser(m_view->horizontalHeader(), settings, QStringLiteral("grids/customers/hiddenColumns"),
                      {static_cast<int>(C::CustomerId), static_cast<int>(C::Suffix), static_cast<int>(C::MiddleName)});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
}

void CustomersPage::setSync(SyncRunner* runner)
{
    m_runner = runner;
    m_pushButton->setEnabled(runner != nullptr);
}

QList<qint64> CustomersPage::selectedCustomerIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& row : m_view->selectionModel()->selectedRows()) {
        if (const qint64 id = m_model->customerId(row.row()))
            ids.append(id);
    }
    return ids;
}

void CustomersPage::showSelectedCustomer()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    CustomerDialog dialog(m_database, m_model->customerId(current.row()), this);
    dialog.exec();
}

void CustomersPage::pushSelectedCustomers()
{
    const QList<qint64> ids = selectedCustomerIds();
    if (m_runner && !m_runner->isRunning() && !ids.isEmpty())
        m_runner->pushCustomers(ids);
}

void CustomersPage::showContextMenu(const QPoint& position)
{
    if (!m_view->indexAt(position).isValid())
        return;
    QMenu menu(this);
    menu.addAction(tr("&View"), this, &CustomersPage::showSelectedCustomer);
    menu.addSeparator();
    QAction* push = menu.addAction(tr("P&ush to e-Boekhouden"), this, &CustomersPage::pushSelectedCustomers);
    push->setEnabled(m_runner != nullptr && !m_runner->isRunning());
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void CustomersPage::applyFilter()
{
    CustomerQuery::Filter filter;
    filter.text = m_search->text();
    filter.website = m_website->currentData().toString();
    if (m_synced->currentIndex() > 0)
        filter.synced = m_synced->currentData().toBool();
    m_model->setFilter(filter);
}
