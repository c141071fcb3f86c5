#include "forecast/Forecast.h"
#include "forecast/ForecastReport.h"
#include "store/IssueRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

Position makePosition(const QString &name, const QString &bloc, int position, int clout,
                      int salience, qint64 actorId = 0)
{
    Position p;
    p.actorId = actorId;
    p.actorName = name;
    p.actorBloc = bloc;
    p.position = position;
    p.clout = clout;
    p.salience = salience;
    return p;
}

// Four actors used by the leverage tests. Weights (c·s): Russia 50, China 100,
// US 30, EU 100; total 280, half 140.
// Sorted: Russia 10 (running 50), China 20 (150 >= 140) -> median 20.
// Mean: (10·50 + 20·100 + 60·30 + 90·100) / 280 = 13300 / 280 = 47.5.
QList<Position> fourActors()
{
    return {makePosition(QStringLiteral("EU"), QStringLiteral("EU"), 90, 10, 10, 1),
            makePosition(QStringLiteral("China"), QStringLiteral("China"), 20, 10, 10, 2),
            makePosition(QStringLiteral("Russia"), QStringLiteral("Russia"), 10, 5, 10, 3),
            makePosition(QStringLiteral("US"), QStringLiteral("US"), 60, 3, 10, 4)};
}

} // namespace

class TestForecast : public QObject
{
    Q_OBJECT
private slots:
    void medianAndMean_data();
    void medianAndMean();
    void euObjective_data();
    void euObjective();
    void leverageTowardEuActor();
    void leverageTowardGivenObjective();
    void stepStopsAtObjective();
    void noEuActorMeansNoLeverage();
    void invalidResult();
    void formatting();
    void jsonForm();
    void textForm();
    void reportOnDemo();
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

    // w = 100 each, total 300, half 150: running 100, 200 at 50 -> median 50.
    // mean (10 + 50 + 90)·100 / 300 = 50.
    QTest::newRow("three equal") << QList<int>{10, 50, 90} << QList<int>{10, 10, 10}
                                 << QList<int>{10, 10, 10} << true << 50.0 << 50.0;
    // w 3 and 1, total 4, half 2: running 3 at 10 -> median 10. mean (30 + 90) / 4 = 30.
    QTest::newRow("heavy low end")
        << QList<int>{10, 90} << QList<int>{3, 1} << QList<int>{1, 1} << true << 10.0 << 30.0;
    // w 50 and 50, total 100, half 50: running 50 at 20 reaches exactly half -> 20
    // (the lower median). mean (1000 + 4000) / 100 = 50.
    QTest::newRow("exact half") << QList<int>{20, 80} << QList<int>{10, 10} << QList<int>{5, 5}
                                << true << 20.0 << 50.0;
    // Unsorted input, w 20, 10, 30; total 60, half 30. Sorted: 30 (10), 50 (40 >= 30)
    // -> 50. mean (70·20 + 30·10 + 50·30) / 60 = 3200 / 60 = 53.333…
    QTest::newRow("unsorted") << QList<int>{70, 30, 50} << QList<int>{4, 2, 5}
                              << QList<int>{5, 5, 6} << true << 50.0 << 3200.0 / 60.0;
    // One actor: both are its position.
    QTest::newRow("one actor") << QList<int>{42} << QList<int>{80} << QList<int>{30} << true << 42.0
                               << 42.0;
    // Clout 0 gives weight 0: the actor at 0 counts for nothing. w 0, 100, 50;
    // total 150, half 75: running 0, 100 at 60 -> 60. mean (6000 + 5000) / 150 = 73.333…
    QTest::newRow("zero-weight actor")
        << QList<int>{0, 60, 100} << QList<int>{0, 10, 5} << QList<int>{100, 10, 10} << true << 60.0
        << 11000.0 / 150.0;
    // Two actors tied at 40, w 25 each, and 90 w 40; total 90, half 45: running 25,
    // 50 at 40 -> 40. mean (1000 + 1000 + 3600) / 90 = 62.222…
    QTest::newRow("tied positions") << QList<int>{40, 40, 90} << QList<int>{5, 5, 8}
                                    << QList<int>{5, 5, 5} << true << 40.0 << 5600.0 / 90.0;
    // w 1, 1, 10; total 12, half 6: running 1, 2, 12 -> 30, the last one.
    // mean (10 + 20 + 300) / 12 = 27.5.
    QTest::newRow("heavy high end") << QList<int>{10, 20, 30} << QList<int>{1, 1, 10}
                                    << QList<int>{1, 1, 1} << true << 30.0 << 27.5;
    // Salience 0 everywhere: total weight 0, nothing to divide by.
    QTest::newRow("all weight zero")
        << QList<int>{10, 90} << QList<int>{50, 80} << QList<int>{0, 0} << false << 0.0 << 0.0;
    QTest::newRow("no positions") << QList<int>{} << QList<int>{} << QList<int>{} << false << 0.0
                                  << 0.0;
}

