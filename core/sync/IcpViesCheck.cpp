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
            outcome.message = LogMessage::joined({outcome.message, LogMessage::coded(u"vies.heldUntilConfirmed"_qs)});
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

LogMessage IcpViesCheck::notValidMessage(const ViesResult& result)
{
    return LogMessage::coded(result.error == u"INVALID_INPUT" ? u"vies.refused"_qs : u"vies.notValid"_qs,
                             {result.vatNumber, dateText(result.checkedAt)});
}

LogMessage IcpViesCheck::offlineOnlyMessage(const ViesResult& result)
{
    return LogMessage::coded(u"vies.offlineOnly"_qs, {result.vatNumber, result.error});
}
