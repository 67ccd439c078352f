#include "DemoSandbox.h"
#include "EmulatorState.h"
#include "store/VatMappingRow.h"
#include "store/VatMappingValidator.h"
#include "VatMappingProposal.h"

#include <QtTest>

// Issue 17 item 5: the proposal chooses the administration's ledgers by name and category, suggests OSS when the
// documents charge foreign VAT, and never holds a row its own check refuses.
class TestVatMappingProposal : public QObject
{
    Q_OBJECT

    static QList<Ledger> emulatorLedgers()
    {
        EmulatorState state;
        state.seedDemoAdministration();
        QList<Ledger> ledgers;
        for (const EmulatorState::Ledger& l : state.ledgers())
            ledgers.append({l.id, l.code, l.description, l.category, l.group});
        return ledgers;
    }
    static QList<Ledger> minimalLedgers()
    {
        return {{1, QStringLiteral("1010"), QStringLiteral("Bank"), QStringLiteral("FIN"), {}},
                {2, QStringLiteral("1300"), QStringLiteral("Debiteuren"), QStringLiteral("DEB"), {}},
                {3, QStringLiteral("8000"), QStringLiteral("Omzet"), QStringLiteral("VW"), {}}};
    }
    static QList<VatMappingRow> rows(const VatMapping& mapping)
    {
        QList<VatMappingRow> rows;
        for (const VatMappingEntry& entry : mapping.entries)
            rows.append(VatMappingRow::fromEntry(entry));
        return rows;
    }
    // "class rate country code revenue vat" of each row, for exact comparisons.
    static QStringList lines(const VatMapping& mapping)
    {
        QStringList lines;
        for (const VatMappingRow& row : rows(mapping))
            lines.append(QStringList{VatMappingRow::displayClass(row.documentClass),
                                     row.rate ? row.rate->toString() : QStringLiteral("any"), row.country, row.vatCode,
                                     row.revenueLedger, row.vatLedger}
                             .join(u'|'));
        return lines;
    }
    static const QList<std::pair<QString, VatRate>>& seenWithGermanVat()
    {
        static const QList<std::pair<QString, VatRate>> seen{{QStringLiteral("NL"), VatRate::percent(21)},
                                                             {QStringLiteral("NL"), VatRate::percent(9)},
                                                             {QStringLiteral("DE"), VatRate::percent(19)},
                                                             {QStringLiteral("US"), VatRate()}};
        return seen;
    }

private slots:
    void theEmulatorsAdministrationGetsEachLedgerByName()
    {
        VatMappingProposal::Inputs inputs;
        inputs.ledgers = emulatorLedgers();
        inputs.ratesSeenByCountry = seenWithGermanVat();
        const VatMappingProposal::Result result = VatMappingProposal::propose(inputs);
        const QStringList got = lines(result.mapping);
        QCOMPARE(got.size(), 5 + 26 + 1); // domestic 21/9/0, ICP, export, 26 OSS countries, DE 19 % named
        QCOMPARE(got.mid(0, 5),
                 (QStringList{u"Domestic|21||HOOG_VERK_21|8000|"_qs, u"Domestic|9||LAAG_VERK_9|8010|"_qs,
                              u"Domestic|0||GEEN|8000|"_qs, u"ICP (EU business)|any||BI_EU_VERK|8020|"_qs,
                              u"Export (outside the EU)|any||BU_EU_VERK|8030|"_qs}));
        QVERIFY(got.contains(u"OSS (EU consumer)|any|DE|AFST_VERK|8040|1560"_qs));
        QVERIFY(got.contains(u"OSS (EU consumer)|19|DE|AFST_VERK|8040|1560"_qs));
        QVERIFY(got.contains(u"OSS (EU consumer)|any|FR|AFST_VERK|8040|1560"_qs));
        for (const QString& line : got.mid(5))
            QVERIFY2(line.endsWith(u"|AFST_VERK|8040|1560"), qPrintable(line));
        // Not registered, but the documents charge German VAT: OSS is suggested, and said why.
        QCOMPARE(result.notes.size(), 1);
        QVERIFY2(result.notes.first().contains(u"charge VAT of other EU countries"), qPrintable(result.notes.first()));
        // Its own check passes it as it is.
        QCOMPARE(VatMappingValidator::problems(rows(result.mapping),
                                               {VatRate::percent(21), VatRate::percent(9), VatRate::percent(19)},
                                               inputs.ledgers),
                 QStringList());
    }

