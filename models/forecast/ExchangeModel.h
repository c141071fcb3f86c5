#pragma once

#include "domain/DecisionRule.h"
#include "domain/Position.h"

#include <QList>
#include <QPair>
#include <QString>

class Store;

// Package deals across issues joined by a trade-off link: the exchange model of
// Stokman and van Oosten (1994, "The exchange of voting positions: an
// object-oriented model of policy networks", in Bueno de Mesquita and Stokman (eds.),
// European Community Decision Making, Yale UP, 105-127), in its equal-gain form as
// the Decide implementation computes it.
//
// On each issue the model's outcome is the compromise sum(c·s·x)/sum(c·s). Two
// actors on opposite sides of the compromise on both issues can exchange: each
// moves its voting position toward the other on the issue it cares less about
// (relative salience) and is paid by the other's move on the issue it cares more
// about. Moving shifts the compromise by |Δx|·c·s/sum(c·s). The shifts are set
// so that both gain the same (utility = salience × shift toward one's position):
// shift on q = shift on p × (s_ip + s_jp)/(s_iq + s_jq), as large as possible
// without moving either actor past the other's position or a compromise past the
// position of the actor who asked for it. Exchanges are then taken highest gain
// first, each actor joining at most one exchange on an issue, all computed from the
// opening positions (one round).
namespace ExchangeModel {

// One issue as the model needs it.
struct IssueInput
{
    qint64 issueId = 0;
    QString code;
    QString title;
    DecisionRule rule = DecisionRule::WeightedMajority;
    QList<Position> positions;
};

// One actor's part in an exchange: it gives ground on `supplyIssue` (from → to)
// and gets the other actor's move on `demandIssue`.
struct Side
{
    qint64 actorId = 0;
    QString actorName;
    QString actorBloc;
    qint64 supplyIssueId = 0;
    qint64 demandIssueId = 0;
    double from = 0; // its position on the supply issue
    double to = 0;   // where it votes after the exchange
    // Utility gain: salience (0–1) × compromise shift toward it on the demand issue,
    // less the same on the supply issue. Equal for both sides.
    double gain = 0;
};

// How an exchange moves one issue's forecast outcome (the issue's decision rule,
// by Forecast::compute on the opening positions with the exchange's moves).
struct IssueEffect
{
    qint64 issueId = 0;
    double compromiseBefore = 0; // the model's outcome, sum(c·s·x)/sum(c·s)
    double compromiseAfter = 0;
    double outcomeBefore = 0; // the app's forecast outcome
    double outcomeAfter = 0;
};

struct Exchange
{
    Side first;  // demands the issue with the smaller id
    Side second; // demands the other
    // Compromise points the second issue moves per point on the first: the
    // equal-gain exchange rate.
    double rate = 0;
    double gain = 0;         // each side's gain (they are equal)
    IssueEffect firstIssue;  // first.demandIssueId
    IssueEffect secondIssue; // second.demandIssueId
};

// A deal our side can make: our actor's exchange that moves `issueId` toward our
// objective, and what our actor concedes for it.
struct OurDeal
{
    Exchange exchange;
    qint64 issueId = 0; // the issue moved toward us (our actor's demand issue)
    QString issueCode;
    QString issueTitle;
    double objective = 0;
    double outcomeBefore = 0;
    double outcomeAfter = 0;
    double gainTowardObjective = 0; // outcome points, > 0
    Side ours;
    Side partner;
    qint64 concededIssueId = 0;
    QString concededIssueCode;
    QString concededIssueTitle;
    // The conceded issue's outcome relative to our objective there (negative: the
    // outcome moves away from it); 0 when we hold no objective on it.
    double concededOutcomeShift = 0;
    bool concededHasObjective = false;
};

struct Input
{
    QList<IssueInput> issues;
    QList<QPair<qint64, qint64>> tradeoffs; // issue ids, either order
    QString ourBloc;
};

// Every feasible exchange between two trade-off-linked issues, before selection,
// in a fixed order (gain, then issues and actors).
QList<Exchange> candidates(const Input &input);
// The exchanges the model makes: highest gain first, each actor-issue used once.
QList<Exchange> search(const Input &input);
// Of those, the ones in which an actor of our bloc moves an issue toward our
// objective (Forecast::objective), best first.
QList<OurDeal> ourDeals(const Input &input, const QList<Exchange> &exchanges);
QList<OurDeal> ourDeals(const Input &input);

// The live issues, their positions, the trade-off links and our bloc. Throws
// StoreError.
Input load(Store &store);

// How many distinct trade-off links between issues of the input there are.
int tradeoffCount(const Input &input);

} // namespace ExchangeModel
