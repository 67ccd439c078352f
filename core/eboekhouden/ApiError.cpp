#include "ApiError.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

ApiError ApiError::make(Kind kind, QString code, QString detail, QString field)
{
    ApiError error;
    error.kind = kind;
    error.code = std::move(code);
    error.detail = std::move(detail);
    error.field = std::move(field);
    return error;
}

ApiError::Kind ApiError::kindForServiceCode(const QString& code, int httpStatus)
{
    static const QSet<QString> alreadyExists{
        QStringLiteral("REL_049"),
        QStringLiteral("MUT_019"),
        QStringLiteral("MUT_020"),
        QStringLiteral("FACT_101"),
        QStringLiteral("LEDG_013"),
        QStringLiteral("MUTA_008"),
        QStringLiteral("FACT_VERWERK_004"),
        QStringLiteral("M006"), // legacy XML API: mutation already exists
    };
    static const QSet<QString> notFound{
        QStringLiteral("REL_055"),
        QStringLiteral("FACT_021"),
        QStringLiteral("MUT_300"),
    };
    // Closed periods are security codes in the catalogue, but the bookkeeper must fix the date, not the login.
    static const QSet<QString> closedPeriod{QStringLiteral("SECURITY_007"), QStringLiteral("SECURITY_008")};

    if (alreadyExists.contains(code))
        return Kind::AlreadyExists;
    if (notFound.contains(code))
        return Kind::NotFound;
    if (closedPeriod.contains(code))
        return Kind::Validation;
    // EP_001: "This endpoint is only available to accountants" (C1), the token's rights, not the data.
    if (code.startsWith(QLatin1String("SECURITY_")) || code == QLatin1String("API_SESSION_003") ||
        code == QLatin1String("API_SESSION_004") || code == QLatin1String("EP_001"))
        return Kind::AuthFailed;
    // A 401/403 refuses the login or its rights, whatever code it carries.
    if (httpStatus == 401 || httpStatus == 403)
        return Kind::AuthFailed;
    if (!code.isEmpty() && httpStatus < 500)
        return Kind::Validation;
    if (httpStatus == 404)
        return Kind::NotFound;
    if (httpStatus == 429)
        return Kind::RateLimited;
    if (httpStatus >= 500 || httpStatus == 0)
        return Kind::Server;
    return Kind::Validation;
}

bool ApiError::isCatalogueCode(const QString& code)
{
    static const QStringList prefixes{
        QStringLiteral("ERR_"),    QStringLiteral("DATA_"),     QStringLiteral("MODULE_"),
        QStringLiteral("PAGE_"),   QStringLiteral("SECURITY_"), QStringLiteral("API_SESSION_"),
        QStringLiteral("REL_"),    QStringLiteral("FACT_"),     QStringLiteral("MUTA_"),
        QStringLiteral("MUT_"),    QStringLiteral("LEDG_"),     QStringLiteral("EP_"),
        QStringLiteral("COST_"),   QStringLiteral("ART_"),      QStringLiteral("MEM_"),
        QStringLiteral("PAKKET_"),
    };
    if (code == QLatin1String("M006"))
        return true;
    return std::any_of(prefixes.cbegin(), prefixes.cend(),
                       [&](const QString& prefix) { return code.startsWith(prefix) && code.size() > prefix.size(); });
}

ApiError ApiError::fromServiceCode(const QString& code, int httpStatus, const QString& detail, const QString& field)
{
    ApiError error = make(kindForServiceCode(code, httpStatus), code, detail, field);
    error.httpStatus = httpStatus;
    return error;
}

ApiError ApiError::ours(Kind kind, QString code, QString advice, QString field)
{
    ApiError error = make(kind, std::move(code), {}, std::move(field));
    error.advice = std::move(advice);
    return error;
}

