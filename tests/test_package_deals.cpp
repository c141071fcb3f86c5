#include "TestSupport.h"

#include "briefing/BriefingPackComposer.h"
#include "briefing/OdtPackWriter.h"
#include "briefing/PackHtmlBuilder.h"
#include "deals/PackageDealsView.h"
#include "forecast/ExchangeModel.h"
#include "i18n/PluralForms.h"
#include "items/PackageDealModel.h"
#include "store/ActorRepository.h"
#include "store/IssueRepository.h"
#include "store/LinkRepository.h"
#include "store/PositionRepository.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>

#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

Position at(qint64 actorId, const QString &name, const QString &bloc, int x, int s, int c)
{
    Position position;
    position.actorId = actorId;
    position.actorName = name;
    position.actorBloc = bloc;
    position.position = x;
    position.salience = s;
    position.clout = c;
    return position;
}

// Decide's training case (Stokman, February 2017: a city council on a road toll),
// as shipped with the open Decide implementation of the exchange model
// (github.com/foarsitter/decide-exchange-model, data/input/sample_data.txt): issue
// 1, the toll round the city centre, and issue 5, an extra investment in the centre.
// Salience and clout are given there on 0–1; here on 0–100.
struct DecideActor
{
    const char *name;
    int toll[3];       // position, salience, clout
    int investment[3]; // position, salience, clout
};
constexpr DecideActor decideCase[] = {
    {"Willems", {100, 95, 100}, {25, 60, 100}}, {"PvdA", {50, 80, 100}, {25, 50, 100}},
    {"GL", {100, 95, 60}, {50, 40, 60}},        {"VVD", {0, 90, 50}, {50, 80, 50}},
    {"SP", {75, 70, 40}, {0, 30, 40}},          {"CDA", {25, 80, 50}, {25, 50, 50}},
    {"D66", {25, 50, 20}, {25, 50, 20}},        {"CU", {75, 70, 20}, {50, 50, 20}},
    {"KvK", {25, 80, 60}, {50, 50, 60}},        {"Wcentr", {0, 95, 90}, {100, 90, 90}}};

ExchangeModel::Input decideInput(qint64 tollId = 1, qint64 investmentId = 5)
{
    ExchangeModel::IssueInput toll{tollId, QStringLiteral("TOLL"), QStringLiteral("Toll"), {}, {}};
    ExchangeModel::IssueInput investment{
        investmentId, QStringLiteral("INV"), QStringLiteral("Investment"), {}, {}};
    qint64 id = 1;
    for (const DecideActor &actor : decideCase) {
        const QString name = QString::fromLatin1(actor.name);
        const QString bloc = name == QLatin1String("Willems") ? QStringLiteral("College")
                                                              : QStringLiteral("Council");
        toll.positions.append(at(id, name, bloc, actor.toll[0], actor.toll[1], actor.toll[2]));
        investment.positions.append(
            at(id, name, bloc, actor.investment[0], actor.investment[1], actor.investment[2]));
        ++id;
    }
    ExchangeModel::Input input;
    input.issues = {toll, investment};
    input.tradeoffs = {{tollId, investmentId}};
    input.ourBloc = QStringLiteral("College");
    return input;
}

const ExchangeModel::Exchange *findExchange(const QList<ExchangeModel::Exchange> &list,
                                            const QString &a, const QString &b)
{
    for (const ExchangeModel::Exchange &exchange : list) {
        if ((exchange.first.actorName == a && exchange.second.actorName == b) ||
            (exchange.first.actorName == b && exchange.second.actorName == a))
            return &exchange;
    }
    return nullptr;
}

double compromiseShift(const ExchangeModel::IssueEffect &effect)
{
    return std::abs(effect.compromiseAfter - effect.compromiseBefore);
}

const ExchangeModel::IssueInput &issueOf(const ExchangeModel::Input &input, qint64 id)
{
    for (const ExchangeModel::IssueInput &issue : input.issues) {
        if (issue.issueId == id)
            return issue;
    }
    qFatal("no issue %lld", id);
}

const Position &positionOf(const ExchangeModel::IssueInput &issue, qint64 actorId)
{
    for (const Position &position : issue.positions) {
        if (position.actorId == actorId)
            return position;
    }
    qFatal("no position");
}

