#include "ProfileOverviewPage.h"

#include "ProfileDirectory.h"
#include "ProfileSwitcher.h"
#include "secrets/TokenExpiry.h"

#include <QColorDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ProfileOverviewPage::ProfileOverviewPage(QSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_table(new QTableWidget(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_rename(new QPushButton(tr("&Rename…"), this))
    , m_colour(new QPushButton(tr("&Colour…"), this))
{
    setObjectName(QStringLiteral("profileOverview"));
    setWindowTitle(tr("Boekhoudbrug: all administrations"));
    auto* intro = new QLabel(tr("Each administration has its own e-Boekhouden login, shop and local database. "
                                "Double-click one to work on it."),
                             this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("profiles"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Administration"), tr("Waiting"), tr("Failed"), tr("Last sync"), tr("API token ends")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (QTableWidgetItem* item = m_table->item(row, Name))
            emit openRequested(item->data(Qt::UserRole).toString());
    });

    m_open->setObjectName(QStringLiteral("openProfile"));
    m_open->setDefault(true);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QString profile = currentProfile(); !profile.isEmpty())
            emit openRequested(profile);
    });
    auto* add = new QPushButton(tr("&New administration…"), this);
    add->setObjectName(QStringLiteral("newAdministration"));
    connect(add, &QPushButton::clicked, this, &ProfileOverviewPage::newAdministrationRequested);
    m_rename->setObjectName(QStringLiteral("renameProfile"));
    connect(m_rename, &QPushButton::clicked, this, &ProfileOverviewPage::rename);
    m_colour->setObjectName(QStringLiteral("profileColour"));
    connect(m_colour, &QPushButton::clicked, this, &ProfileOverviewPage::chooseColour);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool chosen = !currentProfile().isEmpty();
        for (QPushButton* button : {m_open, m_rename, m_colour})
            button->setEnabled(chosen);
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(add);
    buttons->addStretch(1);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_colour);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    resize(900, 500);
    refresh();
}

void ProfileOverviewPage::refresh()
{
    const QString chosen = currentProfile();
    const QList<ProfileDirectory::Summary> summaries = ProfileDirectory(m_settings).summaries();
    m_table->setRowCount(int(summaries.size()));
    const QLocale locale;
    const QDate today = QDate::currentDate();
    for (int row = 0; row < summaries.size(); ++row) {
        const ProfileDirectory::Summary& s = summaries.at(row);
        auto* name = new QTableWidgetItem(ProfileSwitcher::colourIcon(s.colour), s.name);
        name->setData(Qt::UserRole, s.id);
        name->setToolTip(s.setUp ? tr("Profile %1").arg(s.id)
                                 : tr("Profile %1: the setup wizard was not finished for it").arg(s.id));
        m_table->setItem(row, Name, name);
        // Counts of a profile never synced on this computer are not 0 but unknown: said as such.
        const auto count = [&](int n) {
            auto* item = new QTableWidgetItem(s.storeFound ? locale.toString(n) : tr("not synced here yet"));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        m_table->setItem(row, Waiting, count(s.waiting));
        QTableWidgetItem* failed = count(s.failed);
        if (s.failed > 0)
            failed->setForeground(QColor::fromString("#b71c1c"));
        m_table->setItem(row, Failed, failed);
        m_table->setItem(row, LastSync,
                         new QTableWidgetItem(s.lastSync.isValid()
                                                  ? locale.toString(s.lastSync.toLocalTime(), QLocale::ShortFormat)
                                                  : tr("never")));
        auto* token = new QTableWidgetItem(
            s.tokenEndDate.isValid() ? locale.toString(s.tokenEndDate, QLocale::ShortFormat) : tr("no end date"));
        const QString warning = TokenExpiry::warning(s.tokenEndDate, today);
        if (!warning.isEmpty()) {
            token->setForeground(QColor::fromString("#b71c1c"));
            token->setToolTip(warning);
        }
        m_table->setItem(row, TokenEnds, token);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    setCurrentProfile(chosen.isEmpty() && !summaries.isEmpty() ? summaries.first().id : chosen);
}

QString ProfileOverviewPage::currentProfile() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    for (QTableWidgetItem* item : selected)
        if (item->column() == Name)
            return item->data(Qt::UserRole).toString();
    return {};
}

void ProfileOverviewPage::setCurrentProfile(const QString& profile)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, Name)->data(Qt::UserRole).toString() == profile)
            m_table->selectRow(row);
    const bool chosen = !currentProfile().isEmpty();
    for (QPushButton* button : {m_open, m_rename, m_colour})
        button->setEnabled(chosen);
}

void ProfileOverviewPage::rename()
{
    const QString profile = currentProfile();
    if (profile.isEmpty())
        return;
    ProfileDirectory directory(m_settings);
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename the administration"),
                                               tr("The name shown for this administration (its data stay where they "
                                                  "are):"),
                                               QLineEdit::Normal, directory.name(profile), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    directory.setName(profile, name);
    refresh();
    emit profileChanged(profile);
}

void ProfileOverviewPage::chooseColour()
{
    const QString profile = currentProfile();
    if (profile.isEmpty())
        return;
    ProfileDirectory directory(m_settings);
    const QColor colour = QColorDialog::getColor(QColor::fromString(directory.colour(profile)), this,
                                                 tr("The colour of the administration"));
    if (!colour.isValid())
        return;
    directory.setColour(profile, colour.name());
    refresh();
    emit profileChanged(profile);
}
