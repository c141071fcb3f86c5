#pragma once

#include <QList>

class QTableView;

// Fits a table's columns to its width: one column stretches and keeps at least
// `stretchMinimum` pixels; the others get their preferred width while there is
// room. When the table is narrow they shrink toward their minimum: those of the
// lowest `shrinkOrder` first, all of one order by the same share. Only when even
// the minimums do not fit does a horizontal scroll bar appear.
struct ColumnWidth
{
    int column = 0;
    int minimum = 0;
    int preferred = 0;
    int shrinkOrder = 0;
};

void fitColumns(QTableView *view, int stretchColumn, int stretchMinimum,
                const QList<ColumnWidth> &columns);