// A seeded case: `issues` issues in a chain of trade-off links, `actors` actors.
ExchangeModel::Input randomInput(quint32 seed, int issues, int actors)
{
    QRandomGenerator random(seed);
    ExchangeModel::Input input;
    input.ourBloc = QStringLiteral("EU");
    for (int i = 0; i < issues; ++i) {
        ExchangeModel::IssueInput issue{
            100 + i, QStringLiteral("I-%1").arg(i), QStringLiteral("Issue %1").arg(i), {}, {}};
        for (int a = 0; a < actors; ++a)
            issue.positions.append(at(a + 1, QStringLiteral("Actor %1").arg(a),
                                      a % 3 == 0 ? QStringLiteral("EU") : QStringLiteral("Other"),
                                      int(random.bounded(101)), 1 + int(random.bounded(100)),
                                      1 + int(random.bounded(100))));
        input.issues.append(issue);
        if (i > 0)
            input.tradeoffs.append({100 + i - 1, 100 + i});
    }
    return input;
}

// A small summit worked by hand. On P we (EU) stand at 100 and care (s 80), the
// partner at 0 and hardly cares (s 20), a third actor at 40 with twice the clout; on
// Q the saliences are the other way round and the third actor stands at 60.
// Weights c·s/10^4 on P: 0.4, 0.1, 0.4 (sum 0.9, compromise 56/0.9 = 62.2); on Q:
// 0.1, 0.4, 0.25 (sum 0.75, compromise 25/0.75 = 33.3). We and the partner are on
// opposite sides of both compromises; the third actor is on our side of Q and the
// partner's on P, so it trades with nobody. Rate (0.8+0.2)/(0.2+0.8) = 1. The
// partner moving all the way to 100 on P shifts its compromise by 100·0.1/0.9 =
// 11.1 (less than the 37.8 left to our 100); paying the same 11.1 on Q takes our
// move of 11.1·0.75/0.1 = 83.3: 100 → 16.7. Each gains 11.1·(0.8 − 0.2) = 6.67.
// The forecast (weighted median) of P goes from 40 to 100 (our objective): +60; Q's
// stays at 0.
struct HandSummit
{
    qint64 p = 0;
    qint64 q = 0;
};

HandSummit buildHandSummit(Store &store, bool link)
{
    HandSummit summit;
    Issue p;
    p.code = QStringLiteral("PD-01");
    p.title = QStringLiteral("Market access");
    summit.p = store.issues().insert(p);
    Issue q;
    q.code = QStringLiteral("PD-02");
    q.title = QStringLiteral("Export controls");
    summit.q = store.issues().insert(q);
    const auto addActor = [&store](const QString &name, const QString &bloc) {
        ::Actor actor;
        actor.name = name;
        actor.kind = QStringLiteral("delegation");
        actor.bloc = bloc;
        return store.actors().insert(actor);
    };
    const qint64 us = addActor(QStringLiteral("Our delegation"), QStringLiteral("EU"));
    const qint64 partner = addActor(QStringLiteral("Partner"), QStringLiteral("China"));
    const qint64 third = addActor(QStringLiteral("Third"), QStringLiteral("US"));
    const auto addPosition = [&store](qint64 issue, qint64 actor, int x, int s, int c) {
        Position position;
        position.issueId = issue;
        position.actorId = actor;
        position.position = x;
        position.salience = s;
        position.clout = c;
        store.positions().insert(position);
    };
    addPosition(summit.p, us, 100, 80, 50);
    addPosition(summit.p, partner, 0, 20, 50);
    addPosition(summit.p, third, 40, 50, 80);
    addPosition(summit.q, us, 100, 20, 50);
    addPosition(summit.q, partner, 0, 80, 50);
    addPosition(summit.q, third, 60, 50, 50);
    if (link) {
        IssueLink tradeoff;
        tradeoff.fromIssue = summit.q;
        tradeoff.toIssue = summit.p;
        tradeoff.kind = LinkKind::Tradeoff;
        LinkRepository(store).add(tradeoff);
    }
    return summit;
}
} // namespace

