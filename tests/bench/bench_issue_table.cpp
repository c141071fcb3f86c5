// summit-bench: how the issue table behaves on a 100,000-issue store, against two
// baselines measured in the same run on the same file: the sqlite3 shell running
// the same SQL, and the stock QSqlTableModel + QSortFilterProxyModel.
#include "BenchReport.h"
#include "LargeStoreGenerator.h"

#include "commands/ChangeStatusCommand.h"
#include "items/IssueFilter.h"
#include "items/IssueFilterSql.h"
#include "items/IssueTableModel.h"
#include "store/IssueRepository.h"
#include "store/SearchRepository.h"
#include "store/Sql.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlTableModel>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <optional>

namespace {

using BenchReport::loadAverage;
using BenchReport::out;
using BenchReport::printTable;

QString tr(const char *text)
{
    return QCoreApplication::translate("SummitBench", text);
}

constexpr int firstScreenRows = 40;
// What QStyledItemDelegate asks for each cell it paints.
constexpr int paintRoles[] = {Qt::DisplayRole,      Qt::DecorationRole, Qt::FontRole,
                              Qt::ForegroundRole,   Qt::BackgroundRole, Qt::CheckStateRole,
                              Qt::TextAlignmentRole};
const QString baselineConnection = QStringLiteral("bench-qsqltablemodel");

// Reads everything a view paints on its first screen: headers, then 40 rows of
// `columns` cells in every paint role. Returns how many values were set.
qint64 readFirstScreen(const QAbstractItemModel &model, int columns)
{
    qint64 sink = 0;
    for (int column = 0; column < columns; ++column)
        sink += model.headerData(column, Qt::Horizontal).toString().size();
    const int rows = std::min(firstScreenRows, model.rowCount());
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const QModelIndex index = model.index(row, column);
            for (int role : paintRoles)
                sink += model.data(index, role).isValid() ? 1 : 0;
        }
    }
    return sink;
}

// Milliseconds (or megabytes) of repeated runs.
struct Sample
{
    QList<double> values;

    double median() const
    {
        QList<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype n = sorted.size();
        return n % 2 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2;
    }
    double min() const { return *std::min_element(values.begin(), values.end()); }
    double max() const { return *std::max_element(values.begin(), values.end()); }
};

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Each run does its own untimed set-up and returns the milliseconds it timed.
Sample repeat(int runs, const std::function<double(int)> &run)
{
    Sample sample;
    for (int i = 0; i < runs; ++i)
        sample.values.append(run(i));
    return sample;
}

struct Measurement
{
    QString operation;
    std::optional<Sample> ours;
    std::optional<Sample> shell;
    std::optional<Sample> baseline;
    QString target;
    std::optional<double> limit; // ours must stay at or below it
    bool megabytes = false;
};

Measurement measurement(const QString &operation, const QString &target,
                        std::optional<double> limit, bool megabytes = false)
{
    Measurement m;
    m.operation = operation;
    m.target = target;
    m.limit = limit;
    m.megabytes = megabytes;
    return m;
}

QString formatValue(double value, bool megabytes)
{
    if (megabytes)
        return tr("%1 MB").arg(value, 0, 'f', 1);
    const int decimals = value < 1 ? 2 : (value < 100 ? 1 : 0);
    return tr("%1 ms").arg(value, 0, 'f', decimals);
}

QString formatSample(const std::optional<Sample> &sample, bool megabytes)
{
    return sample ? formatValue(sample->median(), megabytes) : tr("n/a");
}

// Kilobytes from /proc/self/status ("VmRSS", "VmHWM").
qint64 procStatusKb(const QString &key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QString prefix = key + QLatin1Char(':');
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromLatin1(raw);
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().section(QLatin1Char(' '), 0, 0).toLongLong();
    }
    return -1;
}

// ---- ours: Store + IssueTableModel -------------------------------------------------

struct Ours
{
    Store store;
    QUndoStack undoStack;
    std::unique_ptr<IssueTableModel> model;

    explicit Ours(const QString &path)
    {
        store.setUserName(QStringLiteral("bench"));
        store.open(path, Store::OpenMode::ExistingOnly);
        model = std::make_unique<IssueTableModel>(store, &undoStack);
    }
};

IssueFilter textFilter(const QString &text)
{
    IssueFilter filter;
    filter.text = text;
    return filter;
}

