#pragma once

#include <QDialog>
#include <QList>

struct Ledger;
struct PostedBooking;
struct PostingResult;
class QPlainTextEdit;
class QTabWidget;

// "Preview posting" laid out as a journal entry: per row the ledger (code and name), the VAT code, net, VAT and
// gross, right-aligned, with totals that are the sums of the rows above them. For a document not yet booked:
// what would be sent, with the VAT e-Boekhouden will compute, or why it cannot be booked yet. For a booked
// document: what was sent, from the store's record of the booking (PostedBooking), never a re-booking under
// today's settings. A "Request" tab shows the exact request body where one is known.
class PreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // `ledgers`: the administration's kept ledger list, for the ledgers' names beside their codes.
    PreviewDialog(const QString& documentNumber, const PostingResult& result, const QList<Ledger>& ledgers = {},
                  QWidget* parent = nullptr);
    PreviewDialog(const QString& documentNumber, const PostedBooking& booking, QWidget* parent = nullptr);
    // A booked document of which no post was kept (linked to e-Boekhouden's booking, or booked before the
    // audit trail): says so, with the number it is booked under, instead of guessing.
    PreviewDialog(const QString& documentNumber, const QString& eboekhoudenNumber, QWidget* parent = nullptr);

    // The exact request body (JSON or XML) for the Request tab; an empty body leaves the tab out.
    void setRequestBody(const QString& body);

private:
    void begin(const QString& title);
    void finish();

    QTabWidget* m_tabs = nullptr;
    QWidget* m_entry = nullptr;
    QPlainTextEdit* m_request = nullptr;
};
