#include "DocumentsPage.h"

#include "ColumnChooser.h"
#include "DateRangeFilter.h"
#include "DocumentDialog.h"
#include "DocumentTableModel.h"
#include "eboekhouden/EBoekhoudenClient.h"
#include "EmptyGridNotice.h"
#include "MoneyText.h"
#include "PreviewDialog.h"
#include "RowActions.h"
#include "shop/ShopAdminLink.h"
#include "store/AuditTrailRepository.h"
#include "store/DocumentRepository.h"
#include "store/LedgerRepository.h"
#include "store/VatMappingRepository.h"
#include "sync/DocumentPusher.h"
#include "sync/ManualBooking.h"
#include "sync/PostedBooking.h"
#include "sync/SyncRunner.h"
#include "SyncStateText.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

// The state filter's "Needs attention (n)": not a SyncState of its own, but failed and unreadable together.
constexpr int needsAttentionChoice = -1;

// A document Boekhoudbrug has booked (or is booking): pushing or marking it by hand has nothing to do.
bool booked(SyncState state)
{
    return state == SyncState::Posted || state == SyncState::InFlight;
}

} // namespace

DocumentsPage::DocumentsPage(const Database& database, DocumentKind kind, QSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_kind(kind)
    , m_model(new DocumentTableModel(database, kind, this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_state(new QComboBox(this))
    , m_website(new QComboBox(this))
    , m_country(new QComboBox(this))
    , m_dates(new DateRangeFilter(this))
    , m_searchDelay(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search number, name, email, company or VAT number"));
    m_search->setClearButtonEnabled(true);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("All statuses"));
    // Second, so that what needs the bookkeeper is one choice away; its count follows every refresh.
    m_state->addItem(tr("Needs attention"), needsAttentionChoice);
    for (SyncState state : {SyncState::Pending, SyncState::InFlight, SyncState::Posted, SyncState::Failed,
                            SyncState::Skipped, SyncState::Unmappable})
        m_state->addItem(SyncStateText::label(state), static_cast<int>(state));
    m_website->setObjectName(QStringLiteral("websiteFilter"));
    m_country->setObjectName(QStringLiteral("countryFilter"));
    reloadChoices();

    // Typing filters after a short pause, not on every key: each filter is a query.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &DocumentsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    // A filter drop-down is as wide as a short choice, not as its longest one: the bar must fit a 1280-pixel
    // screen in Dutch too. The list itself shows every choice in full.
    for (QComboBox* combo : {m_state, m_website, m_country}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        combo->view()->setTextElideMode(Qt::ElideNone);
    }
    for (QComboBox* combo : {m_state, m_website, m_country})
        connect(combo, &QComboBox::currentIndexChanged, this, &DocumentsPage::applyFilter);
    connect(m_dates, &DateRangeFilter::rangeChanged, this, &DocumentsPage::applyFilter);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_state);
    filters->addWidget(m_website);
    filters->addWidget(m_country);
    // Ctrl+F goes to the search field from anywhere on the page.
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
    m_search->setMinimumWidth(180);
    // One set of row actions for the toolbar, the context menu and the keyboard.
    m_view->setModel(m_model);
    auto* rowActions = new RowActions(m_view, this);
    m_viewAction = rowActions->add(tr("&View"), "viewAction", {}, [this] { showSelectedDocument(); });
    m_previewAction = rowActions->add(tr("&Preview posting"), "previewAction", QKeySequence(Qt::CTRL | Qt::Key_P),
                                      [this] { previewSelectedDocument(); });
    rowActions->addSeparator();
    m_pushAction = rowActions->add(tr("P&ush to e-Boekhouden"), "pushAction", QKeySequence(Qt::CTRL | Qt::Key_U),
                                   [this] { pushSelectedDocuments(); });
    m_reprocessAction = rowActions->add(tr("&Reprocess"), "reprocessAction", QKeySequence(Qt::CTRL | Qt::Key_R),
                                        [this] { reprocessSelectedDocuments(); });
    m_bookedByHandAction = rowActions->add(tr("Mark as booked by &hand"), "bookedByHandAction", {},
                                           [this] { markSelectedBookedByHand(); });
    m_checkLinksAction = rowActions->add(tr("Check the &links"), "checkLinksAction", {}, [this] { checkLinks(); });
    rowActions->addSeparator();
    m_openInShopAction = rowActions->add(tr("Open in &shop"), "openInShopAction", QKeySequence(Qt::CTRL | Qt::Key_O),
                                         [this] { openSelectedDocumentInShop(); });
    m_rowActions = rowActions;
    m_pushButton = new QPushButton(tr("Push selected to e-Boekhouden"), this);
    m_pushButton->setObjectName(QStringLiteral("pushButton"));
    m_pushButton->setEnabled(false);
    connect(m_pushButton, &QPushButton::clicked, this, &DocumentsPage::pushSelectedDocuments);
    m_pushAllButton = new QPushButton(tr("Push all filtered"), this);
    m_pushAllButton->setObjectName(QStringLiteral("pushAllButton"));
    m_pushAllButton->setEnabled(false);
    connect(m_pushAllButton, &QPushButton::clicked, this, &DocumentsPage::pushFilteredDocuments);
    auto* actions = new QHBoxLayout;
    actions->addWidget(rowActions->toolbar());
    actions->addWidget(m_pushButton);
    actions->addWidget(m_pushAllButton);
    actions->addStretch();
    // The dates sit with the actions, so that neither row needs more than a 1280-pixel screen gives.
    actions->addWidget(m_dates);

    m_view->setObjectName(QStringLiteral("grid"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(static_cast<int>(DocumentQuery::Column::Date), Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Names and addresses need more room than numbers; measured in the font, so they scale with the screen.
    // Numbers and dates get what their longest text takes, no more, so that the state and the reason fit.
    using C = DocumentQuery::Column;
    const QFontMetrics metrics = m_view->fontMetrics();
    const int letter = metrics.averageCharWidth();
    const int padding = 2 * letter + 8;
    for (const auto& [column, letters] :
         {std::pair{C::Customer, 20}, std::pair{C::Email, 26}, std::pair{C::Company, 16}, std::pair{C::Message, 40}})
        m_view->horizontalHeader()->resizeSection(static_cast<int>(column), letters * letter);
    for (const auto& [column, sample] :
         {std::pair{C::Number, QStringLiteral("C000000000")}, std::pair{C::OrderNumber, QStringLiteral("000000000")},
          std::pair{C::Date, QLocale().toString(QDate(2026, 12, 31), QLocale::ShortFormat)},
          std::pair{C::Country, tr("Country")}, std::pair{C::TotalIncl, QStringLiteral("-€ 00.000,00")}})
        m_view->horizontalHeader()->resizeSection(static_cast<int>(column),
                                                  metrics.horizontalAdvance(sample) + padding);
    // Double-click or Enter, as the platform has it.
    connect(m_view, &QTableView::activated, this, &DocumentsPage::showSelectedDocument);

    const QString grid = kind == DocumentKind::CreditMemo ? QStringLiteral("creditmemos") : QStringLiteral("invoices");
    // What needs attention first: the state, then why, before who and how much; so that at 1280 pixels the state
    // and the reason are on screen without scrolling. The full reason is in the tooltip and in View.
    QHeaderView* header = m_view->horizontalHeader();
    header->moveSection(header->visualIndex(static_cast<int>(C::State)), 0);
    header->moveSection(header->visualIndex(static_cast<int>(C::Message)), 1);
    new ColumnChooser(header, settings, QStringLiteral("grids/%1/hiddenColumns").arg(grid),
                      {static_cast<int>(C::Email), static_cast<int>(C::Website), static_cast<int>(C::VatNumber),
                       static_cast<int>(C::TotalExcl), static_cast<int>(C::TotalVat)});

    // A credit memo names the invoice it credits, beside its own number; an invoice credits nothing.
    if (kind == DocumentKind::CreditMemo)
        header->moveSection(header->visualIndex(static_cast<int>(C::CreditedInvoice)),
                            header->visualIndex(static_cast<int>(C::Number)) + 1);
    else
        header->setSectionHidden(static_cast<int>(C::CreditedInvoice), true);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff8e1; padding: 6px; }"));
    m_notice->hide();

    // Without rows the grid would be a grey nothing: say why and what to do next.
    m_emptyState = new EmptyGridNotice(m_view);
    connect(m_emptyState, &EmptyGridNotice::actionClicked, this, [this] {
        if (m_allCount == 0)
            emit importRequested();
        else
            clearFilter();
    });

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    rowActions->setUpdater([this] { updateRowActions(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &DocumentsPage::updateSummary);
    // A notice is about the rows it was given for: another choice of rows makes it stale.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, m_notice, [this] {
        if (!m_keepNotice)
            showNotice(QString());
    });
    updateSummary();
}

QString DocumentsPage::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void DocumentsPage::showNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void DocumentsPage::updateSummary()
{
    const DocumentQuery query(m_database);
    const int attention = query.needsAttention(m_kind);
    DocumentFilter all;
    all.kind = m_kind;
    m_allCount = query.count(all);
    {
        const QSignalBlocker blocker(m_state);
        m_state->setItemText(m_state->findData(needsAttentionChoice),
                             tr("Needs attention (%1)").arg(QLocale().toString(attention)));
    }
    if (attention != m_needsAttention) {
        m_needsAttention = attention;
        emit needsAttentionChanged(attention);
    }

    const bool memo = m_kind == DocumentKind::CreditMemo;
    const DocumentQuery::Totals totals = m_model->totals();
    const QLocale locale;
    const QString shown =
        memo ? tr("%1 of %2 credit memos").arg(locale.toString(totals.count), locale.toString(m_allCount))
             : tr("%1 of %2 invoices").arg(locale.toString(totals.count), locale.toString(m_allCount));
    m_summary->setText(tr("%1 · excl. VAT %2 · VAT %3 · incl. VAT %4")
                           .arg(shown, euroText(totals.excl), euroText(totals.vat), euroText(totals.incl)));

    if (m_allCount == 0)
        m_emptyState->say(memo ? tr("No credit memos yet. Synchronise now reads new ones from the shop; to book "
                                    "older ones, import a period from the shop.")
                               : tr("No invoices yet. Synchronise now reads new ones from the shop; to book older "
                                    "ones, import a period from the shop."),
                          tr("Import from the shop…"));
    else if (m_model->filter().needsAttention)
        m_emptyState->say(memo ? tr("No credit memo needs attention: every one is booked, waiting or handled.")
                               : tr("No invoice needs attention: every one is booked, waiting or handled."),
                          tr("Show all"));
    else
        m_emptyState->say(memo ? tr("No credit memo matches the filter. Change the filter or clear it.")
                               : tr("No invoice matches the filter. Change the filter or clear it."),
                          tr("Clear the filter"));
    m_emptyState->setVisible(totals.count == 0);
}

void DocumentsPage::clearFilter()
{
    {
        const QSignalBlocker searchBlocker(m_search);
        const QSignalBlocker stateBlocker(m_state);
        const QSignalBlocker websiteBlocker(m_website);
        const QSignalBlocker countryBlocker(m_country);
        m_search->clear();
        m_state->setCurrentIndex(0);
        m_website->setCurrentIndex(0);
        m_country->setCurrentIndex(0);
        const QSignalBlocker datesBlocker(m_dates);
        m_dates->clear();
    }
    applyFilter();
}

void DocumentsPage::showNeedsAttention()
{
    showOnly(std::nullopt);
}

void DocumentsPage::showState(SyncState state)
{
    showOnly(state);
}

void DocumentsPage::showOnly(std::optional<SyncState> state)
{
    {
        const QSignalBlocker searchBlocker(m_search);
        const QSignalBlocker stateBlocker(m_state);
        const QSignalBlocker websiteBlocker(m_website);
        const QSignalBlocker countryBlocker(m_country);
        m_search->clear();
        m_state->setCurrentIndex(m_state->findData(state ? static_cast<int>(*state) : needsAttentionChoice));
        m_website->setCurrentIndex(0);
        m_country->setCurrentIndex(0);
        const QSignalBlocker datesBlocker(m_dates);
        m_dates->clear();
    }
    applyFilter();
}

void DocumentsPage::refresh()
{
    // The selection is by document, not by row: after the refresh the same documents are selected, wherever
    // they now are (usually where they were, so that row is tried first).
    QList<std::pair<qint64, int>> selected;
    for (const QModelIndex& row : m_view->selectionModel()->selectedRows()) {
        if (const qint64 id = m_model->documentId(row.row()))
            selected.append({id, row.row()});
    }
    const QModelIndex current = m_view->currentIndex();
    const qint64 currentId = current.isValid() ? m_model->documentId(current.row()) : 0;
    const int currentColumn = current.isValid() ? current.column() : 0;
    const QScopedValueRollback keep(m_keepNotice, true); // reselecting is not a new choice of rows

    reloadChoices();
    m_model->refresh();

    const auto rowOf = [this](qint64 id, int formerRow) {
        if (formerRow >= 0 && formerRow < m_model->rowCount() && m_model->documentId(formerRow) == id)
            return formerRow;
        return m_model->loadedRowOf(id);
    };
    QItemSelection selection;
    int currentRow = -1;
    for (const auto& [id, formerRow] : selected) {
        const int row = rowOf(id, formerRow);
        if (row < 0)
            continue;
        selection.select(m_model->index(row, 0), m_model->index(row, DocumentQuery::columnCount - 1));
        if (id == currentId)
            currentRow = row;
    }
    if (currentRow < 0 && currentId)
        currentRow = rowOf(currentId, current.row());
    if (currentRow >= 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(currentRow, currentColumn),
                                                  QItemSelectionModel::NoUpdate);
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateRowActions();
}

void DocumentsPage::updateRowActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool selected = m_view->selectionModel()->hasSelection() && current.isValid();
    const bool idle = m_runner != nullptr && !m_runner->isRunning();
    m_viewAction->setEnabled(selected);
    m_previewAction->setEnabled(selected && m_configuration != nullptr);
    // Push and "booked by hand" only where there is something to book: not when every selected document is
    // booked already. A huge selection (Ctrl+A over a million rows) is not walked: the actions stay on and
    // skip the booked ones themselves.
    bool anyUnbooked = false;
    if (selected) {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        anyUnbooked = rows.size() > 500;
        for (int i = 0; i < rows.size() && !anyUnbooked; ++i) {
            const QVariant state = rows.at(i).data(DocumentTableModel::StateRole);
            anyUnbooked = !state.isValid() || !booked(static_cast<SyncState>(state.toInt()));
        }
    }
    const QString bookedAlready = tr("The selected documents are booked in e-Boekhouden already.");
    m_pushAction->setEnabled(selected && idle && anyUnbooked);
    m_pushAction->setToolTip(selected && !anyUnbooked ? bookedAlready : tr("Book the selected documents now."));
    m_pushButton->setEnabled(m_runner != nullptr && (!selected || (idle && anyUnbooked)));
    m_reprocessAction->setEnabled(selected && idle);
    m_reprocessAction->setToolTip(tr("Offers failed and skipped documents again after a fix and books them; "
                                     "booked documents stay as they are."));
    m_bookedByHandAction->setEnabled(selected && idle && anyUnbooked);
    m_bookedByHandAction->setToolTip(selected && !anyUnbooked ? bookedAlready
                                                              : tr("For documents already in e-Boekhouden: "
                                                                   "Boekhoudbrug will not book them."));
    m_checkLinksAction->setEnabled(idle);
    m_checkLinksAction->setToolTip(tr("Reads the booked documents' bookings back from e-Boekhouden (the selected "
                                      "ones, or all) and offers again every one whose booking is not its own."));
    const bool linked = selected && shopLink(m_model->documentId(current.row())).isValid();
    m_openInShopAction->setEnabled(linked);
    m_openInShopAction->setToolTip(
        m_shopAdminUrl.isEmpty() ? tr("Enter the shop's admin address in the setup wizard to open documents there.")
                                 : tr("Open this document in the shop's back office."));
}

void DocumentsPage::setShopAdminUrl(const QUrl& adminUrl)
{
    m_shopAdminUrl = adminUrl;
    updateRowActions();
}

QUrl DocumentsPage::shopLink(qint64 documentId) const
{
    if (m_shopAdminUrl.isEmpty() || documentId == 0)
        return {};
    const std::optional<StoredDocument> stored = DocumentRepository(m_database).find(documentId);
    if (!stored)
        return {};
    const SalesDocument& document = stored->document;
    return ShopAdminLink::document(document.platform, m_shopAdminUrl, m_kind, document.shopId, document.orderId);
}

void DocumentsPage::openSelectedDocumentInShop()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QUrl link = shopLink(m_model->documentId(current.row()));
    if (link.isValid())
        QDesktopServices::openUrl(link);
}

void DocumentsPage::reloadChoices()
{
    const DocumentQuery query(m_database);
    const QSignalBlocker websiteBlocker(m_website);
    const QSignalBlocker countryBlocker(m_country);
    const QString website = m_website->currentData().toString();
    const QString country = m_country->currentData().toString();
    m_website->clear();
    m_website->addItem(tr("All web sites"), QString());
    for (const QString& name : query.websites(m_kind))
        m_website->addItem(name, name);
    m_country->clear();
    m_country->addItem(tr("All countries"), QString());
    for (const QString& code : query.countries(m_kind))
        m_country->addItem(code, code);
    m_website->setCurrentIndex(std::max(0, m_website->findData(website)));
    m_country->setCurrentIndex(std::max(0, m_country->findData(country)));
}

void DocumentsPage::applyFilter()
{
    DocumentFilter filter;
    filter.kind = m_kind;
    filter.text = m_search->text();
    filter.website = m_website->currentData().toString();
    filter.countryCode = m_country->currentData().toString();
    if (m_state->currentData().toInt() == needsAttentionChoice && m_state->currentIndex() > 0)
        filter.needsAttention = true;
    else if (m_state->currentIndex() > 0)
        filter.state = static_cast<SyncState>(m_state->currentData().toInt());
    filter.from = m_dates->from();
    filter.until = m_dates->until();
    m_model->setFilter(filter);
}

void DocumentsPage::showSelectedDocument()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    DocumentDialog dialog(m_database, m_model->documentId(current.row()), this);
    dialog.exec();
}