Issue issueOrThrow(Store &store, qint64 id)
{
    const std::optional<Issue> issue = store.issues().byId(id);
    if (!issue)
        throw StoreError(StoreError::Kind::NotFound, tr("issue %1 not found").arg(id));
    return *issue;
}

Status otherStatus(Status status)
{
    return status == Status::InNegotiation ? Status::Converging : Status::InNegotiation;
}

// Counts paint events, so "first screen in a view" ends when the viewport painted.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

// Sizes the view for 40 rows of `columns` columns, shows it and waits for its first paint.
void showFirstScreen(QTableView &view, QAbstractItemModel *model, int columns)
{
    view.setModel(model);
    for (int column = columns; column < model->columnCount(); ++column)
        view.setColumnHidden(column, true);
    const int height = view.horizontalHeader()->sizeHint().height() +
                       firstScreenRows * view.verticalHeader()->defaultSectionSize() +
                       2 * view.frameWidth();
    view.resize(1400, height);
    PaintCounter counter;
    view.viewport()->installEventFilter(&counter);
    view.show();
    const QDeadlineTimer deadline(5000);
    while (counter.paints == 0 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    view.viewport()->removeEventFilter(&counter);
}

int visibleRows(const QTableView &view)
{
    const int last = view.rowAt(view.viewport()->height() - 1);
    return last < 0 ? view.model()->rowCount() : last + 1;
}

// ---- baseline: QSqlTableModel + QSortFilterProxyModel --------------------------

struct Baseline
{
    QSqlDatabase db;
    std::unique_ptr<QSqlTableModel> model;
    std::unique_ptr<QSortFilterProxyModel> proxy;

    // Opens its own connection and fetches every row, as a proxy needs them all to
    // filter and sort correctly.
    explicit Baseline(const QString &path)
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), baselineConnection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            throw Sql::errorFrom(db.lastError(), tr("QSqlTableModel baseline"));
        Sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        model = std::make_unique<QSqlTableModel>(nullptr, db);
        model->setTable(QStringLiteral("issue"));
        model->setSort(model->fieldIndex(QStringLiteral("code")), Qt::AscendingOrder);
        if (!model->select())
            throw Sql::errorFrom(model->lastError(), tr("QSqlTableModel baseline"));
        while (model->canFetchMore())
            model->fetchMore();
        proxy = std::make_unique<QSortFilterProxyModel>();
        proxy->setSourceModel(model.get());
        proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy->setFilterKeyColumn(model->fieldIndex(QStringLiteral("title")));
    }

    ~Baseline()
    {
        proxy.reset();
        model.reset();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(baselineConnection);
    }

    int column(const char *name) const { return model->fieldIndex(QLatin1String(name)); }
};

// The columns the baseline shows: the same eight the issue table has (id stands in
// for the computed days-before-summit column).
constexpr int baselineColumns = 8;

// ---- the sqlite3 shell -----------------------------------------------------------

// Runs `sqlite3 FILE SQL` and returns the wall time including process start, or
// nothing if the shell is missing or failed.
std::optional<double> runShell(const QString &path, const QString &sql)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("sqlite3"), {path, sql});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        const QString error = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        QTextStream(stderr)
            << tr("sqlite3 failed: %1").arg(error.isEmpty() ? process.errorString() : error)
            << Qt::endl;
        return std::nullopt;
    }
    const double ms = elapsedMs(timer);
    process.readAllStandardOutput();
    return ms;
}

// Runs the SQL, then has the shell print its own VmHWM.
std::optional<qint64> shellPeakKb(const QString &path, const QString &sql)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"),
                  {path, sql, QStringLiteral(".shell grep VmHWM /proc/$PPID/status")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return std::nullopt;
    const QString output = QString::fromLocal8Bit(process.readAllStandardOutput());
    const qsizetype at = output.indexOf(QLatin1String("VmHWM:"));
    if (at < 0)
        return std::nullopt;
    return output.mid(at + 6).trimmed().section(QLatin1Char(' '), 0, 0).toLongLong();
}

std::optional<Sample> repeatShell(int runs, const std::function<QString(int)> &sqlForRun,
                                  const QString &path)
{
    Sample sample;
    for (int i = 0; i < runs; ++i) {
        const std::optional<double> ms = runShell(path, sqlForRun(i));
        if (!ms)
            return std::nullopt;
        sample.values.append(*ms);
    }
    return sample;
}

// The statements the issue table runs for one screen: the total, the shown count
// when filtered, the summit date, then its first page of rows (256, its page size).
constexpr int modelPageSize = 256;

