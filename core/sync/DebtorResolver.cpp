#include "DebtorResolver.h"

#include "DebtorCache.h"
#include "rules/DebtorRule.h"
#include "rules/FieldLimits.h"
#include "store/WorkerClaims.h"

#include <QSet>

namespace {

// A code collision can only repeat while another program creates relations at the same moment.
constexpr int maxCreateAttempts = 5;
// Probing stops here: a base taken this often needs a bookkeeper's eye, not another number.
constexpr int maxSequenceProbes = 500;

} // namespace

DebtorResolver::DebtorResolver(EBoekhoudenClient& client, SyncConfiguration::DebtorMatching matching,
                               DebtorCache* cache)
    : m_client(client)
    , m_matching(matching)
    , m_cache(cache)
{}

Relation DebtorResolver::relationFor(const SalesDocument& document, const QString& code)
{
    const DebtorRule::Debtor debtor = DebtorRule::of(document);
    Relation relation;
    relation.code = code;
    relation.kind = debtor.business ? Relation::Kind::Business : Relation::Kind::Private;
    relation.name = debtor.name.left(FieldLimits::relationName);
    relation.contact = debtor.contact;
    relation.address = debtor.address;
    relation.postalCode = debtor.postalCode;
    relation.city = debtor.city;
    relation.country = debtor.country;
    relation.phoneNumber = debtor.phone;
    relation.emailAddress = debtor.email;
    relation.vatNumber = debtor.vatNumber;
    return relation;
}

Result<std::optional<Relation>> DebtorResolver::findExisting(const SalesDocument& document)
{
    const QString knownCode = document.customer.debtorCode.trimmed();
    if (m_matching == SyncConfiguration::DebtorMatching::CustomerCode && !knownCode.isEmpty()) {
        Result<QList<Relation>> byCode = m_client.findRelationsByCode(knownCode);
        if (!byCode.ok())
            return byCode.error();
        for (const Relation& relation : byCode.value()) {
            if (relation.code.compare(knownCode, Qt::CaseInsensitive) == 0)
                return std::optional<Relation>(relation);
        }
    }
    const QString email = document.customer.email.trimmed();
    if (email.isEmpty())
        return std::optional<Relation>();
    Result<QList<Relation>> byEmail = m_client.findRelationsByEmail(email);
    if (!byEmail.ok())
        return byEmail.error();
    for (const Relation& relation : byEmail.value()) {
        if (relation.emailAddress.trimmed().compare(email, Qt::CaseInsensitive) == 0)
            return std::optional<Relation>(relation);
    }
    return std::optional<Relation>();
}

Result<DebtorResolver::Debtor> DebtorResolver::resolve(const SalesDocument& document)
{
    const QString key = m_cache ? DebtorCache::keyOf(document, m_matching) : QString();
    std::unique_lock<std::mutex> customerLock;
    if (!key.isEmpty()) {
        // Held through the look-up and the create: a parallel document of this customer waits, then finds it.
        customerLock = m_cache->lockCustomer(key);
    }
    const WorkerClaims::KeyLock acrossWorkers(m_store, key.isEmpty() ? QString() : u"debtor:"_qs + key);
    if (!key.isEmpty()) {
        if (const std::optional<Relation> known = m_cache->find(key))
            return Debtor{*known, false, true};
    }
    Result<std::optional<Relation>> existing = findExisting(document);
    if (!existing.ok())
        return existing.error();
    if (existing.value()) {
        if (!key.isEmpty())
            m_cache->remember(key, *existing.value());
        return Debtor{*existing.value(), false, false};
    }
    Result<Debtor> created = create(document);
    if (created.ok() && !key.isEmpty())
        m_cache->remember(key, created.value().relation);
    return created;
}

