#include "AdministrationSettingsStore.h"
#include "BookingSettingsSection.h"
#include "MainWindow.h"
#include "SettingsPage.h"
#include "store/LedgerRepository.h"
#include "store/StoreFixture.h"
#include "store/VatMappingRepository.h"
#include "sync/SyncConfiguration.h"
#include "VatMappingModel.h"
#include "VatMappingPage.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QtTest>

// Issue 17 item 8 and 11: one Save and one Revert for the whole Settings page, a question before unsaved edits
// are left behind (another page, closing the window), forms of a readable width, and the window's geometry and
// icons.
class TestSettingsPage : public QObject
{
    Q_OBJECT

    const QString profile = QStringLiteral("settingstest");
    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    // Answers the next question the window asks with `button`, and keeps its text.
    static void answer(QMessageBox::StandardButton button, QString* asked = nullptr)
    {
        auto* timer = new QTimer;
        timer->setInterval(10);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, button, asked] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            if (asked)
                *asked = box->text();
            box->button(button)->click();
            timer->deleteLater();
        });
        timer->start();
    }

    SettingsPage* page() const { return m_window->findChild<SettingsPage*>(); }
    QSpinBox* interval() const { return m_window->findChild<QSpinBox*>(QStringLiteral("syncInterval")); }
    QSpinBox* paymentTerm() const { return m_window->findChild<QSpinBox*>(QStringLiteral("paymentTerm")); }
    QPushButton* button(const char* name) const { return m_window->findChild<QPushButton*>(QLatin1String(name)); }
    QString status() const { return m_window->findChild<QLabel*>(QStringLiteral("settingsStatus"))->text(); }
    int savedInterval() const { return m_settings->value(SettingsPage::syncIntervalKey(), 60).toInt(); }
    int savedTerm() const
    {
        return AdministrationSettingsStore::load(profile, *m_settings, *m_store->database).settings.paymentTermDays;
    }
    void clickPage(MainWindow::Page page) const
    {
        m_window->findChild<QListWidget*>(QStringLiteral("navigation"))->setCurrentRow(int(page));
    }