class TestPackageDeals : public QObject
{
    Q_OBJECT

private slots:
    // English plural forms, as the window installs them.
    void initTestCase() { PluralForms::install(); }
    void decideTrainingCaseFigures();
    void noExchangeLeavesAnActorWorseOff();
    void eachActorGivesGroundOnItsLessSalientIssue();
    void swappingTheIssuesGivesTheSameExchanges();
    void sameInputSameList();
    void eachActorIssueIsUsedOnce();
    void noTradeoffLinkNoExchange();
    void ourDealsMoveTheOutcomeTowardOurObjective();
    void handSummitDeal();
    void modelUnderTester();
    void viewEmptyState();
    void viewShowsDeals();
    void packSteeringNoteListsDeals();
    void packWithoutTradeoffLinksHasNoSection();
};

// The figures the Decide implementation's own test asserts for the exchange between
// the college (Willems) and the shopkeepers (Wcentr): the college moves on the
// investment all the way to the shopkeepers' 100, the compromise on it shifts by
// 13.158; the equal-gain rate gives a shift of 10.388 on the toll, for which the
// shopkeepers move 61.05 points (0 → 61.05). Hand-checked: sum(c·s) is 5.025 on the
// toll and 3.42 on the investment; 75·0.6·1/3.42 = 13.158; ×(0.6+0.9)/(0.95+0.95) =
// 10.388; ×5.025/(0.9·0.95) = 61.05; each gains 10.388·0.95 − 13.158·0.6 = 1.974.
void TestPackageDeals::decideTrainingCaseFigures()
{
    const ExchangeModel::Input input = decideInput();
    const QList<ExchangeModel::Exchange> all = ExchangeModel::candidates(input);
    const ExchangeModel::Exchange *exchange =
        findExchange(all, QStringLiteral("Willems"), QStringLiteral("Wcentr"));
    QVERIFY(exchange);
    // Willems cares relatively more about the toll (0.95/0.6 against 0.95/0.9).
    const ExchangeModel::Side &willems =
        exchange->first.actorName == QLatin1String("Willems") ? exchange->first : exchange->second;
    const ExchangeModel::Side &wcentr =
        exchange->first.actorName == QLatin1String("Wcentr") ? exchange->first : exchange->second;
    QCOMPARE(willems.demandIssueId, 1);
    QCOMPARE(willems.supplyIssueId, 5);
    QCOMPARE(willems.from, 25.0);
    QCOMPARE(willems.to, 100.0);
    QCOMPARE(wcentr.from, 0.0);
    QVERIFY2(std::abs(wcentr.to - 61.0512) < 1e-3, qPrintable(QString::number(wcentr.to, 'f', 6)));
    const ExchangeModel::IssueEffect &toll =
        exchange->firstIssue.issueId == 1 ? exchange->firstIssue : exchange->secondIssue;
    const ExchangeModel::IssueEffect &investment =
        exchange->firstIssue.issueId == 5 ? exchange->firstIssue : exchange->secondIssue;
    QVERIFY(std::abs(compromiseShift(investment) - 13.157895) < 1e-5);
    QVERIFY(std::abs(compromiseShift(toll) - 10.387812) < 1e-5);
    QVERIFY(std::abs(toll.compromiseBefore - 248.0 / 5.025) < 1e-9);
    QVERIFY(std::abs(exchange->gain - 1.973684) < 1e-5);
    QVERIFY(std::abs(willems.gain - wcentr.gain) < 1e-12);
}

void TestPackageDeals::noExchangeLeavesAnActorWorseOff()
{
    for (quint32 seed = 1; seed <= 20; ++seed) {
        const ExchangeModel::Input input = randomInput(seed, 6, 12);
        const QList<ExchangeModel::Exchange> all = ExchangeModel::candidates(input);
        QVERIFY(!all.isEmpty());
        for (const ExchangeModel::Exchange &exchange : all) {
            // Gains recomputed from the compromise shifts and each actor's saliences.
            for (const ExchangeModel::Side *side : {&exchange.first, &exchange.second}) {
                const ExchangeModel::IssueEffect &demand =
                    exchange.firstIssue.issueId == side->demandIssueId ? exchange.firstIssue
                                                                       : exchange.secondIssue;
                const ExchangeModel::IssueEffect &supply =
                    exchange.firstIssue.issueId == side->supplyIssueId ? exchange.firstIssue
                                                                       : exchange.secondIssue;
                const Position &d = positionOf(issueOf(input, side->demandIssueId), side->actorId);
                const Position &s = positionOf(issueOf(input, side->supplyIssueId), side->actorId);
                const double utility = (std::abs(demand.compromiseBefore - d.position) -
                                        std::abs(demand.compromiseAfter - d.position)) *
                                           d.salience / 100.0 -
                                       (std::abs(supply.compromiseAfter - s.position) -
                                        std::abs(supply.compromiseBefore - s.position)) *
                                           s.salience / 100.0;
                QVERIFY2(utility > 0, qPrintable(QString::number(utility)));
                QVERIFY(std::abs(utility - side->gain) < 1e-9);
            }
        }
    }
}

