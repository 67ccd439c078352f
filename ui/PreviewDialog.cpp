#include "PreviewDialog.h"

#include "MoneyText.h"
#include "posting/PostingResult.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

void addRow(QTableWidget* table, const QStringList& cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

PreviewDialog::PreviewDialog(const QString& documentNumber, const PostingResult& result, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preview posting of %1").arg(documentNumber));
    resize(820, 520);
    auto* layout = new QVBoxLayout(this);

    if (!result.isPosting()) {
        auto* heading = new QLabel(tr("This document cannot be booked yet:"), this);
        heading->setObjectName(QStringLiteral("verdict"));
        layout->addWidget(heading);
        QStringList problems;
        for (const Problem& problem : result.problems)
            problems.append(u"• "_qs + problem.message);
        QLabel* list = wrapped(problems.join(u'\n'), this);
        list->setObjectName(QStringLiteral("problems"));
        layout->addWidget(list);
        layout->addStretch();
    } else {
        const Posting& posting = *result.posting;
        auto* heading = new QLabel(posting.form == Posting::Form::Invoice
                                       ? tr("Would be booked as an e-Boekhouden invoice:")
                                       : tr("Would be booked as a sales mutation (invoice sent):"),
                                   this);
        heading->setObjectName(QStringLiteral("verdict"));
        layout->addWidget(heading);

        auto* form = new QFormLayout;
        form->addRow(
            tr("Invoice number:"),
            new QLabel(posting.invoiceNumber.isEmpty() ? tr("numbered by e-Boekhouden") : posting.invoiceNumber, this));
        form->addRow(tr("Date:"), new QLabel(QLocale().toString(posting.date, QLocale::ShortFormat), this));
        form->addRow(tr("Debtor:"),
                     new QLabel(QStringLiteral("%1 — %2").arg(posting.relationCode, posting.relationName), this));
        form->addRow(tr("Description:"), new QLabel(posting.description, this));
        form->addRow(tr("Amounts:"),
                     new QLabel(posting.inExVat == InExVat::In ? tr("including VAT") : tr("excluding VAT"), this));
        layout->addLayout(form);

        auto* rows = new QTableWidget(0, 6, this);
        rows->setObjectName(QStringLiteral("rows"));
        rows->setHorizontalHeaderLabels({tr("Ledger"), tr("VAT code"), tr("Amount sent"), tr("Excl. VAT"),
                                         tr("VAT (computed by e-Boekhouden)"), tr("Incl. VAT")});
        rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
        rows->verticalHeader()->hide();
        rows->horizontalHeader()->setStretchLastSection(true);
        if (posting.form == Posting::Form::Invoice) {
            for (const PostingInvoiceLine& line : posting.lines)
                addRow(rows, {line.ledger, line.vatCode.name(),
                              moneyText(posting.inExVat == InExVat::In ? line.unitPriceIncl : line.unitPriceExcl),
                              moneyText(line.net), moneyText(line.gross - line.net), moneyText(line.gross)});
        } else {
            for (const PostingRow& row : posting.rows)
                addRow(rows, {row.ledger, row.vatCode.name(), moneyText(row.amount), moneyText(row.net),
                              moneyText(row.gross - row.net), moneyText(row.gross)});
        }
        addRow(rows, {tr("Total"), QString(), QString(), moneyText(posting.totalExcl), moneyText(posting.totalVat),
                      moneyText(posting.totalIncl)});
        layout->addWidget(rows, 1);

        if (!posting.notes.isEmpty()) {
            QLabel* notes = wrapped(tr("Notes: %1").arg(posting.notes.join(u' ')), this);
            notes->setObjectName(QStringLiteral("notes"));
            layout->addWidget(notes);
        }
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}
