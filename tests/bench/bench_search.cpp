// summit-bench-search: full-text search on a 100,000-issue store against the
// obvious baseline, the same words matched with LIKE '%…%' over the same texts
// (issue columns and the actors' names and stances), in the same run on the
// same file.
#include "BenchReport.h"
#include "LargeStoreGenerator.h"

#include "items/IssueFilter.h"
#include "items/IssueTableModel.h"
#include "store/SearchRepository.h"
#include "store/Sql.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>
#include <ctime>
#include <functional>

namespace {

using BenchReport::medianOf;
using BenchReport::out;
using BenchReport::printTable;

QString tr(const char *text)
{
    return QCoreApplication::translate("SearchBench", text);
}

constexpr int resultLimit = 50; // what a search box shows

// Median milliseconds of `runs` calls, after one untimed warm-up call; *cpuMs
// gets the median processor time, which a machine shared with other work
// disturbs less than the wall clock.
double timeMs(int runs, const std::function<void()> &call, double *cpuMs = nullptr)
{
    call();
    QList<double> values;
    QList<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const std::clock_t cpuStart = std::clock();
        timer.start();
        call();
        values.append(double(timer.nsecsElapsed()) / 1e6);
        cpu.append(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
    }
    if (cpuMs)
        *cpuMs = medianOf(cpu);
    return medianOf(values);
}

QString ms(double value)
{
    return tr("%1 ms").arg(value, 0, 'f', value < 10 ? 2 : 1);
}

// The baseline: every word as LIKE '%word%' over the issue's texts or any of its
// positions' actor name or stance. SQLite's LIKE ignores case for ASCII only.
QPair<QString, QVariantList> likeCondition(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList parts;
    QVariantList values;
    for (const QString &word : text.split(space, Qt::SkipEmptyParts)) {
        QString pattern = word;
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        pattern.replace(QLatin1Char('%'), QLatin1String("\\%"));
        pattern.replace(QLatin1Char('_'), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        QStringList columns;
        for (const char *column : {"i.code", "i.title", "i.eu_objective", "i.lines_to_take",
                                   "i.defensive_lines", "i.background"}) {
            columns.append(QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(column)));
            values.append(pattern);
        }
        columns.append(QStringLiteral(
            "EXISTS (SELECT 1 FROM position p JOIN actor a ON a.id = p.actor_id "
            "WHERE p.issue_id = i.id AND (a.name LIKE ? ESCAPE '\\' OR p.stance LIKE ? ESCAPE "
            "'\\'))"));
        values << pattern << pattern;
        parts.append(QLatin1Char('(') + columns.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    }
    return {parts.join(QLatin1String(" AND ")), values};
}

int likeSearch(Store &store, const QString &text)
{
    const auto [where, values] = likeCondition(text);
    QSqlQuery query = Sql::exec(
        store.database(),
        QStringLiteral("SELECT i.id, i.code, i.title FROM issue i WHERE %1 LIMIT ?").arg(where),
        values + QVariantList{resultLimit});
    int rows = 0;
    while (Sql::next(query))
        ++rows;
    return rows;
}

qint64 likeCount(Store &store, const QString &text)
{
    const auto [where, values] = likeCondition(text);
    QSqlQuery query =
        Sql::exec(store.database(),
                  QStringLiteral("SELECT COUNT(*) FROM issue i WHERE %1").arg(where), values);
    return Sql::next(query) ? query.value(0).toLongLong() : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("summit-bench-search"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Times full-text search on a large store against LIKE '%...%' on the same texts."));
    parser.addHelpOption();
    const QString dbName = QStringLiteral("db");
    const QString issuesName = QStringLiteral("issues");
    const QString runsName = QStringLiteral("runs");
    parser.addOptions({
        {dbName,
         tr("Search this database instead of generating one (its search index is brought up "
            "to date in place, so a second run starts at once)."),
         tr("FILE")},
        {issuesName, tr("Issues to generate (default 100000)."), tr("N")},
        {runsName, tr("Runs per query; the median is reported (default 11)."), tr("N")},
    });
    parser.process(app);
    const int runs = std::max(1, parser.isSet(runsName) ? parser.value(runsName).toInt() : 11);

    QTemporaryDir tempDir;
    if (!tempDir.isValid()) {
        QTextStream(stderr) << tr("summit-bench-search: cannot create a temporary folder.")
                            << Qt::endl;
        return 1;
    }
    const QString path =
        parser.isSet(dbName) ? parser.value(dbName) : tempDir.filePath(QStringLiteral("search.db"));
    try {
        if (parser.isSet(dbName)) {
            if (!QFile::exists(path)) {
                QTextStream(stderr) << tr("summit-bench-search: %1 does not exist.")
                                           .arg(QDir::toNativeSeparators(path))
                                    << Qt::endl;
                return 1;
            }
        } else {
            LargeStoreGenerator::Options options;
            if (parser.isSet(issuesName))
                options.issues = parser.value(issuesName).toInt();
            out() << tr("Generating %1 issues with %2 positions each...")
                         .arg(options.issues)
                         .arg(options.positionsPerIssue)
                  << Qt::endl;
            const LargeStoreGenerator::Result result = LargeStoreGenerator::generate(path, options);
            out() << tr("Generated in %1 s.").arg(double(result.elapsedMs) / 1000, 0, 'f', 1)
                  << Qt::endl;
        }

        Store store;
        store.setUserName(QStringLiteral("bench"));
        store.open(path, Store::OpenMode::ExistingOnly);
        const qint64 issues =
            Sql::scalar(store.database(), QStringLiteral("SELECT COUNT(*) FROM issue"))
                .toLongLong();
        SearchRepository search(store);

        // Rows written without the app (the generator's raw SQL) are indexed on
        // the first search; timed here once, apart from the searches.
        QElapsedTimer syncTimer;
        syncTimer.start();
        const int synced = search.sync();
        const double syncMs = double(syncTimer.nsecsElapsed()) / 1e6;

        const QStringList queries{
            QStringLiteral("RE-00042"),        // a code
            QStringLiteral("gallium"),         // a word in titles
            QStringLiteral("稀土永磁"),        // Chinese, in titles
            QStringLiteral("Šefčovič"),        // an actor's name
            QStringLiteral("flexibility"),     // a stance
            QStringLiteral("brandy Zhejiang"), // two words
            QStringLiteral("Zanzibar"),        // nothing
            QStringLiteral("export"),          // in most issues
            QStringLiteral("欧盟"),            // two characters: LIKE inside the index
        };

        QList<QStringList> rows;
        rows.append({tr("query"), tr("search (top %1)").arg(resultLimit), tr("CPU"), tr("hits"),
                     tr("ranked"), tr("baseline LIKE (top %1)").arg(resultLimit), tr("CPU"),
                     tr("hits"), tr("speed-up")});
        QList<QStringList> filterRows;
        filterRows.append({tr("query"), tr("table filter COUNT"), tr("issues"),
                           tr("baseline LIKE COUNT"), tr("issues")});
        QUndoStack undoStack;
        IssueTableModel model(store, &undoStack);
        for (const QString &query : queries) {
            QList<SearchResult> results;
            double oursCpu = 0;
            const double ours = timeMs(
                runs, [&] { results = search.search(query, resultLimit); }, &oursCpu);
            int likeRows = 0;
            double likeCpu = 0;
            const double like = timeMs(
                runs, [&] { likeRows = likeSearch(store, query); }, &likeCpu);
            QString ranked = tr("-");
            if (!results.isEmpty())
                ranked = results.first().ranked ? tr("yes (bm25)") : tr("no");
            rows.append({query, ms(ours), ms(oursCpu), QString::number(results.size()), ranked,
                         ms(like), ms(likeCpu), QString::number(likeRows),
                         tr("%1x").arg(like / std::max(ours, 0.001), 0, 'f', 1)});

            IssueFilter filter;
            filter.searchText = query;
            const double filterMs = timeMs(std::max(1, runs / 3), [&] { model.setFilter(filter); });
            qint64 counted = 0;
            const double likeCountMs =
                timeMs(std::max(1, runs / 3), [&] { counted = likeCount(store, query); });
            filterRows.append({query, ms(filterMs), QString::number(model.rowCount()),
                               ms(likeCountMs), QString::number(counted)});
        }

        out() << Qt::endl
              << tr("summit-bench-search: %1 issues, %2 runs per query (median), %3, Qt %4, "
                    "SQLite %5")
                     .arg(issues)
                     .arg(runs)
                     .arg(QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()),
                          Sql::scalar(store.database(), QStringLiteral("SELECT sqlite_version()"))
                              .toString())
              << Qt::endl
              << tr("Index brought up to date for %1 issues in %2 (once, after the generator's "
                    "raw inserts).")
                     .arg(synced)
                     .arg(ms(syncMs))
              << Qt::endl
              << Qt::endl;
        printTable(rows);
        out() << Qt::endl
              << tr("The issue table's filter (IssueFilter::searchText) counts every match:")
              << Qt::endl;
        printTable(filterRows);
    } catch (const StoreError &error) {
        QTextStream(stderr) << tr("summit-bench-search: %1").arg(error.message()) << Qt::endl;
        return 1;
    }
    return 0;
}
