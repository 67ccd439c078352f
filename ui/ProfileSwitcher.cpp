#include "ProfileSwitcher.h"

#include "ProfileDirectory.h"

#include <QPainter>
#include <QPixmap>
#include <QSignalBlocker>

ProfileSwitcher::ProfileSwitcher(QSettings& settings, QWidget* parent)
    : QComboBox(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("profileSwitcher"));
    setToolTip(tr("The administration you work on. Choose another to switch to it."));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::activated, this, [this](int index) {
        const QString chosen = itemData(index).toString();
        if (!chosen.isEmpty())
            emit profileChosen(chosen);
    });
}

QIcon ProfileSwitcher::colourIcon(const QString& colour)
{
    QPixmap square(14, 14);
    square.fill(Qt::transparent);
    QPainter painter(&square);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromString(colour));
    painter.drawRoundedRect(square.rect(), 3, 3);
    return QIcon(square);
}

void ProfileSwitcher::reload(const QString& current)
{
    const QSignalBlocker quiet(this);
    clear();
    const ProfileDirectory directory(m_settings);
    const QStringList ids = directory.ids();
    // The first start's profile before its wizard (the demo runs in it): said as such.
    if (!current.isEmpty() && !ids.contains(current))
        addItem(colourIcon(directory.colour(current)), tr("%1 (not set up)").arg(directory.name(current)), current);
    for (const QString& id : ids)
        addItem(colourIcon(directory.colour(id)), directory.name(id), id);
    setCurrentIndex(findData(current));
}

QString ProfileSwitcher::currentProfile() const
{
    return currentData().toString();
}
