#include "InvoiceNumberFormatter.h"

QString InvoiceNumberFormatter::format(const QString& shopNumber, const Settings& settings)
{
    const QString number = shopNumber.trimmed();
    QString result;
    switch (settings.mode) {
    case Mode::AsInShop:
        return number;
    case Mode::LetEBoekhouden:
        return {};
    case Mode::StripPrefix: {
        const QString prefix = settings.prefix.trimmed();
        result =
            !prefix.isEmpty() && number.startsWith(prefix, Qt::CaseInsensitive) ? number.mid(prefix.size()) : number;
        break;
    }
    case Mode::DigitsOnly:
        for (const QChar c : number) {
            if (c >= u'0' && c <= u'9')
                result += c;
        }
        break;
    }
    return result.isEmpty() ? number : result;
}

QString InvoiceNumberFormatter::formatCreditMemo(const QString& shopNumber, const Settings& settings)
{
    const QString number = format(shopNumber, settings);
    return number.isEmpty() ? number : settings.creditMemoPrefix.trimmed() + number;
}
