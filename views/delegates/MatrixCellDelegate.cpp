#include "MatrixCellDelegate.h"

#include "items/PositionMatrixModel.h"

QString MatrixCellDelegate::symbolFor(double distance)
{
    // The thirds of the colour scale: blue, grey, orange.
    if (distance < PositionMatrixModel::farDistance / 3)
        return QStringLiteral("●");
    if (distance < PositionMatrixModel::farDistance * 2 / 3)
        return QStringLiteral("◐");
    return QStringLiteral("○");
}

void MatrixCellDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    ReadableItemDelegate::initStyleOption(option, index);
    const QVariant distance = index.data(PositionMatrixModel::DistanceFromObjectiveRole);
    if (distance.isValid() && !option->text.isEmpty())
        option->text += QStringLiteral(" ") + symbolFor(distance.toDouble());
}
