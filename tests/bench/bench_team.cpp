// summit-bench-team: the 100,000-issue store as a SQLite file and as a team
// database (PostgreSQL) holding a copy of it, side by side in the same run: open
// + first screen of the issue table, a filter keystroke, a status edit, the
// dashboard and a 50-issue briefing pack. The server comes from --team or
// SUMMIT_BENCH_POSTGRES (postgresql://USER@HOST:PORT/DBNAME); an empty database
// there is filled with a copy of the file first (summit-brief copy, timed).
#include "BenchReport.h"

#include "briefing/PackExport.h"
#include "briefing/PackOptions.h"
#include "charts/DashboardData.h"
#include "commands/ChangeStatusCommand.h"
#include "io/SummitCopy.h"
#include "items/IssueFilter.h"
#include "items/IssueTableModel.h"
#include "store/BlocGapRepository.h"
#include "store/IssueRepository.h"
#include "store/SearchRepository.h"
#include "store/Sql.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

namespace {

using BenchReport::loadAverage;
using BenchReport::out;

QString tr(const char *text)
{
    return QCoreApplication::translate("SummitBenchTeam", text);
}

constexpr int firstScreenRows = 40;
constexpr int packIssues = 50;

// What a view reads for its first screen: headers and 40 rows of every column.
qint64 readFirstScreen(const QAbstractItemModel &model)
{
    qint64 sink = 0;
    for (int column = 0; column < model.columnCount(); ++column)
        sink += model.headerData(column, Qt::Horizontal).toString().size();
    const int rows = std::min(firstScreenRows, model.rowCount());
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            for (int role :
                 {int(Qt::DisplayRole), int(Qt::DecorationRole), int(Qt::FontRole),
                  int(Qt::ForegroundRole), int(Qt::BackgroundRole), int(Qt::TextAlignmentRole)})
                sink += model.data(model.index(row, column), role).isValid() ? 1 : 0;
        }
    }
    return sink;
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The median, best and worst of `runs` timed runs; a failure is its message.
struct Result
{
    QList<double> values;
    QString failure;

    QString cell() const
    {
        if (!failure.isEmpty())
            return tr("fails: %1").arg(failure.left(80));
        QList<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const auto ms = [](double v) { return QString::number(v, 'f', v < 10 ? 1 : 0); };
        return tr("%1 ms (%2–%3)")
            .arg(ms(BenchReport::medianOf(values)), ms(sorted.first()), ms(sorted.last()));
    }
};

Result repeat(int runs, const std::function<double()> &run)
{
    Result result;
    try {
        for (int i = 0; i < runs; ++i)
            result.values.append(run());
    } catch (const StoreError &error) {
        result.failure = error.message();
        result.values.clear();
    }
    return result;
}

struct Session
{
    Store store;
    QUndoStack undoStack;
    std::unique_ptr<IssueTableModel> model;

    explicit Session(const QString &location)
    {
        store.setUserName(QStringLiteral("bench"));
        store.open(location, Store::OpenMode::ExistingOnly);
        model = std::make_unique<IssueTableModel>(store, &undoStack);
    }
};

IssueFilter textFilter(const QString &text)
{
    IssueFilter filter;
    filter.text = text;
    return filter;
}

// The queues a bulk load leaves (search documents, bloc gaps) are worked off
// before anything is timed, on both stores alike.
QString catchUp(Store &store)
{
    QElapsedTimer timer;
    timer.start();
    if (store.isTeamDatabase())
        Sql::exec(store.database(), QStringLiteral("SELECT summit_search_refresh()"));
    else
        SearchRepository(store).sync();
    BlocGapRepository(store.database()).sync();
    return QString::number(double(timer.elapsed()) / 1000, 'f', 1);
}

// What each store showed, so the figures are known to compare the same work.
struct Shown
{
    QString catchUpSeconds;
    int filterRows = -1;
    int packPages = -1;
};

