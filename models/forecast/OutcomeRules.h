#pragma once

#include <QtGlobal>

#include <optional>

// The two outcome rules, written once for the point forecast (integer weights, exact)
// and for the band's draws (perturbed real weights). Callers keep their points sorted
// ascending by position, so each evaluation is a linear scan.
namespace OutcomeRules {

// A weighted median that reports an even split instead of picking one end of it.
struct MedianSplit
{
    double value = 0; // the median; the midpoint of low and high when tied
    bool tie = false;
    double low = 0;  // tied: the highest position of the lower half
    double high = 0; // tied: the lowest weighted position above it
};

// positionAt(i) ascending for i in [0, count); weightAt(i) >= 0. Points without weight
// count for nothing, not even as the upper end of a tie. If the running weight reaches
// exactly half the total at position a, the weight is split between a and the next
// higher weighted position b: the median is (a + b) / 2, so mirroring the scale
// mirrors it. Empty when the total weight is not positive.
template <typename Weight, typename PositionAt, typename WeightAt>
std::optional<MedianSplit> sortedMedian(qsizetype count, PositionAt positionAt, WeightAt weightAt)
{
    // Summed in the same order as `running`, so with real weights the running sum
    // still ends exactly at the total.
    Weight total = 0;
    for (qsizetype i = 0; i < count; ++i) {
        if (weightAt(i) > 0)
            total += weightAt(i);
    }
    if (!(total > 0))
        return std::nullopt;
    const auto nextWeighted = [&](qsizetype from) {
        while (from < count && !(weightAt(from) > 0))
            ++from;
        return from;
    };
    Weight running = 0;
    qsizetype i = nextWeighted(0);
    while (i < count) {
        const double position = positionAt(i);
        qsizetype next = i;
        for (; next < count && positionAt(next) == position; ++next) {
            if (weightAt(next) > 0)
                running += weightAt(next);
        }
        // Compared doubled: with integer weights "exactly half" has no rounding.
        if (2 * running > total)
            return MedianSplit{position, false, position, position};
        next = nextWeighted(next);
        if (2 * running == total && next < count) {
            const double above = positionAt(next);
            return MedianSplit{(position + above) / 2.0, true, position, above};
        }
        if (next >= count) // only reachable through rounding of real weights
            return MedianSplit{position, false, position, position};
        i = next;
    }
    return std::nullopt;
}

// The compromise of the parties whose consent is needed (Decide's compromise model
// restricted to them): sum(w·x) / sum(w) over the parties with weight. It lies
// between their positions. Empty when no party has weight.
template <typename PositionAt, typename WeightAt, typename IsParty>
std::optional<double> compromise(qsizetype count, PositionAt positionAt, WeightAt weightAt,
                                 IsParty isParty)
{
    double weighted = 0;
    double total = 0;
    for (qsizetype i = 0; i < count; ++i) {
        if (!isParty(i) || !(weightAt(i) > 0))
            continue;
        weighted += double(weightAt(i)) * positionAt(i);
        total += double(weightAt(i));
    }
    if (!(total > 0))
        return std::nullopt;
    return weighted / total;
}

} // namespace OutcomeRules
