#pragma once

#include "rules/InvoiceNumberFormatter.h"

#include <QHash>
#include <QString>

// What the bookkeeper set for one e-Boekhouden administration and shop (the setup wizard's answers).
struct AdministrationSettings
{
    enum class BookingForm
    {
        Mutations, // "invoice sent" mutations (type 2), the default of every peer
        Invoices,  // e-Boekhouden invoices (invoicing module), booked at once
    };

    QString shopCountry = QStringLiteral("NL"); // ISO code of the shop's own country
    bool ossRegistered = false;                 // the shop charges destination VAT to EU consumers (OSS)
    BookingForm bookingForm = BookingForm::Mutations;
    InvoiceNumberFormatter::Settings invoiceNumbering;
    QString invoiceTemplate = QStringLiteral("Invoice template"); // the seed's default name
    int paymentTermDays = 14;
    QString debtorLedger = QStringLiteral("1300");
    QHash<QString, QString> bankLedgerByPaymentMethod; // payment method → FIN ledger code
    QString defaultBankLedger;                         // for methods not in the list; empty = ask
    // Book the shop's payments (and refunds of credit memos) as "invoice payment received". Off until the
    // bookkeeper chooses a bank ledger, so that no sync tries, and logs, payments it cannot book.
    bool bookPayments = false;
    // Invoice form: a SKU that is no product in e-Boekhouden yet is created there (description, price, sale VAT
    // code, revenue ledger) instead of going on a description-only line. Off: Boekhoudbrug writes nothing into
    // the product list the bookkeeper did not ask for.
    bool createMissingProducts = false;
    // A collective debtor per payment method (e.g. a marketplace that pays out itself): its documents are booked
    // on that existing relation instead of the customer's. Never for ICP, whose customer and VAT number the
    // declaration needs (DESIGN §3).
    QHash<QString, QString> fixedDebtorByPaymentMethod; // payment method → relation code
    // The code a new debtor gets (issue 15 item 4): seed 004's rule (the name, 10 characters, and the first free
    // sequence number, as e-Boekhouden makes it) or the shop's customer number behind a prefix ("WEB1042"), which
    // many bookkeepers prefer. A guest has no customer number and always gets seed 004's code.
    enum class DebtorCodeScheme
    {
        FromName,
        ShopCustomerNumber,
    };
    DebtorCodeScheme debtorCodeScheme = DebtorCodeScheme::FromName;
    QString debtorCodePrefix = QStringLiteral("WEB");
    // The administration's "Btw per afzonderlijke factuurregel berekenen": the invoicing module then
    // rounds VAT per line instead of per VAT code.
    bool invoiceVatPerLine = false;
    // An ICP sale whose VAT number VIES could not confirm because VIES did not answer: held until it does (the
    // default: a zero-rated sale to an unregistered number costs the shop the VAT), or booked as checked
    // offline only, with a note (issue 15 item 6).
    bool holdWhenViesUnavailable = true;
    // The language of the texts Boekhoudbrug writes into e-Boekhouden (row descriptions: "Omzet 21%",
    // "Verzendkosten"): the administration's, Dutch by default, whatever the screens are in (issue 17 item 2).
    QString bookingLanguage = QStringLiteral("nl");
};
