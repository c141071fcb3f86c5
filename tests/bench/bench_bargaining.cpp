// summit-bench-bargaining: the bargaining rounds of one issue with 200 actors
// (Bargaining::run, up to 50 rounds) against the one-shot forecast of the same
// positions (Forecast::compute), in the same run.
#include "BenchReport.h"

#include "forecast/Bargaining.h"
#include "forecast/Forecast.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSysInfo>

#include <functional>
#include <random>

namespace {

using BenchReport::medianOf;
using BenchReport::out;
using BenchReport::printTable;

// 200 actors in five blocs, drawn from a fixed seed: the same issue every run.
QList<Position> manyActors(int count)
{
    std::mt19937 random(20250724);
    std::uniform_int_distribution<int> scale(0, 100);
    std::uniform_int_distribution<int> weight(1, 100);
    const QStringList blocs = {QStringLiteral("EU"), QStringLiteral("China"), QStringLiteral("US"),
                               QStringLiteral("Japan"), QStringLiteral("other")};
    QList<Position> positions;
    for (int i = 0; i < count; ++i) {
        Position p;
        p.actorId = i + 1;
        p.actorName = QStringLiteral("Actor %1").arg(i + 1);
        p.actorBloc = blocs.at(i % blocs.size());
        p.position = scale(random);
        p.salience = weight(random);
        p.clout = weight(random);
        positions.append(p);
    }
    return positions;
}

double medianMs(int runs, const std::function<void()> &call)
{
    call(); // warm-up
    QList<double> values;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        call();
        values.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return medianOf(values);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int actors = 200;
    const QList<Position> positions = manyActors(actors);
    const QString ourBloc = QStringLiteral("EU");

    Bargaining::Result result;
    const double bargainingMs = medianMs(5, [&] { result = Bargaining::run(positions, ourBloc); });
    const double roundMs = bargainingMs / std::max(1, result.roundCount());
    const double oneShotMs = medianMs(21, [&] { (void)Forecast::compute(positions, ourBloc); });

    out() << "Bargaining rounds, " << actors << " actors, " << QSysInfo::prettyProductName()
          << ", load " << BenchReport::loadAverage() << "\n\n";
    printTable(
        {{QStringLiteral("what"), QStringLiteral("median ms")},
         {QStringLiteral("one-shot forecast (Forecast::compute)"),
          QString::number(oneShotMs, 'f', 2)},
         {QStringLiteral("bargaining, %1 rounds (%2)")
              .arg(result.roundCount())
              .arg(result.settled ? QStringLiteral("settled") : QStringLiteral("not settled")),
          QString::number(bargainingMs, 'f', 1)},
         {QStringLiteral("bargaining, one round"), QString::number(roundMs, 'f', 1)}});
    return 0;
}
