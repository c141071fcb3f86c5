#pragma once

#include <QStyledItemDelegate>

// Two lines per actor in the list: the name beside a strip in its bloc's colour,
// then bloc and kind in smaller grey text, so the list reads as grouped by bloc.
class ActorItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QString kindLabel(const QString &kind);
};
