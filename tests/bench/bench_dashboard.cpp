// summit-bench-dashboard: how long the dashboard takes to read its aggregates
// (DashboardData::build) on a 100,000-issue store, beside the plain SQL
// GROUP BY of the issue table measured in the same run on the same file.
#include "BenchReport.h"
#include "LargeStoreGenerator.h"

#include "charts/DashboardData.h"
#include "charts/DashboardView.h"
#include "items/IssueFilter.h"
#include "store/BlocGapRepository.h"
#include "store/Sql.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>

namespace {

using BenchReport::out;

struct Sample
{
    double median = 0;
    double min = 0;
    double max = 0;
    double cpuMedian = -1; // this thread's CPU time; -1 when not measured
};

// CPU time of the calling thread: on a shared machine it moves far less than
// wall time, and the dashboard's reads all run on one thread.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

Sample measure(int runs, const std::function<void()> &work)
{
    work(); // warm the page cache and prepared statements once
    QList<double> times, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
        cpu.append(threadCpuMs() - cpuStart);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    return {times.at(times.size() / 2), times.first(), times.last(), cpu.at(cpu.size() / 2)};
}

void row(const QString &name, const Sample &sample)
{
    out() << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                 .arg(name)
                 .arg(sample.median, 0, 'f', 1)
                 .arg(sample.min, 0, 'f', 1)
                 .arg(sample.max, 0, 'f', 1)
                 .arg(sample.cpuMedian < 0 ? QStringLiteral("n/a")
                                           : QString::number(sample.cpuMedian, 'f', 1));
}

qint64 drain(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query = Sql::exec(db, sql, values);
    qint64 rows = 0;
    while (Sql::next(query))
        ++rows;
    return rows;
}

} // namespace