void TestPackageDeals::eachActorGivesGroundOnItsLessSalientIssue()
{
    const ExchangeModel::Input input = randomInput(7, 8, 15);
    const QList<ExchangeModel::Exchange> all = ExchangeModel::candidates(input);
    QVERIFY(!all.isEmpty());
    for (const ExchangeModel::Exchange &exchange : all) {
        const ExchangeModel::Side &i = exchange.first;
        const ExchangeModel::Side &j = exchange.second;
        const auto salience = [&](qint64 actor, qint64 issue) {
            return double(positionOf(issueOf(input, issue), actor).salience);
        };
        // i's demand issue matters more to it, relative to its supply issue, than to j.
        QVERIFY(salience(i.actorId, i.demandIssueId) / salience(i.actorId, i.supplyIssueId) >
                salience(j.actorId, i.demandIssueId) / salience(j.actorId, i.supplyIssueId));
        // Each moves on its supply issue only, toward the other, never past it.
        const double iTarget = positionOf(issueOf(input, i.supplyIssueId), j.actorId).position;
        const double jTarget = positionOf(issueOf(input, j.supplyIssueId), i.actorId).position;
        QVERIFY(std::abs(i.to - iTarget) < std::abs(i.from - iTarget));
        QVERIFY(std::abs(i.to - i.from) <= std::abs(iTarget - i.from) + 1e-9);
        QVERIFY(std::abs(j.to - jTarget) < std::abs(j.from - jTarget));
        QVERIFY(std::abs(j.to - j.from) <= std::abs(jTarget - j.from) + 1e-9);
    }
}

void TestPackageDeals::swappingTheIssuesGivesTheSameExchanges()
{
    // The same two issues under swapped ids and in the other order.
    const QList<ExchangeModel::Exchange> a = ExchangeModel::search(decideInput(1, 5));
    ExchangeModel::Input swapped = decideInput(5, 1);
    std::reverse(swapped.issues.begin(), swapped.issues.end());
    const QList<ExchangeModel::Exchange> b = ExchangeModel::search(swapped);
    QVERIFY(!a.isEmpty());
    QCOMPARE(a.size(), b.size());
    const auto swappedId = [](qint64 id) { return id == 1 ? qint64(5) : qint64(1); };
    for (qsizetype k = 0; k < a.size(); ++k) {
        const ExchangeModel::Exchange *other =
            findExchange(b, a[k].first.actorName, a[k].second.actorName);
        QVERIFY(other);
        for (const ExchangeModel::Side *side : {&a[k].first, &a[k].second}) {
            const ExchangeModel::Side &match =
                other->first.actorId == side->actorId ? other->first : other->second;
            QCOMPARE(match.supplyIssueId, swappedId(side->supplyIssueId));
            QCOMPARE(match.from, side->from);
            QVERIFY(std::abs(match.to - side->to) < 1e-9);
            QVERIFY(std::abs(match.gain - side->gain) < 1e-12);
        }
    }
}

void TestPackageDeals::sameInputSameList()
{
    const ExchangeModel::Input input = randomInput(11, 10, 20);
    const QList<ExchangeModel::Exchange> a = ExchangeModel::search(input);
    const QList<ExchangeModel::Exchange> b = ExchangeModel::search(input);
    QVERIFY(!a.isEmpty());
    QCOMPARE(a.size(), b.size());
    for (qsizetype k = 0; k < a.size(); ++k) {
        QCOMPARE(a[k].first.actorId, b[k].first.actorId);
        QCOMPARE(a[k].second.actorId, b[k].second.actorId);
        QCOMPARE(a[k].first.supplyIssueId, b[k].first.supplyIssueId);
        QCOMPARE(a[k].gain, b[k].gain);
        QCOMPARE(a[k].first.to, b[k].first.to);
    }
    // Highest gain first.
    for (qsizetype k = 1; k < a.size(); ++k)
        QVERIFY(a[k - 1].gain >= a[k].gain - 1e-9);
}

