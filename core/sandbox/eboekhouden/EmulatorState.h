#pragma once

#include "EmulatorError.h"
#include "money/Money.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The administration the emulator keeps in memory, and the validation the real service applies
// (API-eboekhouden.md §1.4, §1.6-1.9, §4). Both the REST and the SOAP face of the emulator book through here,
// so the rules hold whichever API a client uses.
//
// Where the catalogue names no code for a rule, the emulator's choice is written next to it.
class EmulatorState
{
public:
    struct Ledger
    {
        qint64 id = 0;
        QString code;
        QString description;
        QString category;
        QString group;
    };
    struct Relation
    {
        qint64 id = 0;
        QString type = QStringLiteral("B");
        QString code;
        QString name;
        QString contact;
        QString address;
        QString postalCode;
        QString city;
        QString country;
        QString phoneNumber;
        QString emailAddress;
        QString vatNumber;
        QString iban;
        QDate created;
    };
    struct Row
    {
        qint64 ledgerId = 0;
        QString vatCode;
        std::optional<Money> amount;
        std::optional<Money> vatAmount; // sent (AFW/AFW_VERK only)
        Money vat;                      // computed per row
        qint64 costCenterId = 0;
        QString description;
        QString invoiceNumber;
        qint64 relationId = 0;
    };
    struct Mutation
    {
        qint64 id = 0;
        int type = 0;
        QString dateText; // as sent: missing and invalid are different errors
        QDate date;
        qint64 ledgerId = 0;
        qint64 relationId = 0;
        QString invoiceNumber;
        QString entryNumber;
        QString description;
        QString inExVat;
        int termOfPayment = 0;
        QString paymentReference;
        QList<Row> rows;
        bool vatPerRow = true;   // the administration's setting when it was booked
        int maxDescription = 50; // REST 50, SOAP 200
    };
    struct InvoiceLine
    {
        qint64 quantityTenThousandths = 10000;
        QString description;
        std::optional<Money> pricePerUnit;
        QString vatCode;
        qint64 ledgerId = 0;
        Money net;
        Money vat;
        std::optional<Money> vatAmount; // sent; only with AFW_VERK (C3, FACT_ITEM_015)
        QString code;                   // the product's code, when the item names one
    };
    struct Invoice
    {
        qint64 id = 0;
        QString invoiceNumber;
        QString dateText;
        QDate date;
        qint64 relationId = 0;
        std::optional<int> termOfPayment;
        QString inExVat = QStringLiteral("EX");
        qint64 templateId = 0;
        QString templateName; // SOAP
        QString reference;
        bool book = false;
        qint64 debtorLedgerId = 0;
        QString bookingDescription;
        QList<InvoiceLine> lines;
        Money totalExcl;
        Money vatTotal;
        Money totalIncl;
        qint64 mutationId = 0;
    };
    struct Product
    {
        qint64 id = 0;
        QString code;
        QString description;
        Money priceExcl;
        QString vatCode;
        qint64 ledgerId = 0;
    };
    struct Outstanding
    {
        const Mutation* mutation = nullptr;
        Money total;
        Money paid;
    };

    template <typename T>
    struct Outcome
    {
        std::optional<EmulatorError> error;
        T value{};
        bool ok() const { return !error; }
    };

    EmulatorState();

    // Setup
    QString administrationName = QStringLiteral("Demo Webwinkel B.V.");
    // "NL" or "BE": a Belgian administration takes BE_* VAT codes only (API-eboekhouden.md C6).
    QString country = QStringLiteral("NL");
    QStringList otherAdministrations; // what an accountant's token also manages (C1); names only
    bool vatPerRow = true;            // "Btw per afzonderlijke factuurregel berekenen"
    QDate closedUntil;                // bookings on or before this date are refused (closed period)
    qint64 addLedger(const QString& code, const QString& description, const QString& category);
    qint64 addInvoiceTemplate(const QString& name);
    qint64 addCostCenter(const QString& description, qint64 parentId = 0);
    void seedDemoAdministration(); // 1010 Bank, 1300 Debiteuren, 1600 Crediteuren, 8000 Omzet hoog, ... 1560
    // The opening balance of a ledger: type 0, always mutation id 0, no invoice number (spec MUT_025 "opening
    // balance is always mutation ID 0"; API-eboekhouden.md C5 and its sample rest-mutation-list-response.json).
    void addOpeningBalance(const QDate& date, qint64 ledgerId, Money amount);
    // The field report of C5 read strictly: GET /v1/mutation lists every item with id 0, so only a POST's own
    // reply (or GET /v1/mutation/{id}) proves an id. Off by default.
    bool mutationListWithoutIds = false;

    // Booking (with the service's validation)
    // A relation's fields under the REST API's names; the REST answer and the state file each add its date.
    static QJsonObject relationFields(const Relation& relation);

    Outcome<qint64> addRelation(Relation relation);
    std::optional<EmulatorError> updateRelation(const Relation& relation); // by id
    Outcome<qint64> addMutation(Mutation mutation);
    Outcome<qint64> addInvoice(Invoice invoice);
    // What a bookkeeper can do in e-Boekhouden's own screens but no API call can (REST has only POST and GET on
    // /v1/mutation, API-eboekhouden.md §0): delete a booking, or change one (validated as a new one would be).
    // The read-back reconciliation's tests use them (issue 16).
    bool removeMutation(qint64 id);
    std::optional<EmulatorError> changeMutation(Mutation mutation); // by id
    // A relation deleted by hand in e-Boekhouden's screens (there is no DELETE for relations in the API,
    // API-eboekhouden.md §1.5). From then on it is gone for every call: GET /v1/relation/{id} answers REL_055,
    // a booking on its id MUT_013 (mutation) or FACT_002 (invoice), over SOAP on its code the same (§1.4's
    // catalogue; SOAP's own codes are unpublished, C7). Refused (false) while a booking or invoice is on it:
    // unverified, the stricter reading of what the screens allow (a relation with bookings cannot be deleted).
    bool removeRelation(qint64 id);
    Outcome<qint64> addProduct(Product product);

    // Reading
    const QList<Ledger>& ledgers() const { return m_ledgers; }
    const QList<Relation>& relations() const { return m_relations; }
    const QList<Mutation>& mutations() const { return m_mutations; }
    const QList<Invoice>& invoices() const { return m_invoices; }
    const QMap<qint64, QString>& invoiceTemplates() const { return m_templates; }
    const QList<Product>& products() const { return m_products; }
    const QMap<qint64, QPair<QString, qint64>>& costCenters() const { return m_costCenters; }
    const Ledger* ledger(qint64 id) const;
    const Ledger* ledgerByCode(const QString& code) const;
    const Relation* relation(qint64 id) const;
    const Relation* relationByCode(const QString& code) const;
    const Mutation* mutation(qint64 id) const;
    // VAT of a mutation per code, by the rounding setting it was booked under.
    QMap<QString, Money> vatTotals(const Mutation& mutation) const;
    Money grossTotal(const Mutation& mutation) const;
    QList<Outstanding> outstanding(bool debtors) const;

private:
    friend class EmulatorStateFile; // writes and reads every field, the counters included

    std::optional<EmulatorError> validateMutation(Mutation& mutation) const;

    qint64 m_nextId = 1000;
    QList<Ledger> m_ledgers;
    QList<Relation> m_relations;
    QList<Mutation> m_mutations;
    QList<Invoice> m_invoices;
    QMap<qint64, QString> m_templates;
    QMap<qint64, QPair<QString, qint64>> m_costCenters;
    QList<Product> m_products;
    int m_invoiceSequence = 0;
};
