#include "ExchangeModel.h"

#include "Forecast.h"
#include "store/IssueRepository.h"
#include "store/LinkRepository.h"
#include "store/PositionRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ExchangeModel {

namespace {

constexpr double minimumGain = 1e-9;

// One actor on one issue, on the model's scales (salience and clout as 0–1).
struct Holding
{
    qsizetype index = -1; // into the issue's positions
    double x = 0;
    double s = 0;
    double c = 0;
};

struct IssueData
{
    const IssueInput *issue = nullptr;
    double sumCs = 0;
    double compromise = 0;
    QHash<qint64, Holding> byActor; // an actor listed twice counts at its first position
};

IssueData issueDataOf(const IssueInput &issue)
{
    IssueData data;
    data.issue = &issue;
    double sumCsx = 0;
    for (qsizetype i = 0; i < issue.positions.size(); ++i) {
        const Position &position = issue.positions[i];
        Holding holding{i, double(position.position), position.salience / 100.0,
                        position.clout / 100.0};
        data.sumCs += holding.c * holding.s;
        sumCsx += holding.c * holding.s * holding.x;
        if (!data.byActor.contains(position.actorId))
            data.byActor.insert(position.actorId, holding);
    }
    data.compromise = data.sumCs > 0 ? sumCsx / data.sumCs : 0;
    return data;
}

// The forecast outcome of an issue under its decision rule: the weighted median for
// a weighted majority, the consent parties' compromise once compute() is given the
// issue's rule (the one place to pass it).
double outcomeOf(const IssueInput &issue, const QList<Position> &positions)
{
    const std::optional<ForecastResult> result = Forecast::compute(
        positions, std::optional<double>(), issue.rule, Forecast::Uncertainty::PointOnly);
    return result ? result->outcome : 0;
}

QList<Position> moved(const QList<Position> &positions, qsizetype index, double to)
{
    QList<Position> copy = positions;
    // The scale is in whole points.
    copy[index].position = std::clamp(int(std::lround(to)), 0, 100);
    return copy;
}

double compromiseAfter(const IssueData &data, const Holding &holding, double to)
{
    if (data.sumCs <= 0)
        return data.compromise;
    return data.compromise + (to - holding.x) * holding.c * holding.s / data.sumCs;
}

// The equal-gain exchange in which actor i (demanding p, supplying q) and actor j
// (demanding q, supplying p) meet. Empty when no one gains.
std::optional<Exchange> equalGain(const IssueData &p, const IssueData &q, qint64 iId, qint64 jId)
{
    const Holding ip = p.byActor.value(iId);
    const Holding iq = q.byActor.value(iId);
    const Holding jp = p.byActor.value(jId);
    const Holding jq = q.byActor.value(jId);

    // Compromise points on q per point on p that leave both sides the same gain.
    const double rate = (ip.s + jp.s) / (iq.s + jq.s);
    // The shift on p is the largest of these bounds allows: j moves at most to i's
    // position on p, i at most to j's on q, and neither compromise passes the
    // position of the actor who asked for the shift.
    const double jFull = std::abs(ip.x - jp.x) * jp.c * jp.s / p.sumCs;
    const double iFull = std::abs(jq.x - iq.x) * iq.c * iq.s / q.sumCs / rate;
    const double pCap = std::abs(ip.x - p.compromise);
    const double qCap = std::abs(jq.x - q.compromise) / rate;
    const double shiftP = std::min({jFull, iFull, pCap, qCap});
    const double shiftQ = shiftP * rate;
    const double gain = shiftP * ip.s - shiftQ * iq.s;
    if (!(gain > minimumGain))
        return std::nullopt;

    const double moveJ = shiftP * p.sumCs / (jp.c * jp.s);
    const double moveI = shiftQ * q.sumCs / (iq.c * iq.s);
    const auto toward = [](double from, double target, double by) {
        return from < target ? std::min(from + by, target) : std::max(from - by, target);
    };
    const Position &iPosition = p.issue->positions[ip.index];
    const Position &jPosition = p.issue->positions[jp.index];

    Exchange exchange;
    exchange.rate = rate;
    exchange.gain = gain;
    Side &i = exchange.first;
    i.actorId = iId;
    i.actorName = iPosition.actorName;
    i.actorBloc = iPosition.actorBloc;
    i.supplyIssueId = q.issue->issueId;
    i.demandIssueId = p.issue->issueId;
    i.from = iq.x;
    i.to = toward(iq.x, jq.x, moveI);
    i.gain = gain;
    Side &j = exchange.second;
    j.actorId = jId;
    j.actorName = jPosition.actorName;
    j.actorBloc = jPosition.actorBloc;
    j.supplyIssueId = p.issue->issueId;
    j.demandIssueId = q.issue->issueId;
    j.from = jp.x;
    j.to = toward(jp.x, ip.x, moveJ);
    j.gain = shiftQ * jq.s - shiftP * jp.s;

    exchange.firstIssue.issueId = p.issue->issueId;
    exchange.firstIssue.compromiseBefore = p.compromise;
    exchange.firstIssue.compromiseAfter = compromiseAfter(p, jp, j.to);
    exchange.secondIssue.issueId = q.issue->issueId;
    exchange.secondIssue.compromiseBefore = q.compromise;
    exchange.secondIssue.compromiseAfter = compromiseAfter(q, iq, i.to);
    return exchange;
}

// Highest gain first (compared at a billionth, so that figures equal on paper do
// not order by their last bits), then by issue and actor ids: the same input always
// gives the same list.
bool before(const Exchange &a, const Exchange &b)
{
    const qint64 gainA = std::llround(a.gain * 1e9);
    const qint64 gainB = std::llround(b.gain * 1e9);
    if (gainA != gainB)
        return gainA > gainB;
    const auto key = [](const Exchange &e) {
        return std::tuple(std::min(e.firstIssue.issueId, e.secondIssue.issueId),
                          std::max(e.firstIssue.issueId, e.secondIssue.issueId),
                          std::min(e.first.actorId, e.second.actorId),
                          std::max(e.first.actorId, e.second.actorId));
    };
    return key(a) < key(b);
}

QHash<qint64, const IssueInput *> issuesById(const Input &input)
{
    QHash<qint64, const IssueInput *> byId;
    for (const IssueInput &issue : input.issues)
        byId.insert(issue.issueId, &issue);
    return byId;
}

QList<QPair<qint64, qint64>> distinctLinks(const Input &input)
{
    const QHash<qint64, const IssueInput *> byId = issuesById(input);
    QList<QPair<qint64, qint64>> links;
    QSet<QPair<qint64, qint64>> seen;
    for (const auto &[a, b] : input.tradeoffs) {
        if (a == b || !byId.contains(a) || !byId.contains(b))
            continue;
        const QPair<qint64, qint64> link(std::min(a, b), std::max(a, b));
        if (!seen.contains(link)) {
            seen.insert(link);
            links.append(link);
        }
    }
    std::sort(links.begin(), links.end());
    return links;
}

} // namespace

