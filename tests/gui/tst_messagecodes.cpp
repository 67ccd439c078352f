#include "DocumentTableModel.h"
#include "i18n/LanguageLoader.h"
#include "store/DocumentQuery.h"
#include "store/SyncLogRepository.h"
#include "sync/SyncFixture.h"
#include "SyncLogTableModel.h"

#include <QSqlQuery>
#include <QTranslator>
#include <QtTest>

// Issue 17 item 2: every text the sync stores is a message code with arguments, shown in the language the reader
// uses now. Each test writes while the app speaks English, switches to Dutch and reads the grid: a document's
// pre-check reason, its payment's text, and the description of the bookings found under its number. Rows of
// older versions (text only) still show as written, and the log's search finds a row by the words shown.
class TestMessageCodes : public QObject
{
    Q_OBJECT

    LanguageLoader m_language;

    static QString cell(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole)
    {
        return model.data(model.index(row, column), role).toString();
    }

    static int column(DocumentQuery::Column c) { return int(c); }

    static int logRows(const SyncFixture& f, const QString& text, std::optional<bool> success = std::nullopt)
    {
        SyncLogRepository::Filter filter;
        filter.text = text;
        filter.success = success;
        return SyncLogRepository(*f.store.database).count(filter);
    }

private slots:
    void init() { QVERIFY(m_language.apply(QStringLiteral("en"))); }
    void cleanupTestCase() { m_language.apply(QStringLiteral("en")); }

    // The catalogue's texts are the very words the classes translated before the codes existed: each has its
    // Dutch translation already (a text that differs by one character from the .ts would have none).
    void everyReasonOfTheCatalogueIsTranslated()
    {
        QTranslator dutch;
        QVERIFY(dutch.load(QStringLiteral(":/i18n/boekhoudbrug_nl.qm")));
        const QHash<QString, const char*> contexts{{u"problem.nothingToBook"_qs, "PostingBuilder"},
                                                   {u"problem.totalsDiffer"_qs, "TotalsCheck"},
                                                   {u"problem.noVatMapping"_qs, "VatMappingResolver"},
                                                   {u"problem.vatNumberCheckDigit"_qs, "VatNumberValidator"},
                                                   {u"problem.classOss"_qs, "DocumentClassifier"},
                                                   {u"vies.notValid"_qs, "IcpViesCheck"},
                                                   {u"booking.credit"_qs, "DocumentPusher"}};
        for (auto it = contexts.cbegin(); it != contexts.cend(); ++it) {
            const QByteArray source = LogMessage::sourceText(it.key()).toUtf8();
            QVERIFY2(!source.isEmpty(), qPrintable(it.key()));
            QVERIFY2(!dutch.translate(it.value(), source.constData()).isEmpty(), qPrintable(it.key()));
        }
        int untranslated = 0;
        QStringList missing;
        for (const QString& code : LogMessage::codes()) {
            if (!code.startsWith(u"problem.") && !code.startsWith(u"vies.") && !code.startsWith(u"booking."))
                continue;
            QVERIFY(m_language.apply(QStringLiteral("nl")));
            const QString dutchText = LogMessage::coded(code).text();
            QVERIFY(m_language.apply(QStringLiteral("en")));
            // "excl." and "incl." read the same in Dutch; every other text reads otherwise.
            if (dutchText == LogMessage::coded(code).text() && code != u"problem.totalsExcl" &&
                code != u"problem.totalsIncl") {
                ++untranslated;
                missing.append(code);
            }
        }
        QVERIFY2(untranslated == 0, qPrintable(missing.join(u", ")));
    }

    void aRefusedDocumentsReasonIsShownInDutch()
    {
        SyncFixture f;
        f.configuration.settings.debtorLedger.clear();
        const qint64 id = f.add(SyncFixture::magentoInvoice(1, 1));
        const qint64 old = f.add(SyncFixture::magentoInvoice(2, 2));
        QCOMPARE(f.engine()->runDocuments({id}).refused, 1);
        QCOMPARE(f.document(id).lastMessage,
                 QStringLiteral("No debtors ledger is set. Choose the e-Boekhouden debtors ledger in the settings."));
        // A reason written before the codes existed: the words only.
        QSqlQuery q(f.store.database->connection());
        QVERIFY(q.exec(u"UPDATE documents SET sync_state = 'failed', last_message = 'Old reason, in English', "
                       "last_message_code = '', last_message_args = '' WHERE id = "_qs +
                       QString::number(old)));

        QVERIFY(m_language.apply(QStringLiteral("nl")));
        const QString dutch = QStringLiteral("Er is geen debiteurenrekening ingesteld. Kies de grootboekrekening "
                                             "Debiteuren van e-Boekhouden in de instellingen.");
        DocumentTableModel grid(*f.store.database, DocumentKind::Invoice);
        grid.refresh();
        QCOMPARE(grid.rowCount(), 2);
        QStringList reasons{cell(grid, 0, column(DocumentQuery::Column::Message)),
                            cell(grid, 1, column(DocumentQuery::Column::Message))};
        reasons.sort();
        QCOMPARE(reasons, (QStringList{dutch, QStringLiteral("Old reason, in English")}));
        QCOMPARE(f.document(id).lastMessage, dutch);
        // The Dashboard's last failures say it in Dutch too.
        const QList<DocumentQuery::Attention> attention = DocumentQuery(*f.store.database).latestNeedingAttention(5);
        QCOMPARE(attention.size(), 2);
        QCOMPARE(attention.at(attention.at(0).id == id ? 0 : 1).message, dutch);
        // The sync log's row of the refusal: Dutch, and found by the Dutch words shown as by the English written.
        SyncLogTableModel log(*f.store.database, SyncLogEntry::Kind::Invoice);
        QCOMPARE(log.rowCount(), 1);
        QCOMPARE(cell(log, 0, log.section(SyncLogTableModel::Column::Message)), dutch);
        QCOMPARE(logRows(f, u"debiteurenrekening"_qs), 1);
        QCOMPARE(logRows(f, u"DEBITEUREN van"_qs), 1);
        QCOMPARE(logRows(f, u"debtors ledger"_qs), 1);
        QCOMPARE(logRows(f, u"crediteurenrekening"_qs), 0);
    }

