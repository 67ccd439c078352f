#include "SyncLogPage.h"

#include "store/SyncLogRepository.h"
#include "SyncLogGrid.h"
#include "SyncLogTableModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

SyncLogPage::SyncLogPage(const Database& database, QSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_settings(settings)
    , m_keepDays(new QSpinBox(this))
{
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("logTabs"));
    const QList<std::pair<SyncLogEntry::Kind, QString>> logs = {{SyncLogEntry::Kind::Invoice, tr("Invoice")},
                                                                {SyncLogEntry::Kind::CreditMemo, tr("Credit Memo")},
                                                                {SyncLogEntry::Kind::Customer, tr("Customer")}};
    for (const auto& [kind, title] : logs) {
        auto* grid = new SyncLogGrid(database, kind, settings, this);
        m_grids.append(grid);
        tabs->addTab(grid, title);
    }

    m_keepDays->setObjectName(QStringLiteral("keepDays"));
    m_keepDays->setRange(SyncLogRepository::minimumKeepDays, 3650);
    m_keepDays->setSuffix(tr(" days"));
    m_keepDays->setValue(LogRetention::keepDays(m_settings));
    connect(m_keepDays, &QSpinBox::valueChanged, this, [this](int days) { m_settings.setValue(keepDaysKey(), days); });
    auto* cleanUpButton = new QPushButton(tr("Clean up now"), this);
    cleanUpButton->setObjectName(QStringLiteral("cleanUpButton"));
    connect(cleanUpButton, &QPushButton::clicked, this, &SyncLogPage::cleanUp);

    auto* retention = new QHBoxLayout;
    retention->addWidget(new QLabel(tr("Keep log entries for"), this));
    retention->addWidget(m_keepDays);
    retention->addWidget(cleanUpButton);
    retention->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addLayout(retention);
}

SyncLogGrid* SyncLogPage::grid(int index) const
{
    return m_grids.value(index);
}

int SyncLogPage::cleanUp()
{
    const int removed = LogRetention::run(m_database, m_settings, QDateTime::currentDateTimeUtc());
    for (SyncLogGrid* grid : std::as_const(m_grids))
        grid->model()->refresh();
    return removed;
}