void TestForecast::medianAndMean()
{
    QFETCH(QList<int>, positions);
    QFETCH(QList<int>, clouts);
    QFETCH(QList<int>, saliences);
    QFETCH(bool, valid);
    QFETCH(double, median);
    QFETCH(double, mean);

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
    QCOMPARE(*Forecast::weightedMedian(list), median);
    QCOMPARE(*Forecast::weightedMean(list), mean);
    QCOMPARE(result->actorCount, int(positions.size()));
}

void TestForecast::euObjective_data()
{
    QTest::addColumn<QList<int>>("positions");
    QTest::addColumn<QStringList>("blocs");
    QTest::addColumn<QList<int>>("clouts");
    QTest::addColumn<bool>("found");
    QTest::addColumn<double>("objective");

    const QString eu = QStringLiteral("EU");
    const QString china = QStringLiteral("China");
    // Only the EU actor counts: 90.
    QTest::newRow("one EU actor") << QList<int>{90, 20} << QStringList{eu, china}
                                  << QList<int>{10, 90} << true << 90.0;
    // EU 70 (w 50), EU 90 (w 100): total 150, half 75: running 50, 150 -> 90. China's
    // heavy 20 is ignored.
    QTest::newRow("weighted EU median") << QList<int>{70, 90, 20} << QStringList{eu, eu, china}
                                        << QList<int>{5, 10, 100} << true << 90.0;
    // EU 70 and 90 with equal weight: half reached at 70.
    QTest::newRow("EU exact half")
        << QList<int>{90, 70} << QStringList{eu, eu} << QList<int>{10, 10} << true << 70.0;
    // All EU clout 0: their plain median, 30, 50, 80 -> 50.
    QTest::newRow("EU without weight")
        << QList<int>{80, 30, 50} << QStringList{eu, eu, eu} << QList<int>{0, 0, 0} << true << 50.0;
    QTest::newRow("no EU actor") << QList<int>{20, 40} << QStringList{china, QStringLiteral("US")}
                                 << QList<int>{10, 10} << false << 0.0;
}

void TestForecast::euObjective()
{
    QFETCH(QList<int>, positions);
    QFETCH(QStringList, blocs);
    QFETCH(QList<int>, clouts);
    QFETCH(bool, found);
    QFETCH(double, objective);

    QList<Position> list;
    for (qsizetype i = 0; i < positions.size(); ++i)
        list.append(
            makePosition(QStringLiteral("A%1").arg(i), blocs[i], positions[i], clouts[i], 10));
    const std::optional<double> result = Forecast::objective(list, QStringLiteral("EU"));
    QCOMPARE(result.has_value(), found);
    if (found)
        QCOMPARE(*result, objective);
}

