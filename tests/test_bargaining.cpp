#include "briefing/PackBargaining.h"
#include "forecast/Bargaining.h"
#include "forecast/Forecast.h"

#include <QtTest>

#include <algorithm>
#include <cmath>

namespace {

Position makePosition(const QString &name, const QString &bloc, int position, int clout,
                      int salience)
{
    Position p;
    p.actorName = name;
    p.actorBloc = bloc;
    p.position = position;
    p.clout = clout;
    p.salience = salience;
    return p;
}

// Scholz, Calbert & Smith (2011), Table 1: the European Community example of
// Bueno de Mesquita (1994). Capability 0–1 is given here as clout 0–100, salience
// as printed (0–100), positions 4, 7, 10 as 40, 70, 100 (the model only sees
// distances relative to the spread, so the rounds are the paper's times ten).
QList<Position> europeanCommunity()
{
    const QString bloc = QStringLiteral("EC");
    return {makePosition(QStringLiteral("Netherlands"), bloc, 40, 8, 80),
            makePosition(QStringLiteral("Belgium"), bloc, 70, 8, 40),
            makePosition(QStringLiteral("Luxembourg"), bloc, 40, 3, 20),
            makePosition(QStringLiteral("Germany"), bloc, 40, 16, 80),
            makePosition(QStringLiteral("France"), bloc, 100, 16, 60),
            makePosition(QStringLiteral("Italy"), bloc, 100, 16, 60),
            makePosition(QStringLiteral("UK"), bloc, 100, 16, 90),
            makePosition(QStringLiteral("Ireland"), bloc, 70, 5, 10),
            makePosition(QStringLiteral("Denmark"), bloc, 40, 5, 100),
            makePosition(QStringLiteral("Greece"), bloc, 70, 8, 70)};
}

// The paper's figure of the mean position (Σ c·s·x / Σ c·s) in rounds 0 to 10 of
// that example, read to its one decimal (as digitised in D. Masad's replication,
// github.com/dmasad/BDM_DecisionModel_Replication, Figures/MeanPositions.png), times ten.
const QList<double> publishedMeans = {74, 74, 75, 76, 73, 73, 74, 75, 76, 73, 72};
// Half a step of the figure's grid either way, plus the reading: 0.1 on its scale.
constexpr double publishedReading = 1.0;

double meanOf(const QList<Position> &actors, const QList<double> &positions)
{
    double weighted = 0;
    double total = 0;
    for (qsizetype i = 0; i < actors.size(); ++i) {
        const double weight = double(actors[i].clout) * actors[i].salience;
        weighted += weight * positions[i];
        total += weight;
    }
    return weighted / total;
}

// A mixed issue: two blocs far apart, brokers in between, a few light voices.
QList<Position> mixedIssue()
{
    return {makePosition(QStringLiteral("EU"), QStringLiteral("EU"), 85, 60, 90),
            makePosition(QStringLiteral("France"), QStringLiteral("EU"), 70, 30, 60),
            makePosition(QStringLiteral("Germany"), QStringLiteral("EU"), 60, 40, 50),
            makePosition(QStringLiteral("China"), QStringLiteral("China"), 15, 70, 95),
            makePosition(QStringLiteral("MOFCOM"), QStringLiteral("China"), 25, 40, 80),
            makePosition(QStringLiteral("Russia"), QStringLiteral("Russia"), 10, 20, 30),
            makePosition(QStringLiteral("US"), QStringLiteral("US"), 90, 50, 40),
            makePosition(QStringLiteral("Japan"), QStringLiteral("Japan"), 55, 25, 35),
            makePosition(QStringLiteral("Brazil"), QStringLiteral("other"), 40, 15, 20),
            makePosition(QStringLiteral("India"), QStringLiteral("other"), 35, 30, 45)};
}

QList<Position> mirrored(QList<Position> positions)
{
    for (Position &p : positions)
        p.position = 100 - p.position;
    return positions;
}

} // namespace

class TestBargaining : public QObject
{
    Q_OBJECT
private slots:
    void publishedExampleAsInAuthorsProgram();
    void publishedExampleFirstRounds();
    void openingIsTheOneShotForecast();
    void everyoneAgreedSettlesAtOnce();
    void mirroringMirrorsEveryRound();
    void cloutScaleChangesNothing();
    void splittingAnActorIsNotNeutral();
    void sameInputSameRounds();
    void positionsStayOnTheScale();
    void settledPositionsStayWithinTolerance();
    void unsettledStopsAtMaximum();
    void packLine();
};

