#pragma once

#include <QWidget>

// A page of the main window whose real content a later version fills; says plainly what will be here.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString& title, const QString& explanation, QWidget* parent = nullptr);
};
