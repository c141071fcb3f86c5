#include "PositionMapData.h"

#include "forecast/Forecast.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

double PositionMapData::heightOf(const Position &position)
{
    return double(Forecast::weightOf(position)) / 100.0;
}

PositionMapData PositionMapData::load(Store &store, qint64 issueId, Rounds rounds)
{
    PositionMapData data;
    const std::optional<Issue> issue = store.issues().byId(issueId);
    if (!issue)
        return data;
    data.issueId = issue->id;
    data.code = issue->code;
    data.title = issue->title;
    data.scaleLow = issue->scaleLow;
    data.scaleHigh = issue->scaleHigh;
    data.decisionRule = issue->decisionRule;
    data.decisionRuleSource = issue->decisionRuleSource;
    data.positions = store.positions().forIssue(issueId);
    const SummitInfo summit = store.settings().summit();
    data.ourBloc = summit.ourBloc;
    data.counterpartBloc = summit.counterpartBloc;
    data.palette = BlocPalette(summit);
    data.forecast = Forecast::compute(data.positions, summit.ourBloc, issue->decisionRule);
    if (rounds == Rounds::Compute)
        data.bargaining = Bargaining::run(data.positions, summit.ourBloc, issue->decisionRule);
    return data;
}

PositionMapData PositionMapData::atRound(int round) const
{
    PositionMapData map = *this;
    if (round <= 0 || bargaining.rounds.size() < 2)
        return map;
    const Bargaining::Round &played =
        bargaining.rounds.at(std::min<qsizetype>(round, bargaining.rounds.size() - 1));
    for (qsizetype i = 0; i < map.positions.size() && i < played.positions.size(); ++i)
        map.positions[i].position = int(std::lround(played.positions.at(i)));
    map.forecast = played.forecast;
    return map;
}

namespace {

// Gap between a head and its name, and between stacked names.
constexpr qreal labelGap = 4;
constexpr qreal headRadius = 5;

bool crosses(const QLineF &line, const QRectF &rect)
{
    // Vertical lines only (stems and forecast lines): a segment at x from y1 to y2.
    const qreal x = line.x1();
    const qreal top = std::min(line.y1(), line.y2());
    const qreal bottom = std::max(line.y1(), line.y2());
    return x > rect.left() && x < rect.right() && bottom > rect.top() && top < rect.bottom();
}

QRectF clampedInto(QRectF rect, const QRectF &plot)
{
    if (rect.width() > plot.width())
        rect.setWidth(plot.width());
    if (rect.height() > plot.height())
        rect.setHeight(plot.height());
    if (rect.left() < plot.left())
        rect.moveLeft(plot.left());
    if (rect.right() > plot.right())
        rect.moveRight(plot.right());
    if (rect.top() < plot.top())
        rect.moveTop(plot.top());
    if (rect.bottom() > plot.bottom())
        rect.moveBottom(plot.bottom());
    return rect;
}

qreal distance(const QRectF &rect, const QPointF &point)
{
    const qreal dx = std::max({rect.left() - point.x(), 0.0, point.x() - rect.right()});
    const qreal dy = std::max({rect.top() - point.y(), 0.0, point.y() - rect.bottom()});
    return std::hypot(dx, dy);
}

} // namespace

QList<QRectF> PositionMapData::placeLabels(const QList<Label> &labels, const QRectF &plot,
                                           const QList<QLineF> &avoid)
{
    QList<QRectF> placed(labels.size());
    if (labels.isEmpty() || plot.isEmpty())
        return placed;
    // Stems are obstacles for every name but their own (which sits on top of it).
    QList<QLineF> stems;
    for (const Label &label : labels)
        stems.append(QLineF(label.head.x(), label.head.y(), label.head.x(), plot.bottom()));

    QList<qsizetype> order(labels.size());
    std::iota(order.begin(), order.end(), 0);
    // The tallest stems first: they have the least room above them.
    std::stable_sort(order.begin(), order.end(), [&labels](qsizetype a, qsizetype b) {
        return labels.at(a).head.y() < labels.at(b).head.y();
    });

    QList<bool> done(labels.size(), false);
    for (qsizetype index : std::as_const(order)) {
        const Label &label = labels.at(index);
        const QPointF head = label.head;
        const QSizeF size(std::min(label.size.width(), plot.width()),
                          std::min(label.size.height(), plot.height()));
        const qreal step = size.height() + labelGap / 2;
        // Left edges: centred over the head, right of the stem, left of it; then
        // beside each forecast line, and shifted sideways by half a name at a time,
        // for the crowded places (a leader line then finds the head).
        QList<qreal> lefts = {head.x() - size.width() / 2, head.x() + headRadius + labelGap,
                              head.x() - headRadius - labelGap - size.width()};
        for (const QLineF &line : avoid) {
            lefts.append(line.x1() + labelGap);
            lefts.append(line.x1() - labelGap - size.width());
        }
        for (int shift = 1; shift <= 4; ++shift) {
            lefts.append(head.x() - size.width() / 2 - shift * size.width() / 2);
            lefts.append(head.x() - size.width() / 2 + shift * size.width() / 2);
        }
        QList<QRectF> candidates;
        const int levels = int(plot.height() / step) + 2;
        for (int level = 0; level < levels; ++level) {
            // Above the head, then beside it and further down the stem, then higher up.
            const qreal above = head.y() - headRadius - labelGap - size.height() - level * step;
            const qreal beside = head.y() - size.height() / 2 + level * step;
            for (qreal left : std::as_const(lefts)) {
                candidates.append(clampedInto(QRectF(QPointF(left, above), size), plot));
                candidates.append(clampedInto(QRectF(QPointF(left, beside), size), plot));
            }
        }

        qreal bestScore = std::numeric_limits<qreal>::max();
        QRectF best;
        for (const QRectF &rect : std::as_const(candidates)) {
            qreal score = distance(rect, head);
            qreal overlap = 0;
            for (qsizetype other = 0; other < labels.size(); ++other) {
                if (done.at(other)) {
                    const QRectF both = rect.intersected(placed.at(other).adjusted(-1, -1, 1, 1));
                    overlap += both.width() * both.height();
                }
                const QPointF otherHead = labels.at(other).head;
                if (rect.adjusted(-headRadius, -headRadius, headRadius, headRadius)
                        .contains(otherHead))
                    score += 2000;
                if (other != index && crosses(stems.at(other), rect))
                    score += 400;
            }
            if (crosses(stems.at(index), rect))
                score += 300; // its own stem, through a name placed below the head
            for (const QLineF &line : avoid) {
                if (crosses(line, rect))
                    score += 5000;
            }
            // Overlapping names are the last resort, however good the place.
            score += overlap > 0 ? 1e6 + overlap : 0;
            if (score < bestScore) {
                bestScore = score;
                best = rect;
            }
        }
        placed[index] = best;
        done[index] = true;
    }
    return placed;
}

bool PositionMapData::needsLeader(const QRectF &label, const QPointF &head)
{
    return distance(label, head) > headRadius + 2 * labelGap;
}
