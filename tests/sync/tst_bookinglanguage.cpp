#include "i18n/LanguageLoader.h"
#include "posting/PostingBuilder.h"
#include "SyncFixture.h"

#include <QtTest>

// Issue 17 item 2: the row descriptions Boekhoudbrug writes into e-Boekhouden are in the administration's
// language (Dutch by default), whatever language the screens are in.
class TestBookingLanguage : public QObject
{
    Q_OBJECT

    // The body of the one sales mutation the emulator received.
    static QString postedMutation(const SyncFixture& f)
    {
        const QList<EmulatorRequest> posts = f.emulator.requests("POST", QStringLiteral("/v1/mutation"));
        return posts.size() == 1 ? QString::fromUtf8(posts.first().body) : QString();
    }

private slots:
    void screensInEnglishBookInDutchByDefault()
    {
        LanguageLoader language;
        language.apply(QStringLiteral("en"));
        QCOMPARE(PostingBuilder::tr("Sales %1"), QStringLiteral("Sales %1")); // the screens are English

        SyncFixture f;
        QCOMPARE(f.configuration.settings.bookingLanguage, QStringLiteral("nl"));
        f.add(SyncFixture::invoice(1, 1));
        QCOMPARE(f.engine()->runPending().posted, 1);
        const QString body = postedMutation(f);
        QVERIFY2(body.contains(u"\"Omzet 21%\""), qPrintable(body));
        QVERIFY2(!body.contains(u"Sales"), qPrintable(body));
    }

    void screensInDutchBookInEnglishWhenTheAdministrationIsEnglish()
    {
        LanguageLoader language;
        QVERIFY(language.apply(QStringLiteral("nl")));
        QCOMPARE(PostingBuilder::tr("Sales %1"), QStringLiteral("Omzet %1")); // the screens are Dutch

        SyncFixture f;
        f.configuration.settings.bookingLanguage = QStringLiteral("en");
        f.add(SyncFixture::invoice(1, 1));
        QCOMPARE(f.engine()->runPending().posted, 1);
        const QString body = postedMutation(f);
        QVERIFY2(body.contains(u"\"Sales 21%\""), qPrintable(body));
        QVERIFY2(!body.contains(u"Omzet"), qPrintable(body));
    }

    void invoiceLinesAndCreditMemosUseTheAdministrationsLanguage()
    {
        LanguageLoader language;
        language.apply(QStringLiteral("en"));
        AdministrationSettings settings;
        settings.bookingForm = AdministrationSettings::BookingForm::Invoices;
        Invoice invoice = SyncFixture::invoice(1, 1);
        invoice.shipping->description.clear(); // the shop names no shipping method
        invoice.discounts.append({QString(), Money::fromCents(826), Money::fromCents(1000)}); // unnamed, 21%
        invoice.totalExcl -= Money::fromCents(826);
        invoice.totalVat -= Money::fromCents(174);
        invoice.totalIncl -= Money::fromCents(1000);
        const PostingResult dutch = PostingBuilder::build(invoice, settings, VatMapping::defaultProposal({}));
        QVERIFY(dutch.isPosting());
        QStringList descriptions;
        for (const PostingInvoiceLine& line : dutch.posting->lines)
            descriptions.append(line.description);
        QVERIFY2(descriptions.contains(u"Verzendkosten"_qs), qPrintable(descriptions.join(u'|')));
        QVERIFY2(descriptions.contains(u"Korting"_qs), qPrintable(descriptions.join(u'|')));

        CreditMemo memo;
        static_cast<SalesDocument&>(memo) = SyncFixture::invoice(2, 1);
        memo.kind = DocumentKind::CreditMemo;
        memo.invoiceNumber = QStringLiteral("1");
        const PostingResult credit =
            PostingBuilder::build(memo, AdministrationSettings(), VatMapping::defaultProposal({}));
        QVERIFY(credit.isPosting());
        QVERIFY2(credit.posting->description.startsWith(u"Creditnota 100000002 bij factuur 1"),
                 qPrintable(credit.posting->description));
        settings.bookingLanguage = QStringLiteral("en");
        const PostingResult english = PostingBuilder::build(invoice, settings, VatMapping::defaultProposal({}));
        QVERIFY(english.isPosting());
        descriptions.clear();
        for (const PostingInvoiceLine& line : english.posting->lines)
            descriptions.append(line.description);
        QVERIFY2(descriptions.contains(u"Shipping"_qs), qPrintable(descriptions.join(u'|')));
    }
};

QTEST_GUILESS_MAIN(TestBookingLanguage)
#include "tst_bookinglanguage.moc"
