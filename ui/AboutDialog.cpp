#include "AboutDialog.h"

#include "BuildInfo.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Boekhoudbrug"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/boekhoudbrug.svg")).pixmap(64, 64));

    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setText(tr("<h3>Boekhoudbrug</h3><p>%1</p><p>Books your webshop's invoices, credit memos, customers and "
                     "payments into e-Boekhouden.nl.</p><p>Built with Qt %2.</p>")
                      .arg(versionText(), QString::fromLatin1(QT_VERSION_STR)));
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(text);
    layout->addWidget(buttons);
}

QString AboutDialog::versionText()
{
    return tr("Version %1").arg(QString::fromLatin1(BuildInfo::version));
}
