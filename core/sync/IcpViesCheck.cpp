#include "IcpViesCheck.h"

#include "store/ViesResultRepository.h"

namespace {

QString dateText(const QDateTime& when)
{
    // Dutch day-month-year, as on the bookkeeper's VIES printout; the day is the bookkeeper's own.
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

} // namespace

IcpViesCheck::IcpViesCheck(const Database& database, ViesSettings settings, bool holdWhenUnavailable)
    : m_database(database)
    , m_settings(std::move(settings))
    , m_holdWhenUnavailable(holdWhenUnavailable)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{}

IcpViesCheck::~IcpViesCheck() = default;

IcpViesCheck::Outcome IcpViesCheck::check(qint64 documentId, const QString& vatNumber)
{
    const QString number = vatNumber.trimmed().toUpper();
    ViesResultRepository results(m_database);
    Outcome outcome;
    // A number VIES confirmed in the last day stays confirmed for this sync: no second question.
    if (std::optional<ViesResult> known = results.latestValid(number, m_now().addDays(-1))) {
        outcome.result = *known;
        results.record(documentId, *known);
        return outcome;
    }
    if (!m_client)
        m_client = std::make_unique<ViesClient>(m_settings);
    outcome.asked = true;
    outcome.result = m_client->check(number);
    results.record(documentId, outcome.result);
    switch (outcome.result.status) {
    case ViesResult::Status::Valid:
    case ViesResult::Status::NotChecked:
        break;
    case ViesResult::Status::Invalid:
        outcome.verdict = Verdict::Hold;
        outcome.message = notValidMessage(outcome.result);
        break;
    case ViesResult::Status::Unavailable:
        outcome.verdict = m_holdWhenUnavailable ? Verdict::Retry : Verdict::Book;
        outcome.message = offlineOnlyMessage(outcome.result);
        if (m_holdWhenUnavailable) {
            outcome.message += u' ' + tr("The booking settings hold ICP sales until VIES has confirmed the number; "
                                         "it is asked again. To book without VIES, allow it under \"When VIES does "
                                         "not answer\" in the booking settings.");
        }
        break;
    }
    return outcome;
}

QString IcpViesCheck::describe(const ViesResult& result)
{
    const QString date = dateText(result.checkedAt);
    switch (result.status) {
    case ViesResult::Status::Valid:
        return result.name.isEmpty()
                   ? tr("%1 is valid (checked %2).").arg(result.vatNumber, date)
                   : tr("%1 is valid, registered to %2 (checked %3).").arg(result.vatNumber, result.name, date);
    case ViesResult::Status::Invalid:
        return tr("%1 is not valid (checked %2).").arg(result.vatNumber, date);
    case ViesResult::Status::Unavailable:
        return tr("%1 checked offline only, VIES did not answer (%2, %3).").arg(result.vatNumber, result.error, date);
    case ViesResult::Status::NotChecked:
        break;
    }
    return tr("Not checked.");
}

QString IcpViesCheck::notValidMessage(const ViesResult& result)
{
    if (result.error == u"INVALID_INPUT") {
        return tr("VIES refuses %1 as no VAT number of a member state (INVALID_INPUT, checked %2). Check the "
                  "customer's VAT number in the shop, or book it as a domestic sale.")
            .arg(result.vatNumber, dateText(result.checkedAt));
    }
    return tr("VIES says %1 is not valid (checked %2). Check the customer's VAT number in the shop, or book it as a "
              "domestic sale.")
        .arg(result.vatNumber, dateText(result.checkedAt));
}

QString IcpViesCheck::offlineOnlyMessage(const ViesResult& result)
{
    return tr("VAT number %1 was checked offline only, VIES did not answer (%2).").arg(result.vatNumber, result.error);
}
