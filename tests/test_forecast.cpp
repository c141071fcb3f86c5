#include "domain/Actor.h"
#include "forecast/Forecast.h"
#include "forecast/ForecastBand.h"
#include "forecast/ForecastReport.h"
#include "i18n/PluralForms.h"
#include "store/ActorRepository.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>
#include <cmath>

namespace {

Position makePosition(const QString &name, const QString &bloc, int position, int clout,
                      int salience, qint64 actorId = 0, bool consentNeeded = false)
{
    Position p;
    p.actorId = actorId;
    p.actorName = name;
    p.actorBloc = bloc;
    p.position = position;
    p.clout = clout;
    p.salience = salience;
    p.consentNeeded = consentNeeded;
    return p;
}

// Four actors used by the leverage tests. Weights (c·s): Russia 50, China 100,
// US 30, EU 100; total 280, half 140. Salience 10 each.
// Sorted: Russia 10 (running 50), China 20 (150 > 140) -> median 20.
// Mean: (10·50 + 20·100 + 60·30 + 90·100) / 280 = 13300 / 280 = 47.5.
QList<Position> fourActors()
{
    return {makePosition(QStringLiteral("EU"), QStringLiteral("EU"), 90, 10, 10, 1),
            makePosition(QStringLiteral("China"), QStringLiteral("China"), 20, 10, 10, 2),
            makePosition(QStringLiteral("Russia"), QStringLiteral("Russia"), 10, 5, 10, 3),
            makePosition(QStringLiteral("US"), QStringLiteral("US"), 60, 3, 10, 4)};
}

// Two parties whose consent is needed and one heavy actor who is not.
// P1 20 (c10 s80, w800) and P2 40 (c40 s10, w400), both consent-needed: their
// compromise is (20·800 + 40·400) / 1200 = 32000 / 1200 = 26.667.
// N 90 (c50 s50, w2500) is not a party. Majority: total 3700, half 1850; sorted 20
// (800), 40 (1200), 90 (3700 > 1850) -> median 90.
QList<Position> vetoParties()
{
    return {makePosition(QStringLiteral("P1"), QStringLiteral("China"), 20, 10, 80, 11, true),
            makePosition(QStringLiteral("P2"), QStringLiteral("China"), 40, 40, 10, 12, true),
            makePosition(QStringLiteral("N"), QStringLiteral("EU"), 90, 50, 50, 13, false)};
}

QList<Position> mirrored(QList<Position> positions)
{
    for (Position &position : positions)
        position.position = 100 - position.position;
    return positions;
}

// Data sets of varied shape for the invariants, built here from a fixed seed so a
// failure can be replayed: small and large, clustered and spread, with consent
// parties (every third actor) and even clouts (so an actor can be split in two
// halves exactly).
QList<QList<Position>> variedDataSets()
{
    QList<QList<Position>> sets{fourActors(), vetoParties()};
    QRandomGenerator random(4242);
    const QList<int> sizes{3, 7, 12, 30, 60};
    for (const int size : sizes) {
        QList<Position> set;
        for (int i = 0; i < size; ++i) {
            const QString bloc = i % 2 == 0 ? QStringLiteral("EU") : QStringLiteral("China");
            // Half the sets cluster in two camps, the others spread over the scale.
            const int position = size % 2 == 0 ? (i % 2 == 0 ? 70 : 25) + random.bounded(-8, 9)
                                               : random.bounded(0, 101);
            set.append(makePosition(QStringLiteral("A%1").arg(i, 2, 10, QLatin1Char('0')), bloc,
                                    position, 2 * random.bounded(1, 51), random.bounded(1, 101),
                                    100 + i, i % 3 == 0));
        }
        sets.append(set);
    }
    return sets;
}

constexpr double tolerance = 1e-9;

bool near(double a, double b)
{
    return std::abs(a - b) <= tolerance;
}

} // namespace

class TestForecast : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { PluralForms::install(); } // "9 times in 10", as the command line
    void medianAndMean_data();
    void medianAndMean();
    void tieAndMidpoint();
    void tieMirrored();
    void euObjective_data();
    void euObjective();
    void splitObjective();
    void compromiseOfVetoParties();
    void consentFallsBackToMajority();
    void re01UnderConsent();
    void leverageTowardEuActor();
    void leverageTowardGivenObjective();
    void leverageRanksByGainPerEffort();
    void leverageNeverPastObjective();
    void leverageActorAtObjectiveNotMoved();
    void effortGrowsWithSalience();
    void noSingleActorShifts();
    void noEuActorMeansNoLeverage();
    void invalidResult();
    void bandSummaryHandComputed();
    void bandPercentilesOfThousand();
    void bandDegenerateCases();
    void bandEvenSplitDraws();
    void mirroringMirrorsEveryForecast();
    void splitActorChangesNothing();
    void bandContainsPointForecast();
    void bandIsReproducible();
    void formatting();
    void jsonForm();
    void textForm();
    void textFlagsTieSplitAndRule();
    void reportOnDemo();
    void reportTieJson();
    void reportUnknownCode();
    void reportIssueWithoutPositions();
};

void TestForecast::medianAndMean_data()
{
    QTest::addColumn<QList<int>>("positions");
    QTest::addColumn<QList<int>>("clouts");
    QTest::addColumn<QList<int>>("saliences");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("mean");
    QTest::addColumn<bool>("tie");

    // w = 100 each, total 300, half 150: running 100, 200 at 50 -> median 50.
    // mean (10 + 50 + 90)·100 / 300 = 50.
    QTest::newRow("three equal") << QList<int>{10, 50, 90} << QList<int>{10, 10, 10}
                                 << QList<int>{10, 10, 10} << true << 50.0 << 50.0 << false;
    // w 3 and 1, total 4, half 2: running 3 at 10 -> median 10. mean (30 + 90) / 4 = 30.
    QTest::newRow("heavy low end") << QList<int>{10, 90} << QList<int>{3, 1} << QList<int>{1, 1}
                                   << true << 10.0 << 30.0 << false;
    // w 50 and 50, total 100, half 50: running 50 at 20 is exactly half, the next
    // weighted position is 80 -> an even split, median (20 + 80) / 2 = 50 (it was 20,
    // the low end, before ties were flagged). mean (1000 + 4000) / 100 = 50.
    QTest::newRow("exact half") << QList<int>{20, 80} << QList<int>{10, 10} << QList<int>{5, 5}
                                << true << 50.0 << 50.0 << true;
    // Unsorted input, w 20, 10, 30; total 60, half 30. Sorted: 30 (10), 50 (40 > 30)
    // -> 50. mean (70·20 + 30·10 + 50·30) / 60 = 3200 / 60 = 53.333…
    QTest::newRow("unsorted") << QList<int>{70, 30, 50} << QList<int>{4, 2, 5}
                              << QList<int>{5, 5, 6} << true << 50.0 << 3200.0 / 60.0 << false;
    // One actor: both are its position.
    QTest::newRow("one actor") << QList<int>{42} << QList<int>{80} << QList<int>{30} << true << 42.0
                               << 42.0 << false;
    // Clout 0 gives weight 0: the actor at 0 counts for nothing. w 0, 100, 50;
    // total 150, half 75: running 0, 100 at 60 -> 60. mean (6000 + 5000) / 150 = 73.333…
    QTest::newRow("zero-weight actor")
        << QList<int>{0, 60, 100} << QList<int>{0, 10, 5} << QList<int>{100, 10, 10} << true << 60.0
        << 11000.0 / 150.0 << false;
    // Two actors at 40, w 25 each, and 90 w 40; total 90, half 45: running 25,
    // 50 at 40 -> 40. mean (1000 + 1000 + 3600) / 90 = 62.222…
    QTest::newRow("tied positions")
        << QList<int>{40, 40, 90} << QList<int>{5, 5, 8} << QList<int>{5, 5, 5} << true << 40.0
        << 5600.0 / 90.0 << false;
    // Two actors at 40 reach exactly half together: w 25, 25, 50; total 100. Running
    // at 40 (both) 50 = half, next weighted 90 -> split, median (40 + 90) / 2 = 65.
    // mean (1000 + 1000 + 4500) / 100 = 65.
    QTest::newRow("half reached by a group") << QList<int>{40, 40, 90} << QList<int>{5, 5, 10}
                                             << QList<int>{5, 5, 5} << true << 65.0 << 65.0 << true;
    // w 1, 1, 10; total 12, half 6: running 1, 2, 12 -> 30, the last one.
    // mean (10 + 20 + 300) / 12 = 27.5.
    QTest::newRow("heavy high end") << QList<int>{10, 20, 30} << QList<int>{1, 1, 10}
                                    << QList<int>{1, 1, 1} << true << 30.0 << 27.5 << false;
    // Salience 0 everywhere: total weight 0, nothing to divide by.
    QTest::newRow("all weight zero") << QList<int>{10, 90} << QList<int>{50, 80} << QList<int>{0, 0}
                                     << false << 0.0 << 0.0 << false;
    QTest::newRow("no positions") << QList<int>{} << QList<int>{} << QList<int>{} << false << 0.0
                                  << 0.0 << false;
}

