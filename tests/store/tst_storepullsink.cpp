#include "store/CustomerRepository.h"
#include "store/DocumentRepository.h"
#include "store/StorePullSink.h"
#include "StoreFixture.h"

#include <QSqlQuery>
#include <QtTest>

// The SQLite side of the PullSink contract (core/shop/PullSink.h).
class TestStorePullSink : public QObject
{
    Q_OBJECT

private:
    static PulledPage page(std::initializer_list<Invoice> invoices, const QString& timestamp, qint64 lastId)
    {
        PulledPage p;
        p.platform = QStringLiteral("magento");
        p.resource = QStringLiteral("invoices");
        p.invoices = invoices;
        p.watermark = Watermark{timestamp, lastId};
        return p;
    }

private slots:
    void storesAPageWithItsWatermark()
    {
        StoreFixture store;
        StorePullSink sink(*store.database);
        QVERIFY(!sink.watermark(u"magento"_qs, u"invoices"_qs));

        PulledPage p =
            page({StoreFixture::invoice(u"1"_qs, u"100000001"_qs), StoreFixture::invoice(u"2"_qs, u"100000002"_qs)},
                 u"2026-11-02 09:30:00"_qs, 2);
        Customer customer;
        customer.shopId = QStringLiteral("42");
        customer.email = QStringLiteral("klaartje@example.nl");
        p.customers = {customer};
        CreditMemo memo;
        static_cast<SalesDocument&>(memo) = StoreFixture::invoice(u"7"_qs, u"200000007"_qs);
        memo.kind = DocumentKind::CreditMemo;
        memo.invoiceNumber = QStringLiteral("100000001");
        p.creditMemos = {memo};
        QVERIFY(sink.storePage(p));

        DocumentRepository documents(*store.database);
        QCOMPARE(documents.count(DocumentKind::Invoice), 2);
        QCOMPARE(documents.count(DocumentKind::CreditMemo), 1);
        QCOMPARE(CustomerRepository(*store.database).findByShopId(u"magento"_qs, u"42"_qs)->customer.email,
                 QStringLiteral("klaartje@example.nl"));
        const std::optional<Watermark> mark = sink.watermark(u"magento"_qs, u"invoices"_qs);
        QVERIFY(mark);
        QCOMPARE(*mark, (Watermark{u"2026-11-02 09:30:00"_qs, 2}));
        QVERIFY(!sink.watermark(u"prestashop"_qs, u"invoices"_qs));
    }

    void aFailingPageStoresNothing()
    {
        StoreFixture store;
        StorePullSink sink(*store.database);
        QVERIFY(sink.storePage(page({StoreFixture::invoice(u"1"_qs, u"100000001"_qs)}, u"2026-11-01 00:00:00"_qs, 1)));

        // The disk "fills up" at the second document of the next page.
        QSqlQuery q(store.database->connection());
        if (TestStore::onPostgres()) {
            QVERIFY(q.exec(QStringLiteral("CREATE FUNCTION disk_full() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                          "IF NEW.shop_id = '3' THEN RAISE EXCEPTION 'disk full'; END IF; "
                                          "RETURN NEW; END $$")));
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER disk_full BEFORE INSERT ON documents FOR EACH ROW "
                                          "EXECUTE FUNCTION disk_full()")));
        } else {
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER disk_full BEFORE INSERT ON documents WHEN NEW.shop_id = '3' "
                                          "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        }
        QVERIFY(!sink.storePage(
            page({StoreFixture::invoice(u"2"_qs, u"100000002"_qs), StoreFixture::invoice(u"3"_qs, u"100000003"_qs)},
                 u"2026-11-03 00:00:00"_qs, 3)));

        DocumentRepository documents(*store.database);
        QCOMPARE(documents.count(DocumentKind::Invoice), 1);
        QVERIFY(!documents.findByShopId(u"magento"_qs, DocumentKind::Invoice, u"2"_qs));
        QCOMPARE(sink.watermark(u"magento"_qs, u"invoices"_qs)->id, 1);
    }

    void aRepeatedPageLeavesOneRecordEach()
    {
        StoreFixture store;
        StorePullSink sink(*store.database);
        const PulledPage p = page({StoreFixture::invoice(u"1"_qs, u"100000001"_qs)}, u"2026-11-01 00:00:00"_qs, 1);
        QVERIFY(sink.storePage(p));
        QVERIFY(sink.storePage(p));
        QCOMPARE(DocumentRepository(*store.database).count(DocumentKind::Invoice), 1);
    }

    void latestStateWinsBetweenMappedAndUnmappable()
    {
        StoreFixture store;
        StorePullSink sink(*store.database);
        DocumentRepository documents(*store.database);

        PulledPage broken;
        broken.platform = QStringLiteral("magento");
        broken.resource = QStringLiteral("invoices");
        broken.unmappable = {{ShopRecordKind::Invoice, u"invoices"_qs, u"1"_qs, R"({"grand_total":"x"})",
                              u"The invoice total is not an amount."_qs},
                             {ShopRecordKind::Customer, u"customers"_qs, u"9"_qs, R"({"email":7})",
                              u"The e-mail address is missing."_qs}};
        QVERIFY(sink.storePage(broken));
        QCOMPARE(documents.findByShopId(u"magento"_qs, DocumentKind::Invoice, u"1"_qs)->state, SyncState::Unmappable);
        CustomerRepository customers(*store.database);
        QCOMPARE(customers.findByShopId(u"magento"_qs, u"9"_qs)->problem,
                 QStringLiteral("The e-mail address is missing."));

        QVERIFY(sink.storePage(page({StoreFixture::invoice(u"1"_qs, u"100000001"_qs)}, u"2026-11-01 00:00:00"_qs, 1)));
        const StoredDocument fixed = *documents.findByShopId(u"magento"_qs, DocumentKind::Invoice, u"1"_qs);
        QCOMPARE(fixed.state, SyncState::Pending);
        QVERIFY(fixed.problem.isEmpty());
        QCOMPARE(fixed.document.totalIncl, Money::fromCents(2920));

        // Broken again: the stale mapped version does not survive.
        QVERIFY(sink.storePage(broken));
        QCOMPARE(documents.findByShopId(u"magento"_qs, DocumentKind::Invoice, u"1"_qs)->state, SyncState::Unmappable);
    }

    void openOrdersAreRememberedUntilClosed()
    {
        StoreFixture store;
        StorePullSink sink(*store.database);
        PulledPage p;
        p.platform = QStringLiteral("prestashop");
        p.resource = QStringLiteral("orders");
        p.open = {{u"orders"_qs, u"5"_qs, u"Awaiting bank wire payment"_qs}, {u"orders"_qs, u"6"_qs, u"Processing"_qs}};
        QVERIFY(sink.storePage(p));
        QList<QString> open = sink.openDocuments(u"prestashop"_qs, u"orders"_qs);
        std::sort(open.begin(), open.end());
        QCOMPARE(open, (QList<QString>{u"5"_qs, u"6"_qs}));

        PulledPage backfill;
        backfill.platform = QStringLiteral("prestashop");
        backfill.resource = QStringLiteral("orders@backfill:2026-01-01/2026-01-31");
        backfill.closed = {QStringLiteral("5")};
        QVERIFY(sink.storePage(backfill));
        QCOMPARE(sink.openDocuments(u"prestashop"_qs, u"orders"_qs), (QList<QString>{u"6"_qs}));
        QVERIFY(sink.openDocuments(u"magento"_qs, u"orders"_qs).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStorePullSink)
#include "tst_storepullsink.moc"
