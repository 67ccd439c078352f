#include "EBoekhoudenCredentials.h"

#include "logging/Redactor.h"
#include "secrets/SecretStore.h"

namespace {

const QString tokenName = QStringLiteral("eboekhouden.apiToken");
const QString usernameName = QStringLiteral("eboekhouden.username");
const QString code1Name = QStringLiteral("eboekhouden.securityCode1");
const QString code2Name = QStringLiteral("eboekhouden.securityCode2");

QString connectionKindKey(const QString& profile)
{
    return QStringLiteral("profiles/%1/eboekhouden/api").arg(profile);
}

QString endDateKey(const QString& profile)
{
    return QStringLiteral("profiles/%1/eboekhouden/endDate").arg(profile);
}

QString endpointKey(const QString& profile)
{
    return QStringLiteral("profiles/%1/eboekhouden/endpoint").arg(profile);
}

QString countryKey(const QString& profile)
{
    return QStringLiteral("profiles/%1/eboekhouden/country").arg(profile);
}

QString countryOrNl(const QString& text)
{
    return text.trimmed().toUpper() == QLatin1String("BE") ? QStringLiteral("BE") : QStringLiteral("NL");
}

} // namespace

bool EBoekhoudenCredentials::isComplete() const
{
    switch (api) {
    case Api::Rest:
        return !apiToken.isEmpty();
    case Api::Soap:
        return !username.isEmpty() && !securityCode1.isEmpty() && !securityCode2.isEmpty();
    case Api::None:
        break;
    }
    return false;
}

EBoekhoudenCredentials::Loaded EBoekhoudenCredentials::fromEnvironmentVariables(const QProcessEnvironment& environment)
{
    Loaded loaded;
    EBoekhoudenCredentials& c = loaded.credentials;
    c.fromEnvironment = true;
    c.apiToken = environment.value(QStringLiteral("BOEKHOUDBRUG_EB_API_TOKEN"));
    c.username = environment.value(QStringLiteral("BOEKHOUDBRUG_EB_USERNAME"));
    c.securityCode1 = environment.value(QStringLiteral("BOEKHOUDBRUG_EB_SECURITY_CODE1"));
    c.securityCode2 = environment.value(QStringLiteral("BOEKHOUDBRUG_EB_SECURITY_CODE2"));
    c.tokenEndDate =
        QDate::fromString(environment.value(QStringLiteral("BOEKHOUDBRUG_EB_TOKEN_END_DATE")), Qt::ISODate);
    c.country = countryOrNl(environment.value(QStringLiteral("BOEKHOUDBRUG_EB_COUNTRY")));
    if (!c.apiToken.isEmpty()) {
        c.api = Api::Rest;
        c.endpointOverride = environment.value(QStringLiteral("BOEKHOUDBRUG_EB_REST_URL"));
    } else if (!c.username.isEmpty() || !c.securityCode1.isEmpty() || !c.securityCode2.isEmpty()) {
        c.api = Api::Soap;
        c.endpointOverride = environment.value(QStringLiteral("BOEKHOUDBRUG_EB_SOAP_URL"));
    }
    for (const QString& secret : {c.apiToken, c.securityCode1, c.securityCode2})
        Redactor::remember(secret);
    loaded.ok = c.isComplete();
    if (c.api == Api::Soap && !loaded.ok)
        loaded.message = tr("For the SOAP connection set all of BOEKHOUDBRUG_EB_USERNAME, "
                            "BOEKHOUDBRUG_EB_SECURITY_CODE1 and BOEKHOUDBRUG_EB_SECURITY_CODE2.");
    return loaded;
}

