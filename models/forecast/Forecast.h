#pragma once

#include "ForecastResult.h"
#include "domain/Position.h"
#include "domain/WeightedMedian.h"

#include <QList>
#include <QString>

#include <optional>

// Outcome forecast for one issue from its actors' positions (the median-voter
// model): each actor pulls with weight clout × salience; the outcome is the
// weighted median, the weighted mean shows where the pull is balanced.
namespace Forecast {

// How far each actor is moved toward our side's objective to measure its leverage.
inline constexpr double leverageStep = 10.0;

qint64 weightOf(const Position &position);

// The first position, in ascending order, at which the running weight reaches half
// the total weight. Empty when there is no position or the total weight is zero.
std::optional<double> weightedMedian(const QList<Position> &positions);
// sum(c·s·x) / sum(c·s); empty when the total weight is zero.
std::optional<double> weightedMean(const QList<Position> &positions);

// Where a bloc stands: the weighted median of its actors' positions (their plain
// median if all of them carry zero weight). Empty when none of them holds one.
std::optional<double> blocMedian(const QList<Position> &positions, const QString &bloc);

// Where our side wants the issue: our bloc's median (SummitInfo::ourBloc).
std::optional<double> objective(const QList<Position> &positions, const QString &ourBloc);

// Empty when the issue has no position with weight. Without an objective (none
// given, no actor of our bloc) the result has no leverage list.
std::optional<ForecastResult> compute(const QList<Position> &positions, const QString &ourBloc);
std::optional<ForecastResult> compute(const QList<Position> &positions,
                                      std::optional<double> objective);

} // namespace Forecast
