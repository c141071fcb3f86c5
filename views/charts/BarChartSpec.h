#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

// A bar chart in plain data: what ChartPanel draws, whatever draws it.
struct BarChartSpec
{
    struct Set
    {
        QString name;
        QColor color;
        QList<qreal> values;  // one per category
        QStringList toolTips; // one per category; empty: "set — category: value"
    };

    QString title;
    QStringList categories;
    QList<Set> sets;
    bool stacked = false;
    bool horizontal = false;
    QString valueTitle;    // the value axis' title, with its unit
    QString categoryTitle; // may be empty
    bool showLegend = true;
};
