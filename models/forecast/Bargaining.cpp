#include "Bargaining.h"

#include "Forecast.h"

#include <algorithm>
#include <cmath>

namespace Bargaining {

namespace {

constexpr double statusQuoWeight = 1.0; // Q: the status quo is expected to hold

// Everything a round needs, precomputed once so that a round with n actors costs
// about n³ additions (once per risk setting) and n² powers.
class RoundState
{
public:
    RoundState(const QList<Position> &actors, const QList<double> &positions, double range)
        : m_positions(positions), m_range(range), m_count(positions.size())
    {
        m_clout.reserve(m_count);
        m_salience.reserve(m_count);
        for (const Position &actor : actors) {
            m_clout.append(std::max(0, actor.clout));
            m_salience.append(std::clamp(actor.salience, 0, 100) / 100.0);
        }
        m_risk = QList<double>(m_count, 1.0);
    }

    void setRisk(const QList<double> &risk) { m_risk = risk; }
    const QList<double> &risk() const { return m_risk; }

    // v_k over every pair, through each voter's utilities of each actor's position.
    void prepareVotes()
    {
        // Weighted utilities by actor, voters contiguous: the pair loop below reads
        // two rows straight through.
        m_weighted = QList<double>(m_count * m_count);
        m_voteTotal = 0;
        QList<double> row(m_count);
        for (qsizetype k = 0; k < m_count; ++k) {
            for (qsizetype m = 0; m < m_count; ++m) {
                const double distance = std::abs(m_positions[k] - m_positions[m]) / m_range;
                row[m] = power(distance, m_risk[k]);
                m_weighted[m * m_count + k] = voteWeight(k) * row[m];
            }
            // Σ_m Σ_n |u_n − u_m| over ordered pairs = 2 Σ_{sorted} u_(i)·(2i − n + 1).
            std::sort(row.begin(), row.end());
            double pairs = 0;
            for (qsizetype i = 0; i < m_count; ++i)
                pairs += row[i] * double(2 * i - m_count + 1);
            m_voteTotal += voteWeight(k) * 2 * pairs;
        }
        // Both directions of a pair in one pass over the voters: what favours a over
        // b is what b loses to a.
        m_win = QList<double>(m_count * m_count, 0.0);
        if (m_voteTotal <= 0)
            return;
        const double *weighted = m_weighted.constData();
        QList<double> rowSum(m_count, 0.0);
        for (qsizetype m = 0; m < m_count; ++m)
            for (qsizetype k = 0; k < m_count; ++k)
                rowSum[m] += weighted[m * m_count + k];
        for (qsizetype a = 0; a < m_count; ++a) {
            const double *forPositionA = weighted + a * m_count;
            for (qsizetype b = a + 1; b < m_count; ++b) {
                if (m_positions[a] == m_positions[b])
                    continue;
                const double *forPositionB = weighted + b * m_count;
                double forA = 0;
                for (qsizetype k = 0; k < m_count; ++k)
                    forA += std::max(forPositionB[k] - forPositionA[k], 0.0);
                // Σ max(−v, 0) = Σ max(v, 0) − Σ v, and Σ v is the rows' difference.
                const double forB = std::max(forA - (rowSum[b] - rowSum[a]), 0.0);
                m_win[a * m_count + b] = forA / m_voteTotal;
                m_win[b * m_count + a] = forB / m_voteTotal;
            }
        }
    }

    // P(a, b): a challenger standing where actor a stands beats actor b.
    double winProbability(qsizetype a, qsizetype b) const { return m_win[a * m_count + b]; }

    // The expected utilities of a challenging b and of b challenging a, seen by
    // `viewer` (its risk exponent): one pair's distance serves both.
    struct Stakes
    {
        double aOnB = 0;
        double bOnA = 0;
    };
    Stakes challenges(qsizetype viewer, qsizetype a, qsizetype b) const
    {
        const double r = m_risk[viewer];
        const double distance = std::abs(m_positions[a] - m_positions[b]) / m_range;
        const double success = 2 - 4 * power(0.5 - 0.5 * distance, r);
        const double failure = 2 - 4 * power(0.5 + 0.5 * distance, r);
        const double statusQuo = statusQuoWeight * (2 - 4 * power(0.5, r));
        const auto worth = [&](double p, double resistance) {
            return resistance * (p * success + (1 - p) * failure) + (1 - resistance) * success -
                   statusQuo;
        };
        return {worth(winProbability(a, b), m_salience[b]),
                worth(winProbability(b, a), m_salience[a])};
    }

    double position(qsizetype i) const { return m_positions[i]; }
    qsizetype count() const { return m_count; }

private:
    // pow() is most of a round's time; the risk-neutral exponent needs none.
    static double power(double base, double exponent)
    {
        return exponent == 1.0 ? base : std::pow(base, exponent);
    }
    double voteWeight(qsizetype k) const { return double(m_clout[k]) * m_salience[k]; }