void TestForecast::medianAndMean()
{
    QFETCH(QList<int>, positions);
    QFETCH(QList<int>, clouts);
    QFETCH(QList<int>, saliences);
    QFETCH(bool, valid);
    QFETCH(double, median);
    QFETCH(double, mean);
    QFETCH(bool, tie);

    QList<Position> list;
    for (qsizetype i = 0; i < positions.size(); ++i)
        list.append(makePosition(QStringLiteral("A%1").arg(i), QStringLiteral("Other"),
                                 positions[i], clouts[i], saliences[i]));

    const std::optional<ForecastResult> result = Forecast::compute(list, QStringLiteral("EU"));
    QCOMPARE(result.has_value(), valid);
    QCOMPARE(Forecast::weightedMedian(list).has_value(), valid);
    QCOMPARE(Forecast::weightedMean(list).has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(result->weightedMedian, median);
    QCOMPARE(result->weightedMean, mean);
    QCOMPARE(result->tie, tie);
    // Weighted majority is the default rule: the outcome is the median.
    QCOMPARE(result->rule, DecisionRule::WeightedMajority);
    QCOMPARE(result->outcome, median);
    QVERIFY(!result->ruleFellBack);
    QCOMPARE(*Forecast::weightedMedian(list), median);
    QCOMPARE(*Forecast::weightedMean(list), mean);
    QCOMPARE(result->actorCount, int(positions.size()));
}

void TestForecast::tieAndMidpoint()
{
    // A 20 (c6 s10, w60), B 50 (clout 0, w0), C 70 (c2 s10, w20), D 90 (c4 s10, w40).
    // Total 120, half 60: running 60 at 20 is exactly half. The next position up, 50,
    // carries no weight, so the split is between 20 and 70: median (20 + 70) / 2 = 45.
    // Mean (20·60 + 70·20 + 90·40) / 120 = 6200 / 120 = 51.667.
    const QList<Position> list{makePosition(QStringLiteral("A"), QStringLiteral("X"), 20, 6, 10),
                               makePosition(QStringLiteral("B"), QStringLiteral("X"), 50, 0, 10),
                               makePosition(QStringLiteral("C"), QStringLiteral("X"), 70, 2, 10),
                               makePosition(QStringLiteral("D"), QStringLiteral("X"), 90, 4, 10)};
    const std::optional<ForecastResult> result = Forecast::compute(list, QStringLiteral("EU"));
    QVERIFY(result);
    QVERIFY(result->tie);
    QCOMPARE(result->tieLow, 20.0);
    QCOMPARE(result->tieHigh, 70.0);
    QCOMPARE(result->weightedMedian, 45.0);
    QCOMPARE(result->outcome, 45.0);
    QCOMPARE(result->weightedMean, 6200.0 / 120.0);
    const std::optional<Forecast::MedianSplit> split = Forecast::weightedMedianSplit(list);
    QVERIFY(split && split->tie);
    QCOMPARE(split->value, 45.0);

    // A little more weight on D breaks the tie: salience 11 gives w 44, total 124,
    // half 62; running 60 at 20, 80 at 70 > 62 -> 70, no tie.
    QList<Position> broken = list;
    broken[3].salience = 11;
    const std::optional<ForecastResult> unsplit = Forecast::compute(broken, QStringLiteral("EU"));
    QVERIFY(unsplit);
    QVERIFY(!unsplit->tie);
    QCOMPARE(unsplit->weightedMedian, 70.0);
}

void TestForecast::tieMirrored()
{
    // The same actors on the mirrored scale (x -> 100 − x): D 10 (w40), C 30 (w20),
    // B 50 (w0), A 80 (w60). Running 40 at 10, 60 at 30: exactly half; the next
    // weighted position is 80 -> split between 30 and 80, median 55 = 100 − 45. Before
    // ties were flagged the median was the low end: 20 here and 30 mirrored, so the
    // winner depended on which end of the scale was labelled 0.
    const QList<Position> list{makePosition(QStringLiteral("A"), QStringLiteral("X"), 80, 6, 10),
                               makePosition(QStringLiteral("B"), QStringLiteral("X"), 50, 0, 10),
                               makePosition(QStringLiteral("C"), QStringLiteral("X"), 30, 2, 10),
                               makePosition(QStringLiteral("D"), QStringLiteral("X"), 10, 4, 10)};
    const std::optional<ForecastResult> result = Forecast::compute(list, QStringLiteral("EU"));
    QVERIFY(result);
    QVERIFY(result->tie);
    QCOMPARE(result->tieLow, 30.0);
    QCOMPARE(result->tieHigh, 80.0);
    QCOMPARE(result->weightedMedian, 55.0);
    QCOMPARE(result->weightedMean, 100.0 - 6200.0 / 120.0);
}

void TestForecast::euObjective_data()
{
    QTest::addColumn<QList<int>>("positions");
    QTest::addColumn<QStringList>("blocs");
    QTest::addColumn<QList<int>>("clouts");
    QTest::addColumn<bool>("found");
    QTest::addColumn<double>("objective");
    QTest::addColumn<bool>("split");

    const QString eu = QStringLiteral("EU");
    const QString china = QStringLiteral("China");
    // Only the EU actor counts: 90.
    QTest::newRow("one EU actor") << QList<int>{90, 20} << QStringList{eu, china}
                                  << QList<int>{10, 90} << true << 90.0 << false;
    // EU 70 (w 50), EU 90 (w 100): total 150, half 75: running 50, 150 -> 90. China's
    // heavy 20 is ignored.
    QTest::newRow("weighted EU median") << QList<int>{70, 90, 20} << QStringList{eu, eu, china}
                                        << QList<int>{5, 10, 100} << true << 90.0 << false;
    // EU 70 and 90 with equal weight: half reached exactly at 70, split, midpoint 80.
    QTest::newRow("EU exact half")
        << QList<int>{90, 70} << QStringList{eu, eu} << QList<int>{10, 10} << true << 80.0 << true;
    // All EU clout 0: their plain median, 30, 50, 80 -> 50.
    QTest::newRow("EU without weight") << QList<int>{80, 30, 50} << QStringList{eu, eu, eu}
                                       << QList<int>{0, 0, 0} << true << 50.0 << false;
    // Two EU actors without weight: their plain median is split, 30 and 80 -> 55.
    QTest::newRow("two EU without weight")
        << QList<int>{80, 30} << QStringList{eu, eu} << QList<int>{0, 0} << true << 55.0 << true;
    QTest::newRow("no EU actor") << QList<int>{20, 40} << QStringList{china, QStringLiteral("US")}
                                 << QList<int>{10, 10} << false << 0.0 << false;
}

void TestForecast::euObjective()
{
    QFETCH(QList<int>, positions);
    QFETCH(QStringList, blocs);
    QFETCH(QList<int>, clouts);
    QFETCH(bool, found);
    QFETCH(double, objective);
    QFETCH(bool, split);

    QList<Position> list;
    for (qsizetype i = 0; i < positions.size(); ++i)
        list.append(
            makePosition(QStringLiteral("A%1").arg(i), blocs[i], positions[i], clouts[i], 10));
    const std::optional<double> result = Forecast::objective(list, QStringLiteral("EU"));
    QCOMPARE(result.has_value(), found);
    if (!found)
        return;
    QCOMPARE(*result, objective);
    QCOMPARE(Forecast::objectiveSplit(list, QStringLiteral("EU"))->tie, split);
}

void TestForecast::splitObjective()
{
    // EU 70 (c5 s10, w50) and EU 90 (c5 s10, w50): our side's weight is split,
    // objective (70 + 90) / 2 = 80. China 20 (c20 s10, w200). Total 300, half 150:
    // running 200 at 20 -> median 20.
    const QList<Position> list{
        makePosition(QStringLiteral("Hawk"), QStringLiteral("EU"), 90, 5, 10, 1),
        makePosition(QStringLiteral("Dove"), QStringLiteral("EU"), 70, 5, 10, 2),
        makePosition(QStringLiteral("China"), QStringLiteral("China"), 20, 20, 10, 3)};
    const std::optional<ForecastResult> result = Forecast::compute(list, QStringLiteral("EU"));
    QVERIFY(result);
    QVERIFY(result->hasEuObjective);
    QVERIFY(result->objectiveSplit);
    QCOMPARE(result->objectiveLow, 70.0);
    QCOMPARE(result->objectiveHigh, 90.0);
    QCOMPARE(result->euObjective, 80.0);
    // Everyone is moved to 80, the midpoint, not to either end.
    for (const ForecastResult::Leverage &entry : result->leverage)
        QCOMPARE(entry.movedTo, 80.0);
    const QJsonObject json = result->toJson();
    QCOMPARE(json.value(QStringLiteral("objectiveSplit")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("objectiveLow")).toDouble(), 70.0);
    QCOMPARE(json.value(QStringLiteral("objectiveHigh")).toDouble(), 90.0);

    // An objective passed by the caller is never split.
    const std::optional<ForecastResult> given = Forecast::compute(list, 80.0);
    QVERIFY(given && !given->objectiveSplit);
}

void TestForecast::compromiseOfVetoParties()
{
    const std::optional<ForecastResult> result =
        Forecast::compute(vetoParties(), QStringLiteral("EU"), DecisionRule::Consent);
    QVERIFY(result);
    QCOMPARE(result->rule, DecisionRule::Consent);
    QVERIFY(!result->ruleFellBack);
    QCOMPARE(result->consentParties, (QStringList{QStringLiteral("P1"), QStringLiteral("P2")}));
    // (20·800 + 40·400) / 1200 = 26.667, between the parties' 20 and 40; the heavy
    // non-party at 90 drives the median (90) but not the outcome.
    QCOMPARE(result->outcome, 32000.0 / 1200.0);
    QCOMPARE(result->weightedMedian, 90.0);
    QVERIFY(result->outcome >= 20.0 && result->outcome <= 40.0);

    // A party without weight is no party: P3 at 100 with clout 0 changes nothing.
    QList<Position> withWeightless = vetoParties();
    withWeightless.append(
        makePosition(QStringLiteral("P3"), QStringLiteral("China"), 100, 0, 90, 14, true));
    const std::optional<ForecastResult> same =
        Forecast::compute(withWeightless, QStringLiteral("EU"), DecisionRule::Consent);
    QVERIFY(same);
    QCOMPARE(same->outcome, 32000.0 / 1200.0);
    QCOMPARE(same->consentParties, result->consentParties);

    // The same positions under weighted majority: the outcome is the median again.
    const std::optional<ForecastResult> majority =
        Forecast::compute(vetoParties(), QStringLiteral("EU"));
    QVERIFY(majority);
    QCOMPARE(majority->outcome, 90.0);
    QVERIFY(majority->consentParties.isEmpty());
}

void TestForecast::consentFallsBackToMajority()
{
    // Consent asked for, nobody marked: the majority rule is used, and says so.
    QList<Position> unmarked = vetoParties();
    for (Position &position : unmarked)
        position.consentNeeded = false;
    const std::optional<ForecastResult> result =
        Forecast::compute(unmarked, QStringLiteral("EU"), DecisionRule::Consent);
    QVERIFY(result);
    QCOMPARE(result->rule, DecisionRule::Consent);
    QVERIFY(result->ruleFellBack);
    QVERIFY(result->consentParties.isEmpty());
    QCOMPARE(result->outcome, 90.0); // the weighted median, as computed in vetoParties()

    // Marked, but without weight (salience 0): still no party.
    unmarked[0].consentNeeded = true;
    unmarked[0].salience = 0;
    const std::optional<ForecastResult> weightless =
        Forecast::compute(unmarked, QStringLiteral("EU"), DecisionRule::Consent);
    QVERIFY(weightless);
    QVERIFY(weightless->ruleFellBack);
    // Without P1's weight: 40 (400), 90 (2900) -> total 2900, half 1450 -> 90.
    QCOMPARE(weightless->outcome, 90.0);
    QVERIFY(weightless->band);
    QCOMPARE(weightless->band->likely, 90.0);
}

void TestForecast::re01UnderConsent()
{
    // The demo's RE-01 (China's own export controls) with China's agreement needed:
    // China MFA 20 (w 7650) and Wang Yi 20 (w 6800) are the parties, so the outcome
    // is 20 (where China stands) although the EU's three actors make the median 90.
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    const std::optional<Issue> issue = store->issues().byCode(QStringLiteral("RE-01"));
    QVERIFY(issue);
    QList<Position> positions = store->positions().forIssue(issue->id);
    for (Position &position : positions)
        position.consentNeeded = position.actorBloc == QLatin1String("China");
    const std::optional<ForecastResult> result =
        Forecast::compute(positions, QStringLiteral("EU"), DecisionRule::Consent);
    QVERIFY(result);
    QCOMPARE(result->weightedMedian, 90.0);
    QCOMPARE(result->outcome, 20.0);
    QCOMPARE(result->consentParties.size(), 2);
    QVERIFY(result->band);
    QCOMPARE(result->band->low, 20.0);
    QCOMPARE(result->band->high, 20.0);
    QCOMPARE(result->band->likely, 20.0);
    QCOMPARE(result->band->probability, 1.0);
    // Who to work on: only China's two actors move the outcome. Moving the MFA to 95:
    // (95·7650 + 20·6800) / 14450 = 862750 / 14450 = 59.706, a gain of 39.706 for an
    // effort of 75 × 85 / 100 = 63.75. Wang Yi to 95: (20·7650 + 95·6800) / 14450 =
    // 799000 / 14450 = 55.294, gain 35.294 for 75 × 80 / 100 = 60.
    QCOMPARE(result->leverage.size(), 5);
    QCOMPARE(result->leverage[0].actorName, QStringLiteral("China (Ministry of Foreign Affairs)"));
    QCOMPARE(result->leverage[0].outcomeShift, 862750.0 / 14450.0 - 20.0);
    QCOMPARE(result->leverage[0].effort, 63.75);
    QCOMPARE(result->leverage[0].gainPerEffort, (862750.0 / 14450.0 - 20.0) / 63.75);
    QCOMPARE(result->leverage[1].actorName, QStringLiteral("Wang Yi (王毅)"));
    QCOMPARE(result->leverage[1].outcomeShift, 799000.0 / 14450.0 - 20.0);
    QCOMPARE(result->leverage[1].effort, 60.0);
    for (qsizetype i = 2; i < result->leverage.size(); ++i)
        QCOMPARE(result->leverage[i].outcomeShift, 0.0);
}

void TestForecast::leverageTowardEuActor()
{
    // Objective 90 (the EU actor). Each actor is moved all the way to it:
    // China 20 -> 90: sorted Russia 10 (50), US 60 (80), 90 (280): 2·80 < 280, so the
    //   median is 90: gain |20 − 90| − 0 = 70; effort 70 × 10 / 100 = 7; 70 / 7 = 10.
    //   Mean +70·100/280 = +25.
    // Russia 10 -> 90: sorted China 20 (100), US 60 (130), 90 (280): 2·130 < 280 ->
    //   median 90, gain 70; effort 80 × 10 / 100 = 8; 70 / 8 = 8.75. Mean +80·50/280.
    // US 60 -> 90: Russia 10 (50), China 20 (150 > 140): median stays 20, gain 0;
    //   effort 30 × 10 / 100 = 3; 0. Mean +30·30/280.
    // EU is at the objective already: not moved, effort 0.
    // Ranked by gain per effort: China 10, Russia 8.75, then EU and US (0, 0) by name.
    const std::optional<ForecastResult> result =
        Forecast::compute(fourActors(), QStringLiteral("EU"));
    QVERIFY(result);
    QCOMPARE(result->weightedMedian, 20.0);
    QCOMPARE(result->weightedMean, 47.5);
    QVERIFY(!result->tie);
    QVERIFY(result->hasEuObjective);
    QVERIFY(!result->objectiveSplit);
    QCOMPARE(result->euObjective, 90.0);
    QCOMPARE(result->totalWeight, qint64(280));
    QVERIFY(!result->noSingleActorShifts);

    const QList<ForecastResult::Leverage> &leverage = result->leverage;
    QCOMPARE(leverage.size(), 4);
    QCOMPARE(leverage[0].actorName, QStringLiteral("China"));
    QCOMPARE(leverage[0].actorId, qint64(2));
    QCOMPARE(leverage[0].position, 20.0);
    QCOMPARE(leverage[0].movedTo, 90.0);
    QCOMPARE(leverage[0].weight, qint64(100));
    QCOMPARE(leverage[0].newMedian, 90.0);
    QCOMPARE(leverage[0].medianShift, 70.0);
    QCOMPARE(leverage[0].newOutcome, 90.0);
    QCOMPARE(leverage[0].outcomeShift, 70.0);
    QCOMPARE(leverage[0].effort, 7.0);
    QCOMPARE(leverage[0].gainPerEffort, 10.0);
    QCOMPARE(leverage[0].meanShift, 7000.0 / 280.0);
    QCOMPARE(leverage[0].newMean, 47.5 + 7000.0 / 280.0);

    QCOMPARE(leverage[1].actorName, QStringLiteral("Russia"));
    QCOMPARE(leverage[1].movedTo, 90.0);
    QCOMPARE(leverage[1].outcomeShift, 70.0);
    QCOMPARE(leverage[1].effort, 8.0);
    QCOMPARE(leverage[1].gainPerEffort, 8.75);
    QCOMPARE(leverage[1].meanShift, 4000.0 / 280.0);

    QCOMPARE(leverage[2].actorName, QStringLiteral("EU"));
    QCOMPARE(leverage[2].movedTo, 90.0);
    QCOMPARE(leverage[2].effort, 0.0);
    QCOMPARE(leverage[2].outcomeShift, 0.0);
    QCOMPARE(leverage[2].meanShift, 0.0);

    QCOMPARE(leverage[3].actorName, QStringLiteral("US"));
    QCOMPARE(leverage[3].movedTo, 90.0);
    QCOMPARE(leverage[3].outcomeShift, 0.0);
    QCOMPARE(leverage[3].effort, 3.0);
    QCOMPARE(leverage[3].gainPerEffort, 0.0);
    QCOMPARE(leverage[3].meanShift, 900.0 / 280.0);
}

void TestForecast::leverageTowardGivenObjective()
{
    // Objective 50 passed by the caller. Median 20, mean 47.5 (2.5 below 50).
    // China 20 -> 50: 10 (50), 50 (150 > 140): median 50, gain 30; effort 3; 10.
    //   Mean +3000/280 = 58.214, 8.214 past 50: mean gain 2.5 − 8.214.
    // Russia 10 -> 50: 20 (100), 50 (150 > 140): median 50, gain 30; effort 4; 7.5.
    //   Mean +2000/280 = 54.643: mean gain 2.5 − 4.643.
    // US 60 -> 50 and EU 90 -> 50 (both come down to the objective): median stays 20,
    //   gain 0; efforts 1 and 4. Mean −300/280 and −4000/280, away from 50.
    const std::optional<ForecastResult> result = Forecast::compute(fourActors(), 50.0);
    QVERIFY(result);
    QCOMPARE(result->euObjective, 50.0);
    const QList<ForecastResult::Leverage> &leverage = result->leverage;
    QCOMPARE(leverage.size(), 4);
    QCOMPARE(leverage[0].actorName, QStringLiteral("China"));
    QCOMPARE(leverage[0].medianShift, 30.0);
    QCOMPARE(leverage[0].outcomeShift, 30.0);
    QCOMPARE(leverage[0].gainPerEffort, 10.0);
    QCOMPARE(leverage[0].meanShift, 2.5 - (3000.0 / 280.0 - 2.5));
    QCOMPARE(leverage[1].actorName, QStringLiteral("Russia"));
    QCOMPARE(leverage[1].gainPerEffort, 7.5);
    QCOMPARE(leverage[1].meanShift, 2.5 - (2000.0 / 280.0 - 2.5));
    QCOMPARE(leverage[2].actorName, QStringLiteral("EU"));
    QCOMPARE(leverage[2].movedTo, 50.0);
    QCOMPARE(leverage[2].effort, 4.0);
    QCOMPARE(leverage[2].meanShift, -4000.0 / 280.0);
    QCOMPARE(leverage[3].actorName, QStringLiteral("US"));
    QCOMPARE(leverage[3].movedTo, 50.0);
    QCOMPARE(leverage[3].effort, 1.0);
    QCOMPARE(leverage[3].meanShift, -300.0 / 280.0);
}

void TestForecast::leverageRanksByGainPerEffort()
{
    // vetoParties() under consent, objective 80; outcome 26.667.
    // P1 20 -> 80: (80·800 + 40·400) / 1200 = 66.667: gain 40; effort 60 × 80 / 100 =
    //   48; 40 / 48 = 0.833.
    // P2 40 -> 80: (20·800 + 80·400) / 1200 = 40: gain 13.333; effort 40 × 10 / 100 =
    //   4; 3.333.
    // N 90 -> 80: not a party, gain 0; effort 10 × 50 / 100 = 5.
    // P1 gains most but P2 is cheaper per point gained, so P2 comes first.
    const std::optional<ForecastResult> result =
        Forecast::compute(vetoParties(), 80.0, DecisionRule::Consent);
    QVERIFY(result);
    const QList<ForecastResult::Leverage> &leverage = result->leverage;
    QCOMPARE(leverage.size(), 3);
    QCOMPARE(leverage[0].actorName, QStringLiteral("P2"));
    QCOMPARE(leverage[0].newOutcome, 48000.0 / 1200.0);
    QCOMPARE(leverage[0].outcomeShift, 16000.0 / 1200.0);
    QCOMPARE(leverage[0].effort, 4.0);
    QCOMPARE(leverage[0].gainPerEffort, 16000.0 / 1200.0 / 4.0);
    QCOMPARE(leverage[1].actorName, QStringLiteral("P1"));
    QCOMPARE(leverage[1].newOutcome, 80000.0 / 1200.0);
    QCOMPARE(leverage[1].outcomeShift, 40.0);
    QCOMPARE(leverage[1].effort, 48.0);
    QCOMPARE(leverage[1].gainPerEffort, 40.0 / 48.0);
    QCOMPARE(leverage[2].actorName, QStringLiteral("N"));
    QCOMPARE(leverage[2].outcomeShift, 0.0);
    QCOMPARE(leverage[2].effort, 5.0);
    QVERIFY(leverage[1].outcomeShift > leverage[0].outcomeShift);

    // On every data set the list is in order of gain per effort, then gain.
    for (const QList<Position> &set : variedDataSets()) {
        for (const DecisionRule rule : DecisionRuleText::all()) {
            const std::optional<ForecastResult> each = Forecast::compute(
                set, QStringLiteral("EU"), rule, Forecast::Uncertainty::PointOnly);
            QVERIFY(each && each->hasEuObjective);
            for (qsizetype i = 1; i < each->leverage.size(); ++i) {
                const ForecastResult::Leverage &before = each->leverage[i - 1];
                const ForecastResult::Leverage &after = each->leverage[i];
                QVERIFY(before.gainPerEffort >= after.gainPerEffort - tolerance);
                if (near(before.gainPerEffort, after.gainPerEffort))
                    QVERIFY(before.outcomeShift >= after.outcomeShift - tolerance);
                const double expected = after.effort > 0 ? after.outcomeShift / after.effort : 0;
                QCOMPARE(after.gainPerEffort, expected);
            }
        }
    }
}

void TestForecast::leverageNeverPastObjective()
{
    // 88 is 7 below 95: it moves to 95, not past it. 3 is 3 above 0: it moves to 0.
    const QList<Position> list{
        makePosition(QStringLiteral("Near"), QStringLiteral("China"), 88, 10, 10),
        makePosition(QStringLiteral("Far"), QStringLiteral("China"), 3, 10, 10)};
    const std::optional<ForecastResult> up = Forecast::compute(list, 95.0);
    QVERIFY(up);
    for (const ForecastResult::Leverage &entry : up->leverage)
        QCOMPARE(entry.movedTo, 95.0);
    const std::optional<ForecastResult> down = Forecast::compute(list, 0.0);
    QVERIFY(down);
    for (const ForecastResult::Leverage &entry : down->leverage)
        QCOMPARE(entry.movedTo, 0.0);
    // An objective outside the scale is clamped to it.
    const std::optional<ForecastResult> beyond = Forecast::compute(list, 140.0);
    QVERIFY(beyond);
    QCOMPARE(beyond->euObjective, 100.0);
    for (const ForecastResult::Leverage &entry : beyond->leverage)
        QCOMPARE(entry.movedTo, 100.0);

    // On every data set, under either rule: each actor ends on the objective, within
    // the stretch from where it stood to the objective, and its effort is what that
    // stretch costs.
    for (const QList<Position> &set : variedDataSets()) {
        for (const DecisionRule rule : DecisionRuleText::all()) {
            const std::optional<ForecastResult> result = Forecast::compute(
                set, QStringLiteral("EU"), rule, Forecast::Uncertainty::PointOnly);
            QVERIFY(result && result->hasEuObjective);
            QCOMPARE(result->leverage.size(), set.size());
            const double objective = result->euObjective;
            for (const ForecastResult::Leverage &entry : result->leverage) {
                QCOMPARE(entry.movedTo, objective);
                QVERIFY(std::min(entry.position, objective) <= entry.movedTo &&
                        entry.movedTo <= std::max(entry.position, objective));
                const auto it = std::find_if(set.cbegin(), set.cend(), [&](const Position &p) {
                    return p.actorId == entry.actorId;
                });
                QVERIFY(it != set.cend());
                QCOMPARE(entry.effort, std::abs(objective - it->position) * it->salience / 100.0);
            }
        }
    }
}

void TestForecast::leverageActorAtObjectiveNotMoved()
{
    // The EU actor stands at the objective (90): it is not moved, costs nothing and
    // changes nothing.
    const std::optional<ForecastResult> result =
        Forecast::compute(fourActors(), QStringLiteral("EU"));
    QVERIFY(result);
    const auto eu = std::find_if(result->leverage.cbegin(), result->leverage.cend(),
                                 [](const ForecastResult::Leverage &entry) {
                                     return entry.actorName == QLatin1String("EU");
                                 });
    QVERIFY(eu != result->leverage.cend());
    QCOMPARE(eu->position, 90.0);
    QCOMPARE(eu->movedTo, 90.0);
    QCOMPARE(eu->effort, 0.0);
    QCOMPARE(eu->gainPerEffort, 0.0);
    QCOMPARE(eu->outcomeShift, 0.0);
    QCOMPARE(eu->medianShift, 0.0);
    QCOMPARE(eu->meanShift, 0.0);
    QCOMPARE(eu->newMean, result->weightedMean);
}

void TestForecast::effortGrowsWithSalience()
{
    // X at 30 moves 40 points to the objective 70. With the same weight (c·s = 600),
    // salience 20 costs 40 × 20 / 100 = 8, salience 60 costs 40 × 60 / 100 = 24.
    // The move's gain is the same, so its gain per effort is a third.
    const auto withX = [](int clout, int salience) {
        return QList<Position>{
            makePosition(QStringLiteral("X"), QStringLiteral("China"), 30, clout, salience, 1),
            makePosition(QStringLiteral("Y"), QStringLiteral("China"), 20, 10, 40, 2),
            makePosition(QStringLiteral("Z"), QStringLiteral("EU"), 70, 10, 50, 3)};
    };
    const auto entryOf = [](const ForecastResult &result) {
        return *std::find_if(result.leverage.cbegin(), result.leverage.cend(),
                             [](const ForecastResult::Leverage &entry) {
                                 return entry.actorName == QLatin1String("X");
                             });
    };
    const std::optional<ForecastResult> calm = Forecast::compute(withX(30, 20), 70.0);
    const std::optional<ForecastResult> keen = Forecast::compute(withX(10, 60), 70.0);
    QVERIFY(calm && keen);
    const ForecastResult::Leverage low = entryOf(*calm);
    const ForecastResult::Leverage high = entryOf(*keen);
    QCOMPARE(low.effort, 8.0);
    QCOMPARE(high.effort, 24.0);
    // Weights 600, 400, 500; total 1500, half 750. X to 70: 20 (400), 70 (1500) ->
    // the median goes from 30 (1000 > 750) to 70: gain 40 either way.
    QCOMPARE(low.outcomeShift, 40.0);
    QCOMPARE(high.outcomeShift, 40.0);
    QCOMPARE(low.gainPerEffort, 5.0);
    QCOMPARE(high.gainPerEffort, 40.0 / 24.0);
}

void TestForecast::noSingleActorShifts()
{
    // Three actors at 10 weigh 100 each, our actor at 90 weighs 10: total 310, half
    // 155. Moving one of the three to 90 leaves 200 at 10 (> 155): the median stays.
    const QList<Position> list{
        makePosition(QStringLiteral("A"), QStringLiteral("China"), 10, 10, 10, 1),
        makePosition(QStringLiteral("B"), QStringLiteral("China"), 10, 10, 10, 2),
        makePosition(QStringLiteral("C"), QStringLiteral("China"), 10, 10, 10, 3),
        makePosition(QStringLiteral("Us"), QStringLiteral("EU"), 90, 1, 10, 4)};
    const std::optional<ForecastResult> result = Forecast::compute(list, QStringLiteral("EU"));
    QVERIFY(result);
    QCOMPARE(result->outcome, 10.0);
    QVERIFY(result->noSingleActorShifts);
    for (const ForecastResult::Leverage &entry : result->leverage)
        QCOMPARE(entry.outcomeShift, 0.0);
    QVERIFY(result->toText(QStringLiteral("X-1"), QStringLiteral("Test"))
                .contains(QStringLiteral(
                    "\nNo single actor moved to the objective shifts the outcome.\n")));
    QCOMPARE(result->toJson().value(QStringLiteral("noSingleActorShifts")).toBool(), true);

    // With only two at 10 (total 210, half 105), moving one leaves 100 at 10 and 110
    // at 90: the median goes to 90, a gain of 80.
    QList<Position> fewer = list;
    fewer.removeAt(2);
    const std::optional<ForecastResult> shifted = Forecast::compute(fewer, QStringLiteral("EU"));
    QVERIFY(shifted);
    QVERIFY(!shifted->noSingleActorShifts);
    QCOMPARE(shifted->leverage.first().outcomeShift, 80.0);

    // At the objective already: nobody can shift it further, and the text says why.
    const QList<Position> there{
        makePosition(QStringLiteral("Us"), QStringLiteral("EU"), 90, 50, 10, 1),
        makePosition(QStringLiteral("Them"), QStringLiteral("China"), 20, 10, 10, 2)};
    const std::optional<ForecastResult> done = Forecast::compute(there, QStringLiteral("EU"));
    QVERIFY(done);
    QVERIFY(done->noSingleActorShifts);
    QVERIFY(done->toText(QStringLiteral("X-2"), QStringLiteral("Test"))
                .contains(QStringLiteral("\nThe forecast is at the objective already.\n")));
}

void TestForecast::noEuActorMeansNoLeverage()
{
    const QList<Position> list{
        makePosition(QStringLiteral("China"), QStringLiteral("China"), 20, 10, 10),
        makePosition(QStringLiteral("US"), QStringLiteral("US"), 80, 11, 10)};
    const std::optional<ForecastResult> result = Forecast::compute(list, QStringLiteral("EU"));
    QVERIFY(result);
    QVERIFY(!result->hasEuObjective);
    QVERIFY(result->leverage.isEmpty());
    QVERIFY(!result->noSingleActorShifts);
    QCOMPARE(result->weightedMedian, 80.0);
    QVERIFY(result->toJson().value(QStringLiteral("euObjective")).isNull());
    QVERIFY(result->toText(QStringLiteral("X-1"), QStringLiteral("Test"))
                .contains(QStringLiteral("EU objective: none")));
}

void TestForecast::invalidResult()
{
    // Zero total weight must not divide by zero, even with an objective given.
    const QList<Position> list{
        makePosition(QStringLiteral("EU"), QStringLiteral("EU"), 90, 0, 80),
        makePosition(QStringLiteral("China"), QStringLiteral("China"), 10, 70, 0, 0, true)};
    QVERIFY(!Forecast::compute(list, QStringLiteral("EU")));
    QVERIFY(!Forecast::compute(list, 50.0));
    QVERIFY(!Forecast::compute(list, 50.0, DecisionRule::Consent));
    QVERIFY(!Forecast::compute({}, 50.0));
    QVERIFY(!ForecastBand::compute(list, DecisionRule::WeightedMajority, 50.0));
    // The EU actors exist but weigh nothing: the objective still is their plain median.
    QCOMPARE(Forecast::objective(list, QStringLiteral("EU")).value_or(-1), 90.0);
}

void TestForecast::bandSummaryHandComputed()
{
    // Ten outcomes, point forecast 40. Sorted: 30, 38, 38, 40 ×6, 41; N = 10,
    // k = floor(0.1 × 9) = 0: low 30, high 41.
    // Candidates (the outcomes rounded): 30 has 1 outcome within ±2.5 (27.5–32.5);
    // 38 has 8 (35.5–40.5: 38, 38, 40 ×6); 40 has 9 (37.5–42.5); 41 has 7 (38.5–43.5).
    // Likely 40, 9 of 10.
    QList<double> outcomes{40, 38, 40, 30, 41, 40, 38, 40, 40, 40};
    ForecastResult::Band band = ForecastBand::summarize(outcomes, 40.0);
    QCOMPARE(band.draws, 10);
    QCOMPARE(band.low, 30.0);
    QCOMPARE(band.high, 41.0);
    QCOMPARE(band.likely, 40.0);
    QCOMPARE(band.probability, 0.9);

    // Equal counts: the candidate nearest the point forecast wins (30 is 4 from 26,
    // 20 is 6), and at equal distance the lower one (20 and 30 are both 5 from 25).
    band = ForecastBand::summarize({20, 20, 30, 30}, 26.0);
    QCOMPARE(band.likely, 30.0);
    QCOMPARE(band.probability, 0.5);
    band = ForecastBand::summarize({20, 20, 30, 30}, 25.0);
    QCOMPARE(band.likely, 20.0);

    // Halves round to even, so the mirror of a half rounds to the mirror: 37.5 -> 38
    // and 62.5 -> 62 = 100 − 38.
    QCOMPARE(ForecastBand::summarize({37.5}, 37.5).likely, 38.0);
    QCOMPARE(ForecastBand::summarize({62.5}, 62.5).likely, 62.0);

    // Widened to contain the point forecast: all draws at 50, point 45 -> 45–50.
    band = ForecastBand::summarize({50, 50, 50}, 45.0);
    QCOMPARE(band.low, 45.0);
    QCOMPARE(band.high, 50.0);
    QCOMPARE(band.likely, 50.0);
    QCOMPARE(band.probability, 1.0);
}

void TestForecast::bandPercentilesOfThousand()
{
    // 1000 outcomes 0.0, 0.1, …, 99.9: k = floor(0.1 × 999) = 99, so low is the 100th
    // value (9.9) and high the 901st (90.0), the same distance from either end.
    QList<double> outcomes;
    for (int i = 999; i >= 0; --i)
        outcomes.append(i / 10.0);
    const ForecastResult::Band band = ForecastBand::summarize(outcomes, 50.0);
    QCOMPARE(band.draws, 1000);
    QCOMPARE(band.low, 9.9);
    QCOMPARE(band.high, 90.0);
    // Every candidate away from the ends has 51 outcomes within ±2.5 (e.g. 47.5 to 52.5
    // for 50): the one nearest the point forecast, 50, with 51 of 1000.
    QCOMPARE(band.likely, 50.0);
    QCOMPARE(band.probability, 0.051);

    // The generator's bits map to [0, 1): 0 -> 0, the top bit alone -> 0.5, all bits
    // -> the largest double below 1.
    QCOMPARE(ForecastBand::unitInterval(0), 0.0);
    QCOMPARE(ForecastBand::unitInterval(std::uint64_t(1) << 63), 0.5);
    QCOMPARE(ForecastBand::unitInterval(~std::uint64_t(0)), 1.0 - 0x1.0p-53);
}

void TestForecast::bandDegenerateCases()
{
    // Everyone at 35: every draw gives 35.
    const QList<Position> together{
        makePosition(QStringLiteral("A"), QStringLiteral("EU"), 35, 10, 50, 1),
        makePosition(QStringLiteral("B"), QStringLiteral("China"), 35, 80, 20, 2)};
    const std::optional<ForecastResult> same = Forecast::compute(together, QStringLiteral("EU"));
    QVERIFY(same && same->band);
    QCOMPARE(same->band->draws, ForecastBand::drawCount);
    QCOMPARE(same->band->low, 35.0);
    QCOMPARE(same->band->high, 35.0);
    QCOMPARE(same->band->likely, 35.0);
    QCOMPARE(same->band->probability, 1.0);

    // A at 30 weighs 10000; even at 0.8 × 0.8 it keeps 6400, more than B and C together
    // can reach (2 × 100 × 1.2 × 1.2 = 288): every draw gives 30.
    const QList<Position> dominant{
        makePosition(QStringLiteral("A"), QStringLiteral("China"), 30, 100, 100, 1),
        makePosition(QStringLiteral("B"), QStringLiteral("EU"), 70, 10, 10, 2),
        makePosition(QStringLiteral("C"), QStringLiteral("EU"), 80, 10, 10, 3)};
    const std::optional<ForecastResult> firm = Forecast::compute(dominant, QStringLiteral("EU"));
    QVERIFY(firm && firm->band);
    QCOMPARE(firm->band->low, 30.0);
    QCOMPARE(firm->band->high, 30.0);
    QCOMPARE(firm->band->likely, 30.0);
    QCOMPARE(firm->band->probability, 1.0);

    // Without the band the figures are the same, and there is no band.
    const std::optional<ForecastResult> pointOnly =
        Forecast::compute(dominant, QStringLiteral("EU"), DecisionRule::WeightedMajority,
                          Forecast::Uncertainty::PointOnly);
    QVERIFY(pointOnly && !pointOnly->band);
    QCOMPARE(pointOnly->outcome, firm->outcome);
    QVERIFY(!pointOnly->toJson().contains(QStringLiteral("medianBand")));
}

void TestForecast::bandEvenSplitDraws()
{
    // Two actors of equal weight at 20 and 80: the point forecast is the tie's midpoint,
    // 50, but any perturbation tips it to one end. About half the draws go each way, so
    // the band spans 20–80 and the likely outcome is one end, about 5 times in 10.
    const QList<Position> list{
        makePosition(QStringLiteral("A"), QStringLiteral("EU"), 20, 10, 10, 1),
        makePosition(QStringLiteral("B"), QStringLiteral("China"), 80, 10, 10, 2)};
    const std::optional<ForecastResult> result = Forecast::compute(list, QStringLiteral("EU"));
    QVERIFY(result && result->band);
    QVERIFY(result->tie);
    QCOMPARE(result->outcome, 50.0);
    QCOMPARE(result->band->low, 20.0);
    QCOMPARE(result->band->high, 80.0);
    QVERIFY(result->band->likely == 20.0 || result->band->likely == 80.0);
    QVERIFY2(result->band->probability > 0.4 && result->band->probability < 0.6,
             qPrintable(QString::number(result->band->probability)));
}

void TestForecast::mirroringMirrorsEveryForecast()
{
    // x -> 100 − x on every position: every figure is mirrored, the band's ends swap,
    // a tie's ends swap, nothing depends on which end of the scale was labelled 0.
    int tiedSets = 0;
    QList<QList<Position>> sets = variedDataSets();
    // The tie of tieAndMidpoint(), so a tie's band is mirrored too.
    sets.append({makePosition(QStringLiteral("A"), QStringLiteral("EU"), 20, 6, 10, 1),
                 makePosition(QStringLiteral("C"), QStringLiteral("X"), 70, 2, 10, 3),
                 makePosition(QStringLiteral("D"), QStringLiteral("X"), 90, 4, 10, 4)});
    for (const QList<Position> &set : sets) {
        for (const DecisionRule rule : DecisionRuleText::all()) {
            const std::optional<ForecastResult> a =
                Forecast::compute(set, QStringLiteral("EU"), rule);
            const std::optional<ForecastResult> b =
                Forecast::compute(mirrored(set), QStringLiteral("EU"), rule);
            QVERIFY(a && b && a->band && b->band);
            const QString where = QStringLiteral("%1 actors, rule %2")
                                      .arg(set.size())
                                      .arg(DecisionRuleText::key(rule));
            QVERIFY2(near(b->outcome, 100.0 - a->outcome), qPrintable(where));
            QVERIFY2(near(b->weightedMedian, 100.0 - a->weightedMedian), qPrintable(where));
            QVERIFY2(near(b->weightedMean, 100.0 - a->weightedMean), qPrintable(where));
            QCOMPARE(b->tie, a->tie);
            if (a->tie) {
                ++tiedSets;
                QCOMPARE(b->tieLow, 100.0 - a->tieHigh);
                QCOMPARE(b->tieHigh, 100.0 - a->tieLow);
            }
            QVERIFY2(near(b->euObjective, 100.0 - a->euObjective), qPrintable(where));
            QVERIFY2(near(b->band->low, 100.0 - a->band->high), qPrintable(where));
            QVERIFY2(near(b->band->high, 100.0 - a->band->low), qPrintable(where));
            QVERIFY2(b->band->likely == 100.0 - a->band->likely,
                     qPrintable(where + QStringLiteral(": likely %1 and %2")
                                            .arg(a->band->likely)
                                            .arg(b->band->likely)));
            QCOMPARE(b->band->probability, a->band->probability);
            // Who to work on: the same gains and efforts, actor by actor.
            QCOMPARE(b->leverage.size(), a->leverage.size());
            for (const ForecastResult::Leverage &entry : a->leverage) {
                const auto other = std::find_if(
                    b->leverage.cbegin(), b->leverage.cend(),
                    [&](const ForecastResult::Leverage &e) { return e.actorId == entry.actorId; });
                QVERIFY(other != b->leverage.cend());
                QVERIFY2(near(other->outcomeShift, entry.outcomeShift), qPrintable(where));
                QVERIFY2(near(other->effort, entry.effort), qPrintable(where));
            }
        }
    }
    QVERIFY(tiedSets > 0); // the mirrored tie was among them
}

void TestForecast::splitActorChangesNothing()
{
    // An actor listed twice, each entry with half its clout (another actor id, as a
    // second delegate would have), pulls exactly as before: c/2·s + c/2·s = c·s.
    // Clouts are made even first by doubling them all, which scales every weight alike.
    for (QList<Position> set : variedDataSets()) {
        for (Position &position : set)
            position.clout *= 2;
        for (const DecisionRule rule : DecisionRuleText::all()) {
            const std::optional<ForecastResult> whole = Forecast::compute(
                set, QStringLiteral("EU"), rule, Forecast::Uncertainty::PointOnly);
            QVERIFY(whole);
            const auto check = [&](const QList<Position> &changed, const QString &where) {
                const std::optional<ForecastResult> split = Forecast::compute(
                    changed, QStringLiteral("EU"), rule, Forecast::Uncertainty::PointOnly);
                QVERIFY2(split, qPrintable(where));
                QVERIFY2(split->weightedMedian == whole->weightedMedian, qPrintable(where));
                QVERIFY2(near(split->weightedMean, whole->weightedMean), qPrintable(where));
                QVERIFY2(near(split->outcome, whole->outcome), qPrintable(where));
                QVERIFY2(split->tie == whole->tie, qPrintable(where));
                QVERIFY2(split->tieLow == whole->tieLow && split->tieHigh == whole->tieHigh,
                         qPrintable(where));
                QVERIFY2(split->totalWeight == whole->totalWeight, qPrintable(where));
                QVERIFY2(split->euObjective == whole->euObjective, qPrintable(where));
            };
            QList<Position> allSplit;
            for (qsizetype i = 0; i < set.size(); ++i) {
                Position half = set[i];
                half.clout /= 2;
                Position twin = half;
                twin.actorId = half.actorId + 100000;
                twin.actorName = half.actorName + QStringLiteral(" (2)");
                QList<Position> oneSplit = set;
                oneSplit[i] = half;
                oneSplit.append(twin);
                check(oneSplit, QStringLiteral("%1 of %2 split, rule %3")
                                    .arg(set[i].actorName)
                                    .arg(set.size())
                                    .arg(DecisionRuleText::key(rule)));
                allSplit << half << twin;
            }
            check(allSplit, QStringLiteral("all %1 split").arg(set.size()));
        }
    }
}

void TestForecast::bandContainsPointForecast()
{
    QList<QList<Position>> sets = variedDataSets();
    sets.append({makePosition(QStringLiteral("A"), QStringLiteral("EU"), 20, 10, 10, 1),
                 makePosition(QStringLiteral("B"), QStringLiteral("China"), 80, 10, 10, 2)});
    for (const QList<Position> &set : sets) {
        for (const DecisionRule rule : DecisionRuleText::all()) {
            const std::optional<ForecastResult> result =
                Forecast::compute(set, QStringLiteral("EU"), rule);
            QVERIFY(result && result->band);
            const ForecastResult::Band &band = *result->band;
            QCOMPARE(band.draws, ForecastBand::drawCount);
            QVERIFY2(band.low <= result->outcome && result->outcome <= band.high,
                     qPrintable(QStringLiteral("%1 <= %2 <= %3")
                                    .arg(band.low)
                                    .arg(result->outcome)
                                    .arg(band.high)));
            QVERIFY(band.probability > 0 && band.probability <= 1);
            QCOMPARE(band.likely, std::round(band.likely));
            QVERIFY(band.likely >= 0 && band.likely <= 100);
        }
    }
}

void TestForecast::bandIsReproducible()
{
    for (const QList<Position> &set : variedDataSets()) {
        for (const DecisionRule rule : DecisionRuleText::all()) {
            const std::optional<ForecastResult> first =
                Forecast::compute(set, QStringLiteral("EU"), rule);
            const std::optional<ForecastResult> second =
                Forecast::compute(set, QStringLiteral("EU"), rule);
            QVERIFY(first && second && first->band && second->band);
            QCOMPARE(second->band->low, first->band->low);
            QCOMPARE(second->band->high, first->band->high);
            QCOMPARE(second->band->likely, first->band->likely);
            QCOMPARE(second->band->probability, first->band->probability);
            // The factors follow the actors, not the order the positions come in.
            QList<Position> reversed = set;
            std::reverse(reversed.begin(), reversed.end());
            const std::optional<ForecastResult> third =
                Forecast::compute(reversed, QStringLiteral("EU"), rule);
            QVERIFY(third && third->band);
            QVERIFY(near(third->band->low, first->band->low));
            QVERIFY(near(third->band->high, first->band->high));
            QCOMPARE(third->band->likely, first->band->likely);
            QCOMPARE(third->band->probability, first->band->probability);
        }
    }
    // One actor listed twice with half the clout each time moves as one in every draw
    // (its factors are keyed by the actor): the band is exactly the single listing's.
    QList<Position> once = fourActors();
    once[0].clout = 10;
    QList<Position> twice = once;
    twice[0].clout = 5;
    twice.append(twice[0]);
    const std::optional<ForecastResult> a = Forecast::compute(once, QStringLiteral("EU"));
    const std::optional<ForecastResult> b = Forecast::compute(twice, QStringLiteral("EU"));
    QVERIFY(a && b && a->band && b->band);
    QCOMPARE(b->band->low, a->band->low);
    QCOMPARE(b->band->high, a->band->high);
    QCOMPARE(b->band->likely, a->band->likely);
    QCOMPARE(b->band->probability, a->band->probability);
}

void TestForecast::formatting()
{
    QCOMPARE(ForecastResult::formatValue(20.0), QStringLiteral("20"));
    QCOMPARE(ForecastResult::formatValue(3200.0 / 60.0), QStringLiteral("53.3"));
    QCOMPARE(ForecastResult::formatValue(99.96), QStringLiteral("100"));
    QCOMPARE(ForecastResult::formatShift(10.0), QStringLiteral("+10"));
    QCOMPARE(ForecastResult::formatShift(-1000.0 / 280.0), QStringLiteral("-3.6"));
    QCOMPARE(ForecastResult::formatShift(0.0), QStringLiteral("0"));
    QCOMPARE(ForecastResult::formatShift(-0.01), QStringLiteral("0"));
}

void TestForecast::jsonForm()
{
    const std::optional<ForecastResult> result =
        Forecast::compute(fourActors(), QStringLiteral("EU"));
    QVERIFY(result && result->band);
    const QJsonObject json = result->toJson();
    QCOMPARE(json.value(QStringLiteral("weightedMedian")).toDouble(), 20.0);
    QCOMPARE(json.value(QStringLiteral("weightedMean")).toDouble(), 47.5);
    QCOMPARE(json.value(QStringLiteral("outcome")).toDouble(), 20.0);
    QCOMPARE(json.value(QStringLiteral("rule")).toString(), QStringLiteral("majority"));
    QCOMPARE(json.value(QStringLiteral("ruleFellBack")).toBool(), false);
    QCOMPARE(json.value(QStringLiteral("tie")).toBool(), false);
    QVERIFY(!json.contains(QStringLiteral("tieLow")));
    QVERIFY(!json.contains(QStringLiteral("tieHigh")));
    QVERIFY(json.value(QStringLiteral("consentParties")).toArray().isEmpty());
    QCOMPARE(json.value(QStringLiteral("objectiveSplit")).toBool(), false);
    QCOMPARE(json.value(QStringLiteral("euObjective")).toDouble(), 90.0);
    QCOMPARE(json.value(QStringLiteral("actorCount")).toInt(), 4);
    QCOMPARE(json.value(QStringLiteral("totalWeight")).toInteger(), qint64(280));
    const QJsonObject band = json.value(QStringLiteral("medianBand")).toObject();
    QCOMPARE(band.value(QStringLiteral("low")).toDouble(), result->band->low);
    QCOMPARE(band.value(QStringLiteral("high")).toDouble(), result->band->high);
    QCOMPARE(json.value(QStringLiteral("medianProbability")).toDouble(), result->band->probability);
    QCOMPARE(json.value(QStringLiteral("likelyOutcome")).toDouble(), result->band->likely);
    const QJsonArray leverage = json.value(QStringLiteral("leverage")).toArray();
    QCOMPARE(leverage.size(), 4);
    const QJsonObject first = leverage.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("actor")).toString(), QStringLiteral("China"));
    QCOMPARE(first.value(QStringLiteral("bloc")).toString(), QStringLiteral("China"));
    QCOMPARE(first.value(QStringLiteral("actorId")).toInteger(), qint64(2));
    QCOMPARE(first.value(QStringLiteral("position")).toDouble(), 20.0);
    QCOMPARE(first.value(QStringLiteral("movedTo")).toDouble(), 90.0);
    QCOMPARE(first.value(QStringLiteral("medianShift")).toDouble(), 70.0);
    QCOMPARE(first.value(QStringLiteral("newMedian")).toDouble(), 90.0);
    QCOMPARE(first.value(QStringLiteral("outcomeShift")).toDouble(), 70.0);
    QCOMPARE(first.value(QStringLiteral("newOutcome")).toDouble(), 90.0);
    QCOMPARE(first.value(QStringLiteral("effort")).toDouble(), 7.0);
    QCOMPARE(first.value(QStringLiteral("gainPerEffort")).toDouble(), 10.0);

    // Consent: the rule's key and the parties' names.
    const QJsonObject consent =
        Forecast::compute(vetoParties(), QStringLiteral("EU"), DecisionRule::Consent)->toJson();
    QCOMPARE(consent.value(QStringLiteral("rule")).toString(), QStringLiteral("consent"));
    QCOMPARE(consent.value(QStringLiteral("outcome")).toDouble(), 32000.0 / 1200.0);
    QCOMPARE(consent.value(QStringLiteral("consentParties")).toArray(),
             (QJsonArray{QStringLiteral("P1"), QStringLiteral("P2")}));
}

