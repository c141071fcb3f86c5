#include "ColumnFit.h"

#include <QHeaderView>
#include <QMap>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

void fitColumns(QTableView *view, int stretchColumn, int stretchMinimum,
                const QList<ColumnWidth> &columns)
{
    QHeaderView *header = view->horizontalHeader();
    if (!view->model() || header->count() == 0)
        return;
    // Per shrink order: how much its columns want beyond their minimum.
    QMap<int, int> slackByOrder;
    int preferred = 0;
    for (const ColumnWidth &width : columns) {
        if (header->isSectionHidden(width.column))
            continue;
        preferred += width.preferred;
        slackByOrder[width.shrinkOrder] +=
            width.preferred - std::min(width.minimum, width.preferred);
    }
    // The vertical scroll bar may come and go with the rows: leave room for it.
    int available = view->viewport()->width();
    if (!view->verticalScrollBar()->isVisible())
        available -= view->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    // A hidden table has no width yet: preferred widths until it shows.
    int deficit = view->isVisible() ? std::max(0, preferred - (available - stretchMinimum)) : 0;
    // The share of its slack each order keeps: the first orders give theirs up first.
    QMap<int, double> keep;
    for (auto it = slackByOrder.cbegin(); it != slackByOrder.cend(); ++it) {
        const int given = std::min(deficit, it.value());
        keep.insert(it.key(), it.value() > 0 ? 1.0 - double(given) / double(it.value()) : 1.0);
        deficit -= given;
    }
    header->setStretchLastSection(false);
    for (const ColumnWidth &width : columns) {
        const int low = std::min(width.minimum, width.preferred);
        header->setSectionResizeMode(width.column, QHeaderView::Interactive);
        header->resizeSection(
            width.column, low + int((width.preferred - low) * keep.value(width.shrinkOrder, 1.0)));
    }
    header->setMinimumSectionSize(std::min(header->minimumSectionSize(), stretchMinimum));
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}
