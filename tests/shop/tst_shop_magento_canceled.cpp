#include "DocumentTableModel.h"
#include "MagentoConnector.h"
#include "MagentoEmulator.h"
#include "store/Database.h"
#include "store/DocumentQuery.h"
#include "store/DocumentRepository.h"
#include "store/StorePullSink.h"

#include <QTemporaryDir>
#include <QTest>

// API-shops.md S6 through the store: a canceled Magento invoice is kept from booking, and one booked before the
// shop canceled it keeps its booking with a message that says what to do in e-Boekhouden.
class TestShopMagentoCanceled : public QObject
{
    Q_OBJECT

    static MagentoSettings settingsFor(const MagentoEmulator& shop)
    {
        MagentoSettings settings;
        settings.restBaseUrl = shop.restBaseUrl();
        settings.consumerKey = shop.options().consumerKey;
        settings.consumerSecret = shop.options().consumerSecret;
        settings.accessToken = shop.options().accessToken;
        settings.accessTokenSecret = shop.options().accessTokenSecret;
        settings.retry.maxAttempts = 1;
        return settings;
    }

    static DocumentRow rowOf(const Database& database, const QString& number)
    {
        DocumentFilter filter;
        filter.kind = DocumentKind::Invoice;
        for (const DocumentRow& row :
             DocumentQuery(database).page(filter, DocumentQuery::Column::Number, Qt::AscendingOrder, 0, 100))
            if (row.number == number)
                return row;
        return {};
    }

    // What the Invoices grid's Status column says for the document.
    static QString stateText(const Database& database, qint64 id)
    {
        DocumentTableModel model(database, DocumentKind::Invoice);
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.documentId(row) == id)
                return model.index(row, int(DocumentQuery::Column::State)).data().toString();
        return {};
    }

private slots:
    void canceledBeforeBookingIsHeldAndSaysSo()
    {
        QTemporaryDir dir;
        Database database(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(database.open());
        MagentoEmulator shop(MagentoEmulator::Options{.seed = 5, .invoices = 12});
        QVERIFY(shop.start());
        const QString number = shop.expectedInvoices().at(8).number;
        QVERIFY(shop.cancelInvoice(8));
        StorePullSink sink(database);
        QVERIFY(MagentoConnector(settingsFor(shop)).pull(sink).ok());

        DocumentRepository documents(database);
        const std::optional<StoredDocument> held =
            documents.findByShopId(QStringLiteral("magento"), DocumentKind::Invoice, QStringLiteral("9"));
        QVERIFY(held);
        QCOMPARE(held->state, SyncState::Unmappable);
        QCOMPARE(documents.count(DocumentKind::Invoice, SyncState::Pending), 11);
        const DocumentRow row = rowOf(database, number);
        QCOMPARE(row.id, held->id);
        QCOMPARE(row.shopStatus, QStringLiteral("canceled"));
        QVERIFY2(row.lastMessage.contains(QStringLiteral("canceled in the shop")), qPrintable(row.lastMessage));
        QCOMPARE(stateText(database, held->id), QStringLiteral("Canceled in the shop"));
    }

    void canceledAfterBookingKeepsTheBookingAndFlagsIt()
    {
        QTemporaryDir dir;
        Database database(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(database.open());
        MagentoEmulator shop(MagentoEmulator::Options{.seed = 5, .invoices = 12});
        QVERIFY(shop.start());
        StorePullSink sink(database);
        MagentoConnector connector(settingsFor(shop));
        QVERIFY(connector.pull(sink).ok());

        DocumentRepository documents(database);
        const QString number = shop.expectedInvoices().at(8).number;
        const qint64 id =
            documents.findByShopId(QStringLiteral("magento"), DocumentKind::Invoice, QStringLiteral("9"))->id;
        QVERIFY(documents.transition(id, SyncState::Pending, SyncState::InFlight));
        DocumentRepository::Transition posted;
        posted.message = QStringLiteral("Booked.");
        posted.eboekhoudenId = QStringLiteral("4711");
        posted.eboekhoudenNumber = number;
        posted.countsAsAttempt = true;
        QVERIFY(documents.transition(id, SyncState::InFlight, SyncState::Posted, posted));

        QVERIFY(shop.cancelInvoice(8));
        QVERIFY(connector.pull(sink).ok());
        const std::optional<StoredDocument> booked = documents.find(id);
        QCOMPARE(booked->state, SyncState::Posted);
        QCOMPARE(booked->eboekhoudenId, QStringLiteral("4711"));
        QVERIFY(!booked->document.lines.isEmpty()); // the booked document, not the shop's raw payload
        const DocumentRow row = rowOf(database, number);
        QCOMPARE(row.state, SyncState::Posted);
        QCOMPARE(row.shopStatus, QStringLiteral("canceled"));
        QVERIFY2(row.lastMessage.contains(QStringLiteral("credit note")), qPrintable(row.lastMessage));
        QCOMPARE(stateText(database, id), QStringLiteral("Booked, canceled in the shop"));
    }
};

QTEST_MAIN(TestShopMagentoCanceled)
#include "tst_shop_magento_canceled.moc"