QString ApiError::message() const
{
    if (!advice.isEmpty())
        return advice;
    const QString service = detail.isEmpty() ? QString() : u' ' + tr("(e-Boekhouden says: %1)").arg(detail);
    switch (kind) {
    case Kind::AuthFailed:
        if (code == QLatin1String("API_SESSION_004"))
            return tr("The e-Boekhouden API token has expired. Create a new token in e-Boekhouden (Beheer > "
                      "Inrichting > Koppelingen > API) and enter it in the setup wizard.") +
                   service;
        if (code == QLatin1String("SECURITY_011"))
            return tr("This administration is registered with e-Boekhouden in the other country: a Dutch "
                      "administration logs in at e-boekhouden.nl, a Belgian one at e-boekhouden.be. Choose the "
                      "administration's country (Netherlands or Belgium) in the setup wizard and test again.") +
                   service;
        if (code == QLatin1String("EP_001"))
            return tr("This API token may not read the list of administrations: e-Boekhouden keeps that for "
                      "accountants. A regular token books as usual; only this step needs an accountant's token.") +
                   service;
        if (duringRead)
            return tr("e-Boekhouden refused to let this login read its data. Check that the API token (or the "
                      "username and security codes) belongs to this administration and has not been withdrawn, "
                      "then test the connection in the setup wizard.") +
                   service;
        return tr("e-Boekhouden did not accept the credentials. Check the API token (or the username and "
                  "security codes) in the setup wizard and test the connection.") +
               service;
    case Kind::NotFound:
        return tr("e-Boekhouden could not find what was asked for. Refresh the data from e-Boekhouden and try "
                  "again.") +
               service;
    case Kind::AlreadyExists:
        if (code == QLatin1String("REL_049"))
            return tr("A relation with this code already exists in e-Boekhouden. Link the customer to the existing "
                      "relation instead of creating a new one.") +
                   service;
        return tr("This invoice number already exists in e-Boekhouden. It was probably posted before: link the "
                  "document to the existing booking instead of posting it again.") +
               service;
    case Kind::Validation:
        if (unclassified)
            return tr("e-Boekhouden answered with error %1, which Boekhoudbrug does not know, so it cannot say "
                      "what to correct. e-Boekhouden's own text: \"%2\". If the text does not help, send the log "
                      "file to support.")
                .arg(code, detail.isEmpty() ? tr("(none)") : detail);
        if (duringRead)
            return tr("e-Boekhouden refused to read data for this login. Check in the setup wizard that the API "
                      "token (or the username and security codes) belongs to this administration, and test the "
                      "connection.") +
                   service;
        if (code == QLatin1String("MUT_005") || code == QLatin1String("FACT_VERWERK_001") ||
            code == QLatin1String("SECURITY_007") || code == QLatin1String("SECURITY_008"))
            return tr("The date falls in a period that is closed in e-Boekhouden. Ask your accountant to reopen "
                      "the period, or book the document with a date in an open period.") +
                   service;
        if (code == QLatin1String("MUT_109"))
            return tr("e-Boekhouden does not know the VAT code of %1 in this administration. A Belgian "
                      "administration takes only the BE_ codes, a Dutch one only the Dutch codes: check the VAT "
                      "mapping for this rate, and the administration's country in the setup wizard.")
                       .arg(field.isEmpty() ? tr("a line") : field) +
                   service;
        if (code == QLatin1String("FACT_ITEM_015"))
            return tr("e-Boekhouden accepts a VAT amount on an invoice line only with VAT code AFW_VERK. Check the "
                      "VAT mapping for this rate.") +
                   service;
        if (code == QLatin1String("FACT_ITEM_010"))
            return tr("e-Boekhouden has no product with the code of %1. Push the document again: Boekhoudbrug then "
                      "sends the line without a product code, or create the product in e-Boekhouden first.")
                       .arg(field.isEmpty() ? tr("a line") : field) +
                   service;
        // The VAT code itself: MUT_110/111 (purchase vs sale), FACT_ITEM_005/006 (missing, invalid).
        if (code == QLatin1String("MUT_110") || code == QLatin1String("MUT_111") ||
            code == QLatin1String("FACT_ITEM_005") || code == QLatin1String("FACT_ITEM_006") ||
            field.contains(QLatin1String("vatCode")))
            return tr("e-Boekhouden refused the VAT code of %1. Check the VAT mapping for this rate.")
                       .arg(field.isEmpty() ? tr("a line") : field) +
                   service;
        if (code == QLatin1String("FACT_018"))
            return tr("e-Boekhouden does not know the invoice template. Type the template's name exactly as it is "
                      "in e-Boekhouden (Settings > Booking), or book the documents as sales mutations.") +
                   service;
        if (code == QLatin1String("FACT_009"))
            return tr("An e-Boekhouden invoice number must end with a digit. Change the invoice number prefix or "
                      "let e-Boekhouden number the invoices.") +
                   service;
        if (field.contains(QLatin1String("ledger"), Qt::CaseInsensitive))
            return tr("e-Boekhouden refused the ledger account of %1. Check the ledger mapping and refresh the "
                      "ledger accounts.")
                       .arg(field) +
                   service;
        if (field.isEmpty())
            return tr("e-Boekhouden refused the data. Correct the document and push it again.") + service;
        return tr("e-Boekhouden refused the value of \"%1\". Correct it and push the document again.").arg(field) +
               service;
    case Kind::RateLimited:
        if (retryAfterSeconds >= 0)
            return tr("e-Boekhouden asks to slow down. Boekhoudbrug will try again in %n second(s).", nullptr,
                      retryAfterSeconds);
        return tr("e-Boekhouden asks to slow down. Boekhoudbrug will try again later.");
    case Kind::Server:
        return tr("e-Boekhouden has a problem right now (HTTP %1). Boekhoudbrug will try again later; nothing was "
                  "lost.")
                   .arg(httpStatus) +
               service;
    case Kind::Network:
        return tr("e-Boekhouden could not be reached. Check the internet connection; Boekhoudbrug will try again "
                  "later.") +
               service;
    case Kind::MalformedReply:
        return tr("e-Boekhouden sent an answer Boekhoudbrug cannot read. Try again later; if it keeps happening, "
                  "send the log file to support.");
    case Kind::Unsupported:
        return tr("This is not available through the chosen e-Boekhouden connection.") + service;
    }
    return detail;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::AuthFailed:
        return QStringLiteral("AuthFailed");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::AlreadyExists:
        return QStringLiteral("AlreadyExists");
    case Kind::Validation:
        return QStringLiteral("Validation");
    case Kind::RateLimited:
        return QStringLiteral("RateLimited");
    case Kind::Server:
        return QStringLiteral("Server");
    case Kind::Network:
        return QStringLiteral("Network");
    case Kind::MalformedReply:
        return QStringLiteral("MalformedReply");
    case Kind::Unsupported:
        return QStringLiteral("Unsupported");
    }
    return {};
}

QString ApiError::summary() const
{
    QString text = kindName(kind);
    if (!code.isEmpty())
        text += u' ' + code;
    if (!field.isEmpty())
        text += QStringLiteral(" (%1)").arg(field);
    if (!detail.isEmpty())
        text += QStringLiteral(": ") + detail;
    return text;
}