    // A refused payment: its text in the grid in Dutch, and one log row however the language changes between
    // syncs (the same code and arguments are the same failure).
    void aPaymentsTextIsShownInDutch()
    {
        SyncFixture f;
        f.configuration.settings.bookPayments = true;
        Invoice paid = SyncFixture::magentoInvoice(1, 1);
        paid.paid = true;
        const qint64 id = f.add(paid);
        const qint64 old = f.add(SyncFixture::magentoInvoice(2, 2)); // not paid: its payment text is set below
        QCOMPARE(f.engine()->runPending().posted, 2);
        const QString english =
            QStringLiteral("No bank ledger is set for payment method \"mollie\". Choose its ledger in the settings.");
        QCOMPARE(f.document(id).paymentState, PaymentState::Failed);
        QCOMPARE(f.document(id).paymentMessage, english);
        QSqlQuery q(f.store.database->connection());
        QVERIFY(q.exec(u"UPDATE documents SET payment_state = 'booked', payment_message = 'Payment booked long ago.' "
                       "WHERE id = "_qs +
                       QString::number(old)));

        QVERIFY(m_language.apply(QStringLiteral("nl")));
        const QString dutch = QStringLiteral(
            "Er is geen bankrekening ingesteld voor betaalmethode \"mollie\". Kies de grootboekrekening ervan in de "
            "instellingen.");
        QCOMPARE(f.document(id).paymentMessage, dutch);
        QCOMPARE(f.document(old).paymentMessage, QStringLiteral("Payment booked long ago."));
        DocumentTableModel grid(*f.store.database, DocumentKind::Invoice);
        grid.refresh();
        QCOMPARE(grid.rowCount(), 2);
        QStringList texts{cell(grid, 0, column(DocumentQuery::Column::Payment), Qt::ToolTipRole),
                          cell(grid, 1, column(DocumentQuery::Column::Payment), Qt::ToolTipRole)};
        texts.sort();
        QCOMPARE(texts, (QStringList{dutch, QStringLiteral("Payment booked long ago.")}));

        // The next sync, now in Dutch, meets the same failure: no second row.
        f.engine()->runPending();
        QCOMPARE(logRows(f, QString(), false), 1);
        QCOMPARE(logRows(f, u"betaalmethode"_qs, false), 1);
        QCOMPARE(f.document(id).paymentMessage, dutch);
    }

    // The bookings found under a document's number are described in the reader's language as well.
    void theBookingsUnderTheSameNumberAreDescribedInDutch()
    {
        SyncFixture f;
        f.configuration.settings.invoiceNumbering.creditMemoPrefix.clear();
        f.add(SyncFixture::magentoInvoice(2, 2));
        QCOMPARE(f.engine()->runPending().posted, 1);
        const qint64 memoFive = f.add(SyncFixture::magentoCreditMemo(5, 2, 5));
        QCOMPARE(f.engine()->runDocuments({memoFive}).posted, 1); // 000000005, negative
        const qint64 fifth = f.add(SyncFixture::magentoInvoice(5, 5));
        QCOMPARE(f.engine()->runDocuments({fifth}).refused, 1);
        QVERIFY2(f.document(fifth).lastMessage.startsWith(
                     u"e-Boekhouden already has a sales booking numbered 000000005 that is not this invoice: a "
                     "credit booking of -29.20. Nothing was booked."_qs),
                 qPrintable(f.document(fifth).lastMessage));

        QVERIFY(m_language.apply(QStringLiteral("nl")));
        DocumentTableModel grid(*f.store.database, DocumentKind::Invoice);
        grid.refresh();
        QString reason;
        for (int row = 0; row < grid.rowCount(); ++row) {
            if (cell(grid, row, column(DocumentQuery::Column::Number)) == u"000000005")
                reason = cell(grid, row, column(DocumentQuery::Column::Message));
        }
        QVERIFY2(reason.startsWith(u"e-Boekhouden heeft al een verkoopboeking met nummer 000000005 die niet deze "
                                   "factuur is: een creditboeking van -29.20. Er is niets geboekt."_qs),
                 qPrintable(reason));
        QCOMPARE(logRows(f, u"een creditboeking van"_qs), 1);
    }

    // A credit memo waiting for its invoice writes one log row when it starts waiting, not one per sync: also
    // when the next sync runs in another language (its stored reason is read back in that language, so the
    // comparison with the new reason holds; a guard for whoever compares with the words as written).
    void aWaitingCreditMemoLogsOnceInEitherLanguage()
    {
        SyncFixture f;
        const qint64 memo = f.add(SyncFixture::magentoCreditMemo(1, 7, 7)); // invoice 000000007 is not in the store
        QCOMPARE(f.engine()->runPending().waiting, 1);
        QVERIFY(m_language.apply(QStringLiteral("nl")));
        QCOMPARE(f.engine()->runPending().waiting, 1);
        SyncLogRepository::Filter memos;
        memos.kind = SyncLogEntry::Kind::CreditMemo;
        QCOMPARE(SyncLogRepository(*f.store.database).count(memos), 1);
        QCOMPARE(f.document(memo).state, SyncState::Pending);
        QCOMPARE(f.document(memo).attempts, 1);
    }
};

QTEST_MAIN(TestMessageCodes)
#include "tst_messagecodes.moc"