void TestBargaining::publishedExampleAsInAuthorsProgram()
{
    const QList<Position> actors = europeanCommunity();
    Bargaining::Options options;
    options.maxRounds = 10;
    options.tolerance = 0; // play all ten rounds, as the paper does
    options.compromise = Bargaining::CompromiseChoice::AsInAuthorsProgram;
    const Bargaining::Result result =
        Bargaining::run(actors, QStringLiteral("EC"), DecisionRule::WeightedMajority, options);
    QCOMPARE(result.roundCount(), 10);
    // Opening mean by hand: Σ c·s = 6770, Σ c·s·x = 500300 -> 73.8995…
    QVERIFY(std::abs(meanOf(actors, result.rounds[0].positions) - 500300.0 / 6770.0) < 1e-9);
    for (int round = 0; round <= 10; ++round) {
        const double mean = meanOf(actors, result.rounds[round].positions);
        QVERIFY2(std::abs(mean - publishedMeans[round]) <= publishedReading,
                 qPrintable(QStringLiteral("round %1: mean %2, published %3")
                                .arg(round)
                                .arg(mean)
                                .arg(publishedMeans[round])));
    }
    // The figure's turning points: up to round 3, down in 4, up again to round 8.
    const auto mean = [&](int round) { return meanOf(actors, result.rounds[round].positions); };
    QVERIFY(mean(3) > mean(2) && mean(2) > mean(1) && mean(1) > mean(0));
    QVERIFY(mean(4) < mean(3) - 1);
    QVERIFY(mean(8) > mean(7) && mean(7) > mean(6));
    QVERIFY(mean(9) < mean(8) - 1);
}

void TestBargaining::publishedExampleFirstRounds()
{
    // The least-move choice of a compromise (the paper's description, and ours)
    // follows the published figure until a second compromise is on offer (round 4).
    const QList<Position> actors = europeanCommunity();
    Bargaining::Options options;
    options.maxRounds = 3;
    options.tolerance = 0;
    const Bargaining::Result result =
        Bargaining::run(actors, QStringLiteral("EC"), DecisionRule::WeightedMajority, options);
    QCOMPARE(result.roundCount(), 3);
    for (int round = 0; round <= 3; ++round)
        QVERIFY(std::abs(meanOf(actors, result.rounds[round].positions) - publishedMeans[round]) <=
                publishedReading);
}

void TestBargaining::openingIsTheOneShotForecast()
{
    const QList<Position> actors = mixedIssue();
    const Bargaining::Result result = Bargaining::run(actors, QStringLiteral("EU"));
    QVERIFY(result.rounds[0].forecast.has_value());
    const std::optional<ForecastResult> oneShot = Forecast::compute(actors, QStringLiteral("EU"));
    QVERIFY(oneShot.has_value());
    QCOMPARE(result.rounds[0].forecast->weightedMedian, oneShot->weightedMedian);
    QCOMPARE(result.rounds[0].forecast->weightedMean, oneShot->weightedMean);
    for (qsizetype i = 0; i < actors.size(); ++i)
        QCOMPARE(result.rounds[0].positions[i], double(actors[i].position));
    QVERIFY(result.openingOutcome().has_value());
    QVERIFY(result.finalOutcome().has_value());
}

void TestBargaining::everyoneAgreedSettlesAtOnce()
{
    const QList<Position> actors = {
        makePosition(QStringLiteral("A"), QStringLiteral("EU"), 30, 50, 50),
        makePosition(QStringLiteral("B"), QStringLiteral("China"), 30, 90, 10)};
    const Bargaining::Result result = Bargaining::run(actors, QStringLiteral("EU"));
    QVERIFY(result.settled);
    QCOMPARE(result.roundCount(), 0);
    QCOMPARE(*result.finalOutcome(), 30.0);
}

