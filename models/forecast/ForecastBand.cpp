#include "ForecastBand.h"

#include "OutcomeRules.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace ForecastBand {

namespace {

struct DrawPoint
{
    double position = 0;
    double clout = 0;
    double salience = 0;
    int actor = 0; // index into the per-draw factors
    bool party = false;
};

// An actor's identity for its factors: its id, or its name while it has no id.
struct ActorKey
{
    qint64 id = 0;
    QString name;

    bool operator<(const ActorKey &other) const
    {
        return id != other.id ? id < other.id : name < other.name;
    }
    bool operator==(const ActorKey &other) const { return id == other.id && name == other.name; }
};

ActorKey keyOf(const Position &position)
{
    return position.actorId != 0 ? ActorKey{position.actorId, QString()}
                                 : ActorKey{0, position.actorName};
}

double factorFrom(std::uint64_t bits)
{
    return lowestFactor + (highestFactor - lowestFactor) * unitInterval(bits);
}

} // namespace

double unitInterval(std::uint64_t bits)
{
    return double(bits >> 11) * 0x1.0p-53;
}

ForecastResult::Band summarize(QList<double> outcomes, double point)
{
    ForecastResult::Band band;
    band.draws = int(outcomes.size());
    if (outcomes.isEmpty()) {
        band.likely = band.low = band.high = point;
        return band;
    }
    std::sort(outcomes.begin(), outcomes.end());
    const qsizetype n = outcomes.size();
    // floor(0.1·(N−1)) in integers, so no rounding of 0.1 moves the index.
    const qsizetype k = (n - 1) * tailTenths / 10;
    band.low = outcomes[k];
    band.high = outcomes[n - 1 - k];

    qsizetype bestCount = -1;
    double best = point;
    double previous = std::nan("");
    for (const double outcome : outcomes) {
        // nearbyint rounds half to even in the default rounding mode: 37.5 -> 38 and
        // its mirror 62.5 -> 62.
        const double candidate = std::nearbyint(outcome);
        if (candidate == previous)
            continue; // outcomes are sorted, so equal candidates are adjacent
        previous = candidate;
        const auto from =
            std::lower_bound(outcomes.cbegin(), outcomes.cend(), candidate - likelyHalfWidth);
        const auto to =
            std::upper_bound(outcomes.cbegin(), outcomes.cend(), candidate + likelyHalfWidth);
        const qsizetype count = to - from;
        const bool better =
            count > bestCount ||
            (count == bestCount &&
             (std::abs(candidate - point) < std::abs(best - point) ||
              (std::abs(candidate - point) == std::abs(best - point) && candidate < best)));
        if (better) {
            bestCount = count;
            best = candidate;
        }
    }
    band.likely = best;
    band.probability = double(bestCount) / double(n);
    band.low = std::min(band.low, point);
    band.high = std::max(band.high, point);
    return band;
}

std::optional<ForecastResult::Band> compute(const QList<Position> &positions, DecisionRule rule,
                                            double point, int draws)
{
    std::vector<ActorKey> actors;
    actors.reserve(positions.size());
    for (const Position &position : positions)
        actors.push_back(keyOf(position));
    std::sort(actors.begin(), actors.end());
    actors.erase(std::unique(actors.begin(), actors.end()), actors.end());

    // Sorted once: every draw then finds its median in one linear scan, as the
    // factors change the weights but never the order of the positions.
    std::vector<DrawPoint> points;
    points.reserve(positions.size());
    bool anyWeight = false;
    bool anyParty = false;
    for (const Position &position : positions) {
        DrawPoint point;
        point.position = double(position.position);
        // As WeightedMedian::weightOf: a negative value would only come from a bug.
        point.clout = double(std::max(position.clout, 0));
        point.salience = double(std::max(position.salience, 0));
        point.actor =
            int(std::lower_bound(actors.begin(), actors.end(), keyOf(position)) - actors.begin());
        const bool weighted = point.clout > 0 && point.salience > 0;
        point.party = position.consentNeeded;
        anyWeight = anyWeight || weighted;
        // The factors are positive, so the consent parties with weight are the same
        // in every draw, and so is a fall-back to the majority rule.
        anyParty = anyParty || (weighted && position.consentNeeded);
        points.push_back(point);
    }
    if (!anyWeight)
        return std::nullopt;
    std::stable_sort(points.begin(), points.end(), [](const DrawPoint &a, const DrawPoint &b) {
        return a.position < b.position;
    });
    const bool byConsent = rule == DecisionRule::Consent && anyParty;

    std::mt19937_64 generator(seed);
    std::vector<double> salienceFactor(actors.size());
    std::vector<double> cloutFactor(actors.size());
    std::vector<double> weights(points.size());
    QList<double> outcomes;
    outcomes.reserve(draws);
    const qsizetype count = qsizetype(points.size());
    const auto positionAt = [&](qsizetype i) { return points[size_t(i)].position; };
    const auto weightAt = [&](qsizetype i) { return weights[size_t(i)]; };
    const auto isParty = [&](qsizetype i) { return points[size_t(i)].party; };
    for (int draw = 0; draw < draws; ++draw) {
        // Per actor, in the order of their keys: the salience factor, then the clout's.
        for (size_t actor = 0; actor < actors.size(); ++actor) {
            salienceFactor[actor] = factorFrom(generator());
            cloutFactor[actor] = factorFrom(generator());
        }
        for (size_t i = 0; i < points.size(); ++i) {
            const DrawPoint &p = points[i];
            weights[i] = (p.clout * cloutFactor[size_t(p.actor)]) *
                         (p.salience * salienceFactor[size_t(p.actor)]);
        }
        std::optional<double> outcome;
        if (byConsent)
            outcome = OutcomeRules::compromise(count, positionAt, weightAt, isParty);
        else if (const auto median =
                     OutcomeRules::sortedMedian<double>(count, positionAt, weightAt))
            outcome = median->value;
        outcomes.append(outcome.value_or(point));
    }
    return summarize(outcomes, point);
}

} // namespace ForecastBand
