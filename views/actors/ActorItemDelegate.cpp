#include "ActorItemDelegate.h"

#include "items/ActorListModel.h"

#include <QApplication>
#include <QPainter>

void ActorItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QString bloc = index.data(ActorListModel::BlocRole).toString();
    const QString kind = kindLabel(index.data(ActorListModel::KindRole).toString());
    const bool selected = opt.state & QStyle::State_Selected;
    const QRect rect = opt.rect.adjusted(4, 3, -6, -3);

    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(index.data(ActorListModel::BlocColorRole).value<QColor>());
    painter->drawRoundedRect(QRect(rect.left(), rect.top() + 1, 4, rect.height() - 2), 2, 2);

    const QRect textRect = rect.adjusted(12, 0, 0, 0);
    const int lineHeight = opt.fontMetrics.height();
    QFont nameFont = opt.font;
    nameFont.setWeight(QFont::DemiBold);
    painter->setFont(nameFont);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect nameRect(textRect.left(), textRect.top(), textRect.width(), lineHeight);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(nameFont).elidedText(name, Qt::ElideRight, nameRect.width()));

    QFont smallFont = opt.font;
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.9);
    painter->setFont(smallFont);
    painter->setPen(
        opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    const QRect detailRect(textRect.left(), nameRect.bottom() + 2, textRect.width(), lineHeight);
    const QString detail = kind.isEmpty() ? bloc : tr("%1 · %2").arg(bloc, kind);
    painter->drawText(
        detailRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(smallFont).elidedText(detail, Qt::ElideRight, detailRect.width()));
    painter->restore();
}

QSize ActorItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(option.fontMetrics.height() * 2 + 10);
    return size;
}

QString ActorItemDelegate::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("delegation"))
        return tr("delegation");
    if (kind == QLatin1String("institution"))
        return tr("institution");
    if (kind == QLatin1String("member_state"))
        return tr("member state");
    if (kind == QLatin1String("company"))
        return tr("company");
    if (kind == QLatin1String("person"))
        return tr("person");
    return kind;
}
