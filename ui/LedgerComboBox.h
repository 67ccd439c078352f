#pragma once

#include "eboekhouden/Ledger.h"

#include <QComboBox>

// A drop-down of the administration's ledgers ("1010 – Bank"), the usual categories of the choice first. A
// saved code that is not (or no longer) among the ledgers stays visible as what it is instead of silently
// becoming another ledger; isKnown() tells the form to say so.
class LedgerComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit LedgerComboBox(QWidget* parent = nullptr);

    // The ledgers of `preferredCategories` first (administrations label their ledgers differently, so every
    // other ledger follows); a non-empty `noneText` adds an entry for "no ledger" on top. The chosen code stays.
    void setLedgers(const QList<Ledger>& ledgers, const QStringList& preferredCategories, const QString& noneText = {});
    void setCode(const QString& code);
    QString code() const;
    // The chosen code is empty, among the ledgers, or there is no list to check it against.
    bool isKnown() const;

    // The code of the first ledger of `category`, e.g. the first bank (FIN) ledger; empty when there is none.
    static QString firstOf(const QList<Ledger>& ledgers, const QString& category);

private:
    void removeUnknownEntry();

    QList<Ledger> m_ledgers;
};
