#include "ChartFactory.h"

#include "charts/BlocPalette.h"
#include "charts/PositionMapData.h"
#include "forecast/ForecastResult.h"
#include "forecast/ForecastText.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTextDocument>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

QString formatNumber(qreal value)
{
    return std::abs(value - std::round(value)) < 1e-9
               ? QLocale().toString(qint64(std::round(value)))
               : QLocale().toString(value, 'f', 1);
}

// A value axis from zero to a round number above `top`, in whole steps.
void fitValueAxis(QValueAxis *axis, qreal top, bool integers)
{
    top = std::max<qreal>(top, integers ? 4 : 1);
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(top)));
    qreal step = magnitude;
    for (qreal candidate : {magnitude / 5, magnitude / 2, magnitude, magnitude * 2}) {
        if (top / candidate <= 6) {
            step = candidate;
            break;
        }
    }
    if (integers)
        step = std::max<qreal>(1, std::round(step));
    const qreal max = std::ceil(top / step) * step;
    axis->setRange(0, max);
    axis->setTickCount(int(std::round(max / step)) + 1);
    axis->setLabelFormat(integers || step >= 1 ? QStringLiteral("%d") : QStringLiteral("%.1f"));
}

// Qt Charts reads titles, legend names and axis texts as rich text (and a
// tooltip that looks like markup is read so too): what the user typed, a series,
// category, actor or bloc name, is escaped on its way in and shows as typed.
QString asTyped(const QString &text)
{
    return text.toHtmlEscaped();
}

QStringList asTyped(const QStringList &texts)
{
    QStringList escaped;
    escaped.reserve(texts.size());
    for (const QString &text : texts)
        escaped.append(asTyped(text));
    return escaped;
}

void showToolTip(const QString &text)
{
    QToolTip::showText(QCursor::pos(), Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal));
}

} // namespace

void ChartFactory::style(QChart *chart, const QString &title)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(asTyped(title));
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(std::max(9.0, titleFont.pointSizeF()));
    chart->setTitleFont(titleFont);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // A name cut short in a narrow chart shows whole under the pointer.
    chart->legend()->setShowToolTips(true);
}

