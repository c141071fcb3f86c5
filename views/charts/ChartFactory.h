#pragma once

#include "BarChartSpec.h"
#include "LineChartSpec.h"

class QChart;
struct PositionMapData;

// Turns our chart descriptions into Qt Charts objects. The only place that
// knows Qt Charts' series and axes, so the charts can move to Qt Graphs later.
// Every chart comes without animations (tests and exports draw it at once).
class ChartFactory
{
public:
    // Object names of the position map's series, for tests and hit tests.
    static QString medianSeriesName() { return QStringLiteral("forecastMedian"); }
    static QString meanSeriesName() { return QStringLiteral("forecastMean"); }
    static QString objectiveSeriesName() { return QStringLiteral("euObjective"); }
    static QString stemSeriesName() { return QStringLiteral("actorStem"); }
    // The shaded likely range (10th–90th percentile) and, for an evenly split
    // weight, the hatched span between the two ends with a line at each.
    static QString bandSeriesName() { return QStringLiteral("forecastBand"); }
    static QString tieSeriesName() { return QStringLiteral("forecastTie"); }
    static QString tieEndSeriesName() { return QStringLiteral("forecastTieEnd"); }
    // data(0) of the position map's name items (QGraphicsSimpleTextItem, children of the chart).
    static QString positionLabelKey() { return QStringLiteral("positionLabel"); }

    static QChart *barChart(const BarChartSpec &spec);
    static QChart *lineChart(const LineChartSpec &spec);
    static QChart *positionMap(const PositionMapData &data);

private:
    static void style(QChart *chart, const QString &title);
};
