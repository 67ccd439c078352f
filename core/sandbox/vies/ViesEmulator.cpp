#include "ViesEmulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

// Published VIES REST API: the member states' codes (Greece as EL) and Northern Ireland's XI.
const QSet<QString>& memberStates()
{
    static const QSet<QString> codes{
        QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("BG"), QStringLiteral("CY"), QStringLiteral("CZ"),
        QStringLiteral("DE"), QStringLiteral("DK"), QStringLiteral("EE"), QStringLiteral("EL"), QStringLiteral("ES"),
        QStringLiteral("FI"), QStringLiteral("FR"), QStringLiteral("HR"), QStringLiteral("HU"), QStringLiteral("IE"),
        QStringLiteral("IT"), QStringLiteral("LT"), QStringLiteral("LU"), QStringLiteral("LV"), QStringLiteral("MT"),
        QStringLiteral("NL"), QStringLiteral("PL"), QStringLiteral("PT"), QStringLiteral("RO"), QStringLiteral("SE"),
        QStringLiteral("SI"), QStringLiteral("SK"), QStringLiteral("XI")};
    return codes;
}

SandboxHttpServer::Response json(int status, const QJsonObject& object)
{
    SandboxHttpServer::Response response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

// Published VIES REST API: {"actionSucceed":false,"errorWrappers":[{"error":CODE,"message":…}]}.
SandboxHttpServer::Response error(int status, const QString& code)
{
    return json(status,
                {{QStringLiteral("actionSucceed"), false},
                 {QStringLiteral("errorWrappers"),
                  QJsonArray{QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), code}}}}});
}

} // namespace

ViesEmulator::ViesEmulator(QObject* parent)
    : QObject(parent)
    , m_server([this](const SandboxHttpServer::Request& request) { return answer(request); })
{}

ViesEmulator::~ViesEmulator() = default;

bool ViesEmulator::start()
{
    return m_server.listen();
}

QUrl ViesEmulator::baseUrl() const
{
    QUrl url = m_server.baseUrl();
    url.setPath(QStringLiteral("/taxation_customs/vies/rest-api"));
    return url;
}

void ViesEmulator::addRegistered(const QString& vatNumber, const QString& name, const QString& address)
{
    m_registered.insert(vatNumber.trimmed().toUpper(), {name, address});
}

void ViesEmulator::setMemberStateUnavailable(const QString& countryCode, bool unavailable)
{
    if (unavailable)
        m_unavailableStates.insert(countryCode.toUpper());
    else
        m_unavailableStates.remove(countryCode.toUpper());
}

void ViesEmulator::injectError(const QString& code, int times)
{
    for (int i = 0; i < times; ++i)
        m_injectedErrors.append(code);
}

void ViesEmulator::injectMalformed(int times)
{
    SandboxHttpServer::Fault fault;
    fault.pathContains = QStringLiteral("check-vat-number");
    fault.kind = SandboxHttpServer::FaultKind::Malformed;
    fault.times = times;
    m_server.addFault(fault);
}

SandboxHttpServer::Response ViesEmulator::answer(const SandboxHttpServer::Request& request)
{
    // Published VIES REST API: POST /check-vat-number; other paths and methods are not ours to answer
    // (the real service's 404/405 bodies are unverified: plain JSON errors here).
    if (!request.url.path().endsWith(QStringLiteral("/check-vat-number")))
        return json(404, {{QStringLiteral("message"), QStringLiteral("Not found")}});
    if (request.method != "POST")
        return json(405, {{QStringLiteral("message"), QStringLiteral("Method not allowed")}});

    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString country = body.value(QStringLiteral("countryCode")).toString();
    const QString number = body.value(QStringLiteral("vatNumber")).toString();
    m_asked.append(country + number);

    if (!m_injectedErrors.isEmpty()) {
        // The status of these answers is unverified; 200 is the stricter reading (a client must read the body).
        return error(200, m_injectedErrors.takeFirst());
    }
    // Published VIES REST API (and the SOAP WSDL's pattern): a member state code and 2-12 characters of
    // [0-9A-Za-z+*.]; anything else is INVALID_INPUT, answered 400 (the status is unverified).
    static const QRegularExpression numberPattern(QStringLiteral("^[0-9A-Za-z\\+\\*\\.]{2,12}$"));
    if (!memberStates().contains(country) || !numberPattern.match(number).hasMatch())
        return error(400, QStringLiteral("INVALID_INPUT"));
    if (m_unavailableStates.contains(country))
        return error(200, QStringLiteral("MS_UNAVAILABLE")); // status unverified, as above

    // Published VIES REST API: the answer's fields; "---" where nothing is disclosed or the number is not valid.
    const QString key = country + number.toUpper();
    const auto registered = m_registered.constFind(key);
    const bool valid = registered != m_registered.cend();
    const auto shown = [](const QString& text) { return text.isEmpty() ? QStringLiteral("---") : text; };
    const QDateTime stamp = m_requestDate.isValid() ? m_requestDate : QDateTime::currentDateTimeUtc();
    return json(200, {{QStringLiteral("countryCode"), country},
                      {QStringLiteral("vatNumber"), number},
                      {QStringLiteral("requestDate"), stamp.toUTC().toString(Qt::ISODateWithMs)},
                      {QStringLiteral("valid"), valid},
                      {QStringLiteral("requestIdentifier"), QString()},
                      {QStringLiteral("name"), valid ? shown(registered->name) : QStringLiteral("---")},
                      {QStringLiteral("address"), valid ? shown(registered->address) : QStringLiteral("---")},
                      {QStringLiteral("traderName"), QStringLiteral("---")},
                      {QStringLiteral("traderStreet"), QStringLiteral("---")},
                      {QStringLiteral("traderPostalCode"), QStringLiteral("---")},
                      {QStringLiteral("traderCity"), QStringLiteral("---")},
                      {QStringLiteral("traderCompanyType"), QStringLiteral("---")},
                      {QStringLiteral("traderNameMatch"), QStringLiteral("NOT_PROCESSED")},
                      {QStringLiteral("traderStreetMatch"), QStringLiteral("NOT_PROCESSED")},
                      {QStringLiteral("traderPostalCodeMatch"), QStringLiteral("NOT_PROCESSED")},
                      {QStringLiteral("traderCityMatch"), QStringLiteral("NOT_PROCESSED")},
                      {QStringLiteral("traderCompanyTypeMatch"), QStringLiteral("NOT_PROCESSED")}});
}
