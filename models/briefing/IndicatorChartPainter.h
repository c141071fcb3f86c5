#pragma once

#include "domain/Indicator.h"

#include <QList>
#include <QRectF>

class PackLanguage;
class QPainter;

// The indicators annex's charts, drawn with QPainter alone (vector paths and text
// in the PDF): one line chart per indicator that has two or more dated values,
// with illustrative values drawn hollow and starred.
class IndicatorChartPainter
{
public:
    struct Series
    {
        QString name;
        QString unit;
        QList<Indicator> points; // by date
    };

    // The indicators worth a chart, in the order they first appear.
    static QList<Series> chartable(const QList<Indicator> &indicators);
    // Labels, dates and numbers in the pack's language.
    static void paint(QPainter *painter, const QRectF &target, const Series &series,
                      const PackLanguage &language);
};
