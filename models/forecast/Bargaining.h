#pragma once

#include "ForecastResult.h"
#include "domain/DecisionRule.h"
#include "domain/Position.h"

#include <QList>
#include <QString>

#include <optional>

// Bargaining rounds: a dynamic forecast in which actors move toward the coalitions
// that can impose on them, round after round, until positions settle.
//
// The model is Bueno de Mesquita's expected-utility ("challenge") model as made
// explicit by J. B. Scholz, G. J. Calbert and G. A. Smith, "Unravelling Bueno de
// Mesquita's group decision model", Journal of Theoretical Politics 23(4), 2011,
// pp. 510–531 (also ICAART 2011). In each round, with positions x, clout c and
// salience s (read as the probability of resisting a challenge, s/100):
// - every voter k weighs two positions a, b by
//     v_k(a, b) = c_k·s_k·(|x_k − x_b|^r_k − |x_k − x_a|^r_k) / range^r_k;
// - the probability that a challenger at a beats a defender at b is
//     P(a, b) = Σ_k max(0, v_k(a, b)) / Σ_k Σ_m Σ_n |v_k(x_m, x_n)|;
// - i's expected utility of a challenging b, seen with i's risk exponent r_i, is
//     EU = s_b·(P·U_s + (1 − P)·U_f) + (1 − s_b)·U_s − Q·U_sq, with Q = 1 and
//     U_s = 2 − 4·(0.5 − 0.5·d)^r_i, U_f = 2 − 4·(0.5 + 0.5·d)^r_i, U_sq = 2 − 4·0.5^r_i,
//     d = |x_a − x_b| / range;
// - risk: with every r at 1, actor i's danger D_i is the sum of the others' EU of
//   challenging i (seen by i); R_i = (2·D_i − max D − min D) / (max D − min D) and
//   r_i = (1 − R_i/3) / (1 + R_i/3);
// - offers: for each j at another position, i compares EU_ij (i challenges j) with
//   EU_ji (j challenges i): EU_ji > EU_ij > 0, i loses a confrontation and moves to
//   x_j; EU_ji > 0 > EU_ij and EU_ji > |EU_ij|, i compromises to
//   x_i + (x_j − x_i)·|EU_ij / EU_ji|; EU_ji > 0 > EU_ij and EU_ji < |EU_ij|, i
//   capitulates to x_j. i takes a confrontation if it has one, else a compromise,
//   else a capitulation, each time the one that moves it least; all move at once.
// range is the spread of the opening positions. The paper's figure of the mean
// position over ten rounds of its European Community example is reproduced in
// tests/test_bargaining.cpp (within the one decimal the figure can be read to).
//
// The result of every round is the forecast of those positions under the
// issue's decision rule (Forecast::compute), so a veto party's consent still counts.
namespace Bargaining {

// How an actor chooses among several compromises offered to it.
enum class CompromiseChoice
{
    // The one that moves it least, as the paper describes: mirroring the scale
    // mirrors every round.
    SmallestMove,
    // The one with the lowest compromise position, as the authors' program chose
    // (it reproduces their published rounds; it favours the scale's 0 end, so it is
    // for checking against the paper, not for forecasts).
    AsInAuthorsProgram
};

struct Options
{
    int maxRounds = 50;
    // Positions have settled when a further round would move no actor more than
    // this (scale points); that round is not counted.
    double tolerance = 0.5;
    CompromiseChoice compromise = CompromiseChoice::SmallestMove;
};

struct Round
{
    QList<double> positions;                // one per input position, in input order
    std::optional<ForecastResult> forecast; // the forecast of these positions
};

struct Result
{
    QList<Round> rounds; // rounds[0] holds the opening positions
    bool settled = false;
    // Rounds that moved someone, after the opening (the maximum when not settled).
    int roundCount() const { return int(rounds.size()) - 1; }
    std::optional<double> openingOutcome() const;
    std::optional<double> finalOutcome() const;
    // Where bargaining that never settles keeps the forecast: the lowest and highest
    // outcome of its last `window` rounds (the ends of a cycle), so that no figure
    // depends on the round at which play was stopped.
    struct Swing
    {
        double low = 0;
        double high = 0;
    };
    std::optional<Swing> swing(int window = 10) const;
};

// Plays the rounds. Deterministic: the same input gives the same rounds.
Result run(const QList<Position> &positions, const QString &ourBloc,
           DecisionRule rule = DecisionRule::WeightedMajority, const Options &options = {});

// One round of moves from `positions` (same order as `actors`); exposed for tests.
QList<double> playRound(const QList<Position> &actors, const QList<double> &positions, double range,
                        CompromiseChoice compromise);

} // namespace Bargaining
