#include "VatMappingDelegate.h"

#include "rules/VatCode.h"
#include "store/VatMappingRepository.h"
#include "store/VatMappingRow.h"
#include "VatMappingModel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>
#include <QPainter>

namespace {

QString codeDescription(VatCode code)
{
    switch (code.value()) {
    case VatCode::HoogVerk21:
        return VatMappingDelegate::tr("sales, high rate 21 %");
    case VatCode::LaagVerk9:
        return VatMappingDelegate::tr("sales, low rate 9 %");
    case VatCode::VerlVerk:
        return VatMappingDelegate::tr("sales, reverse charge 21 %");
    case VatCode::VerlVerkL9:
        return VatMappingDelegate::tr("sales, reverse charge 9 %");
    case VatCode::BuEuVerk:
        return VatMappingDelegate::tr("export outside the EU, 0 %");
    case VatCode::BiEuVerk:
        return VatMappingDelegate::tr("goods to EU businesses (ICP), 0 %");
    case VatCode::BiEuVerkD:
        return VatMappingDelegate::tr("services to EU businesses (ICP), 0 %");
    case VatCode::AfstVerk:
        return VatMappingDelegate::tr("distance sales in the EU (OSS)");
    case VatCode::AfwVerk:
        return VatMappingDelegate::tr("sales, VAT amount given");
    case VatCode::Geen:
        return VatMappingDelegate::tr("no VAT");
    case VatCode::Be21Verk:
        return VatMappingDelegate::tr("Belgian sales, 21 %");
    case VatCode::BeIcVerk:
        return VatMappingDelegate::tr("Belgian supplies to EU businesses (ICP), 0 %");
    case VatCode::BeExpVerk:
        return VatMappingDelegate::tr("Belgian export outside the EU, 0 %");
    }
    return {};
}

} // namespace

VatMappingDelegate::VatMappingDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QStringList VatMappingDelegate::vatCodeNames()
{
    QStringList names;
    for (VatCode::Value value :
         {VatCode::HoogVerk21, VatCode::LaagVerk9, VatCode::Geen, VatCode::BiEuVerk, VatCode::BiEuVerkD,
          VatCode::BuEuVerk, VatCode::AfstVerk, VatCode::VerlVerk, VatCode::VerlVerkL9, VatCode::AfwVerk,
          // Last: for Belgian administrations only, which take no other codes (API-eboekhouden.md C6).
          VatCode::Be21Verk, VatCode::BeIcVerk, VatCode::BeExpVerk})
        names.append(VatCode(value).name());
    return names;
}

QWidget* VatMappingDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                          const QModelIndex& index) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("vatMappingEditor"));
    switch (index.column()) {
    case VatMappingModel::Rate: {
        // Typing is allowed: a shop may use a rate that is not in the list yet (5,5 % in France, ...).
        combo->setEditable(true);
        combo->addItem(VatMappingRow::displayRate(std::nullopt), QString());
        QList<VatRate> rates{VatRate::percent(21), VatRate::percent(9), VatRate()};
        for (VatRate rate : m_ratesSeen) {
            if (!rates.contains(rate))
                rates.append(rate);
        }
        std::sort(rates.begin(), rates.end(), std::greater<>());
        for (VatRate rate : rates)
            combo->addItem(VatMappingRow::displayRate(rate), rate.toString());
        return combo;
    }
    case VatMappingModel::Class:
        for (DocumentClass documentClass : VatMappingRow::classes())
            combo->addItem(VatMappingRow::displayClass(documentClass), VatMappingRepository::className(documentClass));
        fitListToEntries(combo);
        return combo;
    case VatMappingModel::VatCodeColumn:
        for (const QString& name : vatCodeNames())
            combo->addItem(tr("%1 – %2").arg(name, codeDescription(*VatCode::fromName(name))), name);
        fitListToEntries(combo);
        return combo;
    case VatMappingModel::RevenueLedger:
    case VatMappingModel::VatLedger:
        if (m_ledgers.isEmpty())
            break;
        combo->setEditable(true);
        combo->addItem(QString(), QString());
        for (const Ledger& ledger : m_ledgers)
            combo->addItem(tr("%1 – %2").arg(ledger.code, ledger.description), ledger.code);
        fitListToEntries(combo);
        return combo;
    default:
        break;
    }
    delete combo;
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void VatMappingDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo || combo->objectName() != u"vatMappingEditor") {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QString value = index.data(Qt::EditRole).toString();
    const int found = combo->findData(value);
    if (found >= 0)
        combo->setCurrentIndex(found);
    else if (combo->isEditable())
        combo->setEditText(value); // a typed rate or a ledger the list does not (yet) have
    // What is typed replaces the cell's text instead of being added to it ("8000 – Omzet hoog8040").
    if (combo->lineEdit())
        combo->lineEdit()->selectAll();
}

void VatMappingDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo || combo->objectName() != u"vatMappingEditor") {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    // An editable combo may hold typed text that matches no item: a ledger's code or name stands for the ledger,
    // other text is the value (the check refuses a ledger the administration does not have).
    const QString text = combo->currentText().trimmed();
    int chosen = combo->isEditable() ? combo->findText(text) : combo->currentIndex();
    const bool ledgerColumn =
        index.column() == VatMappingModel::RevenueLedger || index.column() == VatMappingModel::VatLedger;
    if (chosen < 0 && ledgerColumn) {
        chosen = combo->findData(text);
        for (const Ledger& ledger : m_ledgers)
            if (chosen < 0 && ledger.description.compare(text, Qt::CaseInsensitive) == 0)
                chosen = combo->findData(ledger.code);
    }
    model->setData(index, chosen >= 0 ? combo->itemData(chosen) : QVariant(text), Qt::EditRole);
}

void VatMappingDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.data(VatMappingModel::ProblemRole).toString().isEmpty())
        return;
    painter->save();
    painter->setPen(QPen(problemColour(), 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1));
    painter->restore();
}

QColor VatMappingDelegate::problemColour()
{
    return QColor(0xb0, 0x00, 0x20); // the red of the problems above the table
}

void VatMappingDelegate::fitListToEntries(QComboBox* combo)
{
    int widest = 0;
    for (int i = 0; i < combo->count(); ++i)
        widest = std::max(widest, combo->fontMetrics().horizontalAdvance(combo->itemText(i)));
    // Room for the list's frame, margins and a scroll bar besides the text.
    combo->view()->setMinimumWidth(widest + combo->style()->pixelMetric(QStyle::PM_ScrollBarExtent) +
                                   4 * combo->style()->pixelMetric(QStyle::PM_DefaultFrameWidth) + 16);
}
