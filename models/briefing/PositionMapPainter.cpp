#include "PositionMapPainter.h"

#include "PackLanguage.h"

#include "PackChartStyle.h"
#include "charts/BlocPalette.h"
#include "charts/PositionMapData.h"
#include "forecast/Forecast.h"
#include "forecast/ForecastText.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {

// Drawn in a space of this width (about the map's size on screen), scaled to the
// target: fonts and strokes keep the proportions of the window's chart.
constexpr qreal Width = 760;

// A round top for the weight axis and its step, as the window's chart picks them.
QPair<qreal, qreal> niceAxis(qreal top)
{
    top = std::max<qreal>(top, 4);
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(top)));
    qreal step = magnitude;
    for (qreal candidate : {magnitude / 5, magnitude / 2, magnitude, magnitude * 2}) {
        if (top / candidate <= 6) {
            step = candidate;
            break;
        }
    }
    step = std::max<qreal>(1, std::round(step));
    return {std::ceil(top / step) * step, step};
}

QString number(qreal value)
{
    return QString::number(qint64(std::llround(value)));
}

struct LegendEntry
{
    QString text;
    QBrush swatch;
};

// Diagonal strokes across `rect`, drawn as lines: a pattern brush would print as a
// device-dependent mesh in a PDF.
void hatch(QPainter *painter, const QRectF &rect, const QColor &color)
{
    constexpr qreal Spacing = 7;
    painter->save();
    painter->setClipRect(rect, Qt::IntersectClip);
    painter->setPen(QPen(color, 0.9));
    for (qreal offset = -rect.height(); offset < rect.width(); offset += Spacing)
        painter->drawLine(QPointF(rect.left() + offset, rect.bottom()),
                          QPointF(rect.left() + offset + rect.height(), rect.top()));
    painter->restore();
}

// The likely range's shade: opaque, so a PDF/A pack needs no transparency.
const QColor BandColor(0xdc, 0xe3, 0xec);
const QColor TieColor(0x7f, 0x1d, 0x1d);

} // namespace

void PositionMapPainter::paint(QPainter *painter, const QRectF &target, const Issue &issue,
                               const QList<Position> &positions, const SummitInfo &summit,
                               const PackLanguage &language)
{
    paint(painter, target, issue, positions, summit,
          Forecast::compute(positions, summit.ourBloc, issue.decisionRule), language);
}

