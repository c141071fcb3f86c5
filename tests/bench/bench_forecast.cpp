// summit-bench-forecast: the uncertainty band of one issue (1000 seeded draws) as the
// user clicks an issue, beside the point forecast without the band (median, mean and
// who to work on) in the same run. Positions are generated from a fixed seed: 200
// actors by default, two camps and a spread middle, every tenth one a consent party
// for the consent rule.
#include "BenchReport.h"

#include "forecast/Forecast.h"
#include "forecast/ForecastBand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <ctime>
#include <functional>

namespace {

using BenchReport::out;

QString tr(const char *text)
{
    return QCoreApplication::translate("SummitBenchForecast", text);
}

QList<Position> generatePositions(int actors)
{
    QRandomGenerator random(20251201);
    QList<Position> positions;
    positions.reserve(actors);
    for (int i = 0; i < actors; ++i) {
        Position position;
        position.actorId = i + 1;
        position.actorName = QStringLiteral("Actor %1").arg(i + 1);
        position.actorBloc = i % 3 == 0 ? QStringLiteral("EU") : QStringLiteral("China");
        const int camp = i % 3;
        position.position = camp == 0   ? 70 + random.bounded(0, 31)
                            : camp == 1 ? random.bounded(0, 31)
                                        : random.bounded(0, 101);
        position.clout = random.bounded(1, 101);
        position.salience = random.bounded(1, 101);
        position.consentNeeded = i % 10 == 1;
        positions.append(position);
    }
    return positions;
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

struct Timing
{
    QList<double> wall;
    QList<double> cpu;
};

Timing repeat(int runs, const std::function<void()> &run)
{
    run(); // warm-up, untimed
    Timing timing;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuBefore = threadCpuMs();
        timer.start();
        run();
        timing.wall.append(double(timer.nsecsElapsed()) / 1e6);
        timing.cpu.append(threadCpuMs() - cpuBefore);
    }
    return timing;
}

QString ms(double value)
{
    return value < 10 ? QStringLiteral("%1 ms").arg(value, 0, 'f', 2)
                      : QStringLiteral("%1 ms").arg(value, 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Times the forecast's uncertainty band beside the point forecast."));
    parser.addHelpOption();
    const QCommandLineOption actorsOption(QStringLiteral("actors"),
                                          tr("Actors on the issue (default 200)."), tr("N"),
                                          QStringLiteral("200"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), tr("Timed runs (default 21)."),
                                        tr("N"), QStringLiteral("21"));
    parser.addOptions({actorsOption, runsOption});
    parser.process(app);
    const int actors = std::max(1, parser.value(actorsOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    constexpr double targetMs = 50;

    const QList<Position> positions = generatePositions(actors);
    const QString ourBloc = QStringLiteral("EU");
    out() << tr("summit-bench-forecast: %1 actors, %2 draws, %3 runs, load average %4")
                 .arg(actors)
                 .arg(ForecastBand::drawCount)
                 .arg(runs)
                 .arg(BenchReport::loadAverage())
          << "\n\n";
    out().flush();

    QList<QStringList> rows{{tr("rule"), tr("operation"), tr("wall min"), tr("wall median"),
                             tr("wall max"), tr("CPU median"), tr("target"), tr("meets")}};
    volatile double sink = 0;
    for (const DecisionRule rule : DecisionRuleText::all()) {
        const std::optional<ForecastResult> point =
            Forecast::compute(positions, ourBloc, rule, Forecast::Uncertainty::PointOnly);
        if (!point)
            return 1;
        const QList<std::pair<QString, std::function<void()>>> operations{
            {tr("baseline: point forecast and who to work on, no band"),
             [&] {
                 sink = sink + Forecast::compute(positions, ourBloc, rule,
                                                 Forecast::Uncertainty::PointOnly)
                                   ->outcome;
             }},
            {tr("band alone (ForecastBand::compute)"),
             [&] { sink = sink + ForecastBand::compute(positions, rule, point->outcome)->low; }},
            {tr("forecast with its band (Forecast::compute)"),
             [&] { sink = sink + Forecast::compute(positions, ourBloc, rule)->band->high; }},
        };
        for (const auto &[name, run] : operations) {
            const Timing timing = repeat(runs, run);
            QList<double> sorted = timing.wall;
            std::sort(sorted.begin(), sorted.end());
            const double median = BenchReport::medianOf(timing.wall);
            const bool banded = !name.startsWith(tr("baseline"));
            rows.append({DecisionRuleText::key(rule), name, ms(sorted.first()), ms(median),
                         ms(sorted.last()), ms(BenchReport::medianOf(timing.cpu)),
                         banded ? tr("≤ %1 ms").arg(targetMs) : QString(),
                         banded ? (median <= targetMs ? tr("yes") : tr("no")) : QString()});
        }
        const ForecastResult full = *Forecast::compute(positions, ourBloc, rule);
        out() << tr("%1: outcome %2, band %3–%4, likely %5 (%6 of the draws)")
                     .arg(DecisionRuleText::key(rule), ForecastResult::formatValue(full.outcome),
                          ForecastResult::formatValue(full.band->low),
                          ForecastResult::formatValue(full.band->high),
                          ForecastResult::formatValue(full.band->likely))
                     .arg(full.band->probability, 0, 'f', 3)
              << '\n';
    }
    out() << '\n';
    BenchReport::printTable(rows);
    out() << tr("load average after: %1").arg(BenchReport::loadAverage()) << '\n';
    return 0;
}