int tradeoffCount(const Input &input)
{
    return int(distinctLinks(input).size());
}

QList<Exchange> candidates(const Input &input)
{
    QHash<qint64, IssueData> data;
    for (const IssueInput &issue : input.issues)
        data.insert(issue.issueId, issueDataOf(issue));

    QList<Exchange> found;
    for (const auto &[pId, qId] : distinctLinks(input)) {
        const IssueData &p = data[pId];
        const IssueData &q = data[qId];
        if (p.sumCs <= 0 || q.sumCs <= 0)
            continue;
        // Actors with weight on both issues, in id order.
        QList<qint64> actors;
        for (auto it = p.byActor.cbegin(); it != p.byActor.cend(); ++it) {
            const auto other = q.byActor.constFind(it.key());
            if (other != q.byActor.cend() && it->c * it->s > 0 && other->c * other->s > 0)
                actors.append(it.key());
        }
        std::sort(actors.begin(), actors.end());
        for (qsizetype a = 0; a < actors.size(); ++a) {
            const Holding ap = p.byActor.value(actors[a]);
            const Holding aq = q.byActor.value(actors[a]);
            const bool aLeftP = ap.x < p.compromise;
            const bool aLeftQ = aq.x < q.compromise;
            for (qsizetype b = a + 1; b < actors.size(); ++b) {
                const Holding bp = p.byActor.value(actors[b]);
                const Holding bq = q.byActor.value(actors[b]);
                // Each gains from the other's move only if they stand on opposite
                // sides of the compromise on both issues.
                if ((bp.x < p.compromise) == aLeftP || (bq.x < q.compromise) == aLeftQ)
                    continue;
                // s_ap/s_aq against s_bp/s_bq: who cares relatively more about p.
                const double aLeansP = ap.s * bq.s;
                const double bLeansP = bp.s * aq.s;
                if (aLeansP == bLeansP)
                    continue;
                const std::optional<Exchange> exchange =
                    aLeansP > bLeansP ? equalGain(p, q, actors[a], actors[b])
                                      : equalGain(q, p, actors[a], actors[b]);
                if (exchange)
                    found.append(*exchange);
            }
        }
    }
    std::sort(found.begin(), found.end(), before);
    return found;
}