void TestPackageDeals::eachActorIssueIsUsedOnce()
{
    const ExchangeModel::Input input = randomInput(3, 10, 20);
    const QList<ExchangeModel::Exchange> chosen = ExchangeModel::search(input);
    QVERIFY(chosen.size() > 1);
    QSet<QPair<qint64, qint64>> used;
    for (const ExchangeModel::Exchange &exchange : chosen) {
        for (const ExchangeModel::Side *side : {&exchange.first, &exchange.second}) {
            for (qint64 issue : {side->supplyIssueId, side->demandIssueId}) {
                QVERIFY(!used.contains({side->actorId, issue}));
                used.insert({side->actorId, issue});
            }
        }
    }
    // The best candidate is always taken.
    QCOMPARE(chosen.first().gain, ExchangeModel::candidates(input).first().gain);
}

void TestPackageDeals::noTradeoffLinkNoExchange()
{
    ExchangeModel::Input input = decideInput();
    input.tradeoffs.clear();
    QVERIFY(ExchangeModel::candidates(input).isEmpty());
    QCOMPARE(ExchangeModel::tradeoffCount(input), 0);
    // A link to itself or to an issue not given counts for nothing.
    input.tradeoffs = {{1, 1}, {1, 99}};
    QVERIFY(ExchangeModel::search(input).isEmpty());
}

void TestPackageDeals::ourDealsMoveTheOutcomeTowardOurObjective()
{
    const ExchangeModel::Input input = randomInput(5, 12, 24);
    const QList<ExchangeModel::Exchange> chosen = ExchangeModel::search(input);
    const QList<ExchangeModel::OurDeal> deals = ExchangeModel::ourDeals(input, chosen);
    QVERIFY(!deals.isEmpty());
    for (const ExchangeModel::OurDeal &deal : deals) {
        QCOMPARE(deal.ours.actorBloc, input.ourBloc);
        QCOMPARE(deal.ours.demandIssueId, deal.issueId);
        QCOMPARE(deal.ours.supplyIssueId, deal.concededIssueId);
        QVERIFY(deal.gainTowardObjective > 0);
        QCOMPARE(deal.gainTowardObjective, std::abs(deal.outcomeBefore - deal.objective) -
                                               std::abs(deal.outcomeAfter - deal.objective));
        QVERIFY(deal.partner.actorId != deal.ours.actorId);
    }
    for (qsizetype k = 1; k < deals.size(); ++k)
        QVERIFY(deals[k - 1].gainTowardObjective >= deals[k].gainTowardObjective);
    // Our side as the college in the Decide case.
    const QList<ExchangeModel::OurDeal> college = ExchangeModel::ourDeals(decideInput());
    for (const ExchangeModel::OurDeal &deal : college)
        QCOMPARE(deal.ours.actorName, QStringLiteral("Willems"));
}

void TestPackageDeals::handSummitDeal()
{
    TestSupport::TempDatabase database;
    std::unique_ptr<Store> store = database.open();
    const HandSummit summit = buildHandSummit(*store, true);
    const ExchangeModel::Input input = ExchangeModel::load(*store);
    QCOMPARE(ExchangeModel::tradeoffCount(input), 1);
    const QList<ExchangeModel::Exchange> exchanges = ExchangeModel::search(input);
    QCOMPARE(exchanges.size(), 1);
    const QList<ExchangeModel::OurDeal> deals = ExchangeModel::ourDeals(input, exchanges);
    QCOMPARE(deals.size(), 1);
    const ExchangeModel::OurDeal &deal = deals.first();
    QCOMPARE(deal.issueId, summit.p);
    QCOMPARE(deal.partner.actorName, QStringLiteral("Partner"));
    QCOMPARE(deal.partner.from, 0.0);
    QCOMPARE(deal.partner.to, 100.0);
    QCOMPARE(deal.ours.supplyIssueId, summit.q);
    QCOMPARE(deal.ours.from, 100.0);
    QVERIFY(std::abs(deal.ours.to - 50.0 / 3.0) < 1e-9);
    QVERIFY(std::abs(deal.exchange.gain - 20.0 / 3.0) < 1e-9);
    QCOMPARE(deal.exchange.rate, 1.0);
    QCOMPARE(deal.outcomeBefore, 40.0);
    QCOMPARE(deal.outcomeAfter, 100.0);
    QCOMPARE(deal.objective, 100.0);
    QCOMPARE(deal.gainTowardObjective, 60.0);
    QVERIFY(deal.concededHasObjective);
    QCOMPARE(deal.concededOutcomeShift, 0.0);
}

