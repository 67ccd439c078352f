#include "ShopHttpClient.h"

#include "logging/Log.h"
#include "network/TransportPolicy.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkReply>
#include <QTimer>

namespace {

void wait(int milliseconds)
{
    if (milliseconds <= 0)
        return;
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

ShopHttpClient::ShopHttpClient(QUrl baseUrl, std::shared_ptr<const RequestSigner> signer, RetryPolicy retry)
    : m_baseUrl(std::move(baseUrl))
    , m_signer(std::move(signer))
    , m_retry(retry)
{
    m_network.setAutoDeleteReplies(false);
}

QString ShopHttpClient::shopMessage(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return {};
    const QJsonObject object = document.object();
    QString message = object.value(QStringLiteral("message")).toString();
    // Magento's Phrase placeholders: %name from an object of parameters, %1, %2 ... from a list.
    const QJsonValue parameters = object.value(QStringLiteral("parameters"));
    if (parameters.isObject()) {
        const QJsonObject named = parameters.toObject();
        for (auto it = named.begin(); it != named.end(); ++it)
            message.replace(u'%' + it.key(), it.value().toVariant().toString());
    } else if (parameters.isArray()) {
        const QJsonArray list = parameters.toArray();
        for (qsizetype i = list.size(); i > 0; --i) // %10 before %1
            message.replace(u'%' + QString::number(i), list.at(i - 1).toVariant().toString());
    }
    return message.trimmed();
}

JsonReply ShopHttpClient::getJson(const QString& path, const QUrlQuery& query, const ShapeCheck& shapeOk)
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + u'/' + path);
    url.setQuery(query);

    JsonReply result;
    if (!TransportPolicy::mayCarryCredentials(url)) {
        result.insecure = true;
        result.error = tr("Refused to send the shop's keys unencrypted to %1: the address starts with http://. Use "
                          "the shop's https:// address.")
                           .arg(url.host());
        return result;
    }
    const int attempts = m_retry.maxAttempts < 1 ? 1 : m_retry.maxAttempts;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        if (attempt > 1)
            wait(m_retry.delayBeforeAttempt(attempt));
        result.attempts = attempt;

        QNetworkRequest request(url);
        request.setRawHeader("Accept", "application/json");
        request.setTransferTimeout(m_retry.timeoutMs);
        if (m_signer)
            m_signer->sign(request, "GET");
        Log::Headers headers;
        for (const auto& name : request.rawHeaderList())
            headers.append({name, request.rawHeader(name)});
        Log::httpExchange(QStringLiteral("->"), "GET", url, headers, {});

        ++m_requestsSent;
        std::unique_ptr<QNetworkReply> reply(m_network.get(request));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();

        const QByteArray body = reply->readAll();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        Log::httpExchange(QStringLiteral("<-"), QByteArray::number(result.status), url, {}, body);

        if (result.status == 401 || result.status == 403) {
            result.shopMessage = shopMessage(body);
            result.error = result.shopMessage.isEmpty()
                               ? tr("The shop refused the credentials (HTTP %1) for %2: check the keys in the shop "
                                    "settings and the integration's permissions.")
                                     .arg(result.status)
                                     .arg(path)
                               : tr("The shop refused the credentials (HTTP %1) for %2: \"%3\" Check the keys in "
                                    "the shop settings and the integration's permissions.")
                                     .arg(result.status)
                                     .arg(path, result.shopMessage);
            return result;
        }
        if (result.status >= 400 && result.status < 500 && result.status != 429) {
            result.error = tr("The shop answered HTTP %1 for %2.").arg(result.status).arg(path);
            return result;
        }
        if (reply->error() != QNetworkReply::NoError && result.status < 500 && result.status != 429) {
            result.error = tr("Could not read %1 from the shop after %2 attempts: %3")
                               .arg(path)
                               .arg(attempt)
                               .arg(reply->errorString());
            continue;
        }
        if (result.status >= 500 || result.status == 429) {
            result.error =
                tr("The shop answered HTTP %1 for %2 after %3 attempts.").arg(result.status).arg(path).arg(attempt);
            continue;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || (shapeOk && !shapeOk(document))) {
            result.error = tr("The shop sent an unreadable page for %1 after %2 attempts (%3).")
                               .arg(path)
                               .arg(attempt)
                               .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                 : tr("unexpected structure"));
            continue;
        }
        result.document = document;
        result.error.clear();
        return result;
    }
    return result;
}
