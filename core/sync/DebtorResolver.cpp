#include "DebtorResolver.h"

#include "DebtorCache.h"
#include "rules/DebtorRule.h"
#include "rules/FieldLimits.h"
#include "store/CustomerRepository.h"
#include "store/RelationRepository.h"
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

DebtorResolver::DebtorResolver(EBoekhoudenClient& client, const SyncConfiguration& configuration, DebtorCache* cache,
                               const Database* store, bool readOnly)
    : m_client(client)
    , m_matching(configuration.debtorMatching)
    , m_codeScheme(configuration.settings.debtorCodeScheme)
    , m_codePrefix(configuration.settings.debtorCodePrefix)
    , m_cache(cache)
    , m_store(store)
    , m_readOnly(readOnly)
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

QString DebtorResolver::knownCode(const SalesDocument& document) const
{
    // No shop mapper fills the document's code: the store's customer record is where a code is kept once the
    // customer has been booked or pushed (issue 15: "matching by code works for documents").
    const QString carried = document.customer.debtorCode.trimmed();
    if (!carried.isEmpty())
        return carried;
    if (m_store && !document.customer.shopId.trimmed().isEmpty()) {
        const std::optional<StoredCustomer> stored =
            CustomerRepository(*m_store).findByShopId(document.platform, document.customer.shopId.trimmed());
        if (stored && !stored->customer.debtorCode.trimmed().isEmpty())
            return stored->customer.debtorCode.trimmed();
    }
    if (m_codeScheme == AdministrationSettings::DebtorCodeScheme::ShopCustomerNumber)
        return DebtorRule::shopNumberCode(DebtorRule::of(document), m_codePrefix);
    return {};
}

QString DebtorResolver::proposedCode(const SalesDocument& document) const
{
    const DebtorRule::Debtor rule = DebtorRule::of(document);
    std::optional<QSet<QString>> taken;
    if (m_store) {
        const RelationRepository relations(*m_store);
        if (relations.importedAt().isValid()) {
            taken = QSet<QString>();
            for (const QString& code : relations.codes())
                taken->insert(code.toCaseFolded());
        }
    }
    if (m_codeScheme == AdministrationSettings::DebtorCodeScheme::ShopCustomerNumber) {
        const QString shopCode = DebtorRule::shopNumberCode(rule, m_codePrefix);
        if (!shopCode.isEmpty() && !(taken && taken->contains(shopCode.toCaseFolded())))
            return shopCode;
    }
    return taken ? DebtorRule::newCode(rule, *taken) : QString();
}

QString DebtorResolver::cacheKey(const SalesDocument& document) const
{
    if (m_matching == SyncConfiguration::DebtorMatching::ShopCustomer) {
        const QString key = DebtorRule::shopKey(document, DebtorRule::of(document));
        return key.isEmpty() ? QString() : u"shop:"_qs + key;
    }
    if (m_matching == SyncConfiguration::DebtorMatching::CustomerCode) {
        const QString code = knownCode(document);
        if (!code.isEmpty())
            return u"code:"_qs + code.toLower();
    }
    const QString email = document.customer.email.trimmed();
    return email.isEmpty() ? QString() : u"email:"_qs + email.toLower();
}

void DebtorResolver::remember(const Relation& relation, const SalesDocument& document)
{
    if (!m_store || m_readOnly || relation.id <= 0)
        return;
    const QString shopKey = m_matching == SyncConfiguration::DebtorMatching::ShopCustomer
                                ? DebtorRule::shopKey(document, DebtorRule::of(document))
                                : QString();
    RelationRepository(*m_store).remember(relation, shopKey);
}

Result<std::optional<Relation>> DebtorResolver::findByCode(const QString& code)
{
    if (m_store) {
        if (const std::optional<Relation> imported = RelationRepository(*m_store).findByCode(code))
            return imported;
    }
    Result<QList<Relation>> byCode = m_client.findRelationsByCode(code);
    if (!byCode.ok())
        return byCode.error();
    for (const Relation& relation : byCode.value()) {
        if (relation.code.compare(code, Qt::CaseInsensitive) == 0)
            return std::optional<Relation>(relation);
    }
    return std::optional<Relation>();
}

