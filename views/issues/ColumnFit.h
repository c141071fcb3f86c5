#pragma once

#include <QList>

class QTableView;

// Fits a table's columns to its width: one column stretches and keeps at least
// `stretchMinimum` pixels; the others shrink from their preferred width toward
// their minimum, all by the same share, when the table is narrow. Only when even
// the minimums do not fit does a horizontal scroll bar appear.
struct ColumnWidth
{
    int column = 0;
    int minimum = 0;
    int preferred = 0;
};

void fitColumns(QTableView *view, int stretchColumn, int stretchMinimum,
                const QList<ColumnWidth> &columns);
