#pragma once

#include "TestConnectionRow.h"

#include <QWizardPage>

class QWidget;

// A wizard page whose Next waits for a passed "Test connection" of what is typed now (the e-Boekhouden login
// pages and the shop page). Editing a watched field resets the verdict; while a test runs the fields, Back and
// Cancel are locked, so what was tested is what the page keeps.
class TestedPage : public QWizardPage
{
    Q_OBJECT

public:
    bool isComplete() const override;
    TestConnectionRow* testRow() const { return m_test; }

protected:
    explicit TestedPage(TestConnectionRow::Prepare prepare, QWidget* parent = nullptr);

    // Line edits, combo boxes, check boxes: any edit resets the verdict.
    void watch(const QList<QWidget*>& fields);

private:
    void setRunning(bool running);

    TestConnectionRow* m_test;
    QList<QWidget*> m_fields;
};
