#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;

// Asks which period of the shop to read: every document created from..until (the shop's dates, inclusive),
// also what the regular sync would no longer fetch, such as a year before Boekhoudbrug was installed.
class ImportPeriodDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportPeriodDialog(QWidget* parent = nullptr);

    QDate from() const;
    QDate until() const;

private:
    void check();

    QDateEdit* m_from;
    QDateEdit* m_until;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};