QChart *ChartFactory::barChart(const BarChartSpec &spec)
{
    auto *chart = new QChart;
    style(chart, spec.title);
    QAbstractBarSeries *series = nullptr;
    if (spec.horizontal)
        series = spec.stacked ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                              : new QHorizontalBarSeries;
    else
        series = spec.stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                              : new QBarSeries;
    qreal top = 0;
    QList<qreal> stackTops(spec.categories.size(), 0);
    for (const BarChartSpec::Set &setSpec : spec.sets) {
        auto *set = new QBarSet(asTyped(setSpec.name));
        set->setColor(setSpec.color);
        set->setBorderColor(setSpec.color.darker(115));
        QList<qreal> values = setSpec.values;
        values.resize(spec.categories.size(), 0);
        set->append(values);
        for (qsizetype i = 0; i < values.size(); ++i) {
            top = std::max(top, values.at(i));
            stackTops[i] += values.at(i);
        }
        const QStringList toolTips = setSpec.toolTips;
        const QStringList categories = spec.categories;
        const QString name = setSpec.name;
        QObject::connect(
            set, &QBarSet::hovered, set, [set, toolTips, categories, name](bool status, int index) {
                if (!status) {
                    QToolTip::hideText();
                    return;
                }
                if (index < toolTips.size() && !toolTips.at(index).isEmpty()) {
                    showToolTip(toolTips.at(index));
                    return;
                }
                const QString category = categories.value(index);
                const QString value = formatNumber(set->at(index));
                showToolTip(
                    name.isEmpty()
                        ? QCoreApplication::translate("ChartFactory", "%1: %2").arg(category, value)
                        : QCoreApplication::translate("ChartFactory", "%1 — %2: %3")
                              .arg(name, category, value));
            });
        series->append(set);
    }
    if (spec.stacked)
        top = stackTops.isEmpty() ? 0 : *std::max_element(stackTops.cbegin(), stackTops.cend());
    series->setBarWidth(spec.sets.size() > 1 && !spec.stacked ? 0.8 : 0.6);
    chart->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(asTyped(spec.categories));
    categoryAxis->setTitleText(asTyped(spec.categoryTitle));
    categoryAxis->setGridLineVisible(false);
    if (spec.horizontal && spec.categories.size() > 8) {
        // Many bars on top of each other: smaller labels still fit beside them.
        QFont font = categoryAxis->labelsFont();
        font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.85));
        categoryAxis->setLabelsFont(font);
    }
    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(asTyped(spec.valueTitle));
    fitValueAxis(valueAxis, top * 1.05, true);
    chart->addAxis(categoryAxis, spec.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, spec.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->setVisible(spec.showLegend);
    // Many sets: one name a line beside the bars, where long names have room,
    // rather than one row under them that cuts every name short.
    if (spec.sets.size() > 4)
        chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart *ChartFactory::lineChart(const LineChartSpec &spec)
{
    auto *chart = new QChart;
    style(chart, spec.title);
    auto *dateAxis = new QDateTimeAxis;
    dateAxis->setFormat(spec.dateFormat);
    dateAxis->setTitleText(asTyped(spec.dateTitle));
    dateAxis->setTickCount(6);
    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(asTyped(spec.valueTitle));
    chart->addAxis(dateAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);

    qreal minX = 0, maxX = 0, top = 0, bottom = 0;
    bool first = true;
    const auto attach = [&](QAbstractSeries *series) {
        chart->addSeries(series);
        series->attachAxis(dateAxis);
        series->attachAxis(valueAxis);
    };
    for (const LineChartSpec::Series &spec : spec.series) {
        const QList<QPointF> &points = spec.points;
        const auto hollowAt = [&spec](qsizetype i) {
            return i < spec.hollow.size() && spec.hollow.at(i);
        };
        for (const QPointF &point : points) {
            if (first) {
                minX = maxX = point.x();
                top = bottom = point.y();
                first = false;
            }
            minX = std::min(minX, point.x());
            maxX = std::max(maxX, point.x());
            top = std::max(top, point.y());
            bottom = std::min(bottom, point.y());
        }
        const QString unit = spec.unit;
        const QString name = spec.name;
        const auto hover = [unit, name](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const QString day = QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(qint64(point.x()), Qt::UTC).date(),
                QLocale::ShortFormat);
            QString value = formatNumber(point.y());
            if (!unit.isEmpty())
                value += QLatin1Char(' ') + unit;
            showToolTip(
                QCoreApplication::translate("ChartFactory", "%1\n%2: %3").arg(name, day, value));
        };
        // The line, in runs: solid between two plain points, dashed where either end
        // is hollow. Only the first run stands in the legend.
        bool named = false;
        qsizetype start = 0;
        while (start + 1 < points.size() || (start == 0 && points.size() == 1)) {
            const bool dashed = points.size() > 1 && (hollowAt(start) || hollowAt(start + 1));
            qsizetype end = start + 1;
            while (end + 1 < points.size() && (hollowAt(end) || hollowAt(end + 1)) == dashed)
                ++end;
            auto *line = new QLineSeries;
            line->setName(asTyped(spec.name));
            QPen pen(spec.color, spec.width);
            pen.setStyle(dashed ? Qt::DashLine : Qt::SolidLine);
            line->setPen(pen);
            QList<QPointF> run;
            for (qsizetype i = start; i <= std::min(end, points.size() - 1); ++i)
                run.append(points.at(i));
            line->replace(run);
            QObject::connect(line, &QXYSeries::hovered, line, hover);
            attach(line);
            if (named)
                hideFromLegend(chart, line);
            named = true;
            if (points.size() == 1)
                break;
            start = end;
        }
        if (spec.markers || !spec.hollow.isEmpty()) {
            QList<QPointF> filled, hollow;
            for (qsizetype i = 0; i < points.size(); ++i)
                (hollowAt(i) ? hollow : filled).append(points.at(i));
            if (spec.markers && !filled.isEmpty()) {
                auto *dots = new QScatterSeries;
                dots->setName(asTyped(spec.name));
                dots->setMarkerSize(8);
                dots->setColor(spec.color);
                dots->setBorderColor(spec.color);
                dots->replace(filled);
                QObject::connect(dots, &QXYSeries::hovered, dots, hover);
                attach(dots);
                hideFromLegend(chart, dots);
            }
            if (!hollow.isEmpty()) {
                auto *rings = new QScatterSeries;
                rings->setName(asTyped(spec.hollowName));
                rings->setMarkerSize(10);
                rings->setBrush(Qt::white);
                rings->setPen(QPen(spec.color, 2));
                rings->replace(hollow);
                QObject::connect(rings, &QXYSeries::hovered, rings, hover);
                attach(rings);
                if (spec.hollowName.isEmpty())
                    hideFromLegend(chart, rings);
            }
        }
    }
    if (first) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        minX = maxX = double(now.toMSecsSinceEpoch());
    }
    // Half a day either side, so single days and end points are not cut in half;
    // at least a week, so a single day does not spread over the whole axis.
    constexpr qreal halfDay = 12 * 3600 * 1000.0;
    constexpr qreal week = 14 * halfDay;
    if (maxX - minX < week) {
        const qreal middle = (minX + maxX) / 2;
        minX = middle - week / 2;
        maxX = middle + week / 2;
        dateAxis->setTickCount(5); // readable in a narrow panel too
    }
    dateAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(minX - halfDay), Qt::UTC),
                       QDateTime::fromMSecsSinceEpoch(qint64(maxX + halfDay), Qt::UTC));
    if (spec.valuesFromZero || bottom >= 0)
        fitValueAxis(valueAxis, top * 1.1, false);
    else
        valueAxis->setRange(bottom, top);
    return chart;
}