Result<DebtorResolver::Debtor> DebtorResolver::fixed(const QString& code)
{
    const Result<QList<Relation>> found = m_client.findRelationsByCode(code);
    if (!found.ok())
        return found.error();
    for (const Relation& relation : found.value()) {
        if (relation.code.compare(code, Qt::CaseInsensitive) == 0)
            return Debtor{relation, false, false};
    }
    return ApiError::ours(ApiError::Kind::NotFound, QStringLiteral("FIXED_DEBTOR"),
                          tr("The fixed debtor %1 set for this payment method is not in e-Boekhouden. Create it "
                             "there, or change the booking settings.")
                              .arg(code));
}

Result<std::optional<QSet<QString>>> DebtorResolver::knownCodes()
{
    if (!m_cache)
        return std::optional<QSet<QString>>();
    const std::unique_lock<std::mutex> codesLock = m_cache->lockCodes();
    if (const std::optional<QSet<QString>> known = m_cache->knownCodes())
        return known;
    const Result<QList<Relation>> listed = m_client.relationCodes();
    if (!listed.ok()) {
        // SOAP has no cheap list: its codes are looked up one at a time, as before.
        if (listed.error().kind == ApiError::Kind::Unsupported)
            return std::optional<QSet<QString>>();
        return listed.error();
    }
    QSet<QString> codes;
    for (const Relation& relation : listed.value())
        codes.insert(relation.code);
    m_cache->setKnownCodes(codes);
    return m_cache->knownCodes();
}

Result<QSet<QString>> DebtorResolver::probeTakenCodes(const QString& base)
{
    // The codes in use with this base: base, base1, base2, ... up to the first that is free.
    QSet<QString> taken;
    for (int sequence = 0; sequence < maxSequenceProbes; ++sequence) {
        const QString candidate = sequence == 0 ? base : base + QString::number(sequence);
        Result<QList<Relation>> found = m_client.findRelationsByCode(candidate);
        if (!found.ok())
            return found.error();
        bool inUse = false;
        for (const Relation& relation : found.value()) {
            if (relation.code.compare(candidate, Qt::CaseInsensitive) == 0)
                inUse = true;
        }
        if (!inUse)
            break;
        taken.insert(candidate);
    }
    return taken;
}

Result<DebtorResolver::Debtor> DebtorResolver::create(const SalesDocument& document)
{
    const Relation template_ = relationFor(document, {});
    const DebtorRule::Debtor rule = DebtorRule::of(document);
    const QString base = DebtorRule::codeBase(rule);
    // Two new customers with the same name in parallel would both find the same code free.
    std::unique_lock<std::mutex> baseLock;
    if (m_cache)
        baseLock = m_cache->lockCodeBase(base);
    // With the run's list of codes a new code costs no look-up: the create itself confirms it is free
    // (REL_049 when another program took it meanwhile, API-eboekhouden.md §1.6), so a new debtor costs one call.
    Result<std::optional<QSet<QString>>> known = knownCodes();
    if (!known.ok())
        return known.error();
    std::optional<QSet<QString>> taken = known.value();
    for (int attempt = 0; attempt < maxCreateAttempts; ++attempt) {
        if (!known.value()) {
            Result<QSet<QString>> probed = probeTakenCodes(base);
            if (!probed.ok())
                return probed.error();
            taken = probed.value();
        }
        Relation relation = template_;
        relation.code = DebtorRule::newCode(rule, *taken);
        Result<Relation> created = m_client.createRelation(relation);
        if (created.ok()) {
            Relation result = relation;
            result.id = created.value().id;
            if (!created.value().code.isEmpty())
                result.code = created.value().code;
            if (m_cache)
                m_cache->addKnownCode(result.code);
            return Debtor{result, true, false};
        }
        // Another program took the code between our look-up and our create: look again.
        if (created.error().kind != ApiError::Kind::AlreadyExists)
            return created.error();
        taken->insert(relation.code.toCaseFolded());
        if (m_cache)
            m_cache->addKnownCode(relation.code);
    }
    return ApiError::ours(ApiError::Kind::AlreadyExists, QStringLiteral("REL_049"),
                          tr("No free debtor code could be found for %1.").arg(template_.name), QStringLiteral("code"));
}