void TestForecast::leverageTowardEuActor()
{
    // Objective 90 (the EU actor). Each actor moved 10 toward it:
    // China 20 -> 30: sorted Russia 10 (50), China 30 (150 >= 140): median 30, +10;
    //   mean +10·100/280 = +3.5714.
    // Russia 10 -> 20: sorted Russia/China at 20, running 150 at 20: median stays 20;
    //   mean +10·50/280 = +1.7857.
    // US 60 -> 70: median stays 20; mean +10·30/280 = +1.0714.
    // EU is at the objective already: 0 and 0.
    const std::optional<ForecastResult> result =
        Forecast::compute(fourActors(), QStringLiteral("EU"));
    QVERIFY(result);
    QCOMPARE(result->weightedMedian, 20.0);
    QCOMPARE(result->weightedMean, 47.5);
    QVERIFY(result->hasEuObjective);
    QCOMPARE(result->euObjective, 90.0);
    QCOMPARE(result->totalWeight, qint64(280));

    const QList<ForecastResult::Leverage> &leverage = result->leverage;
    QCOMPARE(leverage.size(), 4);
    QCOMPARE(leverage[0].actorName, QStringLiteral("China"));
    QCOMPARE(leverage[0].actorId, qint64(2));
    QCOMPARE(leverage[0].position, 20.0);
    QCOMPARE(leverage[0].movedTo, 30.0);
    QCOMPARE(leverage[0].weight, qint64(100));
    QCOMPARE(leverage[0].medianShift, 10.0);
    QCOMPARE(leverage[0].newMedian, 30.0);
    QCOMPARE(leverage[0].meanShift, 1000.0 / 280.0);
    QCOMPARE(leverage[0].newMean, 47.5 + 1000.0 / 280.0);

    QCOMPARE(leverage[1].actorName, QStringLiteral("Russia"));
    QCOMPARE(leverage[1].movedTo, 20.0);
    QCOMPARE(leverage[1].medianShift, 0.0);
    QCOMPARE(leverage[1].meanShift, 500.0 / 280.0);

    QCOMPARE(leverage[2].actorName, QStringLiteral("US"));
    QCOMPARE(leverage[2].movedTo, 70.0);
    QCOMPARE(leverage[2].medianShift, 0.0);
    QCOMPARE(leverage[2].meanShift, 300.0 / 280.0);

    QCOMPARE(leverage[3].actorName, QStringLiteral("EU"));
    QCOMPARE(leverage[3].movedTo, 90.0);
    QCOMPARE(leverage[3].medianShift, 0.0);
    QCOMPARE(leverage[3].meanShift, 0.0);
}

void TestForecast::leverageTowardGivenObjective()
{
    // Objective 50 passed by the caller. Median 20, mean 47.5 (2.5 below 50).
    // China 20 -> 30: median 30 (+10); mean 51.071, 1.071 from 50: gain 2.5 − 1.071 = +1.4286.
    // Russia 10 -> 20: median 20 (0); mean 49.286: gain +1.7857.
    // US 60 -> 50: median 20 (0); mean 46.429, 3.571 from 50: gain −1.0714.
    // EU 90 -> 80: median 20 (0); mean 43.929, 6.071 from 50: gain −3.5714.
    const std::optional<ForecastResult> result = Forecast::compute(fourActors(), 50.0);
    QVERIFY(result);
    QCOMPARE(result->euObjective, 50.0);
    const QList<ForecastResult::Leverage> &leverage = result->leverage;
    QCOMPARE(leverage.size(), 4);
    QCOMPARE(leverage[0].actorName, QStringLiteral("China"));
    QCOMPARE(leverage[0].medianShift, 10.0);
    QCOMPARE(leverage[0].meanShift, 2.5 - (1000.0 / 280.0 - 2.5));
    QCOMPARE(leverage[1].actorName, QStringLiteral("Russia"));
    QCOMPARE(leverage[1].meanShift, 500.0 / 280.0);
    QCOMPARE(leverage[2].actorName, QStringLiteral("US"));
    QCOMPARE(leverage[2].movedTo, 50.0);
    QCOMPARE(leverage[2].meanShift, -300.0 / 280.0);
    QCOMPARE(leverage[3].actorName, QStringLiteral("EU"));
    QCOMPARE(leverage[3].movedTo, 80.0);
    QCOMPARE(leverage[3].meanShift, -1000.0 / 280.0);
}

