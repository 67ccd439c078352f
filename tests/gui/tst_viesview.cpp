#include "AdministrationSettingsForm.h"
#include "AdministrationSettingsStore.h"
#include "DocumentDialog.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "store/StoreFixture.h"
#include "store/ViesResultRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

// Issue 15 item 6 and issue 17 item 2 in the GUI: View shows what VIES said about the VAT number; the booking
// settings hold ICP sales while VIES does not answer and write descriptions in the administration's language.
class TestViesView : public QObject
{
    Q_OBJECT

private slots:
    void viewShowsWhatViesSaid()
    {
        StoreFixture store;
        DocumentRepository documents(*store.database);
        const qint64 checked = *documents.upsert(StoreFixture::invoice(QStringLiteral("1"), QStringLiteral("101")));
        const qint64 unchecked = *documents.upsert(StoreFixture::invoice(QStringLiteral("2"), QStringLiteral("102")));
        ViesResult invalid;
        invalid.status = ViesResult::Status::Invalid;
        invalid.vatNumber = QStringLiteral("BE0987654394");
        invalid.checkedAt = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
        QVERIFY(ViesResultRepository(*store.database).record(checked, invalid));

        DocumentDialog dialog(*store.database, checked);
        const auto* vies = dialog.findChild<QLabel*>(QStringLiteral("vies"));
        QVERIFY(vies);
        QCOMPARE(vies->text(), QStringLiteral("BE0987654394 is not valid (checked 01-12-2026)."));

        DocumentDialog plain(*store.database, unchecked);
        QVERIFY(!plain.findChild<QLabel*>(QStringLiteral("vies"))); // nothing to say: no row
    }

    void theBookingSettingsKeepTheViesAndLanguageChoices()
    {
        AdministrationSettingsForm form;
        const auto* hold = form.findChild<QCheckBox*>(QStringLiteral("holdWhenViesUnavailable"));
        const auto* language = form.findChild<QComboBox*>(QStringLiteral("bookingLanguage"));
        QVERIFY(hold && language);
        QCOMPARE(hold->isChecked(), true); // the defaults: hold, Dutch
        QCOMPARE(language->currentData().toString(), QStringLiteral("nl"));

        AdministrationSettingsStore::Saved saved;
        saved.settings.holdWhenViesUnavailable = false;
        saved.settings.bookingLanguage = QStringLiteral("en");
        form.setSettings(saved);
        QCOMPARE(hold->isChecked(), false);
        QCOMPARE(form.settings().settings.holdWhenViesUnavailable, false);
        QCOMPARE(form.settings().settings.bookingLanguage, QStringLiteral("en"));

        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Database store(dir.filePath(QStringLiteral("p.sqlite")));
        QVERIFY(store.open());
        QVERIFY(AdministrationSettingsStore::save(QStringLiteral("p"), form.settings(), settings, store));
        const AdministrationSettingsStore::Saved loaded =
            AdministrationSettingsStore::load(QStringLiteral("p"), settings, store);
        QCOMPARE(loaded.settings.holdWhenViesUnavailable, false);
        QCOMPARE(loaded.settings.bookingLanguage, QStringLiteral("en"));
        // Nothing saved: the defaults.
        Database other(dir.filePath(QStringLiteral("q.sqlite")));
        QVERIFY(other.open());
        const AdministrationSettingsStore::Saved fresh =
            AdministrationSettingsStore::load(QStringLiteral("q"), settings, other);
        QCOMPARE(fresh.settings.holdWhenViesUnavailable, true);
        QCOMPARE(fresh.settings.bookingLanguage, QStringLiteral("nl"));
    }
};

QTEST_MAIN(TestViesView)
#include "tst_viesview.moc"