private slots:
    void init()
    {
        m_store = std::make_unique<StoreFixture>();
        m_settings =
            std::make_unique<QSettings>(m_store->dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        AdministrationSettingsStore::Saved saved;
        saved.settings.paymentTermDays = 14;
        saved.settings.defaultBankLedger = QStringLiteral("1010");
        QVERIFY(AdministrationSettingsStore::save(profile, saved, *m_settings, *m_store->database));
        Ledger bank{1, QStringLiteral("1010"), QStringLiteral("Bank"), QStringLiteral("FIN"), {}};
        Ledger debtors{2, QStringLiteral("1300"), QStringLiteral("Debiteuren"), QStringLiteral("DEB"), {}};
        Ledger revenue{3, QStringLiteral("8000"), QStringLiteral("Omzet hoog"), QStringLiteral("VW"), {}};
        QVERIFY(LedgerRepository(*m_store->database).save({bank, debtors, revenue}));
        m_window = std::make_unique<MainWindow>(*m_settings, m_store->database.get());
        m_window->setBookingProfile(profile);
        m_window->showPage(MainWindow::Page::Settings);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // The booking form is filled from the store on a worker thread.
        QTRY_VERIFY(m_window->findChild<QLabel*>(QStringLiteral("bookingStatus"))->text().contains(u"3 ledger"));
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_store.reset();
    }

    void oneSaveWritesGeneralAndBooking()
    {
        QVERIFY(!button("saveSettings")->isEnabled()); // nothing to save yet
        QVERIFY(!button("revertSettings")->isEnabled());
        QVERIFY(!m_window->findChild<QPushButton*>(QStringLiteral("saveBooking"))); // no second Save
        interval()->setValue(30);
        paymentTerm()->setValue(21);
        QVERIFY(button("saveSettings")->isEnabled());
        QCOMPARE(status(), u"Changed, not saved yet."_qs);
        QCOMPARE(savedInterval(), 60); // nothing written before Save
        QCOMPARE(savedTerm(), 14);
        QSignalSpy intervalChanged(page(), &SettingsPage::syncIntervalChanged);
        QSignalSpy bookingSaved(page(), &SettingsPage::bookingSettingsSaved);

        button("saveSettings")->click();
        QCOMPARE(savedInterval(), 30);
        QCOMPARE(savedTerm(), 21);
        QCOMPARE(intervalChanged.size(), 1);
        QCOMPARE(intervalChanged.first().first().toInt(), 30);
        QCOMPARE(bookingSaved.size(), 1);
        QCOMPARE(status(), u"Settings saved."_qs);
        QVERIFY(!button("saveSettings")->isEnabled());
        QVERIFY(!page()->hasUnsavedChanges());
    }

    void revertShowsTheSavedSettingsAgain()
    {
        interval()->setValue(5);
        paymentTerm()->setValue(60);
        button("revertSettings")->click();
        QCOMPARE(interval()->value(), 60);
        QCOMPARE(paymentTerm()->value(), 14);
        QVERIFY(!page()->hasUnsavedChanges());
        QVERIFY(!button("saveSettings")->isEnabled());
        QCOMPARE(savedInterval(), 60);
    }

    void aBookingSettingTheFormRefusesWritesNothing()
    {
        interval()->setValue(30);
        auto* prefix = m_window->findChild<QLineEdit*>(QStringLiteral("creditMemoPrefix"));
        QVERIFY(prefix);
        prefix->clear(); // credit memos need their own numbers
        QVERIFY(!page()->save());
        QCOMPARE(status(), u"Not saved: see the Booking section for what to fix."_qs);
        QCOMPARE(savedInterval(), 60); // not the interval either
        QVERIFY(page()->hasUnsavedChanges());
    }

    void leavingTheSettingsWithUnsavedEditsAsks()
    {
        interval()->setValue(30);
        QString asked;
        answer(QMessageBox::Cancel, &asked);
        clickPage(MainWindow::Page::Dashboard);
        QCOMPARE(asked, u"Some settings are changed but not saved. Save them now?"_qs);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Settings); // Cancel stays
        QCOMPARE(m_window->findChild<QListWidget*>(QStringLiteral("navigation"))->currentRow(),
                 int(MainWindow::Page::Settings));
        QCOMPARE(interval()->value(), 30);

        answer(QMessageBox::Discard);
        clickPage(MainWindow::Page::Dashboard);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Dashboard);
        QCOMPARE(interval()->value(), 60); // the edit is gone
        QCOMPARE(savedInterval(), 60);

        m_window->showPage(MainWindow::Page::Settings);
        interval()->setValue(45);
        answer(QMessageBox::Save);
        clickPage(MainWindow::Page::Invoices);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Invoices);
        QCOMPARE(savedInterval(), 45);

        // Nothing unsaved: no question.
        m_window->showPage(MainWindow::Page::Settings);
        clickPage(MainWindow::Page::Customers);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Customers);
    }

    void closingWithUnsavedEditsAsks()
    {
        paymentTerm()->setValue(30);
        answer(QMessageBox::Cancel);
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        QCOMPARE(savedTerm(), 14);
        answer(QMessageBox::Save);
        QVERIFY(m_window->close());
        QCOMPARE(savedTerm(), 30);
    }

    // At 1920 px the fields were 1,400 px wide.
    void theFormsKeepAReadableWidth()
    {
        m_window->resize(1920, 1080);
        auto* sections = m_window->findChild<QTabWidget*>(QStringLiteral("settingsSections"));
        const int limit = page()->formWidth();
        QVERIFY2(limit > 300 && limit < 1000, qPrintable(QString::number(limit)));
        for (int tab : {0, 1}) {
            sections->setCurrentIndex(tab);
            QApplication::processEvents();
            const QWidget* shown = sections->currentWidget();
            int fields = 0;
            for (const QWidget* field : shown->findChildren<QWidget*>()) {
                if (!field->isVisible() ||
                    !(qobject_cast<const QLineEdit*>(field) || qobject_cast<const QComboBox*>(field) ||
                      qobject_cast<const QAbstractSpinBox*>(field)))
                    continue;
                ++fields;
                QVERIFY2(field->width() <= limit,
                         qPrintable(QStringLiteral("%1 is %2 px").arg(field->objectName()).arg(field->width())));
            }
            QVERIFY2(fields >= 4, qPrintable(QString::number(fields)));
        }
    }

    // A field of a readable width, and its list as wide as the ledgers' names.
    void ledgerListsShowTheWholeName()
    {
        auto* debtors = m_window->findChild<QComboBox*>(QStringLiteral("debtorLedger"));
        QVERIFY(debtors);
        const int index = debtors->findData(QStringLiteral("1300"));
        QVERIFY(index >= 0);
        QCOMPARE(debtors->itemText(index), u"1300 – Debiteuren"_qs);
        QVERIFY(debtors->view()->minimumWidth() > debtors->fontMetrics().horizontalAdvance(u"1300 – Debiteuren"_qs));
    }

    void theWindowComesBackAsItWasLeft()
    {
        m_window->resize(1500, 900);
        QVERIFY(m_window->close());
        MainWindow again(*m_settings, m_store->database.get());
        QCOMPARE(again.size(), QSize(1500, 900));
        m_settings->remove(MainWindow::geometryKey());
        MainWindow first(*m_settings, m_store->database.get());
        QCOMPARE(first.size(), QSize(1280, 800)); // a first start: the size the screenshots are taken at
    }

    // The demo saves its mapping after the window is built; its VAT Mapping page showed an empty table.
    void aMappingSavedBeforeTheSyncIsConnectedIsShown()
    {
        VatMapping mapping;
        mapping.entries = {{DocumentClass::Domestic, VatRate::percent(21), {}, VatCode::HoogVerk21, u"8000"_qs, {}},
                           {DocumentClass::Domestic, VatRate::percent(9), {}, VatCode::LaagVerk9, u"8000"_qs, {}}};
        QVERIFY(VatMappingRepository(*m_store->database).save(mapping));
        auto* vatPage = m_window->findChild<VatMappingPage*>();
        QCOMPARE(vatPage->model()->rowCount(), 0);
        SyncConfiguration configuration;
        m_window->setSync(nullptr, &configuration, true);
        QCOMPARE(vatPage->model()->rowCount(), 2);
        QCOMPARE(vatPage->model()->index(0, VatMappingModel::RevenueLedger).data().toString(), u"8000 – Omzet hoog"_qs);
    }

    // A Belgian administration refuses Dutch codes (API-eboekhouden.md C6): the page proposes Belgian ones.
    void aBelgianAdministrationIsProposedBelgianCodes()
    {
        m_settings->setValue(QStringLiteral("profiles/%1/eboekhouden/country").arg(profile), QStringLiteral("BE"));
        m_window->setBookingProfile(profile);
        SyncConfiguration configuration; // the sync's configuration, which knows no country, comes after
        m_window->setSync(nullptr, &configuration, false);
        auto* vatPage = m_window->findChild<VatMappingPage*>();
        vatPage->proposeDefaults();
        QCOMPARE(vatPage->model()->rows().size(), 3);
        QCOMPARE(vatPage->model()->rows().first().vatCode, u"BE_21_VERK"_qs);
    }

    void theNavigationHasIcons()
    {
        auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
        QCOMPARE(navigation->count(), 9);
        for (int row = 0; row < navigation->count(); ++row) {
            const QIcon icon = navigation->item(row)->icon();
            QVERIFY2(!icon.isNull(), qPrintable(navigation->item(row)->text()));
            // Drawn from SVG: sharp at 200 % too.
            const QImage picture = icon.pixmap(QSize(40, 40)).toImage();
            QCOMPARE(picture.size(), QSize(40, 40));
            int inked = 0;
            for (int y = 0; y < picture.height(); ++y)
                for (int x = 0; x < picture.width(); ++x)
                    inked += qAlpha(picture.pixel(x, y)) > 0;
            QVERIFY2(inked > 40, qPrintable(navigation->item(row)->text()));
        }
        QVERIFY(!m_window->windowIcon().isNull());
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
