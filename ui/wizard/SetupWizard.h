#pragma once

#include "AdministrationSettingsStore.h"
#include "eboekhouden/InvoiceTemplate.h"
#include "eboekhouden/Ledger.h"
#include "rules/VatMapping.h"
#include "secrets/EBoekhoudenCredentials.h"
#include "shop/ShopConnectionSettings.h"
#include "store/Database.h"

#include <QWizard>

class QSettings;

// The setup wizard: e-Boekhouden login (API token or username + security codes), the shop, the first import,
// the administration's settings and the VAT mapping; Finish saves them all for the profile (secrets in the
// keychain, the rest in settings and the store) and marks it set up. One page class per step; the pages keep
// their answers here. Nothing is booked. Every network call runs on a worker thread.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        ChooseApiPageId,
        ApiTokenPageId,
        SecurityCodesPageId,
        ShopPageId,
        ImportPageId,
        AdministrationPageId,
        VatMappingPageId,
        FinishPageId,
    };

    SetupWizard(QString profile, QSettings& settings, const QString& databasePath, QWidget* parent = nullptr);
    ~SetupWizard() override;

    const QString& profile() const { return m_profile; }
    QSettings& settings() { return m_settings; }
    Database& database() { return m_database; }

    // The answers so far.
    EBoekhoudenCredentials credentials; // api chosen on the first page, secrets on the next
    ShopConnectionSettings shop;
    AdministrationSettingsStore::Saved administration;
    QList<Ledger> ledgers;            // the administration's, fetched on the administration page
    QList<InvoiceTemplate> templates; // likewise
    QString ossVatLedger;
    QString revenueLedger = QStringLiteral("8000");
    VatMapping vatMapping;

public slots:
    // Asks before it throws away what was typed (Escape, Cancel, the window's close button).
    void reject() override;

private:
    bool hasInput() const;
    void prefillFromProfile();

    QString m_profile;
    QSettings& m_settings;
    Database m_database;
};
