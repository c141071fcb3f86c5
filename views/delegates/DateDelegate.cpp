#include "DateDelegate.h"

#include <QDateEdit>

DateDelegate::DateDelegate(int valueRole, QObject *parent)
    : ReadableItemDelegate(parent), m_valueRole(valueRole)
{
}

QWidget *DateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                    const QModelIndex &) const
{
    auto *edit = new QDateEdit(parent);
    edit->setFrame(false);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    edit->setMinimumDate(noDate());
    edit->setSpecialValueText(tr("No date"));
    return edit;
}

void DateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = qobject_cast<QDateEdit *>(editor);
    if (!edit)
        return;
    const QDate date = index.data(m_valueRole).toDate();
    edit->setDate(date.isValid() ? date : noDate());
}

void DateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                const QModelIndex &index) const
{
    auto *edit = qobject_cast<QDateEdit *>(editor);
    if (!edit)
        return;
    const QDate date = edit->date() == noDate() ? QDate() : edit->date();
    if (date == index.data(m_valueRole).toDate())
        return;
    model->setData(index, date, Qt::EditRole);
}

void DateDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                        const QModelIndex &) const
{
    editor->setGeometry(option.rect);
}
