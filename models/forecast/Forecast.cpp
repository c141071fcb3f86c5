#include "Forecast.h"

#include "ForecastBand.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace Forecast {

namespace {

struct Point
{
    double position = 0;
    qint64 weight = 0;
    bool party = false; // its consent is needed
};

// Points sorted ascending by position: every rule below is one linear scan.
using SortedPoints = std::vector<Point>;

// The points of `positions` in ascending order; rankOf[i] is where positions[i] went.
SortedPoints sortedPointsOf(const QList<Position> &positions, std::vector<size_t> *rankOf = nullptr)
{
    std::vector<size_t> order(size_t(positions.size()));
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return positions[qsizetype(a)].position < positions[qsizetype(b)].position;
    });
    SortedPoints points;
    points.reserve(order.size());
    if (rankOf)
        rankOf->assign(order.size(), 0);
    for (size_t rank = 0; rank < order.size(); ++rank) {
        const Position &position = positions[qsizetype(order[rank])];
        points.push_back({double(position.position), WeightedMedian::weightOf(position),
                          position.consentNeeded});
        if (rankOf)
            (*rankOf)[order[rank]] = rank;
    }
    return points;
}

std::optional<MedianSplit> medianOf(const SortedPoints &points)
{
    return OutcomeRules::sortedMedian<qint64>(
        qsizetype(points.size()), [&](qsizetype i) { return points[size_t(i)].position; },
        [&](qsizetype i) { return points[size_t(i)].weight; });
}

std::optional<double> meanOf(const SortedPoints &points)
{
    qint64 total = 0;
    double sum = 0;
    for (const Point &point : points) {
        total += point.weight;
        sum += double(point.weight) * point.position;
    }
    if (total <= 0)
        return std::nullopt;
    return sum / double(total);
}

struct Outcome
{
    double value = 0;
    bool fellBack = false; // consent asked for, but no party with weight
};

Outcome outcomeOf(const SortedPoints &points, DecisionRule rule, double median)
{
    if (rule != DecisionRule::Consent)
        return {median, false};
    const std::optional<double> compromise = OutcomeRules::compromise(
        qsizetype(points.size()), [&](qsizetype i) { return points[size_t(i)].position; },
        [&](qsizetype i) { return points[size_t(i)].weight; },
        [&](qsizetype i) { return points[size_t(i)].party; });
    if (!compromise)
        return {median, true};
    return {*compromise, false};
}

// The same points with the one at `rank` moved to `position`, still sorted.
SortedPoints withMoved(const SortedPoints &sorted, size_t rank, double position)
{
    SortedPoints moved = sorted;
    Point point = moved[rank];
    point.position = position;
    moved.erase(moved.begin() + qsizetype(rank));
    const auto at =
        std::upper_bound(moved.begin(), moved.end(), position,
                         [](double value, const Point &p) { return value < p.position; });
    moved.insert(at, point);
    return moved;
}

// How far a value moved toward the objective (negative: away from it).
double gainToward(double before, double after, double objective)
{
    return std::abs(before - objective) - std::abs(after - objective);
}

// Sort key at a millionth, so effects that are equal on paper but differ in the last
// bits of a double still fall back to the next criterion.
qint64 sortKey(double value)
{
    return qRound64(value * 1e6);
}