    // The old proposal put every row on 8000 and its OSS rows without a VAT ledger, which its check refused.
    void theOldProposalWasRefusedByItsOwnCheck()
    {
        VatMapping::Proposal old;
        const VatMapping before = VatMappingProposal::fromRatesSeen(old, true, seenWithGermanVat());
        QVERIFY(!VatMappingValidator::problems(rows(before), {}, emulatorLedgers()).isEmpty());

        VatMappingProposal::Inputs inputs;
        inputs.ossRegistered = true;
        inputs.ledgers = emulatorLedgers();
        inputs.ratesSeenByCountry = seenWithGermanVat();
        const VatMappingProposal::Result result = VatMappingProposal::propose(inputs);
        QCOMPARE(result.notes, QStringList()); // registered: nothing to say
        QCOMPARE(result.mapping.entries.size(), 32);
        QCOMPARE(VatMappingValidator::problems(rows(result.mapping), {}, inputs.ledgers), QStringList());
    }

    void aMinimalAdministrationBooksEverythingOnItsOneRevenueLedger()
    {
        VatMappingProposal::Inputs inputs;
        inputs.ossRegistered = true;
        inputs.ledgers = minimalLedgers();
        inputs.ratesSeenByCountry = seenWithGermanVat();
        const VatMappingProposal::Result result = VatMappingProposal::propose(inputs);
        QCOMPARE(lines(result.mapping),
                 (QStringList{u"Domestic|21||HOOG_VERK_21|8000|"_qs, u"Domestic|9||LAAG_VERK_9|8000|"_qs,
                              u"Domestic|0||GEEN|8000|"_qs, u"ICP (EU business)|any||BI_EU_VERK|8000|"_qs,
                              u"Export (outside the EU)|any||BU_EU_VERK|8000|"_qs}));
        // No OSS VAT ledger to book the foreign VAT on: no OSS rows, and the bookkeeper is told what to create.
        QVERIFY2(result.notes.size() == 1, qPrintable(result.notes.join(u'/')));
        QVERIFY2(result.notes.first().contains(u"Af te dragen btw OSS"), qPrintable(result.notes.first()));
        QCOMPARE(VatMappingValidator::problems(rows(result.mapping), {}, inputs.ledgers), QStringList());
    }

    // Not connected yet: the usual 8000 for every row, no OSS row without its VAT ledger, and what to do.
    void withoutLedgersTheUsualRevenueLedger()
    {
        VatMappingProposal::Inputs inputs;
        inputs.ossRegistered = true;
        const VatMappingProposal::Result result = VatMappingProposal::propose(inputs);
        QCOMPARE(result.mapping.entries.size(), 5);
        for (const VatMappingEntry& entry : result.mapping.entries)
            QCOMPARE(entry.revenueLedger, u"8000"_qs);
        QCOMPARE(result.notes,
                 QStringList{u"No OSS rows are proposed: the VAT ledger for OSS is not known until the "
                             u"administration's ledgers are read. Synchronise once, then propose again."_qs});
        inputs.ossVatLedger = QStringLiteral("1550"); // one the bookkeeper chose: the OSS rows are proposed with it
        QCOMPARE(VatMappingProposal::propose(inputs).mapping.entries.size(), 5 + 26);
    }

    void anAdministrationWithoutRevenueLedgerGetsNoRowItCannotSave()
    {
        VatMappingProposal::Inputs inputs;
        inputs.ledgers = {{1, QStringLiteral("1300"), QStringLiteral("Debiteuren"), QStringLiteral("DEB"), {}},
                          {2, QStringLiteral("4000"), QStringLiteral("Inkoop"), QStringLiteral("VW"), {}}};
        const VatMappingProposal::Result result = VatMappingProposal::propose(inputs);
        QCOMPARE(result.mapping.entries.size(), 0);
        QCOMPARE(result.notes, QStringList{u"5 row(s) could not be proposed: the administration has no revenue "
                                           u"ledger for them. Add the rows by hand."_qs});
    }