QList<Result> measure(const QString &location, int runs, const QString &dir, Shown *shown)
{
    QList<Result> results;
    {
        Session session(location);
        shown->catchUpSeconds = catchUp(session.store);
    }
    // (a) open + first screen
    results.append(repeat(runs, [&] {
        QElapsedTimer timer;
        timer.start();
        Session session(location);
        readFirstScreen(*session.model);
        return elapsedMs(timer);
    }));
    Session session(location);
    IssueTableModel &model = *session.model;
    readFirstScreen(model);
    // (b) filter keystroke "ra" -> "rar"
    results.append(repeat(runs, [&] {
        model.setFilter(textFilter(QStringLiteral("ra")));
        readFirstScreen(model);
        QElapsedTimer timer;
        timer.start();
        model.setFilter(textFilter(QStringLiteral("rar")));
        readFirstScreen(model);
        return elapsedMs(timer);
    }));
    shown->filterRows = model.rowCount();
    try {
        model.setFilter({});
    } catch (const StoreError &) {
    }
    // (c) status edit as an undo command, the table live
    results.append(repeat(runs, [&] {
        const qint64 id = model.issueIdAt(0);
        const std::optional<Issue> issue = session.store.issues().byId(id);
        if (!issue)
            throw StoreError(StoreError::Kind::NotFound, tr("no issue %1").arg(id));
        const Status to =
            issue->status == Status::InNegotiation ? Status::Converging : Status::InNegotiation;
        QElapsedTimer timer;
        timer.start();
        session.undoStack.push(new ChangeStatusCommand(session.store, id, issue->status, to,
                                                       issue->version, QStringLiteral("bench")));
        QCoreApplication::processEvents();
        readFirstScreen(model);
        return elapsedMs(timer);
    }));
    // (d) the dashboard's data, unfiltered
    results.append(repeat(runs, [&] {
        QElapsedTimer timer;
        timer.start();
        const DashboardData data = DashboardData::build(session.store, IssueFilter());
        const double ms = elapsedMs(timer);
        if (data.byStatusCategory.isEmpty())
            throw StoreError(StoreError::Kind::Sql, tr("the dashboard read nothing"));
        return ms;
    }));
    // (e) a 50-issue PDF pack
    PackOptions options;
    options.classification = QStringLiteral("EU RESTRICTED");
    options.issueDate = QDate(2025, 7, 20);
    {
        QSqlQuery codes =
            Sql::exec(session.store.database(),
                      QStringLiteral("SELECT code FROM issue ORDER BY code LIMIT ?"), {packIssues});
        while (Sql::next(codes))
            options.issueCodes.append(codes.value(0).toString());
    }
    const QString pdf = dir + QStringLiteral("/pack.pdf");
    results.append(repeat(runs, [&] {
        QString error;
        int pages = 0;
        QElapsedTimer timer;
        timer.start();
        if (!exportPack(session.store, options, pdf, PackFormat::Pdf, &error, &pages))
            throw StoreError(StoreError::Kind::Io, error);
        shown->packPages = pages;
        return elapsedMs(timer);
    }));
    return results;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The 100,000-issue store on SQLite and on PostgreSQL, side by side."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), tr("The SQLite store (build it with summit-generate)."), tr("file"));
    const QCommandLineOption teamOption(
        QStringLiteral("team"),
        tr("The team database (default: $SUMMIT_BENCH_POSTGRES); an empty one is filled with "
           "a copy of --db first."),
        tr("url"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), tr("Runs per figure (default 5)."),
                                        tr("n"), QStringLiteral("5"));
    parser.addOptions({dbOption, teamOption, runsOption});
    parser.process(app);
    const QString file = parser.value(dbOption);
    const QString team = parser.isSet(teamOption) ? parser.value(teamOption)
                                                  : qEnvironmentVariable("SUMMIT_BENCH_POSTGRES");
    const int runs = std::max(1, parser.value(runsOption).toInt());
    if (file.isEmpty() || team.isEmpty()) {
        out() << tr("Give --db FILE and --team postgresql://… (or SUMMIT_BENCH_POSTGRES).")
              << Qt::endl;
        return 2;
    }
    QTemporaryDir dir;

    out() << tr("summit-bench-team: %1 on %2, %3 cores; Qt %4; load average before: %5")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture())
                 .arg(QThread::idealThreadCount())
                 .arg(QString::fromLatin1(qVersion()), loadAverage())
          << Qt::endl;
    QString copyNote = tr("already there");
    try {
        QElapsedTimer timer;
        timer.start();
        const QList<SummitCopy::TableCount> counts = SummitCopy::copy(file, team);
        copyNote = tr("%1 s (%2 issues, %3 positions, %4 status changes)")
                       .arg(double(timer.elapsed()) / 1000, 0, 'f', 1)
                       .arg(SummitCopy::rowsOf(counts, QStringLiteral("issue")))
                       .arg(SummitCopy::rowsOf(counts, QStringLiteral("position")))
                       .arg(SummitCopy::rowsOf(counts, QStringLiteral("status_change")));
    } catch (const StoreError &error) {
        if (!error.message().contains(QLatin1String("already holds a summit"))) {
            out() << tr("Cannot copy into %1: %2").arg(team, error.message()) << Qt::endl;
            return 1;
        }
    }
    out() << tr("copy of the file into the team database: %1").arg(copyNote) << Qt::endl;

    Shown fileShown, teamShown;
    QList<Result> onFile, onTeam;
    try {
        onFile = measure(file, runs, dir.path(), &fileShown);
        onTeam = measure(team, runs, dir.path(), &teamShown);
    } catch (const StoreError &error) {
        out() << tr("Cannot open a store: %1").arg(error.message()) << Qt::endl;
        return 1;
    }
    out() << tr("search documents and bloc gaps brought up to date first, untimed: SQLite %1 s, "
                "PostgreSQL %2 s; median (best–worst) of %3 runs")
                 .arg(fileShown.catchUpSeconds, teamShown.catchUpSeconds)
                 .arg(runs)
          << Qt::endl
          << Qt::endl;
    const QStringList operations = {
        tr("open + first screen (40 rows × all columns)"),
        tr("filter keystroke \"ra\" → \"rar\" + first screen"),
        tr("status edit (ChangeStatusCommand, table live) + first screen"),
        tr("dashboard data, unfiltered (DashboardData::build)"),
        tr("50-issue briefing pack, PDF (exportPack)")};
    QList<QStringList> rows = {{tr("operation"), tr("SQLite file"), tr("PostgreSQL (loopback)")}};
    for (qsizetype i = 0; i < operations.size(); ++i)
        rows.append({operations.at(i), onFile.at(i).cell(), onTeam.at(i).cell()});
    // A figure is only worth comparing when both stores did the same work.
    if (fileShown.filterRows != teamShown.filterRows)
        rows[2][2] += tr(" — not comparable: %1 issues shown, SQLite %2")
                          .arg(teamShown.filterRows)
                          .arg(fileShown.filterRows);
    if (fileShown.packPages != teamShown.packPages)
        rows[5][2] += tr(" — not comparable: %1 pages, SQLite %2")
                          .arg(teamShown.packPages)
                          .arg(fileShown.packPages);
    BenchReport::printTable(rows);
    out() << tr("load average after: %1").arg(loadAverage()) << Qt::endl;
    return 0;
}
