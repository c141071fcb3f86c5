// The package-deal search (ExchangeModel) over 100 trade-off-linked issues and 30
// actors, beside the baseline of forecasting the same 100 issues one by one, in the
// same run. Both from memory, and the Package deals tab's whole refresh (reading
// the store, then the search) from a SQLite file.
//
//   build/tests/bench/summit-bench-package-deals [issues] [actors] [runs]

#include "BenchReport.h"

#include "forecast/ExchangeModel.h"
#include "forecast/Forecast.h"
#include "store/ActorRepository.h"
#include "store/IssueRepository.h"
#include "store/LinkRepository.h"
#include "store/PositionRepository.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include <functional>

namespace {

ExchangeModel::Input makeInput(int issues, int actors, bool chain, quint32 seed)
{
    QRandomGenerator random(seed);
    ExchangeModel::Input input;
    input.ourBloc = QStringLiteral("EU");
    for (int i = 0; i < issues; ++i) {
        ExchangeModel::IssueInput issue;
        issue.issueId = i + 1;
        issue.code = QStringLiteral("PD-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        issue.title = QStringLiteral("Issue %1").arg(i + 1);
        for (int a = 0; a < actors; ++a) {
            Position position;
            position.issueId = issue.issueId;
            position.actorId = a + 1;
            position.actorName = QStringLiteral("Actor %1").arg(a + 1);
            position.actorBloc = a % 3 == 0 ? QStringLiteral("EU") : QStringLiteral("Other");
            position.position = int(random.bounded(101));
            position.salience = 1 + int(random.bounded(100));
            position.clout = 1 + int(random.bounded(100));
            issue.positions.append(position);
        }
        input.issues.append(issue);
    }
    if (chain) {
        for (int i = 1; i < issues; ++i)
            input.tradeoffs.append({i, i + 1});
    } else {
        // As many random links as the chain has, three times over.
        QSet<QPair<qint64, qint64>> seen;
        while (seen.size() < 3 * (issues - 1)) {
            const qint64 a = 1 + random.bounded(issues);
            const qint64 b = 1 + random.bounded(issues);
            if (a != b && !seen.contains({std::min(a, b), std::max(a, b)}))
                seen.insert({std::min(a, b), std::max(a, b)});
        }
        for (const auto &link : std::as_const(seen))
            input.tradeoffs.append(link);
    }
    return input;
}

double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return BenchReport::medianOf(times);
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int issues = args.size() > 1 ? args[1].toInt() : 100;
    const int actors = args.size() > 2 ? args[2].toInt() : 30;
    const int runs = args.size() > 3 ? args[3].toInt() : 11;

    QList<QStringList> rows = {{QStringLiteral("case"), QStringLiteral("links"),
                                QStringLiteral("exchanges considered"),
                                QStringLiteral("exchanges made"), QStringLiteral("our deals"),
                                QStringLiteral("median ms")}};
    for (const bool chain : {true, false}) {
        const ExchangeModel::Input input = makeInput(issues, actors, chain, 2026);
        const QString name = chain ? QStringLiteral("chain") : QStringLiteral("random");
        // Baseline: every issue forecast on its own, as the window does today.
        const double baseline = medianMs(runs, [&input] {
            for (const ExchangeModel::IssueInput &issue : input.issues)
                Forecast::compute(issue.positions, input.ourBloc);
        });
        rows.append(
            {QStringLiteral("baseline: forecast %1 issues (%2 links)").arg(issues).arg(name),
             QString::number(ExchangeModel::tradeoffCount(input)), QStringLiteral("–"),
             QStringLiteral("–"), QStringLiteral("–"), ms(baseline)});
        qsizetype considered = 0;
        qsizetype made = 0;
        qsizetype ours = 0;
        considered = ExchangeModel::candidates(input).size();
        const double search = medianMs(runs, [&] {
            const QList<ExchangeModel::Exchange> exchanges = ExchangeModel::search(input);
            made = exchanges.size();
            ours = ExchangeModel::ourDeals(input, exchanges).size();
        });
        rows.append({QStringLiteral("package-deal search, %1 links").arg(name),
                     QString::number(ExchangeModel::tradeoffCount(input)),
                     QString::number(considered), QString::number(made), QString::number(ours),
                     ms(search)});

        // The tab's refresh: read the linked issues from a SQLite file, then search.
        QTemporaryDir dir;
        Store store;
        store.open(dir.filePath(QStringLiteral("bench.summit")));
        QHash<qint64, qint64> issueIds;
        QHash<qint64, qint64> actorIds;
        for (int a = 0; a < actors; ++a) {
            Actor actor;
            actor.name = input.issues.first().positions[a].actorName;
            actor.kind = QStringLiteral("delegation");
            actor.bloc = input.issues.first().positions[a].actorBloc;
            actorIds.insert(a + 1, store.actors().insert(actor));
        }
        for (const ExchangeModel::IssueInput &each : input.issues) {
            Issue issue;
            issue.code = each.code;
            issue.title = each.title;
            issueIds.insert(each.issueId, store.issues().insert(issue));
            for (Position position : each.positions) {
                position.issueId = issueIds.value(each.issueId);
                position.actorId = actorIds.value(position.actorId);
                store.positions().insert(position);
            }
        }
        for (const auto &[a, b] : input.tradeoffs) {
            IssueLink link;
            link.fromIssue = issueIds.value(a);
            link.toIssue = issueIds.value(b);
            link.kind = LinkKind::Tradeoff;
            LinkRepository(store).add(link);
        }
        const double refresh = medianMs(runs, [&store, &ours] {
            ours = ExchangeModel::ourDeals(ExchangeModel::load(store)).size();
        });
        rows.append({QStringLiteral("tab refresh from SQLite (load + search), %1 links").arg(name),
                     QString::number(ExchangeModel::tradeoffCount(input)), QStringLiteral("–"),
                     QStringLiteral("–"), QString::number(ours), ms(refresh)});
    }
    BenchReport::out() << QStringLiteral("%1 issues, %2 actors, median of %3 runs; load %4\n\n")
                              .arg(issues)
                              .arg(actors)
                              .arg(runs)
                              .arg(BenchReport::loadAverage());
    BenchReport::printTable(rows);
    return 0;
}
