#pragma once

#include "BarChartSpec.h"
#include "LineChartSpec.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
struct PositionMapData;

// One chart with an optional caption under it (sources, notes). Right-click
// offers "Save image…" (PNG or SVG); clicks on bars come out as barClicked.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPanel(QWidget *parent = nullptr);
    // The chart's series and values in words: the view's accessible description.
    static QString describe(const QChart *chart);

    void setBarChart(const BarChartSpec &spec);
    void setLineChart(const LineChartSpec &spec);
    void setPositionMap(const PositionMapData &data);
    void setCaption(const QString &text); // plain text; empty hides it
    QString caption() const;

    QChart *chart() const;
    QChartView *chartView() const { return m_view; }

    // The chart alone, drawn at `size` (device pixels), for exports.
    QImage renderImage(const QSize &size) const;
    // PNG, or SVG when the name ends in .svg. False with errorString() set on failure.
    bool saveImage(const QString &path);
    QString errorString() const { return m_errorString; }

signals:
    void barClicked(int setIndex, int categoryIndex);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void replaceChart(QChart *chart);
    void saveImageInteractive();

    QChartView *m_view;
    QLabel *m_caption;
    QString m_errorString;
};
