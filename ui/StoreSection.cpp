#include "StoreSection.h"

#include "MoveStoreDialog.h"
#include "store/Database.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

StoreSection::StoreSection(QString profile, QSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_profile(std::move(profile))
    , m_settings(settings)
    , m_location(new QLineEdit(this))
    , m_move(new QPushButton(tr("&Move store…"), this))
    , m_message(new QLabel(this))
{
    m_location->setObjectName(QStringLiteral("storeLocation"));
    m_location->setReadOnly(true);
    m_move->setObjectName(QStringLiteral("moveStoreButton"));
    m_move->setToolTip(tr("Copy this administration's database to a new file or a PostgreSQL database, and use "
                          "the copy from then on"));
    connect(m_move, &QPushButton::clicked, this, &StoreSection::moveStore);
    m_message->setObjectName(QStringLiteral("storeMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto* note = new QLabel(tr("Documents, logs, the VAT mapping and the booking settings are kept in this "
                               "database; every desktop that uses the same PostgreSQL database shares them. Logins "
                               "stay in each computer's keychain."),
                            this);
    note->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Database:"), m_location);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_move, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addWidget(note);
    layout->addStretch();
    showLocation();
}

void StoreSection::showLocation()
{
    // displayName: the location without anything a bookkeeper need not see (a password is never part of it).
    m_location->setText(Database(Database::location(m_profile, m_settings)).displayName());
}

bool StoreSection::moveStore()
{
    if (m_synchronising && m_synchronising()) {
        m_message->setText(tr("A synchronisation is running: wait until it has finished, then move the database."));
        m_message->show();
        return false;
    }
    m_message->hide();
    emit moveStarted();
    MoveStoreDialog dialog(m_profile, m_settings, this);
    dialog.exec();
    showLocation();
    emit moveFinished(dialog.moved());
    return dialog.moved();
}
