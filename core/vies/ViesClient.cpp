#include "ViesClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// VIES writes "---" where a member state does not disclose the name or address (e.g. DE, ES).
QString disclosed(const QJsonValue& value)
{
    const QString text = value.toString().trimmed();
    return text == u"---" ? QString() : text;
}

bool isServiceBusy(const QString& code)
{
    static const QStringList busy{QStringLiteral("MS_UNAVAILABLE"), QStringLiteral("MS_MAX_CONCURRENT_REQ"),
                                  QStringLiteral("GLOBAL_MAX_CONCURRENT_REQ"), QStringLiteral("SERVICE_UNAVAILABLE"),
                                  QStringLiteral("TIMEOUT")};
    return busy.contains(code);
}

} // namespace

ViesClient::ViesClient(ViesSettings settings)
    : m_settings(std::move(settings))
    , m_transport(m_settings.timeoutMs)
{}

ViesResult ViesClient::check(const QString& vatNumber)
{
    const QString number = vatNumber.trimmed().toUpper();
    HttpRequest request;
    request.method = "POST";
    QUrl url = m_settings.baseUrl;
    url.setPath(url.path().endsWith(u'/') ? url.path() + QStringLiteral("check-vat-number")
                                          : url.path() + QStringLiteral("/check-vat-number"));
    request.url = url;
    request.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("countryCode"), number.left(2)},
                                             {QStringLiteral("vatNumber"), number.mid(2)}})
                       .toJson(QJsonDocument::Compact);
    ++m_requestsSent;
    return interpret(m_transport.send(request), number, QDateTime::currentDateTimeUtc());
}

ViesResult ViesClient::interpret(const HttpReply& reply, const QString& vatNumber, const QDateTime& now)
{
    ViesResult result;
    result.vatNumber = vatNumber;
    result.checkedAt = now.toUTC();
    result.status = ViesResult::Status::Unavailable;
    if (reply.status == 0) {
        result.error = reply.networkError.isEmpty() ? tr("no answer") : reply.networkError;
        return result;
    }
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    // Errors come as {"actionSucceed":false,"errorWrappers":[{"error":"MS_UNAVAILABLE","message":…}]}, with an
    // error status as far as known (published VIES REST API; the status per code is unverified, so the body
    // decides whatever the status).
    const QJsonArray wrappers = body.value(QStringLiteral("errorWrappers")).toArray();
    if (!wrappers.isEmpty() || body.value(QStringLiteral("actionSucceed")) == QJsonValue(false)) {
        const QString code = wrappers.isEmpty() ? QStringLiteral("UNKNOWN")
                                                : wrappers.first().toObject().value(QStringLiteral("error")).toString();
        result.error = code.isEmpty() ? QStringLiteral("UNKNOWN") : code;
        // INVALID_INPUT: VIES refuses the number's form, which is an answer about the number, not a busy service.
        if (result.error == u"INVALID_INPUT")
            result.status = ViesResult::Status::Invalid;
        return result;
    }
    // The check-vat-number answer may also carry userError (VALID, INVALID or a busy code) beside `valid`.
    const QString userError = body.value(QStringLiteral("userError")).toString();
    if (isServiceBusy(userError)) {
        result.error = userError;
        return result;
    }
    if (reply.status < 200 || reply.status >= 300) {
        result.error = tr("HTTP %1").arg(reply.status);
        return result;
    }
    if (!body.value(QStringLiteral("valid")).isBool()) {
        result.error = tr("an answer VIES does not give (no \"valid\")");
        return result;
    }
    result.status =
        body.value(QStringLiteral("valid")).toBool() ? ViesResult::Status::Valid : ViesResult::Status::Invalid;
    result.name = disclosed(body.value(QStringLiteral("name")));
    result.address = disclosed(body.value(QStringLiteral("address")));
    const QDateTime requestDate =
        QDateTime::fromString(body.value(QStringLiteral("requestDate")).toString(), Qt::ISODateWithMs);
    if (requestDate.isValid())
        result.checkedAt = requestDate.toUTC();
    return result;
}