    QList<double> m_positions;
    double m_range;
    qsizetype m_count;
    QList<int> m_clout;
    QList<double> m_salience;
    QList<double> m_risk;
    QList<double> m_weighted; // [m·n + k] = c_k·s_k·(|x_k − x_m| / range)^r_k
    QList<double> m_win;      // m_win[a·n + b] = P(a, b)
    double m_voteTotal = 0;
};

// Risk exponents from how exposed each actor is to challenges (every r at 1 first).
QList<double> riskExponents(RoundState &state)
{
    const qsizetype n = state.count();
    state.setRisk(QList<double>(n, 1.0));
    state.prepareVotes();
    QList<double> danger(n, 0.0);
    for (qsizetype i = 0; i < n; ++i)
        for (qsizetype j = 0; j < n; ++j)
            if (j != i)
                danger[i] += state.challenges(i, i, j).bOnA; // j challenges i
    const auto [lowest, highest] = std::minmax_element(danger.cbegin(), danger.cend());
    QList<double> risk(n, 1.0);
    if (n == 0 || *highest - *lowest <= 0)
        return risk;
    for (qsizetype i = 0; i < n; ++i) {
        const double acceptance = (2 * danger[i] - *highest - *lowest) / (*highest - *lowest);
        risk[i] = (1 - acceptance / 3) / (1 + acceptance / 3);
    }
    return risk;
}

enum class OfferKind
{
    Confrontation,
    Compromise,
    Capitulation
};

struct Offer
{
    OfferKind kind;
    double position = 0;
    double choiceKey = 0; // smaller is preferred
};

} // namespace

QList<double> playRound(const QList<Position> &actors, const QList<double> &positions, double range,
                        CompromiseChoice compromise)
{
    Q_ASSERT(actors.size() == positions.size());
    if (range <= 0 || positions.size() < 2)
        return positions;
    RoundState state(actors, positions, range);
    state.setRisk(riskExponents(state));
    state.prepareVotes();

    QList<double> next = positions;
    const qsizetype n = state.count();
    for (qsizetype i = 0; i < n; ++i) {
        std::optional<Offer> best;
        for (qsizetype j = 0; j < n; ++j) {
            if (state.position(j) == state.position(i))
                continue;
            const auto [mine, theirs] = state.challenges(i, i, j); // i on j, j on i
            Offer offer;
            if (theirs > mine && mine > 0) {
                offer = {OfferKind::Confrontation, state.position(j), 0};
            } else if (theirs > 0 && mine < 0 && theirs > std::abs(mine)) {
                const double to =
                    state.position(i) + (state.position(j) - state.position(i)) * (-mine / theirs);
                const double key = compromise == CompromiseChoice::SmallestMove
                                       ? std::abs(to - state.position(i))
                                       : (-mine * state.position(i) + theirs * state.position(j)) /
                                             (-mine + theirs);
                offer = {OfferKind::Compromise, to, key};
            } else if (theirs > 0 && mine < 0 && theirs < std::abs(mine)) {
                offer = {OfferKind::Capitulation, state.position(j), 0};
            } else {
                continue;
            }
            if (offer.kind != OfferKind::Compromise)
                offer.choiceKey = std::abs(offer.position - state.position(i));
            // Confrontations before compromises before capitulations; within a kind
            // the preferred key; on equal keys the first actor listed.
            if (!best || offer.kind < best->kind ||
                (offer.kind == best->kind && offer.choiceKey < best->choiceKey))
                best = offer;
        }
        if (best)
            next[i] = std::clamp(best->position, 0.0, 100.0);
    }
    return next;
}

namespace {

// The outcome for positions met during bargaining (whole points, like the
// positions a user enters), under the rule. A round needs only the point
// forecast: fifty rounds of a thousand-draw band each would be felt.
std::optional<ForecastResult> forecastOf(const QList<Position> &actors,
                                         const QList<double> &positions, const QString &ourBloc,
                                         DecisionRule rule)
{
    QList<Position> moved = actors;
    for (qsizetype i = 0; i < moved.size(); ++i)
        moved[i].position = int(std::lround(positions[i]));
    return Forecast::compute(moved, ourBloc, rule, Forecast::Uncertainty::PointOnly);
}

} // namespace

Result run(const QList<Position> &positions, const QString &ourBloc, DecisionRule rule,
           const Options &options)
{
    Result result;
    QList<double> current;
    current.reserve(positions.size());
    for (const Position &position : positions)
        current.append(std::clamp(double(position.position), 0.0, 100.0));
    result.rounds.append({current, forecastOf(positions, current, ourBloc, rule)});
    if (current.isEmpty()) {
        result.settled = true;
        return result;
    }
    const auto [lowest, highest] = std::minmax_element(current.cbegin(), current.cend());
    const double range = *highest - *lowest;
    if (range <= 0) {
        result.settled = true; // everyone already agrees
        return result;
    }
    for (int round = 1; round <= options.maxRounds; ++round) {
        QList<double> next = playRound(positions, current, range, options.compromise);
        double largestMove = 0;
        for (qsizetype i = 0; i < next.size(); ++i)
            largestMove = std::max(largestMove, std::abs(next[i] - current[i]));
        // A round in which nobody moves more than the tolerance is not counted: the
        // positions had settled in the round before.
        if (largestMove <= options.tolerance) {
            result.settled = true;
            break;
        }
        current = std::move(next);
        result.rounds.append({current, forecastOf(positions, current, ourBloc, rule)});
    }
    return result;
}

std::optional<double> Result::openingOutcome() const
{
    if (rounds.isEmpty() || !rounds.first().forecast)
        return std::nullopt;
    return rounds.first().forecast->outcome;
}

std::optional<double> Result::finalOutcome() const
{
    if (rounds.isEmpty() || !rounds.last().forecast)
        return std::nullopt;
    return rounds.last().forecast->outcome;
}

std::optional<Result::Swing> Result::swing(int window) const
{
    std::optional<Swing> result;
    for (qsizetype i = std::max<qsizetype>(0, rounds.size() - window); i < rounds.size(); ++i) {
        if (!rounds[i].forecast)
            continue;
        const double outcome = rounds[i].forecast->outcome;
        if (!result)
            result = Swing{outcome, outcome};
        result->low = std::min(result->low, outcome);
        result->high = std::max(result->high, outcome);
    }
    return result;
}

} // namespace Bargaining
