#include "Forecast.h"

#include <algorithm>
#include <cmath>

namespace Forecast {

namespace {

using WeightedMedian::Point;
using WeightedMedian::pointsOf;
using WeightedMedian::totalOf;

std::optional<double> medianOf(const QList<Point> &points)
{
    return WeightedMedian::of(points);
}

std::optional<double> meanOf(const QList<Point> &points)
{
    const qint64 total = totalOf(points);
    if (total <= 0)
        return std::nullopt;
    double sum = 0;
    for (const Point &point : points)
        sum += double(point.weight) * point.position;
    return sum / double(total);
}

// One step of `step` points from `from` toward `objective`, stopping at it: an
// actor talked round does not overshoot what we ask for.
double stepToward(double from, double objective, double step)
{
    const double moved =
        from < objective ? std::min(from + step, objective) : std::max(from - step, objective);
    return std::clamp(moved, 0.0, 100.0);
}

// How far a value moved toward the objective (negative: away from it).
double gainToward(double before, double after, double objective)
{
    return std::abs(before - objective) - std::abs(after - objective);
}

// Sort key at a millionth of a point, so effects that are equal on paper but differ
// in the last bits of a double still fall back to the actor's name.
qint64 sortKey(double shift)
{
    return qRound64(shift * 1e6);
}

} // namespace

qint64 weightOf(const Position &position)
{
    return WeightedMedian::weightOf(position);
}

std::optional<double> weightedMedian(const QList<Position> &positions)
{
    return medianOf(pointsOf(positions));
}

std::optional<double> weightedMean(const QList<Position> &positions)
{
    return meanOf(pointsOf(positions));
}

std::optional<double> blocMedian(const QList<Position> &positions, const QString &bloc)
{
    return WeightedMedian::ofBloc(positions, bloc);
}

std::optional<double> objective(const QList<Position> &positions, const QString &ourBloc)
{
    return blocMedian(positions, ourBloc);
}

std::optional<ForecastResult> compute(const QList<Position> &positions, const QString &ourBloc)
{
    std::optional<ForecastResult> result = compute(positions, objective(positions, ourBloc));
    if (result)
        result->objectiveBloc = ourBloc;
    return result;
}

std::optional<ForecastResult> compute(const QList<Position> &positions,
                                      std::optional<double> objective)
{
    const QList<Point> points = pointsOf(positions);
    const std::optional<double> median = medianOf(points);
    const std::optional<double> mean = meanOf(points);
    if (!median || !mean)
        return std::nullopt;

    ForecastResult result;
    result.weightedMedian = *median;
    result.weightedMean = *mean;
    result.actorCount = int(positions.size());
    result.totalWeight = totalOf(points);
    if (!objective)
        return result;
    result.hasEuObjective = true;
    result.euObjective = std::clamp(*objective, 0.0, 100.0);

    result.leverage.reserve(positions.size());
    for (qsizetype i = 0; i < positions.size(); ++i) {
        QList<Point> moved = points;
        moved[i].position = stepToward(points[i].position, result.euObjective, leverageStep);
        ForecastResult::Leverage entry;
        entry.actorId = positions[i].actorId;
        entry.actorName = positions[i].actorName;
        entry.actorBloc = positions[i].actorBloc;
        entry.position = points[i].position;
        entry.movedTo = moved[i].position;
        entry.weight = points[i].weight;
        entry.newMedian = medianOf(moved).value_or(result.weightedMedian);
        entry.newMean = meanOf(moved).value_or(result.weightedMean);
        entry.medianShift = gainToward(result.weightedMedian, entry.newMedian, result.euObjective);
        entry.meanShift = gainToward(result.weightedMean, entry.newMean, result.euObjective);
        result.leverage.append(entry);
    }
    std::stable_sort(result.leverage.begin(), result.leverage.end(),
                     [](const ForecastResult::Leverage &a, const ForecastResult::Leverage &b) {
                         if (sortKey(a.medianShift) != sortKey(b.medianShift))
                             return sortKey(a.medianShift) > sortKey(b.medianShift);
                         if (sortKey(a.meanShift) != sortKey(b.meanShift))
                             return sortKey(a.meanShift) > sortKey(b.meanShift);
                         return a.actorName < b.actorName;
                     });
    return result;
}

} // namespace Forecast
