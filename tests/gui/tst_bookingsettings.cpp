#include "AdministrationSettingsForm.h"
#include "AdministrationSettingsStore.h"
#include "BookingSettingsSection.h"
#include "MainWindow.h"
#include "SettingsPage.h"
#include "store/DocumentRepository.h"
#include "store/InvoiceTemplateRepository.h"
#include "store/LedgerRepository.h"
#include "store/StoreFixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QtTest>

// The Settings page's Booking section on a profile the wizard saved: the settings shown as saved, with the
// ledgers kept in the store and the payment methods of its documents; Save writes them through
// AdministrationSettingsStore, and a form that cannot book says why and writes nothing.
class TestBookingSettings : public QObject
{
    Q_OBJECT

    const QString profile = QStringLiteral("bookingtest");

    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    static Ledger ledger(const QString& code, const QString& description, const QString& category)
    {
        Ledger l;
        l.code = code;
        l.description = description;
        l.category = category;
        return l;
    }

    AdministrationSettingsStore::Saved savedProfile() const
    {
        AdministrationSettingsStore::Saved saved;
        saved.settings.paymentTermDays = 14;
        saved.settings.defaultBankLedger = QStringLiteral("1010");
        saved.settings.bankLedgerByPaymentMethod.insert(QStringLiteral("paypal"), QStringLiteral("1010"));
        saved.settings.invoiceVatPerLine = true; // not on the form: must survive a save
        saved.debtorMatching = SyncConfiguration::DebtorMatching::CustomerCode;
        return saved;
    }

    BookingSettingsSection* openBooking()
    {
        m_window = std::make_unique<MainWindow>(*m_settings, m_store->database.get());
        m_window->setBookingProfile(profile);
        m_window->showPage(MainWindow::Page::Settings);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return nullptr;
        auto* sections = m_window->findChild<QTabWidget*>(QStringLiteral("settingsSections"));
        if (!sections)
            return nullptr;
        sections->setCurrentIndex(1);
        auto* section = m_window->findChild<BookingSettingsSection*>();
        // The ledgers arrive from a worker thread.
        if (!section || !QTest::qWaitFor([&] { return combo(section, "debtorLedger")->count() >= 5; }, 10000))
            return nullptr;
        return section;
    }

