#include "IndicatorChartPainter.h"

#include "PackLanguage.h"

#include "PackChartStyle.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {

// Drawn in a space of this width, scaled to the target (as the position map is).
constexpr qreal Width = 760;

const QColor LineColor(0x10, 0x2a, 0x54);

// Round bounds and step covering [low, high], from zero when all values are positive.
struct Axis
{
    qreal low = 0;
    qreal high = 1;
    qreal step = 1;
};

Axis niceAxis(qreal low, qreal high)
{
    low = std::min<qreal>(0, low);
    if (high <= low)
        high = low + 1;
    const qreal span = high - low;
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(span)));
    qreal step = magnitude;
    for (qreal candidate : {magnitude / 5, magnitude / 2, magnitude, magnitude * 2}) {
        if (span / candidate <= 5) {
            step = candidate;
            break;
        }
    }
    return {std::floor(low / step) * step, std::ceil(high / step) * step, step};
}

QString axisNumber(const QLocale &locale, qreal value, qreal step)
{
    return locale.toString(value, 'f', step >= 1 ? 0 : 1);
}

} // namespace

QList<IndicatorChartPainter::Series>
IndicatorChartPainter::chartable(const QList<Indicator> &indicators)
{
    QList<Series> all;
    for (const Indicator &indicator : indicators) {
        auto it = std::find_if(all.begin(), all.end(), [&](const Series &series) {
            return series.name == indicator.name && series.unit == indicator.unit;
        });
        if (it == all.end()) {
            all.append({indicator.name, indicator.unit, {}});
            it = all.end() - 1;
        }
        if (indicator.observedOn.isValid())
            it->points.append(indicator);
    }
    QList<Series> charts;
    for (Series &series : all) {
        if (series.points.size() < 2)
            continue;
        std::stable_sort(
            series.points.begin(), series.points.end(),
            [](const Indicator &a, const Indicator &b) { return a.observedOn < b.observedOn; });
        charts.append(series);
    }
    return charts;
}

void IndicatorChartPainter::paint(QPainter *painter, const QRectF &target, const Series &series,
                                  const PackLanguage &language)
{
    if (series.points.size() < 2 || target.isEmpty())
        return;
    const qreal height = Width * target.height() / target.width();
    painter->save();
    painter->translate(target.topLeft());
    painter->scale(target.width() / Width, target.width() / Width);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(QRectF(0, 0, Width, height), Qt::white);

    const QFont labelFont = PackChartStyle::font(11);
    const QFontMetricsF labelMetrics(labelFont);
    painter->setPen(PackChartStyle::TextColor);
    painter->setFont(PackChartStyle::font(13, true));
    const QString title =
        series.unit.isEmpty()
            ? series.name
            : language.translate("IndicatorChartPainter", "%1 (%2)").arg(series.name, series.unit);
    painter->drawText(QRectF(0, 4, Width, 22), Qt::AlignCenter, title);

    const QRectF plot(78, 36, Width - 78 - 40, height - 36 - 62);
    qreal low = series.points.first().value;
    qreal high = low;
    bool anyIllustrative = false;
    for (const Indicator &point : series.points) {
        low = std::min(low, point.value);
        high = std::max(high, point.value);
        anyIllustrative = anyIllustrative || point.illustrative;
    }
    const Axis axis = niceAxis(low, high * 1.05);
    const qint64 first = series.points.first().observedOn.toJulianDay();
    const qint64 last = series.points.last().observedOn.toJulianDay();
    // Half a step of room at each end, so the first and last points are not on the frame.
    const qreal days = std::max<qreal>(1, qreal(last - first));
    const qreal pad = days * 0.05;
    const auto x = [&](const QDate &date) {
        return plot.left() +
               plot.width() * (qreal(date.toJulianDay() - first) + pad) / (days + 2 * pad);
    };
    const auto y = [&](qreal value) {
        return plot.bottom() - plot.height() * (value - axis.low) / (axis.high - axis.low);
    };

    painter->setFont(labelFont);
    for (qreal value = axis.low; value <= axis.high + axis.step / 1000; value += axis.step) {
        painter->setPen(QPen(PackChartStyle::GridColor, 1));
        painter->drawLine(QPointF(plot.left(), y(value)), QPointF(plot.right(), y(value)));
        painter->setPen(PackChartStyle::TextColor);
        painter->drawText(QRectF(plot.left() - 66, y(value) - 8, 60, 16),
                          Qt::AlignRight | Qt::AlignVCenter,
                          axisNumber(language.locale(), value, axis.step));
    }
    // Date labels under the points, skipping any that would overlap the one before.
    const QLocale &locale = language.locale();
    qreal lastRight = -1e9;
    for (const Indicator &point : series.points) {
        const QString text = locale.toString(point.observedOn, QStringLiteral("d MMM yyyy"));
        const qreal width = labelMetrics.horizontalAdvance(text);
        const qreal left = std::clamp(x(point.observedOn) - width / 2, 0.0, Width - width);
        painter->setPen(QPen(PackChartStyle::GridColor, 1));
        painter->drawLine(QPointF(x(point.observedOn), plot.top()),
                          QPointF(x(point.observedOn), plot.bottom()));
        if (left < lastRight + 8)
            continue;
        painter->setPen(PackChartStyle::TextColor);
        painter->drawText(QPointF(left, plot.bottom() + 6 + labelMetrics.ascent()), text);
        lastRight = left + width;
    }
    painter->setPen(QPen(PackChartStyle::AxisColor, 1));
    painter->drawRect(plot);

    QPainterPath line;
    for (const Indicator &point : series.points) {
        const QPointF at(x(point.observedOn), y(point.value));
        if (line.elementCount() == 0)
            line.moveTo(at);
        else
            line.lineTo(at);
    }
    painter->setPen(QPen(LineColor, 2));
    painter->drawPath(line);
    for (const Indicator &point : series.points) {
        const QPointF at(x(point.observedOn), y(point.value));
        painter->setPen(QPen(LineColor, 1.5));
        painter->setBrush(point.illustrative ? QBrush(Qt::white) : QBrush(LineColor));
        painter->drawEllipse(at, 4.5, 4.5);
        painter->setPen(PackChartStyle::TextColor);
        const QString value = locale.toString(point.value, 'g', 6) +
                              (point.illustrative ? QStringLiteral("*") : QString());
        painter->drawText(QPointF(at.x() - labelMetrics.horizontalAdvance(value) / 2,
                                  at.y() - 9 - labelMetrics.descent()),
                          value);
    }
    painter->setBrush(Qt::NoBrush);

    if (anyIllustrative) {
        painter->setPen(PackChartStyle::TextColor);
        painter->drawText(QRectF(0, height - 22, Width, 18), Qt::AlignCenter,
                          language.translate("IndicatorChartPainter",
                                             "Hollow points, starred: illustrative values"));
    }
    painter->restore();
}