void TestForecast::textForm()
{
    std::optional<ForecastResult> result =
        Forecast::compute(fourActors(), QStringLiteral("EU"), DecisionRule::WeightedMajority,
                          Forecast::Uncertainty::PointOnly);
    QVERIFY(result);
    // A band set by hand, so the line's wording is checked against known figures.
    result->band = ForecastResult::Band{20, 0.9, 10, 30, 1000};
    const QString text = result->toText(QStringLiteral("T-1"), QStringLiteral("Test issue"),
                                        QStringLiteral("No deal"), QStringLiteral("Full deal"));
    const QStringList expected{
        QStringLiteral("T-1 Test issue"),
        QStringLiteral("Scale: 0 = No deal, 100 = Full deal"),
        QStringLiteral("Decided by weighted majority"),
        QStringLiteral("Forecast outcome (weighted median): 20"),
        QStringLiteral("Likely outcome 20 (10–30; 9 times in 10)"),
        QStringLiteral("Weighted mean: 47.5"),
        QStringLiteral("Actors: 4, total weight (clout x salience): 280"),
        QStringLiteral("EU objective: 90"),
        QStringLiteral("Who to work on (each actor moved to the EU objective; effort = points "
                       "moved x salience / 100), by gain per effort:"),
        QStringLiteral("  1. China (China): 20 -> 90; outcome +70, effort 7, gain per effort 10; "
                       "median +70, mean +25"),
        QStringLiteral("  2. Russia (Russia): 10 -> 90; outcome +70, effort 8, gain per effort "
                       "8.75; median +70, mean +14.3"),
        QStringLiteral("  3. EU (EU): 90 -> 90; outcome 0, effort 0, gain per effort 0; median 0, "
                       "mean 0"),
        QStringLiteral("  4. US (US): 60 -> 90; outcome 0, effort 3, gain per effort 0; median 0, "
                       "mean +3.2"),
        QString()};
    QCOMPARE(text.split(QLatin1Char('\n')), expected);

    // "N times in 10" is rounded, and never below once.
    result->band = ForecastResult::Band{20, 0.04, 10, 30, 1000};
    QVERIFY(result->toText(QStringLiteral("T-1"), QStringLiteral("Test issue"))
                .contains(QStringLiteral("\nLikely outcome 20 (10–30; 1 time in 10)\n")));
    result->band = ForecastResult::Band{20, 0.86, 10, 30, 1000};
    QVERIFY(result->toText(QStringLiteral("T-1"), QStringLiteral("Test issue"))
                .contains(QStringLiteral("; 9 times in 10)\n")));
}