void DocumentsPage::setSync(SyncRunner* runner, const SyncConfiguration* configuration)
{
    m_runner = runner;
    m_configuration = configuration;
    m_pushButton->setEnabled(runner != nullptr);
    m_pushAllButton->setEnabled(runner != nullptr);
    if (runner) {
        connect(runner, &SyncRunner::started, m_rowActions, &RowActions::update, Qt::UniqueConnection);
        connect(runner, &SyncRunner::finished, m_rowActions, &RowActions::update, Qt::UniqueConnection);
        // Live rows: each document changes from Waiting to Booked (or Failed) as the sync books it.
        connect(runner, &SyncRunner::documentFinished, m_model, &DocumentTableModel::refreshDocument,
                Qt::UniqueConnection);
    }
    updateRowActions();
}

QList<qint64> DocumentsPage::selectedDocumentIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& row : m_view->selectionModel()->selectedRows()) {
        if (const qint64 id = m_model->documentId(row.row()))
            ids.append(id);
    }
    return ids;
}

void DocumentsPage::previewSelectedDocument()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_configuration)
        return;
    const std::optional<StoredDocument> stored =
        DocumentRepository(m_database).find(m_model->documentId(current.row()));
    if (!stored)
        return;
    const QList<Ledger> ledgers = LedgerRepository(m_database).load();
    // A booked document shows what was posted, from the store's record of it: a preview under today's
    // settings could differ from what is in the books.
    if (stored->state == SyncState::Posted) {
        const std::optional<PostedBooking> booking = PostedBooking::find(
            AuditTrailRepository(m_database).forDocument(stored->id), stored->eboekhoudenId, ledgers);
        if (booking) {
            PreviewDialog dialog(stored->document.number, *booking, this);
            dialog.exec();
        } else {
            PreviewDialog dialog(stored->document.number, stored->eboekhoudenNumber, this);
            dialog.exec();
        }
        return;
    }
    SyncConfiguration configuration = *m_configuration;
    configuration.vatMapping = VatMappingRepository(m_database).loadOr(configuration.vatMapping);
    const PostingResult result = DocumentPusher::preview(*stored, configuration);
    PreviewDialog dialog(stored->document.number, result, ledgers, this);
    // The debtor the push would use and the exact body it would send, looked up while the dialog is open.
    if (m_previewClient && result.isPosting())
        dialog.lookUpRequest(m_previewClient, m_database, *stored, configuration);
    else if (result.isPosting())
        dialog.setRequest(tr("Not connected to e-Boekhouden: the request cannot be shown without the debtor's and "
                             "ledgers' ids. Set up the connection in Settings."),
                          {});
    dialog.exec();
}

