#pragma once

#include "ForecastResult.h"
#include "domain/DecisionRule.h"
#include "domain/Position.h"

#include <QList>

#include <cstdint>
#include <optional>

// How firm a forecast is. Nobody can estimate salience or clout to the point, so the
// outcome is recomputed over many draws in which every actor's salience and clout are
// each multiplied by an independent factor in [0.8, 1.2]. The draws are seeded: the
// same data always gives the same band, on every machine.
namespace ForecastBand {

inline constexpr int drawCount = 1000;
inline constexpr double lowestFactor = 0.8;
inline constexpr double highestFactor = 1.2;
// The band runs from the 10th to the 90th percentile of the draws' outcomes.
inline constexpr int tailTenths = 1;
// A draw counts for a likely value v when its outcome is within this many points of v.
inline constexpr double likelyHalfWidth = 2.5;
inline constexpr std::uint64_t seed = 20250724;

// The top 53 bits of a generator's output as a double in [0, 1): the library's
// uniform_real_distribution may differ between standard libraries, this does not.
double unitInterval(std::uint64_t bits);

// The band of a set of outcomes: sorted, k = floor(0.1·(N−1)), low = sorted[k], high =
// sorted[N−1−k] (symmetric, so mirroring the scale mirrors it). likely is the whole
// point v, among the outcomes rounded (half to even, which mirrors too), with the most
// outcomes within ±2.5 of it; ties go to the v nearest `point`, then to the lower one.
// probability is that count / N. The band is widened to contain `point`.
ForecastResult::Band summarize(QList<double> outcomes, double point);

// The band of `point`, the outcome of `positions` under `rule`: `draws` seeded draws,
// the factors keyed by actor (actorId, or the name when it has none), so an actor
// listed twice moves as one. Empty when no position has weight.
std::optional<ForecastResult::Band> compute(const QList<Position> &positions, DecisionRule rule,
                                            double point, int draws = drawCount);

} // namespace ForecastBand