void TestForecast::stepStopsAtObjective()
{
    // 88 is 7 below 95: it moves to 95, not 98. 3 is 3 above 0: it moves to 0, not −7.
    const QList<Position> list{
        makePosition(QStringLiteral("Near"), QStringLiteral("China"), 88, 10, 10),
        makePosition(QStringLiteral("Far"), QStringLiteral("China"), 3, 10, 10)};
    const std::optional<ForecastResult> up = Forecast::compute(list, 95.0);
    QVERIFY(up);
    for (const ForecastResult::Leverage &entry : up->leverage) {
        if (entry.actorName == QStringLiteral("Near"))
            QCOMPARE(entry.movedTo, 95.0);
        else
            QCOMPARE(entry.movedTo, 13.0);
    }
    const std::optional<ForecastResult> down = Forecast::compute(list, 0.0);
    QVERIFY(down);
    for (const ForecastResult::Leverage &entry : down->leverage) {
        if (entry.actorName == QStringLiteral("Far"))
            QCOMPARE(entry.movedTo, 0.0);
        else
            QCOMPARE(entry.movedTo, 78.0);
    }
    // An objective outside the scale is clamped to it.
    const std::optional<ForecastResult> beyond = Forecast::compute(list, 140.0);
    QVERIFY(beyond);
    QCOMPARE(beyond->euObjective, 100.0);
}

void TestForecast::noEuActorMeansNoLeverage()
{
    const QList<Position> list{
        makePosition(QStringLiteral("China"), QStringLiteral("China"), 20, 10, 10),
        makePosition(QStringLiteral("US"), QStringLiteral("US"), 80, 10, 10)};
    const std::optional<ForecastResult> result = Forecast::compute(list, QStringLiteral("EU"));
    QVERIFY(result);
    QVERIFY(!result->hasEuObjective);
    QVERIFY(result->leverage.isEmpty());
    QCOMPARE(result->weightedMedian, 20.0);
    QVERIFY(result->toJson().value(QStringLiteral("euObjective")).isNull());
    QVERIFY(result->toText(QStringLiteral("X-1"), QStringLiteral("Test"))
                .contains(QStringLiteral("EU objective: none")));
}

void TestForecast::invalidResult()
{
    // Zero total weight must not divide by zero, even with an objective given.
    const QList<Position> list{
        makePosition(QStringLiteral("EU"), QStringLiteral("EU"), 90, 0, 80),
        makePosition(QStringLiteral("China"), QStringLiteral("China"), 10, 70, 0)};
    QVERIFY(!Forecast::compute(list, QStringLiteral("EU")));
    QVERIFY(!Forecast::compute(list, 50.0));
    QVERIFY(!Forecast::compute({}, 50.0));
    // The EU actors exist but weigh nothing: the objective still is their plain median.
    QCOMPARE(Forecast::objective(list, QStringLiteral("EU")).value_or(-1), 90.0);
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
    QVERIFY(result);
    const QJsonObject json = result->toJson();
    QCOMPARE(json.value(QStringLiteral("weightedMedian")).toDouble(), 20.0);
    QCOMPARE(json.value(QStringLiteral("weightedMean")).toDouble(), 47.5);
    QCOMPARE(json.value(QStringLiteral("euObjective")).toDouble(), 90.0);
    QCOMPARE(json.value(QStringLiteral("actorCount")).toInt(), 4);
    QCOMPARE(json.value(QStringLiteral("totalWeight")).toInteger(), qint64(280));
    const QJsonArray leverage = json.value(QStringLiteral("leverage")).toArray();
    QCOMPARE(leverage.size(), 4);
    const QJsonObject first = leverage.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("actor")).toString(), QStringLiteral("China"));
    QCOMPARE(first.value(QStringLiteral("bloc")).toString(), QStringLiteral("China"));
    QCOMPARE(first.value(QStringLiteral("actorId")).toInteger(), qint64(2));
    QCOMPARE(first.value(QStringLiteral("position")).toDouble(), 20.0);
    QCOMPARE(first.value(QStringLiteral("movedTo")).toDouble(), 30.0);
    QCOMPARE(first.value(QStringLiteral("medianShift")).toDouble(), 10.0);
    QCOMPARE(first.value(QStringLiteral("newMedian")).toDouble(), 30.0);
}

