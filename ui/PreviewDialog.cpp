#include "PreviewDialog.h"

#include "concurrency/RunOnWorkerThread.h"
#include "eboekhouden/EBoekhoudenClient.h"
#include "MoneyText.h"
#include "posting/PostingResult.h"
#include "sync/DocumentPusher.h"
#include "sync/PostedBooking.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

// The journal's columns; the amounts last, so that they line up on the right as in a ledger.
enum Column
{
    LedgerColumn,
    VatCodeColumn,
    DescriptionColumn,
    NetColumn,
    VatColumn,
    GrossColumn,
    ColumnCount,
};

struct JournalRow
{
    QString ledger;
    QString vatCode;
    QString description;
    Money net;
    Money vat;
    Money gross;
};

QString ledgerText(const QString& code, const QString& name)
{
    if (code.isEmpty())
        return name;
    return name.isEmpty() ? code : QStringLiteral("%1 – %2").arg(code, name);
}

QTableWidget* journal(const QList<JournalRow>& rows, QWidget* parent)
{
    auto* table = new QTableWidget(0, ColumnCount, parent);
    table->setObjectName(QStringLiteral("rows"));
    table->setHorizontalHeaderLabels({PreviewDialog::tr("Ledger"), PreviewDialog::tr("VAT code"),
                                      PreviewDialog::tr("Description"), PreviewDialog::tr("Excl. VAT"),
                                      PreviewDialog::tr("VAT"), PreviewDialog::tr("Incl. VAT")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    const auto add = [table](const JournalRow& row, bool total) {
        const int at = table->rowCount();
        table->insertRow(at);
        const QStringList cells{row.ledger,         row.vatCode,        row.description,
                                moneyText(row.net), moneyText(row.vat), moneyText(row.gross)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column >= NetColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (total) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            table->setItem(at, column, item);
        }
    };
    // The totals are the sums of the rows shown, so that they add up by construction.
    JournalRow total{PreviewDialog::tr("Total"), {}, {}, {}, {}, {}};
    for (const JournalRow& row : rows) {
        add(row, false);
        total.net += row.net;
        total.vat += row.vat;
        total.gross += row.gross;
    }
    add(total, true);
    // Headers and amounts in full; the description takes what is left.
    QHeaderView* header = table->horizontalHeader();
    for (int column = 0; column < ColumnCount; ++column)
        header->setSectionResizeMode(column, column == DescriptionColumn ? QHeaderView::Stretch
                                                                         : QHeaderView::ResizeToContents);
    return table;
}

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("verdict"));
    label->setWordWrap(true);
    return label;
}

} // namespace

void PreviewDialog::begin(const QString& title)
{
    setWindowTitle(title);
    resize(900, 540);
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_entry = new QWidget(m_tabs);
    m_tabs->addTab(m_entry, tr("Journal entry"));
    layout->addWidget(m_tabs, 1);
    new QVBoxLayout(m_entry);
}

void PreviewDialog::finish()
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout()->addWidget(buttons);
}

void PreviewDialog::setRequestBody(const QString& body)
{
    if (body.isEmpty()) {
        if (m_requestPage) {
            m_tabs->removeTab(m_tabs->indexOf(m_requestPage));
            delete m_requestPage;
            m_requestPage = nullptr;
            m_requestNote = nullptr;
            m_request = nullptr;
        }
        return;
    }
    setRequest({}, body);
}

void PreviewDialog::setRequest(const QString& note, const QString& body)
{
    if (!m_requestPage) {
        m_requestPage = new QWidget(m_tabs);
        m_requestPage->setObjectName(QStringLiteral("requestPage"));
        auto* layout = new QVBoxLayout(m_requestPage);
        m_requestNote = wrapped({}, m_requestPage);
        m_requestNote->setObjectName(QStringLiteral("requestNote"));
        layout->addWidget(m_requestNote);
        m_request = new QPlainTextEdit(m_requestPage);
        m_request->setObjectName(QStringLiteral("request"));
        m_request->setReadOnly(true);
        m_request->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        layout->addWidget(m_request, 1);
        m_tabs->addTab(m_requestPage, tr("Request"));
    }
    m_requestNote->setText(note);
    m_requestNote->setVisible(!note.isEmpty());
    m_request->setPlainText(body);
    m_request->setVisible(!body.isEmpty());
}

