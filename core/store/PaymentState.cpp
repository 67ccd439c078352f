#include "PaymentState.h"

QString paymentStateName(PaymentState state)
{
    switch (state) {
    case PaymentState::Booked:
        return QStringLiteral("booked");
    case PaymentState::Failed:
        return QStringLiteral("failed");
    case PaymentState::NotOutstanding:
        return QStringLiteral("not_outstanding");
    case PaymentState::None:
    case PaymentState::Pending:
        break;
    }
    return {};
}

PaymentState paymentStateFromName(const QString& name, bool paid)
{
    if (name == u"booked")
        return PaymentState::Booked;
    if (name == u"failed")
        return PaymentState::Failed;
    if (name == u"not_outstanding")
        return PaymentState::NotOutstanding;
    return paid ? PaymentState::Pending : PaymentState::None;
}