void TestForecast::textForm()
{
    const std::optional<ForecastResult> result =
        Forecast::compute(fourActors(), QStringLiteral("EU"));
    QVERIFY(result);
    const QString text = result->toText(QStringLiteral("T-1"), QStringLiteral("Test issue"),
                                        QStringLiteral("No deal"), QStringLiteral("Full deal"));
    const QStringList expected{
        QStringLiteral("T-1 Test issue"),
        QStringLiteral("Scale: 0 = No deal, 100 = Full deal"),
        QStringLiteral("Forecast outcome (weighted median): 20"),
        QStringLiteral("Weighted mean: 47.5"),
        QStringLiteral("Actors: 4, total weight (clout x salience): 280"),
        QStringLiteral("EU objective: 90"),
        QStringLiteral("Who to work on (each actor moved 10 points toward the EU objective):"),
        QStringLiteral("  1. China (China): 20 -> 30; median +10, mean +3.6"),
        QStringLiteral("  2. Russia (Russia): 10 -> 20; median 0, mean +1.8"),
        QStringLiteral("  3. US (US): 60 -> 70; median 0, mean +1.1"),
        QStringLiteral("  4. EU (EU): 90 -> 90; median 0, mean 0"),
        QString()};
    QCOMPARE(text.split(QLatin1Char('\n')), expected);
}

void TestForecast::reportOnDemo()
{
    // RE-01 in the demo: weights c·s are EEAS 95 (6650), China MFA 20 (7650),
    // Commission 90 (5850), Kallas 95 (5400), Wang Yi 20 (6800); total 32350, half 16175.
    // Sorted: 20 (7650), 20 (14450), 90 (20300 >= 16175) -> median 90.
    // Mean 1960250 / 32350 = 60.595. EU actors: 90 (5850), 95 (12500 >= 8950) -> 95.
    // Only the Commission moving 90 -> 95 moves the median (+5); the two Chinese
    // actors moving 10 up raise the mean by 76500/32350 and 68000/32350.
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);

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
    const QJsonArray leverage = json.value(QStringLiteral("leverage")).toArray();
    QCOMPARE(leverage.size(), 5);
    QStringList order;
    for (const QJsonValue &entry : leverage)
        order.append(entry.toObject().value(QStringLiteral("actor")).toString());
    QCOMPARE(order,
             (QStringList{QStringLiteral("European Commission"),
                          QStringLiteral("China (Ministry of Foreign Affairs)"),
                          QStringLiteral("Wang Yi (王毅)"), QStringLiteral("European Union (EEAS)"),
                          QStringLiteral("Kaja Kallas")}));
    QCOMPARE(leverage.at(0).toObject().value(QStringLiteral("medianShift")).toDouble(), 5.0);
    QCOMPARE(leverage.at(1).toObject().value(QStringLiteral("meanShift")).toDouble(),
             76500.0 / 32350.0);
    QCOMPARE(leverage.at(2).toObject().value(QStringLiteral("meanShift")).toDouble(),
             68000.0 / 32350.0);

    const QString text = forecastReport(*store, QStringLiteral("RE-01"), false);
    QVERIFY(text.startsWith(QStringLiteral("RE-01 Rare-earth export controls\n")));
    QVERIFY(text.contains(QStringLiteral("\nForecast outcome (weighted median): 90\n")));
    QVERIFY(text.contains(QStringLiteral("\nWeighted mean: 60.6\n")));
    QVERIFY(text.contains(QStringLiteral("\nEU objective: 95\n")));
    QVERIFY(
        text.contains(QStringLiteral("\n  1. European Commission (EU): 90 -> 95; median +5, ")));
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