PreviewDialog::PreviewDialog(const QString& documentNumber, const PostingResult& result, const QList<Ledger>& ledgers,
                             QWidget* parent)
    : QDialog(parent)
    , m_ledgers(ledgers)
{
    begin(tr("Preview posting of %1").arg(documentNumber));
    showPosting(result);
    finish();
}

void PreviewDialog::showPosting(const PostingResult& result)
{
    // A second time (after the look-up): a fresh tab in the place of the first, on the same tab as before.
    if (!m_entry->layout()->isEmpty()) {
        const int current = m_tabs->currentIndex();
        QWidget* old = m_entry;
        m_entry = new QWidget(m_tabs);
        new QVBoxLayout(m_entry);
        m_tabs->removeTab(0);
        delete old;
        m_tabs->insertTab(0, m_entry, tr("Journal entry"));
        m_tabs->setCurrentIndex(current);
    }
    auto* layout = static_cast<QVBoxLayout*>(m_entry->layout());

    if (!result.isPosting()) {
        layout->addWidget(heading(tr("This document cannot be booked yet:"), m_entry));
        QStringList problems;
        for (const Problem& problem : result.problems)
            problems.append(u"• "_qs + problem.message);
        QLabel* list = wrapped(problems.join(u'\n'), m_entry);
        list->setObjectName(QStringLiteral("problems"));
        layout->addWidget(list);
        layout->addStretch();
        return;
    }
    const Posting& posting = *result.posting;
    layout->addWidget(heading(posting.form == Posting::Form::Invoice
                                  ? tr("Would be booked as an e-Boekhouden invoice:")
                                  : tr("Would be booked as a sales mutation (invoice sent):"),
                              m_entry));

    auto* form = new QFormLayout;
    form->addRow(
        tr("Invoice number:"),
        new QLabel(posting.invoiceNumber.isEmpty() ? tr("numbered by e-Boekhouden") : posting.invoiceNumber, m_entry));
    form->addRow(tr("Date:"), new QLabel(QLocale().toString(posting.date, QLocale::ShortFormat), m_entry));
    form->addRow(tr("Debtor:"),
                 new QLabel(QStringLiteral("%1 — %2").arg(posting.relationCode, posting.relationName), m_entry));
    form->addRow(tr("Description:"), new QLabel(posting.description, m_entry));
    form->addRow(tr("Amounts sent:"),
                 new QLabel(posting.inExVat == InExVat::In ? tr("including VAT") : tr("excluding VAT"), m_entry));
    layout->addLayout(form);

    QHash<QString, QString> names;
    for (const Ledger& ledger : std::as_const(m_ledgers))
        names.insert(ledger.code, ledger.description);
    QList<JournalRow> rows;
    if (posting.form == Posting::Form::Invoice) {
        for (const PostingInvoiceLine& line : posting.lines)
            rows.append({ledgerText(line.ledger, names.value(line.ledger)), line.vatCode.name(), line.description,
                         line.net, line.gross - line.net, line.gross});
    } else {
        for (const PostingRow& row : posting.rows)
            rows.append({ledgerText(row.ledger, names.value(row.ledger)), row.vatCode.name(), row.description, row.net,
                         row.gross - row.net, row.gross});
    }
    layout->addWidget(journal(rows, m_entry), 1);

    QStringList notes = posting.notes;
    Money net;
    Money gross;
    for (const JournalRow& row : std::as_const(rows)) {
        net += row.net;
        gross += row.gross;
    }
    // The rows are what e-Boekhouden books; should they ever differ from the shop's totals, say so.
    if (net != posting.totalExcl || gross != posting.totalIncl)
        notes.append(
            tr("The rows add up to %1 excl. and %2 incl. VAT; the shop's totals are %3 and %4.")
                .arg(moneyText(net), moneyText(gross), moneyText(posting.totalExcl), moneyText(posting.totalIncl)));
    if (!notes.isEmpty()) {
        QLabel* label = wrapped(tr("Notes: %1").arg(notes.join(u' ')), m_entry);
        label->setObjectName(QStringLiteral("notes"));
        layout->addWidget(label);
    }
}