void TestForecast::textFlagsTieSplitAndRule()
{
    // The tie of tieAndMidpoint(): both ends named with the scale's labels.
    const QList<Position> tied{makePosition(QStringLiteral("A"), QStringLiteral("X"), 20, 6, 10),
                               makePosition(QStringLiteral("C"), QStringLiteral("X"), 70, 2, 10),
                               makePosition(QStringLiteral("D"), QStringLiteral("X"), 90, 4, 10)};
    const QString tieText = Forecast::compute(tied, QStringLiteral("EU"))
                                ->toText(QStringLiteral("T-2"), QStringLiteral("Tied"),
                                         QStringLiteral("No deal"), QStringLiteral("Full deal"));
    QVERIFY2(tieText.contains(QStringLiteral("\nForecast outcome (weighted median): 45\nThe weight "
                                             "is evenly split between 20 (No deal) and 70 (Full "
                                             "deal): deadlock.\n")),
             qPrintable(tieText));
    QVERIFY(Forecast::compute(tied, QStringLiteral("EU"))
                ->toText(QStringLiteral("T-2"), QStringLiteral("Tied"))
                .contains(QStringLiteral("\nThe weight is evenly split between 20 and 70: "
                                         "deadlock.\n")));

    // Our side split (splitObjective()): its objective is the midpoint, and says so.
    const QList<Position> split{
        makePosition(QStringLiteral("Hawk"), QStringLiteral("EU"), 90, 5, 10, 1),
        makePosition(QStringLiteral("Dove"), QStringLiteral("EU"), 70, 5, 10, 2),
        makePosition(QStringLiteral("China"), QStringLiteral("China"), 20, 20, 10, 3)};
    const QString splitText = Forecast::compute(split, QStringLiteral("EU"))
                                  ->toText(QStringLiteral("T-3"), QStringLiteral("Split"),
                                           QStringLiteral("No deal"), QStringLiteral("Full deal"));
    QVERIFY2(splitText.contains(
                 QStringLiteral("\nEU objective: 80\nOur side's weight is evenly split between "
                                "70 (No deal) and 90 (Full deal): the objective is taken as "
                                "the midpoint, 80.\n")),
             qPrintable(splitText));

    // Consent: who must agree, why, and the compromise beside the median.
    const QString consentText =
        Forecast::compute(vetoParties(), QStringLiteral("EU"), DecisionRule::Consent)
            ->toText(QStringLiteral("T-4"), QStringLiteral("Controls"), QString(), QString(),
                     QStringLiteral("Export control law, art. 2"));
    QVERIFY2(consentText.contains(QStringLiteral(
                 "T-4 Controls\nNeeds the agreement of P1, P2\nSource of the rule: Export "
                 "control law, art. 2\nForecast outcome (compromise of the parties whose "
                 "agreement is needed): 26.7\nWeighted median: 90\n")),
             qPrintable(consentText));

    // The majority is split (N weighs 1200: 20 (800), 40 (1200 = half of 2400), then
    // 90), but the consent parties decide: no deadlock is reported, only under majority.
    QList<Position> splitMajority = vetoParties();
    splitMajority[2].clout = 24;
    const std::optional<ForecastResult> consentTie =
        Forecast::compute(splitMajority, QStringLiteral("EU"), DecisionRule::Consent);
    QVERIFY(consentTie && consentTie->tie);
    QCOMPARE(consentTie->weightedMedian, 65.0);
    QVERIFY(!consentTie->toText(QStringLiteral("T-6"), QStringLiteral("Controls"))
                 .contains(QStringLiteral("deadlock")));
    QVERIFY(Forecast::compute(splitMajority, QStringLiteral("EU"))
                ->toText(QStringLiteral("T-6"), QStringLiteral("Controls"))
                .contains(QStringLiteral("\nThe weight is evenly split between 40 and 90: "
                                         "deadlock.\n")));

    // Consent asked for, nobody marked: the text says the majority decided instead.
    QList<Position> unmarked = vetoParties();
    for (Position &position : unmarked)
        position.consentNeeded = false;
    const QString fallbackText =
        Forecast::compute(unmarked, QStringLiteral("EU"), DecisionRule::Consent)
            ->toText(QStringLiteral("T-5"), QStringLiteral("Controls"));
    QVERIFY2(fallbackText.contains(QStringLiteral(
                 "\nNeeds the agreement of named parties, but no position with weight is "
                 "marked as needed: decided by weighted majority instead\nForecast outcome "
                 "(weighted median): 90\n")),
             qPrintable(fallbackText));
}