QList<Exchange> search(const Input &input)
{
    const QList<Exchange> all = candidates(input);
    const QHash<qint64, const IssueInput *> byId = issuesById(input);
    QSet<QPair<qint64, qint64>> used; // (actor, issue)
    QList<Exchange> chosen;
    for (const Exchange &exchange : all) {
        const QList<QPair<qint64, qint64>> parts = {
            {exchange.first.actorId, exchange.first.supplyIssueId},
            {exchange.first.actorId, exchange.first.demandIssueId},
            {exchange.second.actorId, exchange.second.supplyIssueId},
            {exchange.second.actorId, exchange.second.demandIssueId}};
        if (std::any_of(parts.cbegin(), parts.cend(),
                        [&used](const auto &part) { return used.contains(part); }))
            continue;
        for (const auto &part : parts)
            used.insert(part);
        chosen.append(exchange);
    }
    // The forecast outcome of both issues, before and with this exchange alone.
    QHash<qint64, double> opening;
    for (Exchange &exchange : chosen) {
        for (IssueEffect *effect : {&exchange.firstIssue, &exchange.secondIssue}) {
            const IssueInput &issue = *byId.value(effect->issueId);
            const Side &mover =
                exchange.first.supplyIssueId == effect->issueId ? exchange.first : exchange.second;
            if (!opening.contains(issue.issueId))
                opening.insert(issue.issueId, outcomeOf(issue, issue.positions));
            effect->outcomeBefore = opening.value(issue.issueId);
            effect->outcomeAfter = effect->outcomeBefore;
            for (qsizetype i = 0; i < issue.positions.size(); ++i) {
                if (issue.positions[i].actorId == mover.actorId) {
                    effect->outcomeAfter = outcomeOf(issue, moved(issue.positions, i, mover.to));
                    break;
                }
            }
        }
    }
    return chosen;
}

QList<OurDeal> ourDeals(const Input &input, const QList<Exchange> &exchanges)
{
    QList<OurDeal> deals;
    if (input.ourBloc.isEmpty())
        return deals;
    const QHash<qint64, const IssueInput *> byId = issuesById(input);
    QHash<qint64, std::optional<double>> objectives;
    const auto objectiveOf = [&](qint64 issueId) {
        if (!objectives.contains(issueId))
            objectives.insert(issueId,
                              Forecast::objective(byId.value(issueId)->positions, input.ourBloc));
        return objectives.value(issueId);
    };
    const auto toward = [](double before, double after, double objective) {
        return std::abs(before - objective) - std::abs(after - objective);
    };
    for (const Exchange &exchange : exchanges) {
        for (int k = 0; k < 2; ++k) {
            const Side &ours = k == 0 ? exchange.first : exchange.second;
            const Side &partner = k == 0 ? exchange.second : exchange.first;
            if (ours.actorBloc != input.ourBloc)
                continue;
            const IssueEffect &demand = k == 0 ? exchange.firstIssue : exchange.secondIssue;
            const IssueEffect &supply = k == 0 ? exchange.secondIssue : exchange.firstIssue;
            const std::optional<double> objective = objectiveOf(demand.issueId);
            if (!objective)
                continue;
            const double gain = toward(demand.outcomeBefore, demand.outcomeAfter, *objective);
            if (!(gain > minimumGain))
                continue;
            OurDeal deal;
            deal.exchange = exchange;
            deal.issueId = demand.issueId;
            deal.issueCode = byId.value(demand.issueId)->code;
            deal.issueTitle = byId.value(demand.issueId)->title;
            deal.objective = *objective;
            deal.outcomeBefore = demand.outcomeBefore;
            deal.outcomeAfter = demand.outcomeAfter;
            deal.gainTowardObjective = gain;
            deal.ours = ours;
            deal.partner = partner;
            deal.concededIssueId = supply.issueId;
            deal.concededIssueCode = byId.value(supply.issueId)->code;
            deal.concededIssueTitle = byId.value(supply.issueId)->title;
            if (const std::optional<double> there = objectiveOf(supply.issueId)) {
                deal.concededHasObjective = true;
                deal.concededOutcomeShift =
                    toward(supply.outcomeBefore, supply.outcomeAfter, *there);
            }
            deals.append(deal);
        }
    }
    std::stable_sort(deals.begin(), deals.end(), [](const OurDeal &a, const OurDeal &b) {
        const qint64 gainA = std::llround(a.gainTowardObjective * 1e9);
        const qint64 gainB = std::llround(b.gainTowardObjective * 1e9);
        if (gainA != gainB)
            return gainA > gainB;
        if (a.issueCode != b.issueCode)
            return a.issueCode < b.issueCode;
        return a.partner.actorName < b.partner.actorName;
    });
    return deals;
}

QList<OurDeal> ourDeals(const Input &input)
{
    return ourDeals(input, search(input));
}

Input load(Store &store)
{
    Input input;
    input.ourBloc = store.settings().summit().ourBloc;
    QSet<qint64> live;
    for (const Issue &issue : store.issues().all()) {
        if (issue.isArchived())
            continue;
        live.insert(issue.id);
    }
    for (const IssueLink &link : LinkRepository(store).all()) {
        if (link.kind == LinkKind::Tradeoff && live.contains(link.fromIssue) &&
            live.contains(link.toIssue))
            input.tradeoffs.append({link.fromIssue, link.toIssue});
    }
    // Only the linked issues' positions are read.
    QSet<qint64> linked;
    for (const auto &[a, b] : input.tradeoffs) {
        linked.insert(a);
        linked.insert(b);
    }
    for (const Issue &issue : store.issues().all()) {
        if (!linked.contains(issue.id))
            continue;
        input.issues.append({issue.id, issue.code, issue.title, issue.decisionRule,
                             store.positions().forIssue(issue.id)});
    }
    return input;
}

} // namespace ExchangeModel
