#pragma once

#include <QWidget>

class QAbstractItemView;
class QLabel;
class QPushButton;

// What an empty grid says instead of grey: why it is empty and the next step, with a button that takes it.
// It lies over the grid's rows (the headers stay, so the grid keeps its columns and their widths) and follows
// the grid's size.
class EmptyGridNotice : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyGridNotice(QAbstractItemView* view);

    // An empty `action` shows no button.
    void say(const QString& text, const QString& action = {});
    QLabel* label() const { return m_text; }
    QPushButton* button() const { return m_action; }

signals:
    void actionClicked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLabel* m_text;
    QPushButton* m_action;
};