    static QComboBox* combo(QWidget* section, const QString& name) { return section->findChild<QComboBox*>(name); }
    static QComboBox* combo(QWidget* section, const char* name) { return combo(section, QLatin1String(name)); }
    static void choose(QComboBox* box, const QString& data)
    {
        QVERIFY(box);
        const int index = box->findData(data);
        QVERIFY2(index >= 0, qPrintable(data));
        box->setCurrentIndex(index);
    }
    static QString message(QWidget* section)
    {
        return section->findChild<QLabel*>(QStringLiteral("bookingMessage"))->text();
    }
    static void clickSave(QWidget* section)
    {
        // The Settings page's one Save (issue 17 item 8), which saves the booking settings with the rest.
        QTest::mouseClick(section->window()->findChild<QPushButton*>(QStringLiteral("saveSettings")), Qt::LeftButton);
    }

private slots:
    void init()
    {
        m_store = std::make_unique<StoreFixture>();
        m_settings =
            std::make_unique<QSettings>(m_store->dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QVERIFY(AdministrationSettingsStore::save(profile, savedProfile(), *m_settings, *m_store->database));
        QVERIFY(LedgerRepository(*m_store->database)
                    .save({ledger(QStringLiteral("1010"), QStringLiteral("Bank"), QStringLiteral("FIN")),
                           ledger(QStringLiteral("1020"), QStringLiteral("Mollie"), QStringLiteral("FIN")),
                           ledger(QStringLiteral("1300"), QStringLiteral("Debiteuren"), QStringLiteral("DEB")),
                           ledger(QStringLiteral("1500"), QStringLiteral("Af te dragen btw"), QStringLiteral("BAL")),
                           ledger(QStringLiteral("8000"), QStringLiteral("Omzet"), QStringLiteral("VW"))}));
        DocumentRepository documents(*m_store->database);
        QVERIFY(documents.upsert(StoreFixture::invoice(QStringLiteral("1"), QStringLiteral("100000001")))); // mollie
        Invoice ideal = StoreFixture::invoice(QStringLiteral("2"), QStringLiteral("100000002"));
        ideal.paymentMethod = QStringLiteral(" ideal ");
        QVERIFY(documents.upsert(ideal));
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_store.reset();
    }

    void showsTheSavedSettingsWithTheKeptLedgers()
    {
        BookingSettingsSection* section = openBooking();
        QVERIFY(section);
        QCOMPARE(section->findChild<QSpinBox*>(QStringLiteral("paymentTerm"))->value(), 14);
        QCOMPARE(combo(section, "shopCountry")->currentData().toString(), QStringLiteral("NL"));
        QCOMPARE(combo(section, "bankLedger")->currentData().toString(), QStringLiteral("1010"));
        QCOMPARE(combo(section, "debtorMatching")->currentIndex(), 1);
        // The documents' methods (trimmed, as they are booked) and the one saved before.
        auto* methods = section->findChild<QTableWidget*>(QStringLiteral("bankLedgersByPaymentMethod"));
        QCOMPARE(methods->rowCount(), 3);
        QCOMPARE(methods->item(0, 0)->text(), QStringLiteral("ideal"));
        QCOMPARE(methods->item(1, 0)->text(), QStringLiteral("mollie"));
        QCOMPARE(methods->item(2, 0)->text(), QStringLiteral("paypal"));
        QCOMPARE(combo(section, "bankLedgerFor:mollie")->currentData().toString(), QString()); // the default
        QCOMPARE(combo(section, "bankLedgerFor:paypal")->currentData().toString(), QStringLiteral("1010"));
        QVERIFY(section->findChild<QLabel*>(QStringLiteral("bookingStatus"))->text().contains(u"5 ledger"));
        QVERIFY(section->form()->problems().isEmpty());
    }

    void savesWhatWasChanged()
    {
        BookingSettingsSection* section = openBooking();
        QVERIFY(section);
        // What the window previews and books with: updated at once, no restart.
        SyncConfiguration running;
        m_window->setSync(nullptr, &running, false);
        section->findChild<QSpinBox*>(QStringLiteral("paymentTerm"))->setValue(30);
        choose(combo(section, "bankLedgerFor:mollie"), QStringLiteral("1020"));
        choose(combo(section, "bankLedgerFor:paypal"), QString()); // back to the default bank ledger
        choose(combo(section, "shopCountry"), QStringLiteral("DE"));
        auto* fixed = section->findChild<QLineEdit*>(QStringLiteral("fixedDebtorFor:mollie"));
        QVERIFY(fixed);
        fixed->setText(QStringLiteral(" MOLLIE "));
        clickSave(section);
        QVERIFY2(message(section).contains(u"saved"), qPrintable(message(section)));

        QSettings reread(m_settings->fileName(), QSettings::IniFormat);
        const AdministrationSettingsStore::Saved saved =
            AdministrationSettingsStore::load(profile, reread, *m_store->database);
        QCOMPARE(saved.settings.paymentTermDays, 30);
        QCOMPARE(saved.settings.bankLedgerByPaymentMethod,
                 (QHash<QString, QString>{{QStringLiteral("mollie"), QStringLiteral("1020")}}));
        QCOMPARE(saved.settings.shopCountry, QStringLiteral("DE"));
        QCOMPARE(saved.settings.fixedDebtorByPaymentMethod,
                 (QHash<QString, QString>{{QStringLiteral("mollie"), QStringLiteral("MOLLIE")}}));
        // What was not changed stays, including what the form does not show.
        QCOMPARE(saved.settings.defaultBankLedger, QStringLiteral("1010"));
        QCOMPARE(saved.settings.debtorLedger, QStringLiteral("1300"));
        QVERIFY(saved.settings.invoiceVatPerLine);
        QCOMPARE(saved.debtorMatching, SyncConfiguration::DebtorMatching::CustomerCode);
        QCOMPARE(running.settings.paymentTermDays, 30);
        QCOMPARE(running.settings.shopCountry, QStringLiteral("DE"));
        QCOMPARE(running.debtorMatching, SyncConfiguration::DebtorMatching::CustomerCode);
    }

    // Issue 14: the credit memo prefix (default C) and the payments switch are on the form and saved; booking
    // payments without any bank ledger, or credit memos without a prefix, is refused with the reason.
    void creditMemoPrefixAndPaymentsAreSaved()
    {
        BookingSettingsSection* section = openBooking();
        QVERIFY(section);
        auto* prefix = section->findChild<QLineEdit*>(QStringLiteral("creditMemoPrefix"));
        auto* payments = section->findChild<QCheckBox*>(QStringLiteral("bookPayments"));
        auto* products = section->findChild<QCheckBox*>(QStringLiteral("createMissingProducts"));
        QVERIFY(prefix && payments && products);
        QVERIFY(!products->isChecked()); // nothing written into the product list unless asked
        products->setChecked(true);
        QCOMPARE(prefix->text(), QStringLiteral("C"));
        QVERIFY(!payments->isChecked()); // saved off (the default)
        prefix->setText(QStringLiteral(" CR "));
        payments->setChecked(true);
        clickSave(section);
        QVERIFY2(message(section).contains(u"saved"), qPrintable(message(section)));
        QSettings reread(m_settings->fileName(), QSettings::IniFormat);
        const AdministrationSettingsStore::Saved saved =
            AdministrationSettingsStore::load(profile, reread, *m_store->database);
        QCOMPARE(saved.settings.invoiceNumbering.creditMemoPrefix, QStringLiteral("CR"));
        QCOMPARE(saved.settings.bookPayments, true);
        QCOMPARE(saved.settings.createMissingProducts, true);

        prefix->clear();
        QVERIFY(section->form()->problems().join(u' ').contains(QStringLiteral("credit memo prefix")));
        prefix->setText(QStringLiteral("C"));
        QVERIFY(section->form()->problems().isEmpty());

        // A form of its own: payments on without any bank ledger is refused with the reason.
        AdministrationSettingsForm form;
        AdministrationSettingsStore::Saved unbookable;
        unbookable.settings.bookPayments = true;
        form.setSettings(unbookable);
        QVERIFY2(form.problems().join(u' ').contains(QStringLiteral("needs a bank ledger")),
                 qPrintable(form.problems().join(u' ')));
        unbookable.settings.bookPayments = false;
        form.setSettings(unbookable);
        QVERIFY(!form.problems().join(u' ').contains(QStringLiteral("needs a bank ledger")));
    }

    // Issue 15: how debtors are matched (now also Magmodules' rule) and how a new debtor's code is made (seed
    // 004's rule or the shop's customer number behind a prefix) are booking settings, saved with the others.
    void debtorMatchingAndCodeSchemeAreSaved()
    {
        BookingSettingsSection* section = openBooking();
        QVERIFY(section);
        auto* matching = section->findChild<QComboBox*>(QStringLiteral("debtorMatching"));
        auto* scheme = section->findChild<QComboBox*>(QStringLiteral("debtorCodeScheme"));
        auto* prefix = section->findChild<QLineEdit*>(QStringLiteral("debtorCodePrefix"));
        QVERIFY(matching && scheme && prefix);
        QCOMPARE(scheme->currentData().toInt(), int(AdministrationSettings::DebtorCodeScheme::FromName));
        QVERIFY(!prefix->isEnabled()); // only for the customer-number scheme
        matching->setCurrentIndex(matching->findData(int(SyncConfiguration::DebtorMatching::ShopCustomer)));
        scheme->setCurrentIndex(scheme->findData(int(AdministrationSettings::DebtorCodeScheme::ShopCustomerNumber)));
        QVERIFY(prefix->isEnabled());
        prefix->setText(QStringLiteral("WEB-"));
        QVERIFY(section->form()->problems().join(u' ').contains(QStringLiteral("letters and digits only")));
        prefix->setText(QStringLiteral(" SHOP "));
        QVERIFY(section->form()->problems().isEmpty());
        clickSave(section);
        QVERIFY2(message(section).contains(u"saved"), qPrintable(message(section)));
        QSettings reread(m_settings->fileName(), QSettings::IniFormat);
        const AdministrationSettingsStore::Saved saved =
            AdministrationSettingsStore::load(profile, reread, *m_store->database);
        QCOMPARE(saved.debtorMatching, SyncConfiguration::DebtorMatching::ShopCustomer);
        QCOMPARE(saved.settings.debtorCodeScheme, AdministrationSettings::DebtorCodeScheme::ShopCustomerNumber);
        QCOMPARE(saved.settings.debtorCodePrefix, QStringLiteral("SHOP"));
    }

    // Templates kept from e-Boekhouden (wizard or sync) are offered as a choice, not typed.
    void keptInvoiceTemplatesAreOffered()
    {
        QVERIFY(InvoiceTemplateRepository(*m_store->database)
                    .save({InvoiceTemplate{7, QStringLiteral("Standaard"), true, QStringLiteral("E")},
                           InvoiceTemplate{8, QStringLiteral("Oud"), false, QStringLiteral("E")}}));
        BookingSettingsSection* section = openBooking();
        QVERIFY(section);
        QComboBox* templ = combo(section, "invoiceTemplate");
        QVERIFY(!templ->isEditable());
        QVERIFY(templ->findData(QStringLiteral("Standaard")) >= 0);
        QCOMPARE(templ->findData(QStringLiteral("Oud")), -1); // inactive: no choice
    }

    void invalidSettingsAreNotSaved()
    {
        BookingSettingsSection* section = openBooking();
        QVERIFY(section);
        section->findChild<QSpinBox*>(QStringLiteral("paymentTerm"))->setValue(45);
        QComboBox* form = combo(section, "bookingForm");
        form->setCurrentIndex(form->findData(int(AdministrationSettings::BookingForm::Invoices)));
        QComboBox* templ = combo(section, "invoiceTemplate");
        QVERIFY(templ->isEditable()); // no templates kept: typed
        templ->setEditText(QString());
        // The settings file (which holds none of them now: they are in the store) and the store are unchanged.
        const auto fileNow = [this] {
            QFile file(m_settings->fileName());
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QByteArray before = fileNow();
        clickSave(section);
        QVERIFY2(message(section).contains(u"Not saved") && message(section).contains(u"invoice template"),
                 qPrintable(message(section)));
        QVERIFY(section->findChild<QLabel*>(QStringLiteral("bookingMessage"))->isVisible());
        QCOMPARE(fileNow(), before);
        const AdministrationSettingsStore::Saved saved =
            AdministrationSettingsStore::load(profile, *m_settings, *m_store->database);
        QCOMPARE(saved.settings.paymentTermDays, 14);
        QCOMPARE(saved.settings.bookingForm, AdministrationSettings::BookingForm::Mutations);

        // Typing the template's name makes it bookable.
        templ->setEditText(QStringLiteral("Standaard"));
        clickSave(section);
        QVERIFY2(message(section).contains(u"saved"), qPrintable(message(section)));
        const AdministrationSettingsStore::Saved fixed =
            AdministrationSettingsStore::load(profile, *m_settings, *m_store->database);
        QCOMPARE(fixed.settings.bookingForm, AdministrationSettings::BookingForm::Invoices);
        QCOMPARE(fixed.settings.invoiceTemplate, QStringLiteral("Standaard"));
        QCOMPARE(fixed.settings.paymentTermDays, 45);
    }

    void aLedgerTheAdministrationDoesNotHaveIsNamed()
    {
        AdministrationSettingsStore::Saved saved = savedProfile();
        saved.settings.debtorLedger = QStringLiteral("1399");
        QVERIFY(AdministrationSettingsStore::save(profile, saved, *m_settings, *m_store->database));
        BookingSettingsSection* section = openBooking();
        QVERIFY(section);
        QCOMPARE(combo(section, "debtorLedger")->currentData().toString(), QStringLiteral("1399"));
        section->findChild<QSpinBox*>(QStringLiteral("paymentTerm"))->setValue(21);
        clickSave(section);
        QVERIFY2(message(section).contains(u"1399"), qPrintable(message(section)));
        QCOMPARE(AdministrationSettingsStore::load(profile, *m_settings, *m_store->database).settings.paymentTermDays,
                 14);
        choose(combo(section, "debtorLedger"), QStringLiteral("1300"));
        clickSave(section);
        QCOMPARE(AdministrationSettingsStore::load(profile, *m_settings, *m_store->database).settings.debtorLedger,
                 QStringLiteral("1300"));
    }

    void demoHasNoBookingSection()
    {
        MainWindow window(*m_settings, m_store->database.get());
        QVERIFY(!window.findChild<BookingSettingsSection*>());
        QVERIFY(window.findChild<QTabWidget*>(QStringLiteral("settingsSections")));
    }
};

QTEST_MAIN(TestBookingSettings)
#include "tst_bookingsettings.moc"