void TestForecast::reportOnDemo()
{
    // RE-01 in the demo: weights c·s are EEAS 95 (6650), China MFA 20 (c90 s85, 7650),
    // Commission 90 (c65 s90, 5850), Kallas 95 (5400), Wang Yi 20 (c85 s80, 6800);
    // total 32350, half 16175. Sorted: 20 (7650), 20 (14450), 90 (20300 > 16175) ->
    // median 90. Mean 1960250 / 32350 = 60.595. EU actors: 90 (5850), 95 (17900 >
    // 8950) -> objective 95.
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    const std::optional<Issue> issue = store->issues().byCode(QStringLiteral("RE-01"));
    QVERIFY(issue);

    const QJsonObject json =
        QJsonDocument::fromJson(forecastReport(*store, QStringLiteral("RE-01"), true).toUtf8())
            .object();
    QCOMPARE(json.value(QStringLiteral("code")).toString(), QStringLiteral("RE-01"));
    QCOMPARE(json.value(QStringLiteral("title")).toString(),
             QStringLiteral("Rare-earth export controls"));
    QCOMPARE(json.value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("weightedMedian")).toDouble(), 90.0);
    QCOMPARE(json.value(QStringLiteral("weightedMean")).toDouble(), 1960250.0 / 32350.0);
    QCOMPARE(json.value(QStringLiteral("euObjective")).toDouble(), 95.0);
    QCOMPARE(json.value(QStringLiteral("tie")).toBool(), false);
    // The report forecasts under the issue's own rule.
    QCOMPARE(json.value(QStringLiteral("rule")).toString(),
             DecisionRuleText::key(issue->decisionRule));
    const QJsonObject band = json.value(QStringLiteral("medianBand")).toObject();
    const double outcome = json.value(QStringLiteral("outcome")).toDouble();
    QVERIFY(band.value(QStringLiteral("low")).toDouble() <= outcome);
    QVERIFY(outcome <= band.value(QStringLiteral("high")).toDouble());
    const QJsonArray leverage = json.value(QStringLiteral("leverage")).toArray();
    QCOMPARE(leverage.size(), 5);

    const QString text = forecastReport(*store, QStringLiteral("RE-01"), false);
    QVERIFY(text.startsWith(QStringLiteral("RE-01 Rare-earth export controls\n")));
    QVERIFY(text.contains(QStringLiteral("\nWeighted mean: 60.6\n")));
    QVERIFY(text.contains(QStringLiteral("\nEU objective: 95\n")));
    QVERIFY(text.contains(QStringLiteral("\nLikely outcome ")));

    if (issue->decisionRule != DecisionRule::WeightedMajority)
        return; // re01UnderConsent() checks the consent figures by hand
    // Majority: each actor moved to 95. The Commission 90 -> 95 moves the median to
    // 95 (7650, 14450, then 95) for an effort of 5 × 90 / 100 = 4.5; Wang Yi 20 -> 95
    // (7650 at 20, 13500 at 90 < 16175, then 95) also +5, for 75 × 80 / 100 = 60; the
    // MFA likewise, for 75 × 85 / 100 = 63.75. EEAS and Kallas stand at 95 already.
    QCOMPARE(outcome, 90.0);
    QStringList order;
    for (const QJsonValue &entry : leverage)
        order.append(entry.toObject().value(QStringLiteral("actor")).toString());
    QCOMPARE(order,
             (QStringList{QStringLiteral("European Commission"), QStringLiteral("Wang Yi (王毅)"),
                          QStringLiteral("China (Ministry of Foreign Affairs)"),
                          QStringLiteral("European Union (EEAS)"), QStringLiteral("Kaja Kallas")}));
    const QJsonObject first = leverage.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("outcomeShift")).toDouble(), 5.0);
    QCOMPARE(first.value(QStringLiteral("effort")).toDouble(), 4.5);
    QCOMPARE(first.value(QStringLiteral("gainPerEffort")).toDouble(), 5.0 / 4.5);
    QCOMPARE(leverage.at(1).toObject().value(QStringLiteral("effort")).toDouble(), 60.0);
    QCOMPARE(leverage.at(2).toObject().value(QStringLiteral("effort")).toDouble(), 63.75);
    QCOMPARE(leverage.at(1).toObject().value(QStringLiteral("meanShift")).toDouble(),
             75.0 * 6800.0 / 32350.0);
    QVERIFY(text.contains(QStringLiteral("\nForecast outcome (weighted median): 90\n")));
    QVERIFY(text.contains(QStringLiteral("\n  1. European Commission (EU): 90 -> 95; outcome +5, "
                                         "effort 4.5, gain per effort 1.11; ")));
}

