#pragma once

#include "booking/DocumentFactory.h"
#include "store/VatMappingRepository.h"
#include "SyncFixture.h"

#include <QSqlError>
#include <QSqlQuery>

// A store with one quarter's worth of every kind of sale, booked in the e-Boekhouden emulator: domestic at 21 %
// and 9 %, an ICP supply to a German business, an export to the US, an OSS sale to a German consumer at 19 %, a
// credit memo of the 21 % invoice and one of part of the OSS sale; then, not booked, a 21 % invoice, and a canceled
// one held as the shop connector holds it. All dated 2 November 2026 (2026Q4). The VAT report must come out as:
//   HOOG_VERK_21 21 NL 1a  shop 10.00 / 2.10, booked 0.00 / 0.00 (24.13/5.07 booked and credited; 10.00 pending)
//   LAAG_VERK_9   9 NL 1b  50.00 / 4.50 booked
//   BI_EU_VERK    0 DE 3b  200.00 / 0.00 booked
//   BU_EU_VERK    0 US 3a  80.00 / 0.00 booked
//   AFST_VERK    19 DE 3c  90.00 / 17.10 booked (100.00/19.00 less the credit memo's 10.00/1.90)
struct ReportsFixture
{
    SyncFixture sync;
    qint64 pendingId = 0;
    qint64 icpId = 0;

    static QDate date() { return QDate(2026, 11, 2); }

    static void dated(SalesDocument& document, const QString& shopId)
    {
        document.platform = QStringLiteral("magento");
        document.shopId = shopId;
        document.documentDate = date();
        document.createdAt = QDateTime(date(), QTime(10, 0), Qt::UTC);
        document.updatedAt = document.createdAt;
    }

    static VatMapping mapping()
    {
        VatMapping::Proposal proposal;
        proposal.ossVatLedger = QStringLiteral("1650");
        return VatMapping::defaultProposal(proposal);
    }

    // The invoices the sync books.
    static QList<Invoice> bookedInvoices()
    {
        using namespace DocumentFactory;
        Invoice high = SyncFixture::magentoInvoice(1, 1); // 000000001: NL 21 %, 24.13 + 5.07
        Invoice low = invoice("000000002", "NL", {line("B", 1, "50.00", "54.50", 900)});
        dated(low, u"2"_qs);
        Invoice icp = invoice("000000003", "DE", {line("C", 2, "200.00", "200.00", 0)});
        icp.customer.company = QStringLiteral("Müller GmbH");
        icp.billingAddress.company = icp.customer.company;
        icp.billingAddress.vatNumber = QStringLiteral("DE 123456788");
        icp.customer.email = QStringLiteral("einkauf@mueller.example");
        dated(icp, u"3"_qs);
        Invoice abroad = invoice("000000004", "US", {line("D", 1, "80.00", "80.00", 0)});
        abroad.customer.email = QStringLiteral("jane@example.com");
        dated(abroad, u"4"_qs);
        Invoice oss = invoice("000000005", "DE", {line("E", 1, "100.00", "119.00", 1900)});
        oss.customer.email = QStringLiteral("anna@example.de");
        dated(oss, u"5"_qs);
        return {high, low, icp, abroad, oss};
    }

    // The credit memos the sync books: all of the 21 % invoice, part of the OSS sale.
    static QList<CreditMemo> bookedCreditMemos()
    {
        using namespace DocumentFactory;
        CreditMemo part = creditMemo("000000002", "000000005", "DE", {line("E", 1, "10.00", "11.90", 1900)});
        part.customer.email = QStringLiteral("anna@example.de");
        part.invoiceShopId = u"5"_qs;
        dated(part, u"cm2"_qs);
        part.kind = DocumentKind::CreditMemo;
        return {SyncFixture::magentoCreditMemo(1, 1, 1), part};
    }

    // Added after the sync: a 21 % invoice not booked yet.
    static QList<Invoice> notBooked()
    {
        using namespace DocumentFactory;
        Invoice pending = invoice("000000006", "NL", {line("F", 1, "10.00", "12.10", 2100)});
        dated(pending, u"6"_qs);
        return {pending};
    }

    ReportsFixture()
    {
        sync.emulator.state().addLedger(QStringLiteral("1650"), QStringLiteral("Af te dragen btw OSS"),
                                        QStringLiteral("BAL"));
        // The ICP customer's VAT number, as VIES knows it (a sale to an unregistered number is held).
        sync.vies.addRegistered(QStringLiteral("DE123456788"), QStringLiteral("Kunde GmbH"), QStringLiteral("Berlin"));
        sync.configuration.vatMapping = mapping();
        VatMappingRepository(*sync.store.database).save(mapping());
        for (const Invoice& document : bookedInvoices()) {
            const qint64 id = sync.add(document);
            if (document.number == u"000000003")
                icpId = id;
        }
        for (const CreditMemo& memo : bookedCreditMemos())
            sync.add(memo);
        const SyncSummary summary = sync.engine()->runPending();
        if (summary.posted != 7) {
            QSqlQuery q(sync.store.database->connection());
            q.exec(u"SELECT number, last_message FROM documents WHERE sync_state <> 'posted'"_qs);
            while (q.next())
                qWarning("not booked: %s: %s", qPrintable(q.value(0).toString()), qPrintable(q.value(1).toString()));
            qFatal("expected 7 booked, got %d", summary.posted);
        }
        pendingId = sync.add(notBooked().at(0));
        // A canceled invoice, held as the Magento connector holds it (API-shops.md S6: no sale, no date, no amounts).
        DocumentRepository(*sync.store.database)
            .upsertUnmappable(u"magento"_qs, DocumentKind::Invoice, u"7"_qs, u"000000007"_qs, "{}",
                              u"Invoice 000000007 was canceled in the shop."_qs, u"canceled"_qs);
    }
};
