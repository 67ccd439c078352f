#include "CustomersPage.h"

#include "ColumnChooser.h"
#include "CustomerTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

CustomersPage::CustomersPage(const Database& database, QSettings& settings, QWidget* parent)
    : QWidget(parent)
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

    m_view->setObjectName(QStringLiteral("grid"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(static_cast<int>(CustomerQuery::Column::Id), Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    using C = CustomerQuery::Column;
    new ColumnChooser(m_view->horizontalHeader(), settings, QStringLiteral("grids/customers/hiddenColumns"),
                      {static_cast<int>(C::CustomerId), static_cast<int>(C::Suffix), static_cast<int>(C::MiddleName)});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
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
