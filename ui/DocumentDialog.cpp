#include "DocumentDialog.h"

#include "MoneyText.h"
#include "PreviewDialog.h"
#include "store/AuditTrailRepository.h"
#include "store/DocumentRepository.h"
#include "store/LedgerRepository.h"
#include "store/SyncLogRepository.h"
#include "store/ViesResultRepository.h"
#include "sync/IcpViesCheck.h"
#include "sync/PostedBooking.h"
#include "SyncStateText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidget* table(const QStringList& headers, QWidget* parent)
{
    auto* widget = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    widget->setHorizontalHeaderLabels(headers);
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    widget->verticalHeader()->hide();
    widget->horizontalHeader()->setStretchLastSection(true);
    return widget;
}

void addRow(QTableWidget* widget, const QStringList& cells)
{
    const int row = widget->rowCount();
    widget->insertRow(row);
    for (int column = 0; column < cells.size(); ++column)
        widget->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

QString quantityText(Quantity quantity)
{
    const qint64 whole = quantity.thousandths / 1000;
    const qint64 fraction = std::abs(quantity.thousandths % 1000);
    if (fraction == 0)
        return QLocale().toString(whole);
    QString decimals = QStringLiteral("%1").arg(fraction, 3, 10, QLatin1Char('0'));
    while (decimals.endsWith(u'0'))
        decimals.chop(1);
    return QLocale().toString(whole) + QLocale().decimalPoint() + decimals;
}

} // namespace

