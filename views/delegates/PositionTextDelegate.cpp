#include "PositionTextDelegate.h"

#include "EditStart.h"
#include "domain/FieldLimits.h"
#include "items/PositionTableModel.h"

#include <QLineEdit>

QWidget *PositionTextDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                            const QModelIndex &) const
{
    auto *edit = new QLineEdit(parent);
    edit->setFrame(false);
    edit->setMaxLength(int(FieldLimits::LongText));
    return edit;
}

void PositionTextDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit || EditStart::userChanged(editor, edit->text()))
        return;
    edit->setText(index.data(Qt::EditRole).toString());
    EditStart::remember(editor, index, PositionTableModel::VersionRole, edit->text());
}

void PositionTextDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                        const QModelIndex &index) const
{
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit)
        return;
    if (auto *positions = qobject_cast<PositionTableModel *>(model))
        positions->setDataSince(index, edit->text(), EditStart::value(editor),
                                EditStart::version(editor));
    else
        model->setData(index, edit->text(), Qt::EditRole);
}