QChart *ChartFactory::positionMap(const PositionMapData &data)
{
    auto *chart = new QChart;
    style(chart, data.code.isEmpty()
                     ? QString()
                     : QCoreApplication::translate("ChartFactory", "%1 — positions and forecast")
                           .arg(data.code));

    auto *xAxis = new QValueAxis;
    xAxis->setRange(0, 100);
    xAxis->setTickCount(11);
    xAxis->setLabelFormat(QStringLiteral("%d"));
    // The scale's two ends, named: 0 and 100 mean nothing without them.
    const QString low =
        data.scaleLow.isEmpty()
            ? QCoreApplication::translate("ChartFactory", "0")
            : QCoreApplication::translate("ChartFactory", "0 = %1").arg(data.scaleLow);
    const QString high =
        data.scaleHigh.isEmpty()
            ? QCoreApplication::translate("ChartFactory", "100")
            : QCoreApplication::translate("ChartFactory", "100 = %1").arg(data.scaleHigh);
    // Two lines: a long label on each end would not fit side by side.
    xAxis->setTitleText(QCoreApplication::translate("ChartFactory", "◀ %1<br>%2 ▶")
                            .arg(low.toHtmlEscaped(), high.toHtmlEscaped()));
    auto *yAxis = new QValueAxis;
    yAxis->setTitleText(
        QCoreApplication::translate("ChartFactory", "Weight (clout × salience ÷ 100)"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    qreal top = 0;
    for (const Position &position : data.positions)
        top = std::max(top, PositionMapData::heightOf(position));
    // Room above the tallest stem for its label.
    fitValueAxis(yAxis, std::max<qreal>(10, top * 1.2), true);
    const qreal yMax = yAxis->max();

    const auto attach = [&](QAbstractSeries *series, bool inLegend) {
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        if (!inLegend)
            hideFromLegend(chart, series);
    };

    // One legend entry per bloc present, in the order the blocs first appear.
    QStringList blocs;
    for (const Position &position : data.positions) {
        if (!blocs.contains(position.actorBloc))
            blocs.append(position.actorBloc);
    }
    // A shape per bloc as well as a colour, so the legend reads without colour vision:
    // our side a circle, the counterpart a square, the others triangles, stars...
    const auto shapeOf = [&data, &blocs](const QString &bloc) {
        if (bloc == data.ourBloc)
            return QScatterSeries::MarkerShapeCircle;
        if (bloc == data.counterpartBloc)
            return QScatterSeries::MarkerShapeRectangle;
        static const QList<QScatterSeries::MarkerShape> others = {
            QScatterSeries::MarkerShapeTriangle, QScatterSeries::MarkerShapeStar,
            QScatterSeries::MarkerShapePentagon, QScatterSeries::MarkerShapeRotatedRectangle};
        return others.at(std::max<qsizetype>(0, blocs.indexOf(bloc)) % others.size());
    };
    for (const QString &bloc : blocs) {
        auto *key = new QScatterSeries;
        key->setName(asTyped(bloc));
        key->setColor(data.palette.colorOf(bloc));
        key->setBorderColor(data.palette.colorOf(bloc));
        key->setMarkerShape(shapeOf(bloc));
        key->setMarkerSize(11);
        attach(key, true);
    }

    // The forecast's spans before the stems, so they lie under them (and after the
    // blocs in the legend): the likely range shaded, a deadlock's span hatched.
    const auto span = [&](const QString &objectName, const QString &name, const QString &toolTip,
                          qreal from, qreal to, const QBrush &brush) {
        // A range of one value still shows, as a narrow strip behind its line.
        if (to - from < 1) {
            const qreal middle = (from + to) / 2;
            from = middle - 0.5;
            to = middle + 0.5;
        }
        auto *upper = new QLineSeries;
        upper->replace({QPointF(from, yMax), QPointF(to, yMax)});
        auto *lower = new QLineSeries;
        lower->replace({QPointF(from, 0), QPointF(to, 0)});
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setObjectName(objectName);
        area->setName(asTyped(name));
        area->setBrush(brush);
        area->setPen(Qt::NoPen);
        QObject::connect(area, &QAreaSeries::hovered, area, [toolTip](const QPointF &, bool state) {
            if (state)
                showToolTip(toolTip);
            else
                QToolTip::hideText();
        });
        attach(area, true);
    };
    const ForecastText sentences;
    if (data.forecast && data.forecast->band) {
        const ForecastResult::Band &band = *data.forecast->band;
        const QString low = sentences.number(band.low);
        const QString high = sentences.number(band.high);
        span(bandSeriesName(),
             low == high
                 ? QCoreApplication::translate("ChartFactory", "Likely range %1").arg(low)
                 : QCoreApplication::translate("ChartFactory", "Likely range %1–%2").arg(low, high),
             sentences.likelyOutcome(*data.forecast), band.low, band.high,
             QColor(0x93, 0xa3, 0xb8, 90));
    }
    if (data.forecast && data.forecast->tie) {
        const ForecastResult &forecast = *data.forecast;
        span(tieSeriesName(),
             QCoreApplication::translate("ChartFactory", "Deadlock %1–%2")
                 .arg(sentences.number(forecast.tieLow), sentences.number(forecast.tieHigh)),
             sentences.tie(forecast, data.scaleLow, data.scaleHigh), forecast.tieLow,
             forecast.tieHigh, QBrush(QColor(0x7f, 0x1d, 0x1d, 150), Qt::BDiagPattern));
    }

    QFont labelFont = chart->font();
    labelFont.setPointSizeF(std::max(7.0, labelFont.pointSizeF() * 0.85));
    // Names are items of their own, placed once the plot has its size (and again
    // when it changes) so that none covers another or is crossed by the forecast.
    struct Name
    {
        QGraphicsSimpleTextItem *text;
        QGraphicsLineItem *leader;
        QPointF value;
        QString full;
    };
    auto names = std::make_shared<QList<Name>>();
    QAbstractSeries *anchorSeries = nullptr;
    for (const Position &position : data.positions) {
        const QColor color = data.palette.colorOf(position.actorBloc);
        const qreal x = position.position;
        const qreal h = PositionMapData::heightOf(position);
        const QString toolTip = QCoreApplication::translate(
                                    "ChartFactory", "%1 (%2)\nposition %3, salience %4, clout %5")
                                    .arg(position.actorName, position.actorBloc)
                                    .arg(position.position)
                                    .arg(position.salience)
                                    .arg(position.clout);
        const auto hover = [toolTip](const QPointF &, bool state) {
            if (state)
                showToolTip(toolTip);
            else
                QToolTip::hideText();
        };
        auto *stem = new QLineSeries;
        stem->setObjectName(stemSeriesName());
        stem->setProperty("actorId", position.actorId);
        stem->setName(asTyped(position.actorName));
        stem->setPen(QPen(color, 3));
        stem->replace({QPointF(x, 0), QPointF(x, h)});
        QObject::connect(stem, &QXYSeries::hovered, stem, hover);
        attach(stem, false);
        anchorSeries = stem;

        auto *head = new QScatterSeries;
        head->setName(asTyped(position.actorName));
        head->setColor(color);
        head->setBorderColor(color.darker(120));
        head->setMarkerShape(shapeOf(position.actorBloc));
        head->setMarkerSize(11);
        head->replace({QPointF(x, h)});
        QObject::connect(head, &QXYSeries::hovered, head, hover);
        attach(head, false);

        auto *leader = new QGraphicsLineItem(chart);
        leader->setPen(QPen(QColor(0x9c, 0xa3, 0xaf), 1));
        leader->setZValue(20);
        leader->hide();
        auto *text = new QGraphicsSimpleTextItem(position.actorName, chart);
        text->setFont(labelFont);
        text->setBrush(QColor(0x1f, 0x29, 0x37));
        text->setZValue(21);
        text->setToolTip(toolTip);
        text->setData(0, positionLabelKey());
        names->append({text, leader, QPointF(x, h), position.actorName});
    }
    QList<qreal> avoidValues;
    if (data.forecast) {
        // A deadlock has no single outcome line: its two ends are drawn instead.
        if (data.forecast->tie) {
            avoidValues.append(data.forecast->tieLow);
            avoidValues.append(data.forecast->tieHigh);
        } else {
            avoidValues.append(data.forecast->outcome);
        }
        avoidValues.append(data.forecast->weightedMean);
        if (data.forecast->hasEuObjective)
            avoidValues.append(data.forecast->euObjective);
    }
    if (anchorSeries) {
        const auto place = [chart, names, avoidValues, anchorSeries, labelFont] {
            const QRectF plot = chart->plotArea();
            if (plot.isEmpty())
                return;
            const QFontMetricsF metrics(labelFont);
            QList<PositionMapData::Label> wanted;
            for (const Name &name : std::as_const(*names)) {
                // A name wider than the plot is cut short; its tooltip has it whole.
                const QString text =
                    metrics.elidedText(name.full, Qt::ElideRight, plot.width() - 4);
                name.text->setText(text);
                const QRectF bounds = name.text->boundingRect();
                wanted.append({chart->mapToPosition(name.value, anchorSeries), bounds.size()});
            }
            QList<QLineF> avoid;
            for (qreal value : avoidValues) {
                const qreal x = chart->mapToPosition(QPointF(value, 0), anchorSeries).x();
                avoid.append(QLineF(x, plot.top(), x, plot.bottom()));
            }
            const QList<QRectF> rects = PositionMapData::placeLabels(wanted, plot, avoid);
            for (qsizetype i = 0; i < names->size(); ++i) {
                const Name &name = names->at(i);
                name.text->setPos(rects.at(i).topLeft());
                const QPointF head = wanted.at(i).head;
                const bool far = PositionMapData::needsLeader(rects.at(i), head);
                name.leader->setVisible(far);
                if (far) {
                    const QRectF &rect = rects.at(i);
                    const QPointF end(std::clamp(head.x(), rect.left(), rect.right()),
                                      std::clamp(head.y(), rect.top(), rect.bottom()));
                    name.leader->setLine(QLineF(head, end));
                }
            }
        };
        QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    }

    const auto vertical = [&](const QString &objectName, const QString &name,
                              const QString &toolTip, qreal x, const QPen &pen,
                              bool inLegend = true) {
        auto *line = new QLineSeries;
        line->setObjectName(objectName);
        line->setName(asTyped(name));
        line->setPen(pen);
        line->replace({QPointF(x, 0), QPointF(x, yMax)});
        QObject::connect(line, &QXYSeries::hovered, line, [toolTip](const QPointF &, bool state) {
            if (state)
                showToolTip(toolTip);
            else
                QToolTip::hideText();
        });
        attach(line, inLegend);
    };
    if (data.forecast) {
        const ForecastResult &forecast = *data.forecast;
        if (forecast.hasEuObjective) {
            QPen pen(data.palette.ourColor(), 2, Qt::DotLine);
            vertical(
                objectiveSeriesName(),
                QCoreApplication::translate("ChartFactory", "%1 objective %2")
                    .arg(data.ourBloc, ForecastText().number(forecast.euObjective)),
                QCoreApplication::translate(
                    "ChartFactory", "%1 objective: the weighted median of the %1 actors' positions")
                    .arg(data.ourBloc),
                forecast.euObjective, pen);
        }
        vertical(meanSeriesName(),
                 QCoreApplication::translate("ChartFactory", "Mean %1")
                     .arg(ForecastText().number(forecast.weightedMean)),
                 QCoreApplication::translate(
                     "ChartFactory", "Weighted mean %1: where the pull of all actors balances")
                     .arg(ForecastText().number(forecast.weightedMean)),
                 forecast.weightedMean, QPen(QColor(0x37, 0x41, 0x51), 1.5, Qt::DashLine));
        const QPen outcomePen(QColor(0x11, 0x18, 0x27), 2.5);
        if (forecast.tie) {
            // Both ends of the deadlock, named by the hatched span's legend entry.
            const QString toolTip = sentences.tie(forecast, data.scaleLow, data.scaleHigh);
            for (double end : {forecast.tieLow, forecast.tieHigh})
                vertical(tieEndSeriesName(), QString(), toolTip, end, outcomePen, false);
        } else {
            const bool consent = forecast.rule == DecisionRule::Consent && !forecast.ruleFellBack;
            const QString why =
                consent ? QCoreApplication::translate("ChartFactory",
                                                      "Forecast outcome %1: the compromise of the "
                                                      "parties whose agreement is needed (%2)")
                              .arg(ForecastText().number(forecast.outcome),
                                   forecast.consentParties.join(QStringLiteral(", ")))
                        : QCoreApplication::translate(
                              "ChartFactory",
                              "Forecast outcome %1: the weighted median (clout × salience)")
                              .arg(ForecastText().number(forecast.outcome));
            vertical(medianSeriesName(),
                     QCoreApplication::translate("ChartFactory", "Forecast %1")
                         .arg(ForecastText().number(forecast.outcome)),
                     why, forecast.outcome, outcomePen);
        }
    }
    return chart;
}