QString shellScreen(const QString &where, const QString &orderBy,
                    const QString &countStatement = QString())
{
    const QString condition = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    const QString shownCount = where.isEmpty() ? QString() : countStatement + QStringLiteral("; ");
    return QStringLiteral("SELECT COUNT(*) FROM issue; %1SELECT value FROM settings WHERE key = "
                          "'summit_start'; SELECT id, code, title, category, status, priority, "
                          "owner, due_date, version FROM issue%2 ORDER BY %3 LIMIT %4 OFFSET 0;")
        .arg(shownCount, condition, orderBy, QString::number(modelPageSize));
}

// Writes the bound values into the statement as SQL literals, for the shell.
QString inlineValues(const QString &sql, const QVariantList &values)
{
    QString result;
    qsizetype next = 0;
    for (const QChar c : sql) {
        if (c != QLatin1Char('?') || next >= values.size()) {
            result += c;
            continue;
        }
        const QVariant &value = values.at(next++);
        if (value.typeId() == QMetaType::QString) {
            QString text = value.toString();
            text.replace(QLatin1Char('\''), QLatin1String("''"));
            result += QLatin1Char('\'') + text + QLatin1Char('\'');
        } else {
            result += value.toString();
        }
    }
    return result;
}

// The filter's statements as the model runs them for `text`: the ids it matches
// stored in a temporary table and counted, then its page through that table in
// the plan it picks when matches are dense (both texts measured here match more
// than one issue in 50).
QString shellFilterScreen(const QString &text, const QString &orderBy)
{
    // No connection: the statements are SQLite's, for its shell.
    const IssueFilterSql ids = IssueFilterSql::textMatchIds(QSqlDatabase(), text);
    const QString store =
        QStringLiteral("CREATE TEMP TABLE issue_table_match_1 (id INTEGER PRIMARY KEY); "
                       "INSERT INTO issue_table_match_1 (id) SELECT * FROM (%1) AS "
                       "text_match WHERE true ON CONFLICT DO NOTHING; "
                       "SELECT COUNT(*) FROM issue_table_match_1")
            .arg(inlineValues(ids.sql, ids.values));
    return shellScreen(QStringLiteral("+id IN (SELECT id FROM issue_table_match_1)"), orderBy,
                       store);
}

const QString shellByCode = QStringLiteral("code ASC, id ASC");
const QString shellByTitle = QStringLiteral("title ASC, id ASC");
const QString shellByDueDescending = QStringLiteral("due_date DESC NULLS LAST, id DESC");

// ---- probes: memory measured in a fresh process ------------------------------------

// What a probe child prints: RSS after the first screen and the peak, in kB.
struct Memory
{
    double rssMb = 0;
    double peakMb = 0;
};

std::optional<Memory> runProbe(const QString &kind, const QString &path)
{
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--probe"), kind, QStringLiteral("--db"), path});
    if (!process.waitForFinished(300000) || process.exitCode() != 0) {
        QTextStream(stderr) << tr("memory probe %1 failed: %2")
                                   .arg(kind,
                                        QString::fromLocal8Bit(process.readAllStandardError()))
                            << Qt::endl;
        return std::nullopt;
    }
    const QStringList lines =
        QString::fromLatin1(process.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() == 3 && parts.at(0) == QLatin1String("PROBE"))
            return Memory{parts.at(1).toDouble() / 1024, parts.at(2).toDouble() / 1024};
    }
    return std::nullopt;
}

void printProbe(qint64 rssKb)
{
    out() << QStringLiteral("PROBE %1 %2\n").arg(rssKb).arg(procStatusKb(QStringLiteral("VmHWM")));
    out().flush();
}

