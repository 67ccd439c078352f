#include "TestedPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QWizard>

TestedPage::TestedPage(TestConnectionRow::Prepare prepare, QWidget* parent)
    : QWizardPage(parent)
    , m_test(new TestConnectionRow(std::move(prepare), this))
{
    connect(m_test, &TestConnectionRow::verdictChanged, this, &QWizardPage::completeChanged);
    connect(m_test, &TestConnectionRow::runningChanged, this, &TestedPage::setRunning);
}

bool TestedPage::isComplete() const
{
    return m_test->passed() && !m_test->isRunning();
}

void TestedPage::watch(const QList<QWidget*>& fields)
{
    m_fields.append(fields);
    for (QWidget* field : fields) {
        if (auto* edit = qobject_cast<QLineEdit*>(field))
            connect(edit, &QLineEdit::textChanged, m_test, &TestConnectionRow::reset);
        else if (auto* combo = qobject_cast<QComboBox*>(field))
            connect(combo, &QComboBox::currentIndexChanged, m_test, &TestConnectionRow::reset);
        else if (auto* box = qobject_cast<QAbstractButton*>(field))
            connect(box, &QAbstractButton::toggled, m_test, &TestConnectionRow::reset);
        else if (auto* date = qobject_cast<QDateEdit*>(field))
            connect(date, &QDateEdit::dateChanged, m_test, &TestConnectionRow::reset);
    }
}

void TestedPage::setRunning(bool running)
{
    for (QWidget* field : std::as_const(m_fields))
        field->setEnabled(!running);
    emit completeChanged(); // first: QWizard re-enables Back when it updates its buttons
    if (QWizard* w = wizard()) {
        w->button(QWizard::BackButton)->setEnabled(!running);
        w->button(QWizard::CancelButton)->setEnabled(!running);
    }
}
