#pragma once

#include <QString>

// The kinds of journal entry, with REST's numbers and SOAP's names (API-eboekhouden.md §1.8, §2.6).
enum class MutationType
{
    InvoiceReceived = 1, // FactuurOntvangen (purchase)
    InvoiceSent = 2,     // FactuurVerstuurd (sales)
    PaymentReceived = 3, // FactuurbetalingOntvangen
    PaymentSent = 4,     // FactuurbetalingVerstuurd
    MoneyReceived = 5,   // GeldOntvangen
    MoneySent = 6,       // GeldUitgegeven
    Memorial = 7,        // Memoriaal
};

namespace MutationTypes {

inline QString soapName(MutationType type)
{
    switch (type) {
    case MutationType::InvoiceReceived:
        return QStringLiteral("FactuurOntvangen");
    case MutationType::InvoiceSent:
        return QStringLiteral("FactuurVerstuurd");
    case MutationType::PaymentReceived:
        return QStringLiteral("FactuurbetalingOntvangen");
    case MutationType::PaymentSent:
        return QStringLiteral("FactuurbetalingVerstuurd");
    case MutationType::MoneyReceived:
        return QStringLiteral("GeldOntvangen");
    case MutationType::MoneySent:
        return QStringLiteral("GeldUitgegeven");
    case MutationType::Memorial:
        return QStringLiteral("Memoriaal");
    }
    return {};
}

// 0 for OpeningsSaldo and for names we do not know.
inline int fromSoapName(const QString& name)
{
    for (int number = 1; number <= 7; ++number) {
        if (soapName(static_cast<MutationType>(number)) == name)
            return number;
    }
    return 0;
}

inline bool isPayment(MutationType type)
{
    return type == MutationType::PaymentReceived || type == MutationType::PaymentSent;
}

} // namespace MutationTypes
