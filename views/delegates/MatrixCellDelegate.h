#pragma once

#include "ReadableItemDelegate.h"

// A cell of the position matrix: the position, its colour (distance from our
// objective) and a symbol saying the same as the colour, for readers who do not
// see it: ● close, ◐ halfway, ○ far. The number reads on the cell's colour in
// any palette.
class MatrixCellDelegate : public ReadableItemDelegate
{
    Q_OBJECT
public:
    using ReadableItemDelegate::ReadableItemDelegate;

    static QString symbolFor(double distance);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
