#pragma once

#include <QDialog>

struct PostingResult;

// "Preview posting": the exact rows that would go to e-Boekhouden, with the VAT e-Boekhouden will compute,
// or why the document cannot be booked yet.
class PreviewDialog : public QDialog
{
    Q_OBJECT

public:
    PreviewDialog(const QString& documentNumber, const PostingResult& result, QWidget* parent = nullptr);
};