// A probe does the benchmark's work once: RSS after the first screen, the peak after
// filter, sort, a scroll to the end (ours) and an edit.
int probe(const QString &kind, const QString &path)
{
    if (kind == QLatin1String("empty")) {
        printProbe(procStatusKb(QStringLiteral("VmRSS")));
        return 0;
    }
    if (kind == QLatin1String("ours")) {
        Ours ours(path);
        readFirstScreen(*ours.model, ours.model->columnCount());
        const qint64 rss = procStatusKb(QStringLiteral("VmRSS"));
        ours.model->setFilter(textFilter(QStringLiteral("rar")));
        readFirstScreen(*ours.model, ours.model->columnCount());
        ours.model->setFilter({});
        ours.model->sort(IssueTableModel::TitleColumn);
        readFirstScreen(*ours.model, ours.model->columnCount());
        ours.model->sort(IssueTableModel::DueDateColumn, Qt::DescendingOrder);
        readFirstScreen(*ours.model, ours.model->columnCount());
        // A scroll through every row: the page cache must stay bounded.
        for (int row = 0; row < ours.model->rowCount(); ++row)
            ours.model->data(ours.model->index(row, IssueTableModel::TitleColumn));
        const qint64 id = ours.model->issueIdAt(0);
        const Issue issue = issueOrThrow(ours.store, id);
        ours.undoStack.push(new ChangeStatusCommand(ours.store, id, issue.status,
                                                    otherStatus(issue.status), issue.version,
                                                    QStringLiteral("bench")));
        readFirstScreen(*ours.model, ours.model->columnCount());
        printProbe(rss);
        return 0;
    }
    if (kind == QLatin1String("qsql")) {
        Baseline baseline(path);
        readFirstScreen(*baseline.proxy, baselineColumns);
        const qint64 rss = procStatusKb(QStringLiteral("VmRSS"));
        baseline.proxy->setFilterFixedString(QStringLiteral("rar"));
        readFirstScreen(*baseline.proxy, baselineColumns);
        baseline.proxy->setFilterFixedString(QString());
        baseline.proxy->sort(baseline.column("title"));
        readFirstScreen(*baseline.proxy, baselineColumns);
        baseline.proxy->sort(baseline.column("due_date"), Qt::DescendingOrder);
        readFirstScreen(*baseline.proxy, baselineColumns);
        const QModelIndex status = baseline.model->index(0, baseline.column("status"));
        baseline.model->setData(status, int(otherStatus(Status(status.data().toInt()))));
        baseline.model->submit();
        printProbe(rss);
        return 0;
    }
    QTextStream(stderr) << tr("unknown probe %1").arg(kind) << Qt::endl;
    return 2;
}

// Copies the file (and its WAL) so the edits the benchmark makes never touch the
// user's database.
bool copyDatabase(const QString &from, const QString &to)
{
    if (!QFile::copy(from, to))
        return false;
    const QString wal = from + QStringLiteral("-wal");
    return !QFile::exists(wal) || QFile::copy(wal, to + QStringLiteral("-wal"));
}

// Other work on the machine shows in the figures: print it with them.
QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        for (const QByteArray &raw : file.readAll().split('\n')) {
            if (raw.startsWith("model name"))
                return QString::fromLatin1(raw.mid(raw.indexOf(':') + 1)).trimmed();
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

} // namespace