Result<std::optional<Relation>> DebtorResolver::findByEmail(const QString& email)
{
    // The imported relations first: no call at all for a customer e-Boekhouden had before the move, and no
    // duplicate when its relation is one of several namesakes. A relation made by hand since the import is
    // still found by the look-up.
    if (m_store) {
        if (const std::optional<Relation> imported = RelationRepository(*m_store).findByEmail(email))
            return imported;
    }
    Result<QList<Relation>> byEmail = m_client.findRelationsByEmail(email);
    if (!byEmail.ok())
        return byEmail.error();
    for (const Relation& relation : byEmail.value()) {
        if (relation.emailAddress.trimmed().compare(email, Qt::CaseInsensitive) == 0)
            return std::optional<Relation>(relation);
    }
    return std::optional<Relation>();
}

Result<std::optional<Relation>> DebtorResolver::findByShopCustomer(const SalesDocument& document)
{
    const DebtorRule::Debtor rule = DebtorRule::of(document);
    const QString key = DebtorRule::shopKey(document, rule);
    if (key.isEmpty())
        return std::optional<Relation>();
    std::optional<RelationRepository> relations;
    if (m_store) {
        relations.emplace(*m_store);
        if (const std::optional<Relation> known = relations->findByShopKey(key))
            return known;
    }
    // A relation of the same e-mail address is this debtor only with the same country and VAT number (an empty
    // country is no match: the stricter reading, unverified), and only when no other shop customer, country or
    // VAT number has claimed it already.
    const auto sameDebtor = [&](const Relation& relation) {
        const QString claimedBy = relations ? relations->shopKeyOf(relation.id) : QString();
        return relation.country.trimmed().compare(rule.country, Qt::CaseInsensitive) == 0 &&
               DebtorRule::comparableVatNumber(relation.vatNumber) == DebtorRule::comparableVatNumber(rule.vatNumber) &&
               (claimedBy.isEmpty() || claimedBy == key);
    };
    if (rule.email.isEmpty())
        return std::optional<Relation>();
    if (relations) {
        for (const Relation& imported : relations->allByEmail(rule.email)) {
            if (sameDebtor(imported))
                return std::optional<Relation>(imported);
        }
    }
    Result<QList<Relation>> byEmail = m_client.findRelationsByEmail(rule.email);
    if (!byEmail.ok())
        return byEmail.error();
    for (const Relation& relation : byEmail.value()) {
        if (relation.emailAddress.trimmed().compare(rule.email, Qt::CaseInsensitive) == 0 && sameDebtor(relation))
            return std::optional<Relation>(relation);
    }
    return std::optional<Relation>();
}

Result<std::optional<Relation>> DebtorResolver::findExisting(const SalesDocument& document)
{
    Result<std::optional<Relation>> found = std::optional<Relation>();
    if (m_matching == SyncConfiguration::DebtorMatching::ShopCustomer) {
        found = findByShopCustomer(document);
    } else {
        // By code when the matching rule says so, or when the code scheme makes the code from the shop's customer
        // number: then a relation whose creation answer was lost is found again by its code.
        const QString code = knownCode(document);
        const bool byCode =
            !code.isEmpty() && (m_matching == SyncConfiguration::DebtorMatching::CustomerCode ||
                                m_codeScheme == AdministrationSettings::DebtorCodeScheme::ShopCustomerNumber);
        if (byCode)
            found = findByCode(code);
        const QString email = document.customer.email.trimmed();
        if (found.ok() && !found.value() && !email.isEmpty())
            found = findByEmail(email);
    }
    if (found.ok() && found.value())
        remember(*found.value(), document);
    return found;
}

