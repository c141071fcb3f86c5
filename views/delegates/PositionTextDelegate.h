#pragma once

#include <QStyledItemDelegate>

// A position's stance or source, edited in one line bounded by FieldLimits. The
// edit is saved against what the cell held when the editor opened, so a
// colleague's change meanwhile is a conflict the user settles.
class PositionTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};
