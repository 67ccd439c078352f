#pragma once

#include <QDialog>

class Database;

// "View": every field of one invoice or credit memo, its lines, and the history of its sync log.
class DocumentDialog : public QDialog
{
    Q_OBJECT

public:
    DocumentDialog(const Database& database, qint64 documentId, QWidget* parent = nullptr);
};
