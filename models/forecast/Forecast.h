#pragma once

#include "ForecastResult.h"
#include "domain/Position.h"

#include <QLatin1String>
#include <QList>

#include <optional>

// Outcome forecast for one issue from its actors' positions (the median-voter
// model): each actor pulls with weight clout × salience; the outcome is the
// weighted median, the weighted mean shows where the pull is balanced.
namespace Forecast {

// How far each actor is moved toward the EU objective to measure its leverage.
inline constexpr double leverageStep = 10.0;

qint64 weightOf(const Position &position);

// The first position, in ascending order, at which the running weight reaches half
// the total weight. Empty when there is no position or the total weight is zero.
std::optional<double> weightedMedian(const QList<Position> &positions);
// sum(c·s·x) / sum(c·s); empty when the total weight is zero.
std::optional<double> weightedMean(const QList<Position> &positions);

// Where a bloc stands: the weighted median of its actors' positions (their plain
// median if all of them carry zero weight). Empty when none of them holds one.
std::optional<double> blocMedian(const QList<Position> &positions, QLatin1String bloc);

// Where the EU wants the issue: the EU bloc's median.
std::optional<double> euObjective(const QList<Position> &positions);

// Empty when the issue has no position with weight. Without an objective (none
// given, no EU actor) the result has no leverage list.
std::optional<ForecastResult> compute(const QList<Position> &positions);
std::optional<ForecastResult> compute(const QList<Position> &positions,
                                      std::optional<double> objective);

} // namespace Forecast