void PreviewDialog::lookUpRequest(const ClientFactory& factory, const Database& store, const StoredDocument& stored,
                                  const SyncConfiguration& configuration)
{
    const QString waiting = tr("Looking up the debtor in e-Boekhouden…");
    m_lookUpStatus = new QLabel(waiting, this);
    m_lookUpStatus->setObjectName(QStringLiteral("lookUpStatus"));
    static_cast<QVBoxLayout*>(layout())->insertWidget(0, m_lookUpStatus);
    setRequest(waiting, {});
    // The client is made and used on the worker thread; the store gives that thread its own connection.
    const Database* database = &store;
    runOnWorkerThread(
        this,
        [factory, database, stored, configuration] {
            const std::unique_ptr<EBoekhoudenClient> client = factory ? factory() : nullptr;
            if (!client) {
                DocumentPusher::PreviewRequest none;
                none.result = DocumentPusher::preview(stored, configuration);
                none.note = tr("Boekhoudbrug is not connected to e-Boekhouden. Set up the connection in Settings.");
                return none;
            }
            return DocumentPusher::previewRequest(stored, configuration, *client, database);
        },
        [this](const DocumentPusher::PreviewRequest& request) {
            m_lookUpStatus->hide();
            showPosting(request.result);
            if (request.wire) {
                QString note =
                    tr("Sent as %1 %2.").arg(QString::fromLatin1(request.wire->method), request.wire->endpoint);
                if (!request.note.isEmpty())
                    note += u' ' + request.note;
                setRequest(note, QString::fromUtf8(request.wire->body));
            } else if (request.result.isPosting()) {
                setRequest(tr("The request cannot be shown: %1").arg(request.note), {});
            } else {
                setRequestBody({}); // nothing would be sent
            }
            emit requestLookedUp();
        });
}

PreviewDialog::PreviewDialog(const QString& documentNumber, const PostedBooking& booking, QWidget* parent)
    : QDialog(parent)
{
    begin(tr("Booking of %1").arg(documentNumber));
    auto* layout = static_cast<QVBoxLayout*>(m_entry->layout());
    const QString when = QLocale().toString(booking.sentAt.toLocalTime(), QLocale::ShortFormat);
    layout->addWidget(heading(booking.form == PostedBooking::Form::Invoice
                                  ? tr("Booked as an e-Boekhouden invoice on %1, as follows:").arg(when)
                                  : tr("Booked as a sales mutation (invoice sent) on %1, as follows:").arg(when),
                              m_entry));
    if (booking.form != PostedBooking::Form::Soap) {
        auto* form = new QFormLayout;
        form->addRow(tr("Invoice number:"), new QLabel(booking.invoiceNumber.isEmpty() ? tr("numbered by e-Boekhouden")
                                                                                       : booking.invoiceNumber,
                                                       m_entry));
        form->addRow(tr("Date:"), new QLabel(QLocale().toString(booking.date, QLocale::ShortFormat), m_entry));
        form->addRow(tr("Debtor:"), new QLabel(tr("relation %1 in e-Boekhouden").arg(booking.relationId), m_entry));
        if (!booking.description.isEmpty())
            form->addRow(tr("Description:"), new QLabel(booking.description, m_entry));
        form->addRow(tr("Amounts sent:"),
                     new QLabel(booking.amountsIncludeVat ? tr("including VAT") : tr("excluding VAT"), m_entry));
        layout->addLayout(form);
        QList<JournalRow> rows;
        for (const PostedBooking::Row& row : booking.rows)
            rows.append({ledgerText(row.ledgerCode.isEmpty() ? tr("ledger id %1").arg(row.ledgerId) : row.ledgerCode,
                                    row.ledgerName),
                         row.vatCode, row.description, row.net, row.vat, row.gross});
        layout->addWidget(journal(rows, m_entry), 1);
    } else {
        layout->addStretch();
    }
    if (!booking.notes.isEmpty()) {
        QLabel* label = wrapped(tr("Notes: %1").arg(booking.notes.join(u' ')), m_entry);
        label->setObjectName(QStringLiteral("notes"));
        layout->addWidget(label);
    }
    setRequestBody(booking.requestBody);
    finish();
}

PreviewDialog::PreviewDialog(const QString& documentNumber, const QString& eboekhoudenNumber, QWidget* parent)
    : QDialog(parent)
{
    begin(tr("Booking of %1").arg(documentNumber));
    auto* layout = static_cast<QVBoxLayout*>(m_entry->layout());
    layout->addWidget(heading(tr("This document is booked in e-Boekhouden (as %1), but Boekhoudbrug kept no "
                                 "record of what was sent: it was linked to a booking e-Boekhouden already had, or "
                                 "booked before this version kept its requests. Look it up in e-Boekhouden; a "
                                 "preview under today's settings could differ from what is booked.")
                                  .arg(eboekhoudenNumber.isEmpty() ? documentNumber : eboekhoudenNumber),
                              m_entry));
    layout->addStretch();
    finish();
}