void TestPackageDeals::modelUnderTester()
{
    TestSupport::TempDatabase database;
    std::unique_ptr<Store> store = database.open();
    const HandSummit summit = buildHandSummit(*store, false);
    PackageDealModel model(*store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.tradeoffLinks(), 0);
    QVERIFY(model.emptyText().contains(QStringLiteral("trade-off")));

    // Linking the two issues is picked up from the store's signal.
    IssueLink tradeoff;
    tradeoff.fromIssue = summit.p;
    tradeoff.toIssue = summit.q;
    tradeoff.kind = LinkKind::Tradeoff;
    LinkRepository(*store).add(tradeoff);
    emit store->linksChanged(summit.p);
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(PackageDealModel::ColumnCount));
    QCOMPARE(model.index(0, PackageDealModel::IssueColumn).data().toString(),
             QStringLiteral("PD-01 — Market access"));
    QCOMPARE(model.index(0, PackageDealModel::GainColumn).data().toString(), QStringLiteral("+60"));
    QCOMPARE(model.index(0, PackageDealModel::PartnerColumn).data().toString(),
             QStringLiteral("Partner"));
    QCOMPARE(model.index(0, PackageDealModel::ConcessionColumn).data().toString(),
             QStringLiteral("Our delegation on PD-02: 100 → 16.7"));
    QCOMPARE(model.index(0, PackageDealModel::CostColumn).data().toString(), QStringLiteral("0"));
    QCOMPARE(model.index(0, 0).data(PackageDealModel::IssueIdRole).toLongLong(), summit.p);
    const QString explanation =
        model.index(0, 0).data(PackageDealModel::ExplanationRole).toString();
    QVERIFY2(explanation.contains(QStringLiteral("Partner moves from 0 to 100 on PD-01")),
             qPrintable(explanation));
    QVERIFY2(explanation.contains(QStringLiteral("goes from 40 to 100")), qPrintable(explanation));
    QVERIFY2(
        explanation.contains(QStringLiteral(
            "PD-02 stays at 0, but Our delegation gives up 83.3 points of its stated position")),
        qPrintable(explanation));
    QVERIFY(model.emptyText().isEmpty());

    // The partner comes round to our 100 on P: it has nothing left to sell us there
    // (what remains is its exchange with the third actor, which is not ours).
    for (const Position &position : store->positions().forIssue(summit.p)) {
        if (position.actorName == QLatin1String("Partner"))
            store->positions().setField(position.id, PositionField::Position, 100,
                                        position.version);
    }
    emit store->positionsChanged(summit.p);
    QTRY_COMPARE(model.rowCount(), 0);
    QCOMPARE(model.emptyText(), QStringLiteral("No exchange across the 1 trade-off link moves an "
                                               "issue toward the objective of EU."));

    // Not live (its tab hidden): a change waits until it is live again.
    model.setLive(false);
    IssueLink unlink = *LinkRepository(*store).find(
        std::min(summit.p, summit.q), std::max(summit.p, summit.q), LinkKind::Tradeoff);
    LinkRepository(*store).remove(unlink.id);
    emit store->linksChanged(summit.p);
    QTest::qWait(20);
    QCOMPARE(model.tradeoffLinks(), 1);
    QVERIFY(model.isStale());
    model.setLive(true);
    QTRY_COMPARE(model.tradeoffLinks(), 0);
    QVERIFY(model.emptyText().contains(QStringLiteral("Add link")));
}