    void theBookkeepersChoicesWinOverNames()
    {
        VatMappingProposal::Inputs inputs;
        inputs.ossRegistered = true;
        inputs.ledgers = emulatorLedgers();
        inputs.ledgers.append(
            {99, QStringLiteral("1550"), QStringLiteral("Btw buitenland"), QStringLiteral("BAL"), {}});
        inputs.revenueLedger = QStringLiteral("8010");
        inputs.ossVatLedger = QStringLiteral("1550");
        const QStringList got = lines(VatMappingProposal::propose(inputs).mapping);
        QCOMPARE(got.first(), u"Domestic|21||HOOG_VERK_21|8010|"_qs);
        QCOMPARE(got.at(5), u"OSS (EU consumer)|any|AT|AFST_VERK|8040|1550"_qs);
    }

    void namesAreReadTheWayBookkeepersWriteThem()
    {
        const QList<Ledger> ledgers{
            {1, QStringLiteral("8100"), QStringLiteral("Omzet buiten de EU"), QStringLiteral("VW"), {}},
            {2, QStringLiteral("8200"), QStringLiteral("Omzet ICP"), QStringLiteral("VW"), {}},
            {3, QStringLiteral("8300"), QStringLiteral("Omzet afstandsverkopen"), QStringLiteral("VW"), {}},
            {4, QStringLiteral("8400"), QStringLiteral("Omzet 9%"), QStringLiteral("VW"), {}},
            {5, QStringLiteral("8500"), QStringLiteral("Omzet 0% btw"), QStringLiteral("VW"), {}},
            {6, QStringLiteral("8600"), QStringLiteral("Omzet 21%"), QStringLiteral("VW"), {}},
            {7, QStringLiteral("1010"), QStringLiteral("Bank OSS-rekening"), QStringLiteral("FIN"), {}}, // no VAT
            {8, QStringLiteral("1570"), QStringLiteral("Af te dragen OSS-btw"), QStringLiteral("AFOVERIG"), {}},
            {9, QStringLiteral("4000"), QStringLiteral("Inkoop laag"), QStringLiteral("VW"), {}}, // no revenue
        };
        const VatMappingProposal::LedgerChoice choice = VatMappingProposal::chooseLedgers(ledgers);
        QCOMPARE(choice.high, u"8600"_qs);
        QCOMPARE(choice.low, u"8400"_qs);
        QCOMPARE(choice.zero, u"8500"_qs);
        QCOMPARE(choice.icp, u"8200"_qs);
        QCOMPARE(choice.exportSale, u"8100"_qs);
        QCOMPARE(choice.ossRevenue, u"8300"_qs);
        QCOMPARE(choice.ossVat, u"1570"_qs);
    }

    void ossRatesAreForeignRatesOfMemberStates()
    {
        using Seen = QList<std::pair<QString, VatRate>>;
        QVERIFY(VatMappingProposal::ossRatesFound(u"NL"_qs, {{u"DE"_qs, VatRate::percent(19)}}));
        QVERIFY(!VatMappingProposal::ossRatesFound(u"NL"_qs, Seen{{u"DE"_qs, VatRate::percent(21)}})); // Dutch rate
        QVERIFY(!VatMappingProposal::ossRatesFound(u"NL"_qs, Seen{{u"DE"_qs, VatRate()}}));            // ICP
        QVERIFY(!VatMappingProposal::ossRatesFound(u"NL"_qs, Seen{{u"CH"_qs, VatRate::percent(8)}}));  // outside
    }

    void aBelgianAdministrationGetsBelgianCodes()
    {
        VatMappingProposal::Inputs inputs;
        inputs.administrationCountry = QStringLiteral("BE");
        inputs.shopCountry = QStringLiteral("BE");
        inputs.ledgers = emulatorLedgers();
        QCOMPARE(lines(VatMappingProposal::propose(inputs).mapping),
                 (QStringList{u"Domestic|21||BE_21_VERK|8000|"_qs, u"ICP (EU business)|any||BE_IC_VERK|8020|"_qs,
                              u"Export (outside the EU)|any||BE_EXP_VERK|8030|"_qs}));
    }

    // The demo books with what the proposal makes of the emulator's ledgers.
    void theDemoBooksOnTheProposedLedgers()
    {
        DemoSandbox sandbox(1);
        const QStringList got = lines(sandbox.configuration().vatMapping);
        QCOMPARE(got.value(1), u"Domestic|9||LAAG_VERK_9|8010|"_qs);
        QVERIFY(got.contains(u"OSS (EU consumer)|any|DE|AFST_VERK|8040|1560"_qs));
    }
};

QTEST_GUILESS_MAIN(TestVatMappingProposal)
#include "tst_vatmappingproposal.moc"
