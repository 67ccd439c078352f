#include "Redactor.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace {

// Names under which the services we talk to carry secrets: e-Boekhouden REST (accessToken, token) and
// SOAP (SecurityCode1/2, SessionID), Magento OAuth 1.0a and integration tokens, PrestaShop ws_key.
const QString secretNames = QStringLiteral(
    "accessToken|access_token|access_token_secret|token|sessionToken|session_token|SessionID|SessionId|"
    "password|passwd|pwd|Wachtwoord|SecurityCode1|SecurityCode2|securityCode|apiKey|api_key|api-key|ws_key|"
    "consumer_key|consumer_secret|consumerKey|consumerSecret|oauth_token|oauth_signature|oauth_consumer_key|"
    "client_secret|secret|tokenSecret|refresh_token");

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

const QList<Rule>& rules()
{
    static const QList<Rule> all = {
        // Whole value of credential-carrying headers ("Authorization: Bearer x", "Authorization: OAuth ...").
        {QRegularExpression(
             QStringLiteral(
                 R"re((\b(?:Authorization|Proxy-Authorization|X-Api-Key|Api-Key|Cookie|Set-Cookie)\s*:\s*)[^\r\n]+)re"),
             QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1***")},
        // JSON string values: "accessToken": "..."
        {QRegularExpression(QStringLiteral(R"re(("(?:%1)"\s*:\s*)"(?:[^"\\]|\\.)*")re").arg(secretNames),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1\"***\"")},
        // XML elements, with or without a namespace prefix: <SecurityCode1>...</SecurityCode1>
        {QRegularExpression(QStringLiteral(R"re((<(\w+:)?(%1)\b[^>]*>)[^<]*(</\2?\3>))re").arg(secretNames),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1***\\4")},
        // User info in URLs: https://KEY@shop.example/api (PrestaShop's key as basic-auth user)
        {QRegularExpression(QStringLiteral(R"re((\b[a-z][a-z0-9+.\-]*://)[^/\s@]+@)re"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1***@")},
        // key=value and key: value in query strings, form bodies, OAuth headers and plain text.
        {QRegularExpression(QStringLiteral(R"re((\b(?:%1)\s*[:=]\s*"?)[^\s,;&"'<>]+)re").arg(secretNames),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1***")},
    };
    return all;
}

QMutex rememberedMutex;
QStringList remembered; // longest first, so a secret containing another is masked whole

} // namespace

QString Redactor::redact(const QString& text)
{
    QString result = text;
    {
        QMutexLocker lock(&rememberedMutex);
        for (const QString& secret : std::as_const(remembered)) {
            result.replace(secret, mask());
            const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
            if (encoded != secret)
                result.replace(encoded, mask());
        }
    }
    for (const Rule& rule : rules())
        result.replace(rule.pattern, rule.replacement);
    return result;
}

void Redactor::remember(const QString& secret)
{
    if (secret.size() < minimumSecretLength)
        return;
    QMutexLocker lock(&rememberedMutex);
    if (remembered.contains(secret))
        return;
    remembered.append(secret);
    std::sort(remembered.begin(), remembered.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
}

void Redactor::forgetAll()
{
    QMutexLocker lock(&rememberedMutex);
    remembered.clear();
}