void TestPackageDeals::viewEmptyState()
{
    TestSupport::TempDatabase database;
    std::unique_ptr<Store> store = database.open();
    buildHandSummit(*store, false);
    PackageDealsView view;
    view.resize(900, 600);
    view.setStore(store.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.isEmptyStateShown());
    QVERIFY(view.emptyLabel()->isVisible());
    QVERIFY(!view.table()->isVisible());
    QVERIFY(view.emptyLabel()->text().contains(QStringLiteral("Add link")));
    QVERIFY(!view.emptyLabel()->accessibleName().isEmpty());
    view.setStore(nullptr);
    QVERIFY(view.isEmptyStateShown());
}

void TestPackageDeals::viewShowsDeals()
{
    TestSupport::TempDatabase database;
    std::unique_ptr<Store> store = database.open();
    const HandSummit summit = buildHandSummit(*store, true);
    PackageDealsView view;
    view.resize(900, 600);
    view.setStore(store.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.isEmptyStateShown());
    QVERIFY(view.table()->isVisible());
    QCOMPARE(view.table()->model()->rowCount(), 1);
    QVERIFY(view.detail()->toPlainText().contains(QStringLiteral("Partner moves from 0 to 100")));
    QSignalSpy activated(&view, &PackageDealsView::issueActivated);
    const QModelIndex first = view.table()->model()->index(0, 0);
    QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {},
                      view.table()->visualRect(first).center());
    QTest::mouseDClick(view.table()->viewport(), Qt::LeftButton, {},
                       view.table()->visualRect(first).center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toLongLong(), summit.p);
}

void TestPackageDeals::packSteeringNoteListsDeals()
{
    TestSupport::TempDatabase database;
    std::unique_ptr<Store> store = database.open();
    buildHandSummit(*store, true);
    PackOptions options;
    options.language = QStringLiteral("en");
    const PackContent content = BriefingPackComposer(*store).compose(options);
    QCOMPARE(content.tradeoffLinks, 1);
    QCOMPARE(content.packageDeals.size(), 1);
    const QString html = PackHtmlBuilder(content, PackHtmlBuilder::Target::Web).body();
    const qsizetype steering = html.indexOf(QStringLiteral("Steering note"));
    const qsizetype section = html.indexOf(QStringLiteral("Package deals"));
    QVERIFY(steering >= 0);
    QVERIFY(section > steering);
    QVERIFY(html.indexOf(QStringLiteral("Our delegation on PD-02: 100 → 16.7"), section) > section);
    QVERIFY(html.indexOf(QStringLiteral("Partner moves from 0 to 100 on PD-01"), section) >
            section);

    // The same in French, in the ODT too.
    options.language = QStringLiteral("fr");
    const PackContent french = BriefingPackComposer(*store).compose(options);
    const QString frenchHtml = PackHtmlBuilder(french, PackHtmlBuilder::Target::Web).body();
    QVERIFY2(frenchHtml.contains(QStringLiteral("16,7")), "French decimals");
    QTemporaryDir dir;
    const QString odt = dir.filePath(QStringLiteral("pack.odt"));
    QFile file(odt);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(OdtPackWriter::document(content));
    file.close();
    const TestSupport::ToolResult unzip = TestSupport::runTool(
        QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
    const QString xml = QString::fromUtf8(unzip.out);
    QVERIFY(xml.contains(QStringLiteral("Package deals")));
    QVERIFY(xml.contains(QStringLiteral("Our delegation on PD-02: 100 → 16.7")));
}

void TestPackageDeals::packWithoutTradeoffLinksHasNoSection()
{
    TestSupport::TempDatabase database;
    std::unique_ptr<Store> store = database.open();
    buildHandSummit(*store, false);
    PackOptions options;
    options.language = QStringLiteral("en");
    const PackContent content = BriefingPackComposer(*store).compose(options);
    QCOMPARE(content.tradeoffLinks, 0);
    const QString html = PackHtmlBuilder(content, PackHtmlBuilder::Target::Web).body();
    QVERIFY(html.contains(QStringLiteral("Steering note")));
    QVERIFY(!html.contains(QStringLiteral("Package deals")));
}

QTEST_MAIN(TestPackageDeals)
#include "test_package_deals.moc"
