#include "CustomerPusher.h"

#include "DebtorResolver.h"
#include "DocumentPusher.h"
#include "eboekhouden/ApiErrorMessage.h"
#include "store/CustomerRepository.h"
#include "store/DocumentRepository.h"
#include "store/RelationRepository.h"
#include "store/SyncLogRepository.h"

CustomerPusher::CustomerPusher(const Database& database, EBoekhoudenClient& client,
                               const SyncConfiguration& configuration)
    : m_database(database)
    , m_client(client)
    , m_configuration(configuration)
{}

CustomerPusher::Attempt CustomerPusher::push(qint64 customerId)
{
    CustomerRepository customers(m_database);
    const std::optional<StoredCustomer> stored = customers.find(customerId);
    if (!stored)
        return {Outcome::NotFound, tr("The customer is no longer in the local database."), -1};
    Customer customer = stored->customer;
    const QString name = customer.email.isEmpty() ? customer.shopId : customer.email;

    // The debtor as an invoice of this customer would make it: the address of their newest document, with the
    // customer's current name, company, e-mail and VAT number over it.
    SalesDocument document;
    if (const std::optional<StoredDocument> latest =
            DocumentRepository(m_database).latestOfCustomer(stored->platform, customer))
        document = latest->document;
    document.platform = stored->platform;
    document.customer = customer;
    Address& billing = document.billingAddress;
    if (!customer.firstName.isEmpty() || !customer.lastName.isEmpty()) {
        billing.firstName = customer.firstName;
        billing.lastName = customer.lastName;
    }
    if (!customer.company.trimmed().isEmpty())
        billing.company = customer.company;
    if (!customer.vatNumber.isEmpty()) {
        // Over both addresses: the rule takes the VAT number of the delivery address first (DebtorRule), and the
        // newest document's may be an old one (before, the push sent that one instead of the customer's current).
        billing.vatNumber = customer.vatNumber;
        document.shippingAddress.vatNumber = customer.vatNumber;
    }
    if (billing.countryCode.isEmpty())
        billing.countryCode = customer.countryCode;

    DebtorResolver resolver(m_client, m_configuration, nullptr, &m_database);
    Attempt attempt;
    std::optional<ApiError> error;
    // The debtor the rule finds is updated, or a new one is made. One that was deleted in e-Boekhouden by hand
    // (REL_055 on the update, API-eboekhouden.md §1.4) is forgotten in the store, said in the Customer log, and
    // looked up once more: found again by the rule, or made anew.
    for (bool forgotten = false;;) {
        error.reset();
        Result<std::optional<Relation>> existing = resolver.findExisting(document);
        if (!existing.ok()) {
            error = existing.error();
        } else if (existing.value()) {
            Relation relation = DebtorResolver::relationFor(document, existing.value()->code);
            relation.id = existing.value()->id;
            const Result<Done> updated = m_client.updateRelation(relation);
            if (updated.ok()) {
                attempt.outcome = Outcome::Updated;
                attempt.message = LogMessage::coded(u"customer.updated"_qs, {relation.code, name});
                customers.setDebtor(customerId, relation.code, QString::number(relation.id));
            } else if (!forgotten && relation.id > 0 && updated.error().code == QLatin1String("REL_055")) {
                RelationRepository(m_database).forget(relation.id);
                customers.setDebtor(customerId, QString(), QString());
                customer.debtorCode.clear();
                document.customer.debtorCode.clear();
                log(customerId, LogMessage::coded(u"customer.relationGone"_qs, {relation.code, name}), false);
                forgotten = true;
                continue;
            } else {
                error = updated.error();
            }
        } else {
            const Result<DebtorResolver::Debtor> created = resolver.create(document);
            if (created.ok()) {
                attempt.outcome = Outcome::Created;
                const Relation& relation = created.value().relation;
                attempt.message = LogMessage::coded(u"customer.created"_qs, {relation.code, name});
                customers.setDebtor(customerId, relation.code, QString::number(relation.id));
            } else {
                error = created.error();
            }
        }
        break;
    }
    if (error) {
        attempt.message = ApiErrorMessage::of(*error);
        attempt.retryAfterSeconds = error->retryAfterSeconds;
        // Retried only when the look-up can tell next time whether a create went through (by e-mail, or by
        // the code the shop's customer number gives it).
        const bool findable = !customer.email.trimmed().isEmpty() || !resolver.knownCode(document).isEmpty();
        if (error->kind == ApiError::Kind::AuthFailed)
            attempt.outcome = Outcome::Stop;
        else if (DocumentPusher::answerUnknown(error->kind) && findable)
            attempt.outcome = Outcome::Retry;
        else
            attempt.outcome = Outcome::Refused;
    }
    log(customerId, attempt.message, attempt.success());
    return attempt;
}

void CustomerPusher::log(qint64 customerId, const LogMessage& message, bool success)
{
    SyncLogEntry entry;
    entry.kind = SyncLogEntry::Kind::Customer;
    entry.platform = m_configuration.platformName;
    entry.customerId = customerId;
    entry.message = message;
    entry.success = success;
    SyncLogRepository(m_database).append(entry);
}