Result<DebtorResolver::Debtor> DebtorResolver::resolve(const SalesDocument& document)
{
    const QString key = m_cache ? cacheKey(document) : QString();
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
    std::unique_lock<std::mutex> codesLock;
    if (m_cache) {
        codesLock = m_cache->lockCodes();
        if (const std::optional<QSet<QString>> known = m_cache->knownCodes())
            return known;
    }
    // Imported: the codes of the administration are the store's, those imported and those created since; a
    // code taken by hand since is refused by the create (REL_049) and the next one is taken.
    if (m_store) {
        const RelationRepository relations(*m_store);
        if (relations.importedAt().isValid()) {
            const QSet<QString> codes = relations.codes();
            if (!m_cache)
                return std::optional<QSet<QString>>(codes);
            m_cache->setKnownCodes(codes);
            return m_cache->knownCodes();
        }
    }
    if (!m_cache)
        return std::optional<QSet<QString>>();
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
    const auto created = [&](const Relation& sent, const Relation& answer) {
        Relation result = sent;
        result.id = answer.id;
        if (!answer.code.isEmpty())
            result.code = answer.code;
        if (m_cache)
            m_cache->addKnownCode(result.code);
        remember(result, document);
        return Debtor{result, true, false};
    };

    // The shop's customer number as the code (setting): the same customer always gets the same code, so a
    // taken code is this customer's debtor (made by hand, or a creation whose answer was lost). Only
    // Magmodules' rule keeps two debtors of one customer apart (another country or VAT number): the second
    // then gets seed 004's code.
    const QString shopCode = m_codeScheme == AdministrationSettings::DebtorCodeScheme::ShopCustomerNumber
                                 ? DebtorRule::shopNumberCode(rule, m_codePrefix)
                                 : QString();
    if (!shopCode.isEmpty()) {
        Relation relation = template_;
        relation.code = shopCode;
        const Result<Relation> answer = m_client.createRelation(relation);
        if (answer.ok())
            return created(relation, answer.value());
        if (answer.error().kind != ApiError::Kind::AlreadyExists)
            return answer.error();
        if (m_cache)
            m_cache->addKnownCode(shopCode);
        if (m_matching != SyncConfiguration::DebtorMatching::ShopCustomer) {
            const Result<std::optional<Relation>> existing = findByCode(shopCode);
            if (!existing.ok())
                return existing.error();
            if (existing.value()) {
                remember(*existing.value(), document);
                return Debtor{*existing.value(), false, false};
            }
        }
    }

    const QString base = DebtorRule::codeBase(rule);
    // Two new customers with the same name in parallel would both find the same code free.
    std::unique_lock<std::mutex> baseLock;
    if (m_cache)
        baseLock = m_cache->lockCodeBase(base);
    // And two worker processes on one shared store (issue 18): each knows only the codes it listed at its start
    // and those it made itself, so both would take the same code, one of them failing with REL_049.
    const WorkerClaims::KeyLock baseAcrossWorkers(m_store, u"debtorcode:"_qs + base.toCaseFolded());
    // With the known codes a new code costs no look-up: the create itself confirms it is free (REL_049 when
    // another program took it meanwhile, API-eboekhouden.md §1.6), so a new debtor costs one call.
    Result<std::optional<QSet<QString>>> known = knownCodes();
    if (!known.ok())
        return known.error();
    std::optional<QSet<QString>> taken = known.value();
    if (taken && !shopCode.isEmpty())
        taken->insert(shopCode.toCaseFolded());
    bool collided = false;
    for (int attempt = 0; attempt < maxCreateAttempts; ++attempt) {
        // After a collision the known codes are out of date (another worker process or program made codes of
        // this base since they were listed): e-Boekhouden itself says which are taken. Without this, a worker
        // that missed five of them gave up ("No free debtor code", BENCHMARKS.md: four workers at 10,000).
        if (!known.value() || collided) {
            Result<QSet<QString>> probed = probeTakenCodes(base);
            if (!probed.ok())
                return probed.error();
            if (!taken)
                taken = probed.value();
            else
                taken->unite(probed.value());
            // The run's next new debtors of this base then collide no more.
            for (const QString& code : probed.value()) {
                if (m_cache && collided)
                    m_cache->addKnownCode(code);
            }
        }
        Relation relation = template_;
        relation.code = DebtorRule::newCode(rule, *taken);
        const Result<Relation> answer = m_client.createRelation(relation);
        if (answer.ok())
            return created(relation, answer.value());
        // Another program took the code between our look-up and our create: look again.
        if (answer.error().kind != ApiError::Kind::AlreadyExists)
            return answer.error();
        taken->insert(relation.code.toCaseFolded());
        if (m_cache)
            m_cache->addKnownCode(relation.code);
        collided = true;
    }
    return ApiError::ours(ApiError::Kind::AlreadyExists, QStringLiteral("REL_049"),
                          tr("No free debtor code could be found for %1.").arg(template_.name), QStringLiteral("code"));
}
