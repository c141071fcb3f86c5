#pragma once

#include <QStyledItemDelegate>

// The owner column: an issue nobody owns stands out ("— no owner —", italic grey).
class OwnerDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QString noOwnerText();

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