void PositionMapPainter::paint(QPainter *painter, const QRectF &target, const Issue &issue,
                               const QList<Position> &positions, const SummitInfo &summit,
                               const std::optional<ForecastResult> &forecast,
                               const PackLanguage &language)
{
    if (positions.isEmpty() || target.isEmpty())
        return;
    const BlocPalette palette(summit);
    const qreal height = Width * target.height() / target.width();
    painter->save();
    painter->translate(target.topLeft());
    painter->scale(target.width() / Width, target.width() / Width);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(QRectF(0, 0, Width, height), Qt::white);

    const QFont titleFont = PackChartStyle::font(13, true);
    const QFont labelFont = PackChartStyle::font(11);
    const QFont axisTitleFont = PackChartStyle::font(11, true);
    const QFont pointFont = PackChartStyle::font(9);
    const QFontMetricsF labelMetrics(labelFont);

    // Title
    painter->setPen(PackChartStyle::TextColor);
    painter->setFont(titleFont);
    painter->drawText(
        QRectF(0, 4, Width, 22), Qt::AlignCenter,
        language.translate("PositionMapPainter", "%1 — positions and forecast").arg(issue.code));

    const QRectF plot(78, 40, Width - 78 - 30, height - 40 - 112);
    const auto x = [&plot](qreal value) { return plot.left() + plot.width() * value / 100.0; };

    qreal top = 0;
    for (const Position &position : positions)
        top = std::max(top, PositionMapData::heightOf(position));
    const auto [yMax, yStep] = niceAxis(std::max<qreal>(10, top * 1.2));
    const auto y = [&plot, yMax = yMax](qreal value) {
        return plot.bottom() - plot.height() * value / yMax;
    };

    // The forecast's spans under the grid: the likely range shaded, a deadlock's
    // span hatched between its two ends.
    const ForecastText sentences(language);
    QList<LegendEntry> spans;
    const auto span = [&](qreal from, qreal to, const QBrush &brush) {
        // A range of one value still shows, as a narrow strip behind its line.
        const qreal middle = (from + to) / 2;
        const qreal half = std::max<qreal>(std::abs(to - from) / 2, 0.5);
        const QRectF rect(QPointF(x(middle - half), plot.top()),
                          QPointF(x(middle + half), plot.bottom()));
        if (brush.style() == Qt::SolidPattern)
            painter->fillRect(rect, brush);
        else
            hatch(painter, rect, brush.color());
    };
    if (forecast && forecast->band) {
        span(forecast->band->low, forecast->band->high, BandColor);
        const QString low = sentences.number(forecast->band->low);
        const QString high = sentences.number(forecast->band->high);
        spans.append(
            {low == high
                 ? language.translate("PositionMapPainter", "Likely range %1").arg(low)
                 : language.translate("PositionMapPainter", "Likely range %1–%2").arg(low, high),
             BandColor});
    }
    if (forecast && forecast->tie) {
        const QBrush hatch(TieColor, Qt::BDiagPattern);
        span(forecast->tieLow, forecast->tieHigh, hatch);
        spans.append(
            {language.translate("PositionMapPainter", "Deadlock %1–%2")
                 .arg(sentences.number(forecast->tieLow), sentences.number(forecast->tieHigh)),
             hatch});
    }

    // Grid, ticks and tick labels.
    painter->setFont(labelFont);
    for (int tick = 0; tick <= 100; tick += 10) {
        painter->setPen(QPen(PackChartStyle::GridColor, 1));
        painter->drawLine(QPointF(x(tick), plot.top()), QPointF(x(tick), plot.bottom()));
        painter->setPen(PackChartStyle::TextColor);
        painter->drawText(QRectF(x(tick) - 20, plot.bottom() + 4, 40, 16),
                          Qt::AlignHCenter | Qt::AlignTop, QString::number(tick));
    }
    for (qreal value = 0; value <= yMax + 1e-9; value += yStep) {
        painter->setPen(QPen(PackChartStyle::GridColor, 1));
        painter->drawLine(QPointF(plot.left(), y(value)), QPointF(plot.right(), y(value)));
        painter->setPen(PackChartStyle::TextColor);
        painter->drawText(QRectF(plot.left() - 46, y(value) - 8, 40, 16),
                          Qt::AlignRight | Qt::AlignVCenter, number(value));
    }
    painter->setPen(QPen(PackChartStyle::AxisColor, 1));
    painter->drawRect(plot);

    // Axis titles: the weight rotated on the left, the scale's two named ends below.
    painter->setFont(axisTitleFont);
    painter->setPen(PackChartStyle::TextColor);
    painter->save();
    painter->translate(14, plot.center().y());
    painter->rotate(-90);
    painter->drawText(QRectF(-plot.height() / 2 - 40, -8, plot.height() + 80, 18), Qt::AlignCenter,
                      language.translate("PositionMapPainter", "Weight (clout × salience ÷ 100)"));
    painter->restore();
    const QString low =
        issue.scaleLow.isEmpty()
            ? language.translate("PositionMapPainter", "0")
            : language.translate("PositionMapPainter", "0 = %1").arg(issue.scaleLow);
    const QString high =
        issue.scaleHigh.isEmpty()
            ? language.translate("PositionMapPainter", "100")
            : language.translate("PositionMapPainter", "100 = %1").arg(issue.scaleHigh);
    painter->drawText(QRectF(0, plot.bottom() + 24, Width, 18), Qt::AlignCenter,
                      language.translate("PositionMapPainter", "◀ %1").arg(low));
    painter->drawText(QRectF(0, plot.bottom() + 42, Width, 18), Qt::AlignCenter,
                      language.translate("PositionMapPainter", "%1 ▶").arg(high));

    QList<LegendEntry> legend;
    for (const Position &position : positions) {
        const bool known = std::any_of(legend.cbegin(), legend.cend(), [&](const LegendEntry &e) {
            return e.text == position.actorBloc;
        });
        if (!known)
            legend.append({position.actorBloc, palette.colorOf(position.actorBloc)});
    }
    legend.append(spans);

    // The forecast's vertical lines, under the stems.
    if (forecast) {
        const auto vertical = [&](qreal value, const QPen &pen, const QString &name) {
            painter->setPen(pen);
            painter->drawLine(QPointF(x(value), plot.top()), QPointF(x(value), plot.bottom()));
            if (!name.isEmpty())
                legend.append({name, pen.color()});
        };
        if (forecast->hasEuObjective)
            vertical(forecast->euObjective, QPen(palette.ourColor(), 2, Qt::DotLine),
                     language.translate("PositionMapPainter", "%1 objective %2")
                         .arg(summit.ourBloc, language.number(forecast->euObjective, 1)));
        vertical(forecast->weightedMean, QPen(QColor(0x37, 0x41, 0x51), 1.5, Qt::DashLine),
                 language.translate("PositionMapPainter", "Mean %1")
                     .arg(language.number(forecast->weightedMean, 1)));
        const QPen outcomePen(QColor(0x11, 0x18, 0x27), 2.5);
        if (forecast->tie) {
            // No single outcome: both ends, named by the hatched span's legend entry.
            vertical(forecast->tieLow, outcomePen, QString());
            vertical(forecast->tieHigh, outcomePen, QString());
        } else {
            vertical(forecast->outcome, outcomePen,
                     language.translate("PositionMapPainter", "Forecast %1")
                         .arg(language.number(forecast->outcome, 1)));
        }
    }

    // Stems and heads, then the names over them on a white ground, so a stem
    // drawn later never crosses a name.
    for (const Position &position : positions) {
        const QColor color = palette.colorOf(position.actorBloc);
        const QPointF foot(x(position.position), plot.bottom());
        const QPointF head(x(position.position), y(PositionMapData::heightOf(position)));
        painter->setPen(QPen(color, 3, Qt::SolidLine, Qt::FlatCap));
        painter->drawLine(foot, head);
        painter->setPen(QPen(color.darker(120), 1));
        painter->setBrush(color);
        painter->drawEllipse(head, 4.5, 4.5);
    }
    painter->setBrush(Qt::NoBrush);
    painter->setFont(pointFont);
    // Placed as the window's map places them: inside the plot, apart, clear of
    // the forecast's lines; a name moved away from its head gets a leader line.
    const QFontMetricsF pointMetrics(pointFont);
    QList<PositionMapData::Label> labels;
    QStringList texts;
    for (const Position &position : positions) {
        const QString text =
            pointMetrics.elidedText(position.actorName, Qt::ElideRight, plot.width() - 4);
        texts.append(text);
        labels.append({QPointF(x(position.position), y(PositionMapData::heightOf(position))),
                       QSizeF(pointMetrics.horizontalAdvance(text) + 2, pointMetrics.height())});
    }
    QList<QLineF> avoid;
    if (forecast) {
        QList<qreal> lines = {forecast->weightedMean};
        if (forecast->tie)
            lines << forecast->tieLow << forecast->tieHigh;
        else
            lines << forecast->outcome;
        for (qreal value : std::as_const(lines))
            avoid.append(QLineF(x(value), plot.top(), x(value), plot.bottom()));
        if (forecast->hasEuObjective)
            avoid.append(QLineF(x(forecast->euObjective), plot.top(), x(forecast->euObjective),
                                plot.bottom()));
    }
    const QList<QRectF> placed = PositionMapData::placeLabels(labels, plot, avoid);
    for (qsizetype i = 0; i < placed.size(); ++i) {
        const QRectF &rect = placed.at(i);
        const QPointF head = labels.at(i).head;
        if (PositionMapData::needsLeader(rect, head)) {
            painter->setPen(QPen(PackChartStyle::GridColor.darker(130), 0.8));
            painter->drawLine(head, QPointF(std::clamp(head.x(), rect.left(), rect.right()),
                                            std::clamp(head.y(), rect.top(), rect.bottom())));
        }
        painter->fillRect(rect, Qt::white);
        painter->setPen(PackChartStyle::TextColor);
        painter->drawText(QPointF(rect.left() + 1, rect.top() + pointMetrics.ascent()),
                          texts.at(i));
    }

    // Legend under the axis titles, centred, on a second row when one is not enough.
    painter->setFont(labelFont);
    const auto widthOf = [&labelMetrics](const LegendEntry &entry) {
        return 14 + labelMetrics.horizontalAdvance(entry.text) + 16;
    };
    QList<QList<LegendEntry>> rows(1);
    qreal rowWidth = 0;
    for (const LegendEntry &entry : std::as_const(legend)) {
        if (!rows.last().isEmpty() && rowWidth + widthOf(entry) > Width && rows.size() < 2) {
            rows.append(QList<LegendEntry>());
            rowWidth = 0;
        }
        rows.last().append(entry);
        rowWidth += widthOf(entry);
    }
    qreal legendY = plot.bottom() + (rows.size() > 1 ? 64 : 72);
    for (const QList<LegendEntry> &row : std::as_const(rows)) {
        qreal width = 0;
        for (const LegendEntry &entry : row)
            width += widthOf(entry);
        qreal left = std::max<qreal>(0, (Width - width) / 2);
        for (const LegendEntry &entry : row) {
            const QRectF swatch(left, legendY + 3, 10, 10);
            if (entry.swatch.style() == Qt::SolidPattern)
                painter->fillRect(swatch, entry.swatch);
            else
                hatch(painter, swatch, entry.swatch.color());
            if (entry.swatch.style() != Qt::SolidPattern || entry.swatch.color() == BandColor) {
                painter->setPen(QPen(PackChartStyle::AxisColor, 0.6));
                painter->drawRect(swatch);
            }
            painter->setPen(PackChartStyle::TextColor);
            painter->drawText(QPointF(left + 14, legendY + 3 + 10 - 1), entry.text);
            left += widthOf(entry);
        }
        legendY += 18;
    }
    painter->restore();
}
