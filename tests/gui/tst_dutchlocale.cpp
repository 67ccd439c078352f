#include "DocumentTableModel.h"
#include "i18n/LanguageLoader.h"
#include "MoneyText.h"
#include "store/DocumentQuery.h"
#include "store/DocumentRepository.h"
#include "store/StoreFixture.h"

#include <QtTest>

// In Dutch, the grids write amounts and dates as a Dutch bookkeeper does ("€ 1.234,56" with a no-break space,
// "02-11-2026"), whatever the system's locale (the tests run on C.UTF-8); credit memos read negative.
class TestDutchLocale : public QObject
{
    Q_OBJECT

    StoreFixture m_store;
    LanguageLoader m_language;

    static QString cell(const DocumentTableModel& model, DocumentQuery::Column column)
    {
        return model.data(model.index(0, int(column))).toString();
    }

private slots:
    void initTestCase()
    {
        Invoice invoice = StoreFixture::invoice(QStringLiteral("1"), QStringLiteral("000000001"));
        invoice.lines[0].rowTotalExcl = Money::fromCents(102030);
        invoice.lines[0].vatAmount = Money::fromCents(21426);
        invoice.lines[0].rowTotalIncl = Money::fromCents(123456);
        invoice.shipping.reset();
        invoice.totalExcl = Money::fromCents(102030);
        invoice.totalVat = Money::fromCents(21426);
        invoice.totalIncl = Money::fromCents(123456);
        QVERIFY(DocumentRepository(*m_store.database).upsert(invoice));
        CreditMemo memo;
        static_cast<SalesDocument&>(memo) = StoreFixture::invoice(QStringLiteral("2"), QStringLiteral("000000001"));
        memo.kind = DocumentKind::CreditMemo;
        memo.invoiceShopId = QStringLiteral("1");
        memo.invoiceNumber = QStringLiteral("000000001");
        QVERIFY(DocumentRepository(*m_store.database).upsert(memo));
    }

    void cleanupTestCase() { m_language.apply(QStringLiteral("en")); }

    void dutchAmountsAndDates()
    {
        QVERIFY(m_language.apply(QStringLiteral("nl")));
        DocumentTableModel invoices(*m_store.database, DocumentKind::Invoice);
        invoices.refresh();
        QCOMPARE(invoices.rowCount(), 1);
        QCOMPARE(cell(invoices, DocumentQuery::Column::TotalIncl), QStringLiteral("€\u00a01.234,56"));
        QCOMPARE(cell(invoices, DocumentQuery::Column::TotalExcl), QStringLiteral("€\u00a01.020,30"));
        QCOMPARE(cell(invoices, DocumentQuery::Column::Date), QStringLiteral("02-11-2026"));

        DocumentTableModel memos(*m_store.database, DocumentKind::CreditMemo);
        memos.refresh();
        QCOMPARE(memos.rowCount(), 1);
        QCOMPARE(cell(memos, DocumentQuery::Column::TotalIncl), QStringLiteral("-€\u00a029,20"));
    }

    void englishAmounts()
    {
        QVERIFY(m_language.apply(QStringLiteral("en")));
        DocumentTableModel invoices(*m_store.database, DocumentKind::Invoice);
        invoices.refresh();
        QCOMPARE(cell(invoices, DocumentQuery::Column::TotalIncl), QStringLiteral("€1,234.56"));
        QCOMPARE(cell(invoices, DocumentQuery::Column::Date), QStringLiteral("02/11/2026"));
        QCOMPARE(euroText(Money::fromCents(-5), QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 QStringLiteral("-€0.05"));
    }
};

QTEST_MAIN(TestDutchLocale)
#include "tst_dutchlocale.moc"
