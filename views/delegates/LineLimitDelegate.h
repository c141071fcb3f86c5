#pragma once

#include "ReadableItemDelegate.h"

// A text cell edited in a line that takes no more than the field holds
// (FieldLimits), so the table cannot offer what the store would refuse.
class LineLimitDelegate : public ReadableItemDelegate
{
    Q_OBJECT
public:
    explicit LineLimitDelegate(qsizetype maxLength, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

private:
    qsizetype m_maxLength;
};
