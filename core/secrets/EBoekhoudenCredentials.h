#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QProcessEnvironment>
#include <QSettings>
#include <QString>

// What it takes to log in to e-Boekhouden: an API token (REST) or username + security codes 1 and 2 (SOAP).
//
// The secrets live only in the OS keychain (SecretStore, keys boekhoudbrug:<profile>:eboekhouden.*). The
// token's end date is not secret: it is kept in QSettings so the UI can warn before the token expires.
//
// Headless runs (schedulers, CI) may instead set environment variables, which win over the keychain:
//   BOEKHOUDBRUG_EB_API_TOKEN         REST API token
//   BOEKHOUDBRUG_EB_TOKEN_END_DATE    optional, YYYY-MM-DD
//   BOEKHOUDBRUG_EB_USERNAME          SOAP username
//   BOEKHOUDBRUG_EB_SECURITY_CODE1    SOAP security code 1
//   BOEKHOUDBRUG_EB_SECURITY_CODE2    SOAP security code 2
//   BOEKHOUDBRUG_EB_REST_URL          optional endpoint override (e.g. https://api.e-boekhouden.be, or the emulator)
//   BOEKHOUDBRUG_EB_SOAP_URL          optional endpoint override
//   BOEKHOUDBRUG_EB_COUNTRY           optional, NL (default) or BE: a Belgian administration (api.e-boekhouden.be)
class EBoekhoudenCredentials
{
    Q_DECLARE_TR_FUNCTIONS(EBoekhoudenCredentials)

public:
    enum class Api
    {
        None,
        Rest,
        Soap,
    };

    Api api = Api::None;
    QString apiToken;
    QDate tokenEndDate; // invalid: no end date
    QString username;
    QString securityCode1;
    QString securityCode2;
    QString endpointOverride; // not secret: where to connect instead of the public service
    // Not secret: "NL" or "BE", the country the administration is registered in. A Belgian one is served by
    // api.e-boekhouden.be, and its token is refused on .nl with SECURITY_011 (API-eboekhouden.md C6).
    QString country = QStringLiteral("NL");
    bool fromEnvironment = false;

    bool isComplete() const;

    struct Loaded;

    static Loaded fromEnvironmentVariables(const QProcessEnvironment& environment);
    // Environment first (headless), then the keychain of the profile.
    static Loaded load(const QString& profile, QSettings& settings,
                       const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    // Saves the secrets in the keychain and the end date in settings; returns an error message or empty.
    static QString save(const QString& profile, const EBoekhoudenCredentials& credentials, QSettings& settings);
    static QString remove(const QString& profile, QSettings& settings);
    // The end date saved for the profile's token (no keychain call): for an overview of many profiles.
    static QDate savedTokenEndDate(const QString& profile, QSettings& settings);
    // The saved country of the profile's administration ("NL" or "BE"), without reading the keychain.
    static QString savedCountry(const QString& profile, QSettings& settings);
};

struct EBoekhoudenCredentials::Loaded
{
    bool ok = false;
    EBoekhoudenCredentials credentials;
    QString message; // for the bookkeeper when !ok
};
