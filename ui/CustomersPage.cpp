#include "CustomersPage.h"

#include "ColumnChooser.h"
#include "CustomerDialog.h"
#include "CustomerTableModel.h"
#include "EmptyGridNotice.h"
#include "RowActions.h"
#include "shop/ShopAdminLink.h"
#include "store/CustomerRepository.h"
#include "sync/SyncRunner.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
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
{
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search name, email, company, VAT number or customer code"));
    m_search->setClearButtonEnabled(true);
    m_website->setObjectName(QStringLiteral("websiteFilter"));
    m_website->addItem(tr("All web sites"), QString());
    for (const QString& name : CustomerQuery(database).websites())
        m_website->addItem(name, name);
    m_synced->setObjectName(QStringLiteral("syncedFilter"));
    m_synced->addItem(tr("In e-Boekhouden or not"));
    m_synced->addItem(tr("In e-Boekhouden (a debtor)"), true);
    m_synced->addItem(tr("Not yet in e-Boekhouden"), false);

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

    // The same row actions as the document grids: toolbar, context menu and shortcuts from one list.
    m_view->setModel(m_model);
    m_rowActions = new RowActions(m_view, this);
    m_viewAction = m_rowActions->add(tr("&View"), "viewAction", {}, [this] { showSelectedCustomer(); });
    m_rowActions->addSeparator();
    m_pushAction = m_rowActions->add(tr("P&ush to e-Boekhouden"), "pushAction", QKeySequence(Qt::CTRL | Qt::Key_U),
                                     [this] { pushSelectedCustomers(); });
    m_pushAction->setToolTip(tr("Update the selected customers' debtors in e-Boekhouden with the shop's name, "
                                "address, e-mail address and VAT number, or create them when there are none"));
    m_rowActions->addSeparator();
    m_openInShopAction = m_rowActions->add(tr("Open in &shop"), "openInShopAction", QKeySequence(Qt::CTRL | Qt::Key_O),
                                           [this] { openSelectedCustomerInShop(); });
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_rowActions->toolbar());
    actions->addStretch();

    m_view->setObjectName(QStringLiteral("grid"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(static_cast<int>(CustomerQuery::Column::Id), Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    connect(m_view, &QTableView::activated, this, &CustomersPage::showSelectedCustomer); // double-click or Enter
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    using C = CustomerQuery::Column;
    new ColumnChooser(m_view->horizontalHeader(), settings, QStringLiteral("grids/customers/hiddenColumns"),
                      {static_cast<int>(C::CustomerId), static_cast<int>(C::Suffix), static_cast<int>(C::MiddleName)});
    // Whether e-Boekhouden knows the customer, beside the debtor code it knows them by.
    QHeaderView* header = m_view->horizontalHeader();
    header->moveSection(header->visualIndex(static_cast<int>(C::InEBoekhouden)),
                        header->visualIndex(static_cast<int>(C::CustomerCode)));

    // An empty grid says why and what to do, instead of showing grey.
    m_empty = new EmptyGridNotice(m_view);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersPage::updateEmptyState);
    updateEmptyState();
    m_rowActions->setUpdater([this] { updateRowActions(); });
}

void CustomersPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    const bool filtered =
        !m_search->text().trimmed().isEmpty() || m_website->currentIndex() > 0 || m_synced->currentIndex() > 0;
    m_empty->say(filtered ? tr("No customer matches the filter. Change the filter or clear it.")
                          : tr("No customers yet. They come with the shop's invoices and credit memos: "
                               "Synchronise now reads them."));
    m_empty->setVisible(empty);
}

void CustomersPage::setSync(SyncRunner* runner)
{
    m_runner = runner;
    if (runner) {
        connect(runner, &SyncRunner::started, m_rowActions, &RowActions::update, Qt::UniqueConnection);
        connect(runner, &SyncRunner::finished, m_rowActions, &RowActions::update, Qt::UniqueConnection);
    }
    updateRowActions();
}

void CustomersPage::setShopAdminUrl(const QUrl& adminUrl)
{
    m_shopAdminUrl = adminUrl;
    updateRowActions();
}

QUrl CustomersPage::shopLink(qint64 customerId) const
{
    if (m_shopAdminUrl.isEmpty() || customerId == 0)
        return {};
    const std::optional<StoredCustomer> stored = CustomerRepository(m_database).find(customerId);
    if (!stored)
        return {};
    return ShopAdminLink::customer(stored->platform, m_shopAdminUrl, stored->customer.shopId);
}

void CustomersPage::updateRowActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool selected = m_view->selectionModel()->hasSelection() && current.isValid();
    m_viewAction->setEnabled(selected);
    m_pushAction->setEnabled(selected && m_runner != nullptr && !m_runner->isRunning());
    m_openInShopAction->setEnabled(selected && shopLink(m_model->customerId(current.row())).isValid());
}

void CustomersPage::openSelectedCustomerInShop()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QUrl link = shopLink(m_model->customerId(current.row()));
    if (link.isValid())
        QDesktopServices::openUrl(link);
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

void CustomersPage::applyFilter()
{
    CustomerQuery::Filter filter;
    filter.text = m_search->text();
    filter.website = m_website->currentData().toString();
    if (m_synced->currentIndex() > 0)
        filter.synced = m_synced->currentData().toBool();
    m_model->setFilter(filter);
}
