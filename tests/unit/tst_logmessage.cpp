#include "eboekhouden/ApiErrorMessage.h"
#include "i18n/LanguageLoader.h"
#include "logging/LogMessage.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QtTest>

// Log messages kept as a code with arguments are shown in the language the reader uses now (issue 17 item 2).
class TestLogMessage : public QObject
{
    Q_OBJECT

    LanguageLoader m_language;

private slots:
    void init() { QVERIFY(m_language.apply(QStringLiteral("en"))); }
    void cleanupTestCase() { m_language.apply(QStringLiteral("en")); }

    void writtenInEnglishReadInDutch()
    {
        const LogMessage booked = LogMessage::coded(u"invoice.booked"_qs, {u"100000001"_qs});
        QCOMPARE(booked.text(), QStringLiteral("Invoice booked in e-Boekhouden as 100000001."));
        // What the store keeps, read back after the language changed.
        const LogMessage stored = LogMessage::fromStored(booked.code(), booked.argumentsJson(), booked.text());
        QVERIFY(m_language.apply(QStringLiteral("nl")));
        QCOMPARE(stored.text(), QStringLiteral("Factuur geboekt in e-Boekhouden als 100000001."));
        QCOMPARE(booked.text(), QStringLiteral("Factuur geboekt in e-Boekhouden als 100000001."));
    }

    void nestedMessagesAndDatesFollowTheLanguage()
    {
        const LogMessage joined =
            LogMessage::coded(u"joined"_qs, {LogMessage::coded(u"invoice.booked"_qs, {u"7"_qs}),
                                             LogMessage::coded(u"debtor.created"_qs, {u"DEB1"_qs})});
        const LogMessage byHand =
            LogMessage::coded(u"document.bookedByHand"_qs, {LogMessage::date(QDate(2026, 11, 8))});
        QCOMPARE(joined.text(), QStringLiteral("Invoice booked in e-Boekhouden as 7. New debtor DEB1 created."));
        const QString englishDay = QLocale().toString(QDate(2026, 11, 8), QLocale::ShortFormat);
        QVERIFY2(byHand.text().startsWith(u"Marked as booked by hand on %1:"_qs.arg(englishDay)),
                 qPrintable(byHand.text()));

        const LogMessage joinedBack = LogMessage::fromStored(joined.code(), joined.argumentsJson(), joined.text());
        const LogMessage byHandBack = LogMessage::fromStored(byHand.code(), byHand.argumentsJson(), byHand.text());
        QCOMPARE(joinedBack, joined);
        QVERIFY(m_language.apply(QStringLiteral("nl")));
        QCOMPARE(joinedBack.text(), QStringLiteral("Factuur geboekt in e-Boekhouden als 7. Nieuwe debiteur DEB1 "
                                                   "aangemaakt."));
        QVERIFY2(byHandBack.text().contains(u"08-11-2026"_qs), qPrintable(byHandBack.text()));
    }

    void argumentsAreNeverTranslatedNorFilledTwice()
    {
        // A shop's or e-Boekhouden's own words stay as they were, even when they hold a placeholder.
        const LogMessage message = LogMessage::coded(u"validation.error"_qs, {u"Invoice booked %1 %2"_qs});
        const LogMessage back = LogMessage::fromStored(message.code(), message.argumentsJson(), message.text());
        QVERIFY(m_language.apply(QStringLiteral("nl")));
        QVERIFY2(back.text().endsWith(u": Invoice booked %1 %2"_qs), qPrintable(back.text()));
    }

    void textWithoutACodeIsShownAsWritten()
    {
        const LogMessage old = LogMessage::fromStored({}, {}, u"Invoice created"_qs);
        QVERIFY(!old.isCoded());
        QVERIFY(m_language.apply(QStringLiteral("nl")));
        QCOMPARE(old.text(), QStringLiteral("Invoice created"));
        const LogMessage plain(u"e-Boekhouden says: rate limited"_qs);
        QCOMPARE(plain.text(), QStringLiteral("e-Boekhouden says: rate limited"));
        QCOMPARE(plain.argumentsJson(), QString());
    }

    void anUnknownCodeOrBrokenArgumentsShowTheStoredText()
    {
        // Written by a newer version, or a row edited by hand: the words kept beside the code.
        QCOMPARE(LogMessage::fromStored(u"some.future.code"_qs, u"[\"1\"]"_qs, u"Stored words"_qs).text(),
                 QStringLiteral("Stored words"));
        QCOMPARE(LogMessage::fromStored(u"invoice.booked"_qs, u"[not json"_qs, u"Stored words"_qs).text(),
                 QStringLiteral("Stored words"));
    }

    void anEBoekhoudenErrorIsShownInTheReadersLanguage()
    {
        ApiError refused = ApiError::make(ApiError::Kind::AuthFailed, u"API_SESSION_001"_qs, u"Token ongeldig"_qs);
        refused.httpStatus = 401;
        const LogMessage written = ApiErrorMessage::of(refused);
        const QString english = refused.message();
        QCOMPARE(written.text(), english);
        const LogMessage stored = LogMessage::fromStored(written.code(), written.argumentsJson(), written.text());
        const ApiError back = ApiErrorMessage::fromArguments(stored.arguments());
        QCOMPARE(back.kind, ApiError::Kind::AuthFailed);
        QCOMPARE(back.code, QStringLiteral("API_SESSION_001"));
        QCOMPARE(back.httpStatus, 401);

        QVERIFY(m_language.apply(QStringLiteral("nl")));
        const QString dutch = refused.message();
        QVERIFY(dutch != english);
        QCOMPARE(stored.text(), dutch);
        // e-Boekhouden's own words are quoted as it said them.
        QVERIFY2(stored.text().contains(u"Token ongeldig"_qs), qPrintable(stored.text()));
    }

    void everyCodeHasATextWithItsPlaceholders()
    {
        const QStringList codes = LogMessage::codes();
        QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), codes.size()); // no code twice
        static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
        for (const QString& code : codes) {
            const QString source = LogMessage::sourceText(code);
            QVERIFY2(!source.isEmpty(), qPrintable(code));
            // %1 … %n without a gap: the arguments fill them in order.
            int highest = 0;
            QSet<int> seen;
            for (const QRegularExpressionMatch& match : placeholder.globalMatch(source)) {
                seen.insert(match.captured(1).toInt());
                highest = std::max(highest, match.captured(1).toInt());
            }
            QCOMPARE(seen.size(), highest);
        }
        QCOMPARE(LogMessage::sourceText(u"no.such.code"_qs), QString());
    }
};

QTEST_GUILESS_MAIN(TestLogMessage)
#include "tst_logmessage.moc"