void TestBargaining::mirroringMirrorsEveryRound()
{
    const QList<Position> actors = mixedIssue();
    Bargaining::Options options;
    options.maxRounds = 20;
    const Bargaining::Result plain =
        Bargaining::run(actors, QStringLiteral("EU"), DecisionRule::WeightedMajority, options);
    const Bargaining::Result mirror = Bargaining::run(mirrored(actors), QStringLiteral("EU"),
                                                      DecisionRule::WeightedMajority, options);
    QVERIFY(plain.roundCount() > 1); // the case is worth mirroring: people move
    QCOMPARE(mirror.roundCount(), plain.roundCount());
    QCOMPARE(mirror.settled, plain.settled);
    for (int round = 0; round <= plain.roundCount(); ++round) {
        for (qsizetype i = 0; i < actors.size(); ++i)
            QVERIFY(std::abs(mirror.rounds[round].positions[i] -
                             (100 - plain.rounds[round].positions[i])) < 1e-9);
        // The outcome is taken on whole points, so a half point may round either way.
        QVERIFY(std::abs(mirror.rounds[round].forecast->outcome -
                         (100 - plain.rounds[round].forecast->outcome)) <= 1.0);
    }
}

void TestBargaining::cloutScaleChangesNothing()
{
    // Clout only counts relative to the others' (the win probability is a share of
    // all the votes), so scaling every actor's clout alike changes no round.
    const QList<Position> actors = mixedIssue();
    QList<Position> doubled = actors;
    for (Position &p : doubled)
        p.clout *= 2;
    const Bargaining::Result plain = Bargaining::run(actors, QStringLiteral("EU"));
    const Bargaining::Result twice = Bargaining::run(doubled, QStringLiteral("EU"));
    QCOMPARE(twice.roundCount(), plain.roundCount());
    for (int round = 0; round <= plain.roundCount(); ++round)
        for (qsizetype i = 0; i < actors.size(); ++i)
            QVERIFY(std::abs(twice.rounds[round].positions[i] - plain.rounds[round].positions[i]) <
                    1e-9);
}

void TestBargaining::splittingAnActorIsNotNeutral()
{
    // The challenge model is dyadic: two half-actors make two challenges and draw two,
    // so (unlike the one-shot median) listing an actor twice with half its clout is
    // not the same issue. This pins that documented limit: if the model ever becomes
    // linear in clout, the README and this test change together.
    const QList<Position> actors = europeanCommunity();
    QList<Position> split = actors;
    split[3].clout /= 2; // Germany, 16 -> 8 + 8
    split.append(split[3]);
    const Bargaining::Result whole = Bargaining::run(actors, QStringLiteral("EC"));
    const Bargaining::Result halves = Bargaining::run(split, QStringLiteral("EC"));
    // The opening forecast is the same issue...
    QCOMPARE(halves.rounds[0].forecast->weightedMedian, whole.rounds[0].forecast->weightedMedian);
    QCOMPARE(halves.rounds[0].forecast->weightedMean, whole.rounds[0].forecast->weightedMean);
    // ...the bargaining is not.
    bool differs = halves.roundCount() != whole.roundCount();
    for (int round = 1; !differs && round <= whole.roundCount(); ++round)
        for (qsizetype i = 0; i < actors.size(); ++i)
            differs = differs || std::abs(halves.rounds[round].positions[i] -
                                          whole.rounds[round].positions[i]) > 1e-9;
    QVERIFY(differs);
}

void TestBargaining::sameInputSameRounds()
{
    const QList<Position> actors = mixedIssue();
    const Bargaining::Result first = Bargaining::run(actors, QStringLiteral("EU"));
    const Bargaining::Result second = Bargaining::run(actors, QStringLiteral("EU"));
    QCOMPARE(second.roundCount(), first.roundCount());
    QCOMPARE(second.settled, first.settled);
    for (int round = 0; round <= first.roundCount(); ++round) {
        QCOMPARE(second.rounds[round].positions, first.rounds[round].positions);
        QCOMPARE(second.rounds[round].forecast->outcome, first.rounds[round].forecast->outcome);
    }
}

void TestBargaining::positionsStayOnTheScale()
{
    QList<Position> actors = mixedIssue();
    actors[0].position = 100;
    actors[3].position = 0;
    Bargaining::Options options;
    options.maxRounds = 30;
    const Bargaining::Result result =
        Bargaining::run(actors, QStringLiteral("EU"), DecisionRule::WeightedMajority, options);
    for (const Bargaining::Round &round : result.rounds) {
        QCOMPARE(round.positions.size(), actors.size());
        for (double x : round.positions)
            QVERIFY(x >= 0 && x <= 100);
        QVERIFY(round.forecast->outcome >= 0 && round.forecast->outcome <= 100);
    }
}