DocumentDialog::DocumentDialog(const Database& database, qint64 documentId, QWidget* parent)
    : QDialog(parent)
{
    resize(760, 760);
    auto* layout = new QVBoxLayout(this);
    const std::optional<StoredDocument> stored = DocumentRepository(database).find(documentId);
    if (!stored) {
        layout->addWidget(new QLabel(tr("This document is no longer in the local database."), this));
        return;
    }
    const CreditMemo& d = stored->document;
    const bool memo = d.kind == DocumentKind::CreditMemo;
    setWindowTitle(memo ? tr("Credit memo %1").arg(d.number) : tr("Invoice %1").arg(d.number));

    auto* form = new QFormLayout;
    const QString customer =
        QStringList{d.billingAddress.company, d.billingAddress.firstName, d.billingAddress.lastName}
            .join(u' ')
            .simplified();
    form->addRow(tr("Order:"), new QLabel(d.orderNumber, this));
    form->addRow(tr("Date:"), new QLabel(QLocale().toString(d.documentDate, QLocale::LongFormat), this));
    form->addRow(tr("Customer:"), new QLabel(customer, this));
    form->addRow(tr("Email:"), new QLabel(d.customer.email, this));
    form->addRow(tr("VAT number:"), new QLabel(d.billingAddress.vatNumber, this));
    // What the EU's VIES said about the VAT number before booking (issue 15 item 6).
    if (const ViesResult vies = ViesResultRepository(database).find(documentId);
        vies.status != ViesResult::Status::NotChecked) {
        auto* viesLabel = new QLabel(IcpViesCheck::describe(vies), this);
        viesLabel->setObjectName(QStringLiteral("vies"));
        viesLabel->setWordWrap(true);
        form->addRow(tr("VIES:"), viesLabel);
    }
    form->addRow(tr("Country:"), new QLabel(d.shippingAddress.countryCode.isEmpty() ? d.billingAddress.countryCode
                                                                                    : d.shippingAddress.countryCode,
                                            this));
    form->addRow(tr("Payment method:"), new QLabel(d.paymentMethod, this));
    if (memo)
        form->addRow(tr("Credits invoice:"), new QLabel(d.invoiceNumber, this));
    form->addRow(tr("Total excl. VAT:"), new QLabel(moneyText(d.totalExcl), this));
    form->addRow(tr("VAT:"), new QLabel(moneyText(d.totalVat), this));
    form->addRow(tr("Total incl. VAT:"), new QLabel(moneyText(d.totalIncl), this));
    auto* status = new QLabel(SyncStateText::label(stored->state), this);
    status->setObjectName(QStringLiteral("status"));
    form->addRow(tr("Status:"), status);
    if (!stored->eboekhoudenNumber.isEmpty())
        form->addRow(tr("In e-Boekhouden as:"), new QLabel(stored->eboekhoudenNumber, this));
    if (!stored->problem.isEmpty()) {
        auto* problem = new QLabel(stored->problem, this);
        problem->setWordWrap(true);
        form->addRow(tr("Problem:"), problem);
    }
    layout->addLayout(form);

    QTableWidget* lines =
        table({tr("SKU"), tr("Description"), tr("Quantity"), tr("VAT %"), tr("Excl. VAT"), tr("Incl. VAT")}, this);
    lines->setObjectName(QStringLiteral("lines"));
    for (const DocumentLine& line : d.lines)
        addRow(lines, {line.sku, line.description, quantityText(line.quantity), line.vatRate.toString(),
                       moneyText(line.rowTotalExcl), moneyText(line.rowTotalIncl)});
    if (d.shipping)
        addRow(lines,
               {QString(), tr("Shipping: %1").arg(d.shipping->description), QString(), d.shipping->vatRate.toString(),
                moneyText(d.shipping->amountExcl), moneyText(d.shipping->amountIncl)});
    for (const Surcharge& surcharge : d.surcharges)
        addRow(lines, {QString(), surcharge.description, QString(), QString(), moneyText(surcharge.amountExcl),
                       moneyText(surcharge.amountIncl)});
    for (const Discount& discount : d.discounts)
        addRow(lines, {QString(), discount.description, QString(), QString(), moneyText(-discount.amountExcl),
                       moneyText(-discount.amountIncl)});
    layout->addWidget(new QLabel(tr("Lines"), this));
    layout->addWidget(lines, 1);

    SyncLogRepository::Filter filter;
    filter.kind = memo ? SyncLogEntry::Kind::CreditMemo : SyncLogEntry::Kind::Invoice;
    filter.documentId = documentId;
    QTableWidget* history = table({tr("Date"), tr("Success"), tr("Message")}, this);
    history->setObjectName(QStringLiteral("history"));
    for (const SyncLogEntry& entry : SyncLogRepository(database).find(filter, 100))
        addRow(history, {QLocale().toString(entry.createdAt.toLocalTime(), QLocale::ShortFormat),
                         entry.success ? tr("Yes") : tr("No"), entry.message.text()});
    layout->addWidget(new QLabel(tr("Synchronisation history"), this));
    layout->addWidget(history, 1);

    // The audit trail (issue 16): each request sent to e-Boekhouden for this document; its bodies on selection.
    const QList<AuditEntry> trail = AuditTrailRepository(database).forDocument(documentId);
    QTableWidget* timeline = table({tr("Time"), tr("Attempt"), tr("Request"), tr("Answer")}, this);
    timeline->setObjectName(QStringLiteral("timeline"));
    timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    for (const AuditEntry& entry : trail) {
        const QUrl endpoint(entry.endpoint);
        const QString call = entry.method + u' ' + endpoint.path() +
                             (endpoint.hasQuery() ? u'?' + endpoint.query(QUrl::FullyDecoded) : QString());
        addRow(timeline, {QLocale().toString(entry.sentAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                          QString::number(entry.attempt), call,
                          entry.status == 0 ? tr("No answer: %1").arg(entry.error)
                                            : tr("%1 (%2 ms)").arg(entry.status).arg(entry.durationMs)});
    }
    auto* exchange = new QPlainTextEdit(this);
    exchange->setObjectName(QStringLiteral("exchange"));
    exchange->setReadOnly(true);
    exchange->setPlaceholderText(tr("Select a request to see what was sent and what e-Boekhouden answered."));
    connect(timeline, &QTableWidget::currentCellChanged, exchange, [trail, exchange](int row) {
        if (row < 0 || row >= trail.size()) {
            exchange->clear();
            return;
        }
        const AuditEntry& entry = trail.at(row);
        exchange->setPlainText(entry.method + u' ' + entry.endpoint + u"\n\n"_qs + entry.requestBody + u"\n\n"_qs +
                               tr("Answer:") + u"\n"_qs + entry.answerBody);
    });
    layout->addWidget(new QLabel(tr("Requests to e-Boekhouden (secrets masked)"), this));
    layout->addWidget(timeline, 1);
    layout->addWidget(exchange, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A booked document: what was posted, as a journal entry, from the kept post (not a re-booking).
    if (stored->state == SyncState::Posted) {
        if (const std::optional<PostedBooking> booking =
                PostedBooking::find(trail, stored->eboekhoudenId, LedgerRepository(database).load())) {
            QPushButton* show = buttons->addButton(tr("Show the &booking…"), QDialogButtonBox::ActionRole);
            show->setObjectName(QStringLiteral("showBookingButton"));
            connect(show, &QPushButton::clicked, this, [this, booking, number = d.number] {
                PreviewDialog dialog(number, *booking, this);
                dialog.exec();
            });
        }
    }
    layout->addWidget(buttons);
}
