#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

// Lines over dates in plain data (x in milliseconds since the epoch, UTC).
struct LineChartSpec
{
    struct Series
    {
        QString name;
        QColor color;
        QList<QPointF> points;
        // Points drawn hollow, with the line to them dashed (e.g. illustrative
        // figures); one per point or empty for none.
        QList<bool> hollow;
        QString hollowName; // legend entry of the hollow points
        bool markers = false;
        int width = 2;
        QString unit; // after the value in tooltips
    };

    QString title;
    QString valueTitle;
    QString dateTitle;
    QString dateFormat = QStringLiteral("d MMM");
    QList<Series> series;
    bool valuesFromZero = true;
};
