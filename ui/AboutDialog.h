#pragma once

#include <QDialog>

// Names the product, its version and the Qt it runs on; support asks for exactly this.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    static QString versionText();
};