int main(int argc, char **argv)
{
    // Charts need a QApplication, not a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Dashboard aggregates on a large store"));
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("Use this generated database (made if missing)"),
        QStringLiteral("path"));
    const QCommandLineOption issuesOption(QStringLiteral("issues"),
                                          QStringLiteral("Issues to generate (default 100000)"),
                                          QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Timed runs per row (default 9)"),
                                        QStringLiteral("n"), QStringLiteral("9"));
    parser.addOptions({dbOption, issuesOption, runsOption});
    parser.process(app);

    QTemporaryDir dir;
    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("large.db"));
    const int runs = std::max(1, parser.value(runsOption).toInt());
    try {
        if (!QFileInfo::exists(path)) {
            LargeStoreGenerator::Options options;
            options.issues = parser.value(issuesOption).toInt();
            const LargeStoreGenerator::Result made = LargeStoreGenerator::generate(path, options);
            out() << QStringLiteral(
                         "Generated %1 issues, %2 positions, %3 status changes in %4 ms\n")
                         .arg(made.issues)
                         .arg(made.positions)
                         .arg(made.statusChanges)
                         .arg(made.elapsedMs);
        }
        Store store;
        QElapsedTimer opening;
        opening.start();
        store.open(path, Store::OpenMode::ExistingOnly);
        const double openMs = double(opening.nsecsElapsed()) / 1e6;
        const QSqlDatabase db = store.database();
        // A store just generated (or upgraded from schema 3) has every issue's
        // EU–China gap queued: paid once, by the first dashboard read.
        opening.restart();
        const int synced = BlocGapRepository(db).sync();
        const double syncMs = double(opening.nsecsElapsed()) / 1e6;
        const qint64 issues =
            Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM issue")).toLongLong();
        const qint64 positions =
            Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM position")).toLongLong();
        const qint64 changes =
            Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM status_change")).toLongLong();
        out() << QStringLiteral("Store: %1 issues, %2 positions, %3 status changes; %4, Qt %5\n\n")
                     .arg(issues)
                     .arg(positions)
                     .arg(changes)
                     .arg(QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()));

        IssueFilter statusFilter;
        statusFilter.statuses = {Status::Open, Status::InNegotiation};
        IssueFilter categoryFilter;
        categoryFilter.category =
            Sql::scalar(db, QStringLiteral("SELECT category FROM issue ORDER BY id LIMIT 1"))
                .toString();

        out() << QStringLiteral("Opening (with any upgrade): %1 ms; EU–China gaps of %2 queued "
                                "issues computed once: %3 ms\n\n")
                     .arg(openMs, 0, 'f', 1)
                     .arg(synced)
                     .arg(syncMs, 0, 'f', 1);
        out() << "| measurement | median ms | min ms | max ms | CPU median ms |\n"
                 "|---|---:|---:|---:|---:|\n";
        // Live issues, as the dashboard counts them (schema 7's partial index).
        row(QStringLiteral("baseline: SQL `GROUP BY status, category` on live issues"),
            measure(runs, [&] {
                drain(db, QStringLiteral("SELECT status, category, COUNT(*) FROM issue WHERE "
                                         "archived_at IS NULL GROUP BY status, category"));
            }));
        // The same figures from the raw tables, as the dashboard read them before
        // schema 4: a scan of the issue rows, the history with LAG, and the blocs'
        // weighted medians with window functions. A few runs: seconds each.
        const int slowRuns = std::min(runs, 3);
        row(QStringLiteral("baseline: the dashboard's aggregates in plain SQL on the raw tables"),
            measure(slowRuns, [&] {
                drain(db, QStringLiteral("SELECT status, category, priority, COUNT(*) FROM issue "
                                         "NOT INDEXED GROUP BY status, category, priority"));
                drain(db, QStringLiteral(
                              "SELECT day, COUNT(*), SUM(delta) FROM (SELECT SUBSTR(changed_at, "
                              "1, 10) AS day, (CASE WHEN to_status IN (5, 7) THEN 0 ELSE 1 END) - "
                              "COALESCE(LAG(CASE WHEN to_status IN (5, 7) THEN 0 ELSE 1 END) OVER "
                              "(PARTITION BY issue_id ORDER BY id), 0) AS delta FROM "
                              "status_change) GROUP BY day ORDER BY day"));
                drain(db, QStringLiteral(
                              "WITH w AS (SELECT p.issue_id, a.bloc, p.position, p.clout * "
                              "p.salience AS weight FROM position p JOIN actor a ON a.id = "
                              "p.actor_id WHERE a.bloc IN ('EU', 'China')), r AS (SELECT "
                              "issue_id, bloc, position, SUM(weight) OVER (PARTITION BY issue_id, "
                              "bloc ORDER BY position ROWS UNBOUNDED PRECEDING) AS running, "
                              "SUM(weight) OVER (PARTITION BY issue_id, bloc) AS total FROM w), "
                              "m AS (SELECT issue_id, bloc, MIN(position) AS median FROM r WHERE "
                              "2 * running >= total GROUP BY issue_id, bloc) SELECT e.issue_id, "
                              "ABS(e.median - c.median) AS gap FROM m e JOIN m c ON c.issue_id = "
                              "e.issue_id AND c.bloc = 'China' WHERE e.bloc = 'EU' ORDER BY gap "
                              "DESC LIMIT 20"));
            }));
        DashboardData data;
        row(QStringLiteral("DashboardData::build, no filter"),
            measure(runs, [&] { data = DashboardData::build(store, IssueFilter()); }));
        row(QStringLiteral("DashboardData::build, two statuses"),
            measure(runs, [&] { data = DashboardData::build(store, statusFilter); }));
        row(QStringLiteral("DashboardData::build, one category"),
            measure(runs, [&] { data = DashboardData::build(store, categoryFilter); }));
        IssueFilter textFilter;
        textFilter.text = QStringLiteral("rar");
        row(QStringLiteral("DashboardData::build, text filter \"rar\""),
            measure(runs, [&] { data = DashboardData::build(store, textFilter); }));

        DashboardView view;
        view.resize(1400, 800);
        view.setStore(&store);
        row(QStringLiteral("DashboardView::refreshNow (data and all charts, GUI thread)"),
            measure(runs, [&] { view.refreshNow(); }));
        // What the GUI thread pays on a large store: starting the worker.
        QList<double> started, finished;
        for (int i = 0; i < runs; ++i) {
            QEventLoop loop;
            QObject::connect(&view, &DashboardView::refreshed, &loop, &QEventLoop::quit);
            QElapsedTimer timer;
            timer.start();
            view.refresh();
            started.append(double(timer.nsecsElapsed()) / 1e6);
            if (view.isRefreshing())
                loop.exec();
            finished.append(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(started.begin(), started.end());
        std::sort(finished.begin(), finished.end());
        row(QStringLiteral("DashboardView::refresh, GUI thread blocked (a worker reads)"),
            {started.at(started.size() / 2), started.first(), started.last()});
        row(QStringLiteral("DashboardView::refresh, until the charts show the new data"),
            {finished.at(finished.size() / 2), finished.first(), finished.last()});
        out() << QStringLiteral(
                     "\nLast build: %1 issues, %2 categories, %3 days of burn-down, %4 gaps\n")
                     .arg(data.issueCount)
                     .arg(data.categories.size())
                     .arg(view.data().openPerDay.size())
                     .arg(view.data().gapCount);
    } catch (const StoreError &error) {
        out() << "error: " << error.message() << '\n';
        return 1;
    }
    return 0;
}
