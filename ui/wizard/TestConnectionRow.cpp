#include "TestConnectionRow.h"

#include "concurrency/RunOnWorkerThread.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

TestConnectionRow::TestConnectionRow(Prepare prepare, QWidget* parent)
    : QWidget(parent)
    , m_prepare(std::move(prepare))
    , m_button(new QPushButton(tr("&Test connection"), this))
    , m_verdict(new QLabel(this))
{
    m_button->setObjectName(QStringLiteral("testButton"));
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    connect(m_button, &QPushButton::clicked, this, &TestConnectionRow::run);
    auto* row = new QHBoxLayout;
    row->addWidget(m_button);
    row->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_verdict);
}

void TestConnectionRow::run()
{
    if (m_running)
        return;
    const auto [check, immediate] = m_prepare();
    if (!check) {
        show(immediate);
        return;
    }
    m_running = true;
    m_button->setEnabled(false);
    m_verdict->setStyleSheet({});
    m_verdict->setText(tr("Testing…"));
    emit runningChanged(true);
    const int generation = ++m_generation;
    runOnWorkerThread(this, check, [this, generation](const ConnectionVerdict& verdict) {
        m_running = false;
        m_button->setEnabled(true);
        emit runningChanged(false);
        if (generation == m_generation)
            show(verdict);
    });
}

void TestConnectionRow::reset()
{
    ++m_generation;
    m_shown = {};
    if (!m_running)
        m_verdict->clear();
    if (m_passed) {
        m_passed = false;
        emit verdictChanged(false);
    }
}

void TestConnectionRow::show(const ConnectionVerdict& verdict)
{
    m_verdict->setStyleSheet(verdict.ok ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020;"));
    m_verdict->setText((verdict.ok ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + verdict.message);
    m_shown = verdict;
    m_passed = verdict.ok;
    emit verdictChanged(m_passed);
}
