#include "ImportPeriodDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ImportPeriodDialog::ImportPeriodDialog(QWidget* parent)
    : QDialog(parent)
    , m_from(new QDateEdit(this))
    , m_until(new QDateEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import a period from the shop"));
    const QDate today = QDate::currentDate();
    for (QDateEdit* edit : {m_from, m_until}) {
        edit->setCalendarPopup(true);
        edit->setMaximumDate(today);
        connect(edit, &QDateEdit::dateChanged, this, &ImportPeriodDialog::check);
    }
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_until->setObjectName(QStringLiteral("untilDate"));
    m_from->setDate(QDate(today.year(), 1, 1));
    m_until->setDate(today);
    m_problem->setObjectName(QStringLiteral("periodProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* explanation = new QLabel(tr("Reads every invoice, credit memo and customer the shop created in this "
                                      "period into Boekhoudbrug, however old. Nothing is booked yet: the documents "
                                      "wait in the grids until you push them or synchronise."),
                                   this);
    explanation->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&Until (inclusive):"), m_until);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    check();
}

QDate ImportPeriodDialog::from() const
{
    return m_from->date();
}

QDate ImportPeriodDialog::until() const
{
    return m_until->date();
}

void ImportPeriodDialog::check()
{
    const bool ok = m_from->date() <= m_until->date();
    m_problem->setText(ok ? QString() : tr("The period ends before it starts."));
    m_problem->setVisible(!ok);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}