EBoekhoudenCredentials::Loaded EBoekhoudenCredentials::load(const QString& profile, QSettings& settings,
                                                            const QProcessEnvironment& environment)
{
    Loaded fromEnv = fromEnvironmentVariables(environment);
    if (fromEnv.credentials.api != Api::None)
        return fromEnv;

    Loaded loaded;
    EBoekhoudenCredentials& c = loaded.credentials;
    const QString api = settings.value(connectionKindKey(profile)).toString();
    c.endpointOverride = settings.value(endpointKey(profile)).toString();
    c.country = countryOrNl(settings.value(countryKey(profile)).toString());
    // ISO text (older saves hold a QDate, whose toString() is the same text).
    c.tokenEndDate = QDate::fromString(settings.value(endDateKey(profile)).toString(), Qt::ISODate);
    SecretStore store(profile);
    if (api == QLatin1String("rest")) {
        c.api = Api::Rest;
        const SecretStore::Result token = store.read(tokenName);
        if (!token.ok()) {
            loaded.message = token.message;
            return loaded;
        }
        c.apiToken = token.value;
    } else if (api == QLatin1String("soap")) {
        c.api = Api::Soap;
        for (const auto& [name, target] : {std::pair{usernameName, &c.username}, std::pair{code1Name, &c.securityCode1},
                                           std::pair{code2Name, &c.securityCode2}}) {
            const SecretStore::Result read = store.read(name);
            if (!read.ok()) {
                loaded.message = read.message;
                return loaded;
            }
            *target = read.value;
        }
    } else {
        loaded.message = tr("No e-Boekhouden connection is set up yet. Run the setup wizard, or set "
                            "BOEKHOUDBRUG_EB_API_TOKEN for a headless run.");
        return loaded;
    }
    // Masked in every log line from now on, whatever syntax they turn up in (a SOAP body, an error text).
    for (const QString& secret : {c.apiToken, c.securityCode1, c.securityCode2})
        Redactor::remember(secret);
    loaded.ok = c.isComplete();
    if (!loaded.ok)
        loaded.message = tr("The saved e-Boekhouden credentials are incomplete. Enter them again in the setup wizard.");
    return loaded;
}

QString EBoekhoudenCredentials::save(const QString& profile, const EBoekhoudenCredentials& credentials,
                                     QSettings& settings)
{
    SecretStore store(profile);
    QList<std::pair<QString, QString>> secrets;
    if (credentials.api == Api::Rest)
        secrets = {{tokenName, credentials.apiToken}};
    else if (credentials.api == Api::Soap)
        secrets = {{usernameName, credentials.username},
                   {code1Name, credentials.securityCode1},
                   {code2Name, credentials.securityCode2}};
    for (const auto& [name, value] : secrets) {
        const SecretStore::Result written = store.write(name, value);
        if (!written.ok())
            return written.message;
    }
    settings.setValue(connectionKindKey(profile),
                      credentials.api == Api::Rest ? QStringLiteral("rest") : QStringLiteral("soap"));
    const QDate endDate = credentials.tokenEndDate; // not secret: kept so the UI can warn before it expires
    if (endDate.isValid())
        settings.setValue(endDateKey(profile), endDate.toString(Qt::ISODate)); // text: readable in the ini file
    else
        settings.remove(endDateKey(profile));
    settings.setValue(countryKey(profile), countryOrNl(credentials.country));
    if (credentials.endpointOverride.isEmpty())
        settings.remove(endpointKey(profile));
    else
        settings.setValue(endpointKey(profile), credentials.endpointOverride);
    settings.sync();
    return {};
}

QDate EBoekhoudenCredentials::savedTokenEndDate(const QString& profile, QSettings& settings)
{
    return QDate::fromString(settings.value(endDateKey(profile)).toString(), Qt::ISODate);
}

QString EBoekhoudenCredentials::remove(const QString& profile, QSettings& settings)
{
    SecretStore store(profile);
    QString problem;
    for (const QString& name : {tokenName, usernameName, code1Name, code2Name}) {
        const SecretStore::Result removed = store.remove(name);
        if (!removed.ok() && removed.status != SecretStore::Status::NotFound && problem.isEmpty())
            problem = removed.message;
    }
    settings.remove(QStringLiteral("profiles/%1/eboekhouden").arg(profile));
    settings.sync();
    return problem;
}

QString EBoekhoudenCredentials::savedCountry(const QString& profile, QSettings& settings)
{
    return countryOrNl(settings.value(countryKey(profile)).toString());
}