void TestForecast::reportTieJson()
{
    // An issue whose two actors weigh the same at 20 and 80: the report flags the tie
    // with both ends instead of answering 20.
    TestSupport::TempDatabase temp;
    auto store = temp.open(false);
    Issue issue;
    issue.code = QStringLiteral("TIE-1");
    issue.title = QStringLiteral("Evenly split");
    issue.scaleLow = QStringLiteral("Kept");
    issue.scaleHigh = QStringLiteral("Lifted");
    const qint64 issueId = store->issues().insert(issue);
    const QList<std::pair<QString, QString>> actors{
        {QStringLiteral("Ours"), QStringLiteral("EU")},
        {QStringLiteral("Theirs"), QStringLiteral("China")}};
    const QList<int> where{80, 20};
    for (qsizetype i = 0; i < actors.size(); ++i) {
        Actor actor;
        actor.name = actors[i].first;
        actor.bloc = actors[i].second;
        actor.kind = QStringLiteral("delegation");
        Position position;
        position.issueId = issueId;
        position.actorId = store->actors().insert(actor);
        position.position = where[i];
        position.clout = 40;
        position.salience = 50;
        store->positions().insert(position);
    }

    const QJsonObject json =
        QJsonDocument::fromJson(forecastReport(*store, QStringLiteral("TIE-1"), true).toUtf8())
            .object();
    QCOMPARE(json.value(QStringLiteral("tie")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("tieLow")).toDouble(), 20.0);
    QCOMPARE(json.value(QStringLiteral("tieHigh")).toDouble(), 80.0);
    QCOMPARE(json.value(QStringLiteral("weightedMedian")).toDouble(), 50.0);
    QCOMPARE(json.value(QStringLiteral("outcome")).toDouble(), 50.0);
    QCOMPARE(
        json.value(QStringLiteral("medianBand")).toObject().value(QStringLiteral("low")).toDouble(),
        20.0);
    QCOMPARE(json.value(QStringLiteral("medianBand"))
                 .toObject()
                 .value(QStringLiteral("high"))
                 .toDouble(),
             80.0);
    const QString text = forecastReport(*store, QStringLiteral("TIE-1"), false);
    QVERIFY2(text.contains(QStringLiteral(
                 "\nThe weight is evenly split between 20 (Kept) and 80 (Lifted): deadlock.\n")),
             qPrintable(text));
}

void TestForecast::reportUnknownCode()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    try {
        forecastReport(*store, QStringLiteral("NO-SUCH"), false);
        QFAIL("an unknown code must throw");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::NotFound);
        QVERIFY(error.message().contains(QStringLiteral("NO-SUCH")));
    }
}

void TestForecast::reportIssueWithoutPositions()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(false);
    Issue issue;
    issue.code = QStringLiteral("EMPTY-1");
    issue.title = QStringLiteral("Nobody cares yet");
    store->issues().insert(issue);

    const QJsonObject json =
        QJsonDocument::fromJson(forecastReport(*store, QStringLiteral("EMPTY-1"), true).toUtf8())
            .object();
    QCOMPARE(json.value(QStringLiteral("valid")).toBool(), false);
    QVERIFY(!json.contains(QStringLiteral("weightedMedian")));
    const QString text = forecastReport(*store, QStringLiteral("EMPTY-1"), false);
    QVERIFY(text.startsWith(QStringLiteral("EMPTY-1 Nobody cares yet\nNo forecast")));
}

QTEST_GUILESS_MAIN(TestForecast)
#include "test_forecast.moc"
