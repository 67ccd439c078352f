#include "LedgerComboBox.h"

#include <QAbstractItemView>
#include <QStyle>

#include <algorithm>

namespace {

// Marks the entry of a code that is not among the ledgers.
constexpr int unknownRole = Qt::UserRole + 1;

} // namespace

LedgerComboBox::LedgerComboBox(QWidget* parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
}

void LedgerComboBox::setLedgers(const QList<Ledger>& ledgers, const QStringList& preferredCategories,
                                const QString& noneText)
{
    const QString chosen = code();
    QSignalBlocker blocker(this); // one change signal at the end, not one per entry
    clear();
    m_ledgers = ledgers;
    if (!noneText.isEmpty())
        addItem(noneText, QString());
    for (bool preferred : {true, false})
        for (const Ledger& ledger : ledgers)
            if (preferredCategories.contains(ledger.category) == preferred)
                addItem(QStringLiteral("%1 – %2").arg(ledger.code, ledger.description), ledger.code);
    setCode(chosen);
    // The list as wide as its longest "code – name", however narrow the field (issue 17: names were cut).
    int widest = 0;
    for (int i = 0; i < count(); ++i)
        widest = std::max(widest, fontMetrics().horizontalAdvance(itemText(i)));
    view()->setMinimumWidth(widest + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 24);
    blocker.unblock();
    emit currentIndexChanged(currentIndex());
}

void LedgerComboBox::setCode(const QString& code)
{
    removeUnknownEntry();
    int index = findData(code);
    if (index < 0 && !code.isEmpty()) {
        const QString text = m_ledgers.isEmpty() ? code : tr("%1 (not among the administration's ledgers)").arg(code);
        addItem(text, code);
        index = count() - 1;
        setItemData(index, true, unknownRole);
    }
    setCurrentIndex(index);
}

QString LedgerComboBox::code() const
{
    return currentData().toString();
}

bool LedgerComboBox::isKnown() const
{
    return m_ledgers.isEmpty() || !currentData(unknownRole).toBool();
}

QString LedgerComboBox::firstOf(const QList<Ledger>& ledgers, const QString& category)
{
    for (const Ledger& ledger : ledgers)
        if (ledger.category == category)
            return ledger.code;
    return {};
}

void LedgerComboBox::removeUnknownEntry()
{
    for (int i = count() - 1; i >= 0; --i)
        if (itemData(i, unknownRole).toBool())
            removeItem(i);
}
