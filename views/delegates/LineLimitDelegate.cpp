#include "LineLimitDelegate.h"

#include <QLineEdit>

LineLimitDelegate::LineLimitDelegate(qsizetype maxLength, QObject *parent)
    : ReadableItemDelegate(parent), m_maxLength(maxLength)
{
}

QWidget *LineLimitDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setMaxLength(int(m_maxLength));
    return editor;
}