void TestBargaining::settledPositionsStayWithinTolerance()
{
    // The European Community example settles in a few rounds under the least-move
    // choice (Belgium, Luxembourg and Ireland end with France, Italy and the UK).
    const QList<Position> actors = europeanCommunity();
    Bargaining::Options options;
    options.maxRounds = 100;
    const Bargaining::Result result =
        Bargaining::run(actors, QStringLiteral("EC"), DecisionRule::WeightedMajority, options);
    QVERIFY2(result.settled, "the example settles");
    QVERIFY(result.roundCount() < options.maxRounds);
    const QList<double> &last = result.rounds.last().positions;
    const auto [low, high] = std::minmax_element(
        actors.cbegin(), actors.cend(),
        [](const Position &a, const Position &b) { return a.position < b.position; });
    const QList<double> next = Bargaining::playRound(
        actors, last, double(high->position - low->position), options.compromise);
    for (qsizetype i = 0; i < last.size(); ++i)
        QVERIFY(std::abs(next[i] - last[i]) <= options.tolerance);
    // Every counted round moved someone by more than the tolerance.
    for (int round = 1; round <= result.roundCount(); ++round) {
        double largest = 0;
        for (qsizetype i = 0; i < last.size(); ++i)
            largest = std::max(largest, std::abs(result.rounds[round].positions[i] -
                                                 result.rounds[round - 1].positions[i]));
        QVERIFY(largest > options.tolerance);
    }
}

void TestBargaining::unsettledStopsAtMaximum()
{
    // The mixed issue falls into a cycle (the paper's own concern about
    // convergence): the brokers swing between 70 and 85 every round. It never
    // settles, and the rounds stop at the maximum.
    Bargaining::Options options;
    options.maxRounds = 40;
    const Bargaining::Result result = Bargaining::run(mixedIssue(), QStringLiteral("EU"),
                                                      DecisionRule::WeightedMajority, options);
    QVERIFY(!result.settled);
    QCOMPARE(result.roundCount(), 40);
    QCOMPARE(result.rounds[39].positions, result.rounds[37].positions);
    QVERIFY(result.rounds[39].positions != result.rounds[38].positions);
}

void TestBargaining::packLine()
{
    const std::optional<PackLanguage> english = PackLanguage::fromCode(QStringLiteral("en"));
    QVERIFY(english);
    // The example opens at 70 (Belgium, Ireland and Greece hold the middle) and
    // settles with the weight at 100 after five rounds (publishedExample* above).
    const Bargaining::Result example = Bargaining::run(europeanCommunity(), QStringLiteral("EC"));
    QVERIFY(example.settled);
    QCOMPARE(example.roundCount(), 5);
    QCOMPARE(*example.openingOutcome(), 70.0);
    QCOMPARE(*example.finalOutcome(), 100.0);
    QCOMPARE(PackBargaining::line(europeanCommunity(), QStringLiteral("EC"),
                                  DecisionRule::WeightedMajority, *english),
             QStringLiteral("Opening forecast 70; after bargaining 100 (settled by round 5)."));

    const Bargaining::Result cycling = Bargaining::run(mixedIssue(), QStringLiteral("EU"));
    QCOMPARE(PackBargaining::line(mixedIssue(), QStringLiteral("EU"),
                                  DecisionRule::WeightedMajority, *english),
             QStringLiteral("Opening forecast %1; after bargaining %2 (not settled by round 50).")
                 .arg(*cycling.openingOutcome())
                 .arg(*cycling.finalOutcome()));

    const QList<Position> agreed = {
        makePosition(QStringLiteral("A"), QStringLiteral("EU"), 30, 50, 50),
        makePosition(QStringLiteral("B"), QStringLiteral("China"), 30, 90, 10)};
    QCOMPARE(PackBargaining::line(agreed, QStringLiteral("EU"), DecisionRule::WeightedMajority,
                                  *english),
             QStringLiteral("Opening forecast 30; no actor moves in bargaining."));
    QVERIFY(PackBargaining::line({}, QStringLiteral("EU"), DecisionRule::WeightedMajority, *english)
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestBargaining)
#include "test_bargaining.moc"
