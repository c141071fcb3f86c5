#include "ColumnFit.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

void fitColumns(QTableView *view, int stretchColumn, int stretchMinimum,
                const QList<ColumnWidth> &columns)
{
    QHeaderView *header = view->horizontalHeader();
    if (!view->model() || header->count() == 0)
        return;
    int preferred = 0;
    int minimum = 0;
    for (const ColumnWidth &width : columns) {
        if (header->isSectionHidden(width.column))
            continue;
        preferred += width.preferred;
        minimum += std::min(width.minimum, width.preferred);
    }
    // The vertical scroll bar may come and go with the rows: leave room for it.
    int available = view->viewport()->width();
    if (!view->verticalScrollBar()->isVisible())
        available -= view->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int room = available - stretchMinimum;
    // A hidden table has no width yet: preferred widths until it shows.
    const double share =
        preferred <= minimum || !view->isVisible()
            ? 1.0
            : std::clamp(double(room - minimum) / double(preferred - minimum), 0.0, 1.0);
    header->setStretchLastSection(false);
    for (const ColumnWidth &width : columns) {
        const int low = std::min(width.minimum, width.preferred);
        header->setSectionResizeMode(width.column, QHeaderView::Interactive);
        header->resizeSection(width.column, low + int((width.preferred - low) * share));
    }
    header->setMinimumSectionSize(std::min(header->minimumSectionSize(), stretchMinimum));
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}