int main(int argc, char *argv[])
{
    // The view row needs a platform; benchmarks run without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("summit-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Times the issue table on a large store against the sqlite3 shell and "
           "QSqlTableModel + QSortFilterProxyModel."));
    parser.addHelpOption();
    const QString dbName = QStringLiteral("db");
    const QString issuesName = QStringLiteral("issues");
    const QString positionsName = QStringLiteral("positions-per-issue");
    const QString runsName = QStringLiteral("runs");
    const QString slowRunsName = QStringLiteral("slow-runs");
    const QString probeName = QStringLiteral("probe");
    parser.addOptions({
        {dbName, tr("Benchmark a copy of this database instead of generating one."), tr("FILE")},
        {issuesName, tr("Issues to generate (default 100000)."), tr("N")},
        {positionsName, tr("Positions per issue to generate (default 10)."), tr("K")},
        {runsName, tr("Runs per measurement; the median is reported (default 11)."), tr("N")},
        {slowRunsName, tr("Runs of the QSqlTableModel full fetch and proxy sorts (default 3)."),
         tr("N")},
        {probeName, tr("Internal: measure memory in this process (ours, qsql, empty)."),
         tr("KIND")},
    });
    parser.process(app);

    if (parser.isSet(probeName)) {
        try {
            return probe(parser.value(probeName), parser.value(dbName));
        } catch (const StoreError &error) {
            QTextStream(stderr) << error.message() << Qt::endl;
            return 1;
        }
    }

    const int runs = std::max(1, parser.isSet(runsName) ? parser.value(runsName).toInt() : 11);
    const int slowRuns =
        std::max(1, parser.isSet(slowRunsName) ? parser.value(slowRunsName).toInt() : 3);
    QTemporaryDir tempDir;
    if (!tempDir.isValid()) {
        QTextStream(stderr) << tr("summit-bench: cannot create a temporary folder.") << Qt::endl;
        return 1;
    }
    const QString path = tempDir.filePath(QStringLiteral("bench.db"));
    QList<QStringList> notes;

    try {
        if (parser.isSet(dbName)) {
            if (!copyDatabase(parser.value(dbName), path)) {
                QTextStream(stderr) << tr("summit-bench: cannot copy %1.")
                                           .arg(QDir::toNativeSeparators(parser.value(dbName)))
                                    << Qt::endl;
                return 1;
            }
        } else {
            LargeStoreGenerator::Options options;
            if (parser.isSet(issuesName))
                options.issues = parser.value(issuesName).toInt();
            if (parser.isSet(positionsName))
                options.positionsPerIssue = parser.value(positionsName).toInt();
            out() << tr("Generating %1 issues with %2 positions each…")
                         .arg(options.issues)
                         .arg(options.positionsPerIssue)
                  << Qt::endl;
            const LargeStoreGenerator::Result result = LargeStoreGenerator::generate(path, options);
            notes.append(
                {tr("generated in"), tr("%1 s").arg(double(result.elapsedMs) / 1000, 0, 'f', 1)});
        }

        qint64 issueCount = 0;
        qint64 positionCount = 0;
        QString sqliteVersion;
        {
            Store store;
            store.open(path, Store::OpenMode::ExistingOnly);
            const QSqlDatabase db = store.database();
            issueCount = Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM issue")).toLongLong();
            positionCount =
                Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM position")).toLongLong();
            sqliteVersion = Sql::scalar(db, QStringLiteral("SELECT sqlite_version()")).toString();
        }

        out() << tr("# summit-bench, %1").arg(QDate::currentDate().toString(Qt::ISODate)) << '\n'
              << tr("database: %1 issues, %2 positions, %3 MB on disk")
                     .arg(issueCount)
                     .arg(positionCount)
                     .arg(double(QFileInfo(path).size()) / (1024 * 1024), 0, 'f', 0)
              << '\n'
              << tr("machine: %1, %2 cores; Qt %3; SQLite %4 (QSQLITE)")
                     .arg(cpuModel())
                     .arg(QThread::idealThreadCount())
                     .arg(QString::fromLatin1(qVersion()), sqliteVersion)
              << '\n'
              << tr("median of %1 runs (%2 for the QSqlTableModel full fetch and proxy sorts); "
                    "warm OS cache; load average before: %3")
                     .arg(runs)
                     .arg(slowRuns)
                     .arg(loadAverage())
              << Qt::endl;

        QList<Measurement> results;
        const auto screen = [](const IssueTableModel &model) {
            return readFirstScreen(model, model.columnCount());
        };

        // ---- ours ----
        out() << tr("measuring ours…") << Qt::endl;
        Measurement open = measurement(
            tr("(a) open + first screen: data() of 40 rows × all columns"), tr("≤ 300 ms"), 300);
        open.ours = repeat(runs, [&](int) {
            QElapsedTimer timer;
            timer.start();
            Ours ours(path);
            screen(*ours.model);
            return elapsedMs(timer);
        });
        Measurement view = measurement(
            tr("(a') open + first screen in a shown QTableView (offscreen, until painted)"),
            tr("≤ 300 ms"), 300);
        int oursVisibleRows = 0;
        view.ours = repeat(runs, [&](int) {
            QElapsedTimer timer;
            timer.start();
            Ours ours(path);
            QTableView table;
            showFirstScreen(table, ours.model.get(), ours.model->columnCount());
            const double ms = elapsedMs(timer);
            oursVisibleRows = visibleRows(table);
            return ms;
        });
        notes.append({tr("rows visible in the QTableView"), QString::number(oursVisibleRows)});

        Measurement filter = measurement(tr("(b) filter keystroke \"ra\" → \"rar\" + first screen"),
                                         tr("≤ 50 ms"), 50);
        Measurement filterCommon = measurement(
            tr("(b) filter keystroke \"tio\" → \"tion\" (common letters) + first screen"),
            tr("≤ 50 ms"), 50);
        Measurement sortTitle =
            measurement(tr("(c) sort by title + first screen"), tr("≤ 50 ms"), 50);
        Measurement sortDue =
            measurement(tr("(c) sort by due date, descending + first screen"), tr("≤ 50 ms"), 50);
        Measurement edit = measurement(
            tr("(d) status edit committed (repository; shell: UPDATE + INSERT; setData + submit)"),
            tr("≤ 5 ms"), 5);
        Measurement command = measurement(tr("(d) status edit as ChangeStatusCommand on a "
                                             "QUndoStack, model live, + first screen"),
                                          tr("≤ 5 ms"), 5);
        Measurement undo = measurement(tr("(d) undo of that edit + first screen"), tr("≤ 5 ms"), 5);
        qint64 shownAfterFilter = 0;
        qint64 shownAfterCommon = 0;
        {
            Ours ours(path);
            IssueTableModel &model = *ours.model;
            screen(model);
            // The generator writes the rows without indexing them for search; the
            // first filter of three characters would index all 100,000 issues.
            QElapsedTimer syncTimer;
            syncTimer.start();
            const int synced = SearchRepository(ours.store).sync();
            notes.append({tr("search index synced before (b), untimed"),
                          tr("%1 issues in %2 s")
                              .arg(synced)
                              .arg(double(syncTimer.elapsed()) / 1000, 0, 'f', 1)});
            filter.ours = repeat(runs, [&](int) {
                model.setFilter(textFilter(QStringLiteral("ra")));
                screen(model);
                QElapsedTimer timer;
                timer.start();
                model.setFilter(textFilter(QStringLiteral("rar")));
                screen(model);
                return elapsedMs(timer);
            });
            shownAfterFilter = model.rowCount();
            filterCommon.ours = repeat(runs, [&](int) {
                model.setFilter(textFilter(QStringLiteral("tio")));
                screen(model);
                QElapsedTimer timer;
                timer.start();
                model.setFilter(textFilter(QStringLiteral("tion")));
                screen(model);
                return elapsedMs(timer);
            });
            shownAfterCommon = model.rowCount();
            model.setFilter({});
            sortTitle.ours = repeat(runs, [&](int) {
                model.sort(IssueTableModel::CodeColumn);
                screen(model);
                QElapsedTimer timer;
                timer.start();
                model.sort(IssueTableModel::TitleColumn);
                screen(model);
                return elapsedMs(timer);
            });
            sortDue.ours = repeat(runs, [&](int) {
                model.sort(IssueTableModel::CodeColumn);
                screen(model);
                QElapsedTimer timer;
                timer.start();
                model.sort(IssueTableModel::DueDateColumn, Qt::DescendingOrder);
                screen(model);
                return elapsedMs(timer);
            });
            model.sort(IssueTableModel::CodeColumn);
            screen(model);

            // The issue on the first row, so the model has a visible row to update.
            const qint64 id = model.issueIdAt(0);
            command.ours = repeat(runs, [&](int) {
                const Issue issue = issueOrThrow(ours.store, id);
                QElapsedTimer timer;
                timer.start();
                ours.undoStack.push(new ChangeStatusCommand(ours.store, id, issue.status,
                                                            otherStatus(issue.status),
                                                            issue.version, tr("benchmark")));
                screen(model);
                return elapsedMs(timer);
            });
            undo.ours = repeat(runs, [&](int) {
                QElapsedTimer timer;
                timer.start();
                ours.undoStack.undo();
                screen(model);
                return elapsedMs(timer);
            });
        }
        {
            // The repository alone, without an item model listening.
            Store store;
            store.setUserName(QStringLiteral("bench"));
            store.open(path, Store::OpenMode::ExistingOnly);
            const qint64 id =
                Sql::scalar(store.database(),
                            QStringLiteral("SELECT id FROM issue ORDER BY code LIMIT 1"))
                    .toLongLong();
            edit.ours = repeat(runs, [&](int) {
                const Issue issue = issueOrThrow(store, id);
                QElapsedTimer timer;
                timer.start();
                store.issues().changeStatus(id, otherStatus(issue.status), issue.version,
                                            tr("benchmark"));
                return elapsedMs(timer);
            });
        }
        notes.append({tr("issues shown after \"rar\""), QString::number(shownAfterFilter)});
        notes.append({tr("issues shown after \"tion\""), QString::number(shownAfterCommon)});

        // ---- the sqlite3 shell ----
        out() << tr("measuring the sqlite3 shell…") << Qt::endl;
        Measurement start =
            measurement(tr("sqlite3 process start (SELECT 1), included in every shell figure"),
                        QString(), std::nullopt);
        start.shell = repeatShell(
            runs, [](int) { return QStringLiteral("SELECT 1;"); }, path);
        open.shell = repeatShell(
            runs, [](int) { return shellScreen(QString(), shellByCode); }, path);
        filter.shell = repeatShell(
            runs, [](int) { return shellFilterScreen(QStringLiteral("rar"), shellByCode); }, path);
        filterCommon.shell = repeatShell(
            runs, [](int) { return shellFilterScreen(QStringLiteral("tion"), shellByCode); }, path);
        sortTitle.shell = repeatShell(
            runs, [](int) { return shellScreen(QString(), shellByTitle); }, path);
        sortDue.shell = repeatShell(
            runs, [](int) { return shellScreen(QString(), shellByDueDescending); }, path);
        {
            // The same two statements changeStatus runs, in one transaction, with the
            // Store's connection settings.
            const qint64 id = 1;
            edit.shell = repeatShell(
                runs,
                [&](int run) {
                    const int to = int(run % 2 ? Status::InNegotiation : Status::Converging);
                    return QStringLiteral(
                               "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; "
                               "BEGIN IMMEDIATE; INSERT INTO status_change (issue_id, from_status, "
                               "to_status, "
                               "changed_at, changed_by, reason) SELECT %2, status, %1, '%3', "
                               "'bench', 'benchmark' FROM issue WHERE id = %2; UPDATE issue SET "
                               "status = %1, version = version + 1, updated_at = '%3' WHERE id = "
                               "%2; COMMIT;")
                        .arg(QString::number(to), QString::number(id), Sql::now());
                },
                path);
        }
        // The shell's own peak, read by a command it runs after the queries (a peak
        // measured from here would include this process, copied by fork()).
        double shellPeakMb = 0;
        for (const QString &sql :
             {shellScreen(QString(), shellByCode),
              shellFilterScreen(QStringLiteral("rar"), shellByCode),
              shellScreen(QString(), shellByTitle), shellScreen(QString(), shellByDueDescending)}) {
            if (const std::optional<qint64> kb = shellPeakKb(path, sql))
                shellPeakMb = std::max(shellPeakMb, double(*kb) / 1024);
        }

        // ---- QSqlTableModel + QSortFilterProxyModel ----
        out() << tr("measuring QSqlTableModel + QSortFilterProxyModel…") << Qt::endl;
        open.baseline = repeat(slowRuns, [&](int) {
            QElapsedTimer timer;
            timer.start();
            Baseline baseline(path);
            readFirstScreen(*baseline.proxy, baselineColumns);
            return elapsedMs(timer);
        });
        view.baseline = repeat(slowRuns, [&](int) {
            QElapsedTimer timer;
            timer.start();
            Baseline baseline(path);
            QTableView table;
            showFirstScreen(table, baseline.proxy.get(), baselineColumns);
            return elapsedMs(timer);
        });
        int baselineRowsAfterSubmit = 0;
        qint64 baselineShownAfterFilter = 0;
        {
            Baseline baseline(path);
            QSortFilterProxyModel &proxy = *baseline.proxy;
            readFirstScreen(proxy, baselineColumns);
            filter.baseline = repeat(runs, [&](int) {
                proxy.setFilterFixedString(QStringLiteral("ra"));
                readFirstScreen(proxy, baselineColumns);
                QElapsedTimer timer;
                timer.start();
                proxy.setFilterFixedString(QStringLiteral("rar"));
                readFirstScreen(proxy, baselineColumns);
                return elapsedMs(timer);
            });
            baselineShownAfterFilter = proxy.rowCount();
            filterCommon.baseline = repeat(runs, [&](int) {
                proxy.setFilterFixedString(QStringLiteral("tio"));
                readFirstScreen(proxy, baselineColumns);
                QElapsedTimer timer;
                timer.start();
                proxy.setFilterFixedString(QStringLiteral("tion"));
                readFirstScreen(proxy, baselineColumns);
                return elapsedMs(timer);
            });
            proxy.setFilterFixedString(QString());
            sortTitle.baseline = repeat(slowRuns, [&](int) {
                proxy.sort(-1);
                readFirstScreen(proxy, baselineColumns);
                QElapsedTimer timer;
                timer.start();
                proxy.sort(baseline.column("title"));
                readFirstScreen(proxy, baselineColumns);
                return elapsedMs(timer);
            });
            sortDue.baseline = repeat(slowRuns, [&](int) {
                proxy.sort(-1);
                readFirstScreen(proxy, baselineColumns);
                QElapsedTimer timer;
                timer.start();
                proxy.sort(baseline.column("due_date"), Qt::DescendingOrder);
                readFirstScreen(proxy, baselineColumns);
                return elapsedMs(timer);
            });
            proxy.sort(-1);
            edit.baseline = repeat(runs, [&](int) {
                const QModelIndex status = baseline.model->index(0, baseline.column("status"));
                const int to = int(otherStatus(Status(status.data().toInt())));
                QElapsedTimer timer;
                timer.start();
                if (!baseline.model->setData(status, to) || !baseline.model->submit())
                    throw Sql::errorFrom(baseline.model->lastError(), tr("QSqlTableModel edit"));
                readFirstScreen(proxy, baselineColumns);
                return elapsedMs(timer);
            });
            baselineRowsAfterSubmit = baseline.model->rowCount();
        }
        notes.append({tr("QSqlTableModel rows shown after \"rar\" (title only)"),
                      QString::number(baselineShownAfterFilter)});
        notes.append({tr("QSqlTableModel rows loaded after setData + submit"),
                      QString::number(baselineRowsAfterSubmit)});

        // ---- memory, each side in a fresh process ----
        out() << tr("measuring memory…") << Qt::endl;
        Measurement rss = measurement(
            tr("(e) RSS after (a), fresh process (QSqlTableModel: after its full fetch)"),
            tr("≤ 200 MB"), 200, true);
        Measurement peak = measurement(
            tr("(e) peak RSS (VmHWM) after a–d and a full scroll (sqlite3: its largest process)"),
            tr("≤ 200 MB"), 200, true);
        if (const std::optional<Memory> memory = runProbe(QStringLiteral("ours"), path)) {
            rss.ours = Sample{{memory->rssMb}};
            peak.ours = Sample{{memory->peakMb}};
        }
        if (const std::optional<Memory> memory = runProbe(QStringLiteral("qsql"), path)) {
            rss.baseline = Sample{{memory->rssMb}};
            peak.baseline = Sample{{memory->peakMb}};
        }
        if (shellPeakMb > 0)
            peak.shell = Sample{{shellPeakMb}};
        if (const std::optional<Memory> memory = runProbe(QStringLiteral("empty"), path))
            notes.append({tr("RSS of an empty summit-bench process (QApplication only)"),
                          formatValue(memory->rssMb, true)});

        results = {start,   open, view,    filter, filterCommon, sortTitle,
                   sortDue, edit, command, undo,   rss,          peak};

        out() << '\n';
        QList<QStringList> table = {{tr("operation"), tr("ours"), tr("sqlite3 shell"),
                                     tr("QSqlTableModel+proxy"), tr("target"),
                                     tr("ours meets target")}};
        for (const Measurement &m : results) {
            QString verdict;
            if (m.limit && m.ours)
                verdict = m.ours->median() <= *m.limit ? tr("yes") : tr("NO");
            table.append({m.operation, formatSample(m.ours, m.megabytes),
                          formatSample(m.shell, m.megabytes), formatSample(m.baseline, m.megabytes),
                          m.target, verdict});
        }
        printTable(table);

        out() << '\n' << tr("Spread (min / median / max):") << '\n';
        QList<QStringList> spread = {
            {tr("operation"), tr("side"), tr("runs"), tr("min"), tr("median"), tr("max")}};
        for (const Measurement &m : results) {
            if (m.megabytes)
                continue;
            const std::pair<QString, const std::optional<Sample> *> sides[] = {
                {tr("ours"), &m.ours},
                {tr("sqlite3 shell"), &m.shell},
                {tr("QSqlTableModel+proxy"), &m.baseline}};
            for (const auto &[side, sample] : sides) {
                if (!*sample)
                    continue;
                spread.append({m.operation, side, QString::number((*sample)->values.size()),
                               formatValue((*sample)->min(), false),
                               formatValue((*sample)->median(), false),
                               formatValue((*sample)->max(), false)});
            }
        }
        printTable(spread);

        out() << '\n' << tr("Notes:") << '\n';
        QList<QStringList> noteTable = {{tr("what"), tr("value")}};
        noteTable.append(notes);
        printTable(noteTable);
    } catch (const StoreError &error) {
        QTextStream(stderr) << tr("summit-bench: %1").arg(error.message()) << Qt::endl;
        return 1;
    }
    return 0;
}
