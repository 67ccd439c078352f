#pragma once

#include <QDialog>

class Database;

// "View": every field of one shop customer, with its e-Boekhouden debtor and its customer log rows.
class CustomerDialog : public QDialog
{
    Q_OBJECT

public:
    CustomerDialog(const Database& database, qint64 customerId, QWidget* parent = nullptr);
};