std::optional<ForecastResult> computeWith(const QList<Position> &positions,
                                          std::optional<MedianSplit> objective, DecisionRule rule,
                                          Uncertainty uncertainty)
{
    std::vector<size_t> rankOf;
    const SortedPoints points = sortedPointsOf(positions, &rankOf);
    const std::optional<MedianSplit> median = medianOf(points);
    const std::optional<double> mean = meanOf(points);
    if (!median || !mean)
        return std::nullopt;

    ForecastResult result;
    result.weightedMedian = median->value;
    result.tie = median->tie;
    if (median->tie) {
        result.tieLow = median->low;
        result.tieHigh = median->high;
    }
    result.weightedMean = *mean;
    result.actorCount = int(positions.size());
    for (const Point &point : points)
        result.totalWeight += point.weight;
    result.rule = rule;
    const Outcome outcome = outcomeOf(points, rule, median->value);
    result.outcome = outcome.value;
    result.ruleFellBack = outcome.fellBack;
    if (rule == DecisionRule::Consent && !outcome.fellBack) {
        for (const Position &position : positions) {
            if (position.consentNeeded && weightOf(position) > 0 &&
                !result.consentParties.contains(position.actorName))
                result.consentParties.append(position.actorName);
        }
    }
    if (uncertainty == Uncertainty::Band)
        result.band = ForecastBand::compute(positions, rule, result.outcome);
    if (!objective)
        return result;

    result.hasEuObjective = true;
    const double target = std::clamp(objective->value, 0.0, 100.0);
    result.euObjective = target;
    result.objectiveSplit = objective->tie;
    if (objective->tie) {
        result.objectiveLow = objective->low;
        result.objectiveHigh = objective->high;
    }

    result.leverage.reserve(positions.size());
    for (qsizetype i = 0; i < positions.size(); ++i) {
        const Position &position = positions[i];
        const size_t rank = rankOf[size_t(i)];
        // Moved all the way to the objective and never past it: an actor already
        // there is not moved.
        const SortedPoints moved = withMoved(points, rank, target);
        const double newMedian = medianOf(moved).value_or(*median).value;
        ForecastResult::Leverage entry;
        entry.actorId = position.actorId;
        entry.actorName = position.actorName;
        entry.actorBloc = position.actorBloc;
        entry.position = points[rank].position;
        entry.movedTo = target;
        entry.weight = points[rank].weight;
        entry.newMedian = newMedian;
        entry.newMean = meanOf(moved).value_or(result.weightedMean);
        entry.newOutcome = outcomeOf(moved, rule, newMedian).value;
        entry.medianShift = gainToward(result.weightedMedian, entry.newMedian, target);
        entry.meanShift = gainToward(result.weightedMean, entry.newMean, target);
        entry.outcomeShift = gainToward(result.outcome, entry.newOutcome, target);
        // The more an actor cares about the issue, the harder each point of ground.
        entry.effort =
            std::abs(target - entry.position) * double(std::max(position.salience, 0)) / 100.0;
        entry.gainPerEffort = entry.effort > 0 ? entry.outcomeShift / entry.effort : 0.0;
        result.leverage.append(entry);
    }
    std::stable_sort(result.leverage.begin(), result.leverage.end(),
                     [](const ForecastResult::Leverage &a, const ForecastResult::Leverage &b) {
                         if (sortKey(a.gainPerEffort) != sortKey(b.gainPerEffort))
                             return sortKey(a.gainPerEffort) > sortKey(b.gainPerEffort);
                         if (sortKey(a.outcomeShift) != sortKey(b.outcomeShift))
                             return sortKey(a.outcomeShift) > sortKey(b.outcomeShift);
                         return a.actorName < b.actorName;
                     });
    result.noSingleActorShifts = std::none_of(
        result.leverage.cbegin(), result.leverage.cend(),
        [](const ForecastResult::Leverage &entry) { return sortKey(entry.outcomeShift) > 0; });
    return result;
}

} // namespace

qint64 weightOf(const Position &position)
{
    return WeightedMedian::weightOf(position);
}

std::optional<MedianSplit> weightedMedianSplit(const QList<Position> &positions)
{
    return medianOf(sortedPointsOf(positions));
}

std::optional<double> weightedMedian(const QList<Position> &positions)
{
    const std::optional<MedianSplit> median = weightedMedianSplit(positions);
    return median ? std::optional<double>(median->value) : std::nullopt;
}

std::optional<double> weightedMean(const QList<Position> &positions)
{
    return meanOf(sortedPointsOf(positions));
}

std::optional<double> blocMedian(const QList<Position> &positions, const QString &bloc)
{
    return WeightedMedian::ofBloc(positions, bloc);
}

std::optional<MedianSplit> objectiveSplit(const QList<Position> &positions, const QString &ourBloc)
{
    QList<Position> ours;
    for (const Position &position : positions) {
        if (position.actorBloc == ourBloc)
            ours.append(position);
    }
    if (ours.isEmpty())
        return std::nullopt;
    SortedPoints points = sortedPointsOf(ours);
    const bool weightless = std::all_of(points.cbegin(), points.cend(),
                                        [](const Point &point) { return point.weight == 0; });
    if (weightless) {
        // Nobody of ours carries weight: each still says where our side stands.
        for (Point &point : points)
            point.weight = 1;
    }
    return medianOf(points);
}

std::optional<double> objective(const QList<Position> &positions, const QString &ourBloc)
{
    const std::optional<MedianSplit> split = objectiveSplit(positions, ourBloc);
    return split ? std::optional<double>(split->value) : std::nullopt;
}

std::optional<ForecastResult> compute(const QList<Position> &positions, const QString &ourBloc,
                                      DecisionRule rule, Uncertainty uncertainty)
{
    std::optional<ForecastResult> result =
        computeWith(positions, objectiveSplit(positions, ourBloc), rule, uncertainty);
    if (result)
        result->objectiveBloc = ourBloc;
    return result;
}

std::optional<ForecastResult> compute(const QList<Position> &positions,
                                      std::optional<double> objective, DecisionRule rule,
                                      Uncertainty uncertainty)
{
    std::optional<MedianSplit> given;
    if (objective)
        given = MedianSplit{*objective, false, *objective, *objective};
    return computeWith(positions, given, rule, uncertainty);
}

} // namespace Forecast