void DocumentsPage::setPreviewClient(std::function<std::unique_ptr<EBoekhoudenClient>()> factory)
{
    m_previewClient = std::move(factory);
}

void DocumentsPage::pushSelectedDocuments()
{
    const QList<qint64> ids = selectedDocumentIds();
    if (m_runner && !ids.isEmpty())
        m_runner->push(ids);
}

void DocumentsPage::pushFilteredDocuments()
{
    if (!m_runner || m_runner->isRunning())
        return;
    // Only what still needs booking: booked ones would be skipped anyway, failed ones need Reprocess.
    DocumentFilter filter = m_model->filter();
    filter.state = SyncState::Pending;
    const QList<qint64> ids = DocumentQuery(m_database).ids(filter);
    if (ids.isEmpty())
        return;
    if (m_confirmBulk && QMessageBox::question(this, tr("Push to e-Boekhouden"),
                                               tr("Book the %n waiting document(s) that the filter shows?", nullptr,
                                                  static_cast<int>(ids.size()))) != QMessageBox::Yes)
        return;
    m_runner->push(ids);
}

void DocumentsPage::reprocessSelectedDocuments()
{
    // After a fix (VAT mapping, shop data): failed (and skipped) documents are offered again and pushed at once.
    const QList<qint64> selected = selectedDocumentIds();
    int bookedCount = 0;
    for (const QModelIndex& row : m_view->selectionModel()->selectedRows()) {
        const QVariant state = row.data(DocumentTableModel::StateRole);
        bookedCount += state.isValid() && booked(static_cast<SyncState>(state.toInt())) ? 1 : 0;
    }
    const QList<qint64> ids = ManualBooking::offerAgain(m_database, selected);
    refresh();
    if (!selected.isEmpty() && ids.isEmpty() && bookedCount == selected.size())
        showNotice(tr("Reprocess did nothing: the selected document(s) are booked in e-Boekhouden already. If a "
                      "booking is wrong, Check the links offers every document whose booking is not its own "
                      "again.",
                      nullptr, static_cast<int>(selected.size())));
    else if (bookedCount > 0)
        showNotice(tr("%n booked document(s) left as they are: Reprocess offers only failed and skipped documents "
                      "again.",
                      nullptr, bookedCount));
    else if (!selected.isEmpty() && ids.isEmpty())
        showNotice(tr("Reprocess did nothing: the selected documents are waiting or being booked already."));
    else
        showNotice(QString());
    if (m_runner && !ids.isEmpty())
        m_runner->push(ids);
}

void DocumentsPage::checkLinks()
{
    if (!m_runner || m_runner->isRunning())
        return;
    m_runner->checkLinks(selectedDocumentIds());
}

void DocumentsPage::markSelectedBookedByHand()
{
    if (m_runner && m_runner->isRunning())
        return;
    const QList<qint64> ids = selectedDocumentIds();
    if (ids.isEmpty())
        return;
    if (m_confirmBulk &&
        QMessageBox::question(this, tr("Mark as booked by hand"),
                              tr("Mark the %n selected document(s) as booked by hand? Boekhoudbrug will not book "
                                 "them in e-Boekhouden. Do this only for documents that are in e-Boekhouden "
                                 "already; Reprocess undoes it.",
                                 nullptr, static_cast<int>(ids.size()))) != QMessageBox::Yes)
        return;
    const QString platform = m_configuration ? m_configuration->platformName : SyncConfiguration().platformName;
    ManualBooking::markBookedByHand(m_database, platform, ids);
    refresh();
}
