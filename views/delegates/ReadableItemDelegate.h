#pragma once

#include <QColor>
#include <QStyledItemDelegate>

// WCAG 2 contrast between two colours (1 to 21); 4.5 is the least for body text.
double contrastRatio(const QColor &a, const QColor &b);
// preferred as is when it reads on background, else made lighter or darker
// (whichever the background allows) until it does: a red "overdue" stays red.
QColor readableOn(const QColor &preferred, const QColor &background, double minimum = 4.5);

// A cell delegate whose text reads on any palette: colours the model asks for
// (grey for archived, red for overdue) are kept in hue and brought to a 4.5:1
// contrast with the cell's background, light or dark.
class ReadableItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // What paint() draws the text in and on, for this option and index.
    QColor textColor(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    QColor backgroundColor(const QStyleOptionViewItem &option, const QModelIndex &index) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
