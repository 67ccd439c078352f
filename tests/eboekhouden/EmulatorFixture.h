#pragma once

#include "eboekhouden/RestClient.h"
#include "eboekhouden/SoapClient.h"
#include "EBoekhoudenEmulator.h"

#include <QDateTime>

#include <memory>

// The error of a failed result, for QVERIFY2 (which evaluates its message even when the check passes).
template <typename T>
QByteArray why(const Result<T>& result)
{
    return result.ok() ? QByteArray() : result.error().summary().toUtf8();
}

// A seeded emulator and a client of each kind pointed at it, with a clock the test moves.
struct EmulatorFixture
{
    EBoekhoudenEmulator emulator;
    QDateTime now = QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);
    QList<int> waits; // Retry-After waits the client asked for

    qint64 bank = 0, debtors = 0, creditors = 0, revenue = 0, purchases = 0, templateId = 0;

    EmulatorFixture()
    {
        bank = emulator.state().addLedger(QStringLiteral("1010"), QStringLiteral("Bank"), QStringLiteral("FIN"));
        debtors =
            emulator.state().addLedger(QStringLiteral("1300"), QStringLiteral("Debiteuren"), QStringLiteral("DEB"));
        creditors =
            emulator.state().addLedger(QStringLiteral("1600"), QStringLiteral("Crediteuren"), QStringLiteral("CRED"));
        revenue = emulator.state().addLedger(QStringLiteral("8000"), QStringLiteral("Omzet"), QStringLiteral("VW"));
        purchases = emulator.state().addLedger(QStringLiteral("4000"), QStringLiteral("Inkoop"), QStringLiteral("VW"));
        templateId = emulator.state().addInvoiceTemplate(QStringLiteral("Standaard"));
        emulator.state().addCostCenter(QStringLiteral("Webwinkel"));
        emulator.addAccessToken(QStringLiteral("good-token-123"));
        emulator.addSoapUser(QStringLiteral("shopuser"), QStringLiteral("code-one-0123456789"),
                             QStringLiteral("CODE2-AAAA-BBBB"));
        emulator.start();
    }

    std::unique_ptr<RestClient> rest(const QString& token = QStringLiteral("good-token-123"))
    {
        RestClient::Settings settings;
        settings.baseUrl = emulator.restUrl();
        settings.timeoutMs = 2000;
        settings.clock = [this] { return now; };
        settings.wait = [this](int seconds) { waits.append(seconds); };
        return std::make_unique<RestClient>(token, settings);
    }

    std::unique_ptr<SoapClient> soap(const QString& code1 = QStringLiteral("code-one-0123456789"))
    {
        SoapClient::Settings settings;
        settings.endpoint = emulator.soapUrl();
        settings.timeoutMs = 2000;
        settings.clock = [this] { return now; };
        return std::make_unique<SoapClient>(QStringLiteral("shopuser"), code1, QStringLiteral("CODE2-AAAA-BBBB"),
                                            settings);
    }

    Relation customer(const QString& code = QStringLiteral("WEB00123")) const
    {
        Relation r;
        r.code = code;
        r.name = QStringLiteral("Jansen Fietsen");
        r.emailAddress = QStringLiteral("info@jansen.example");
        r.city = QStringLiteral("Utrecht");
        return r;
    }

    // A row with the amounts e-Boekhouden books from it, as a Posting states them (SOAP sends all four).
    static MutationRequest::Row row(qint64 amount, const QString& vatCode, qint64 ledgerId, const QString& ledgerCode,
                                    const QString& description, qint64 excl, qint64 vat, int ratePercent)
    {
        MutationRequest::Row result;
        result.amount = Money::fromCents(amount);
        result.vatCode = vatCode;
        result.ledgerId = ledgerId;
        result.ledgerCode = ledgerCode;
        result.description = description;
        result.amountExcl = Money::fromCents(excl);
        result.vat = Money::fromCents(vat);
        result.amountIncl = Money::fromCents(excl + vat);
        result.vatRate = VatRate::percent(ratePercent);
        return result;
    }

    // Incl. VAT: 121.00 at 21 % (100.00 + 21.00) and 10.90 at 9 % (10.00 + 0.90).
    MutationRequest sale(const Relation& r, const QString& number) const
    {
        MutationRequest m;
        m.type = MutationType::InvoiceSent;
        m.date = QDate(2026, 6, 1);
        m.ledgerId = debtors;
        m.ledgerCode = QStringLiteral("1300");
        m.relationId = r.id;
        m.relationCode = r.code;
        m.invoiceNumber = number;
        m.termOfPayment = 14;
        m.amountsIncludeVat = true;
        m.description = QStringLiteral("Webshop order 100234");
        m.rows = {row(12100, QStringLiteral("HOOG_VERK_21"), revenue, QStringLiteral("8000"),
                      QStringLiteral("Artikelen 21%"), 10000, 2100, 21),
                  row(1090, QStringLiteral("LAAG_VERK_9"), revenue, QStringLiteral("8000"),
                      QStringLiteral("Artikelen 9%"), 1000, 90, 9)};
        return m;
    }

    MutationRequest payment(const Relation& r, const QString& number, Money amount) const
    {
        MutationRequest m;
        m.type = MutationType::PaymentReceived;
        m.date = QDate(2026, 6, 3);
        m.ledgerId = bank;
        m.ledgerCode = QStringLiteral("1010");
        m.relationId = r.id;
        m.relationCode = r.code;
        m.invoiceNumber = number;
        m.description = QStringLiteral("Betaling ") + number;
        m.rows = {row(amount.cents(), QStringLiteral("GEEN"), debtors, QStringLiteral("1300"), m.description,
                      amount.cents(), 0, 0)};
        m.rows[0].invoiceNumber = number;
        m.rows[0].relationId = r.id;
        return m;
    }
};
