#pragma once

#include "ForecastResult.h"
#include "OutcomeRules.h"
#include "domain/DecisionRule.h"
#include "domain/Position.h"
#include "domain/WeightedMedian.h"

#include <QList>
#include <QString>

#include <optional>

// Outcome forecast for one issue from its actors' positions (the median-voter
// model): each actor pulls with weight clout × salience; the outcome is the
// weighted median, the weighted mean shows where the pull is balanced. An issue
// that needs the agreement of named parties ends at their compromise instead.
namespace Forecast {

using OutcomeRules::MedianSplit;

// Whether compute() also draws the uncertainty band (ForecastBand). Without it the
// result is the point forecast alone, for callers that only need the figures.
enum class Uncertainty
{
    Band,
    PointOnly
};

qint64 weightOf(const Position &position);

// The weighted median (the midpoint of an even split, see OutcomeRules::sortedMedian).
// Empty when there is no position or the total weight is zero.
std::optional<double> weightedMedian(const QList<Position> &positions);
std::optional<MedianSplit> weightedMedianSplit(const QList<Position> &positions);
// sum(c·s·x) / sum(c·s); empty when the total weight is zero.
std::optional<double> weightedMean(const QList<Position> &positions);

// Where a bloc stands for the stored bloc gaps: the weighted median of its actors'
// positions, the lower end of an even split (their plain median if all of them carry
// zero weight). Empty when none of them holds one.
std::optional<double> blocMedian(const QList<Position> &positions, const QString &bloc);

// Where our side wants the issue: our bloc's weighted median (SummitInfo::ourBloc),
// the midpoint when our bloc's weight is evenly split; its plain median when all of
// it carries zero weight. Empty when no actor of our bloc holds a position.
std::optional<MedianSplit> objectiveSplit(const QList<Position> &positions, const QString &ourBloc);
std::optional<double> objective(const QList<Position> &positions, const QString &ourBloc);

// Empty when the issue has no position with weight. Without an objective (none
// given, no actor of our bloc) the result has no leverage list. The band is drawn
// once, for the point forecast, never for the moves of the leverage list.
std::optional<ForecastResult> compute(const QList<Position> &positions, const QString &ourBloc,
                                      DecisionRule rule = DecisionRule::WeightedMajority,
                                      Uncertainty uncertainty = Uncertainty::Band);
std::optional<ForecastResult> compute(const QList<Position> &positions,
                                      std::optional<double> objective,
                                      DecisionRule rule = DecisionRule::WeightedMajority,
                                      Uncertainty uncertainty = Uncertainty::Band);

} // namespace Forecast
