// summit-brief copy: a whole summit, history included, from one store to another
// (a SQLite file or a team database), all or nothing, into an empty target only.
// Run on SQLite, the target is a second file; run as test_copy_postgresql, a
// team database of its own on the test server, and the copy comes back into a file.
#include "TeamTestDatabase.h"
#include "TestConfig.h"
#include "TestSupport.h"

#include "io/DemoScenario.h"
#include "io/ScenarioImporter.h"
#include "io/SummitCopy.h"
#include "store/ActorRepository.h"
#include "store/BlocGapRepository.h"
#include "store/HistoryRepository.h"
#include "store/IndicatorRepository.h"
#include "store/IssueRepository.h"
#include "store/LinkRepository.h"
#include "store/PackExportRepository.h"
#include "store/PositionRepository.h"
#include "store/SavedViewRepository.h"
#include "store/SearchRepository.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#include <memory>

namespace {

std::unique_ptr<Store> openStore(const QString &location,
                                 Store::OpenMode mode = Store::OpenMode::ExistingOnly)
{
    auto store = std::make_unique<Store>();
    store->setUserName(QStringLiteral("desk.officer"));
    store->open(location, mode);
    return store;
}

// Every row of `table`, each as one line of its values (NULL as \N) in the
// order of `key`, columns by name: the same content reads the same on both engines.
QStringList rowsOf(Store &store, const QString &table, const QString &key)
{
    const QSqlDatabase db = store.database();
    QStringList columns;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    columns.sort();
    QSqlQuery query = Sql::exec(db, QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                        .arg(columns.join(QLatin1Char(',')), table, key));
    QStringList rows;
    while (Sql::next(query)) {
        QStringList values;
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant value = query.value(i);
            values.append(value.isNull() ? QStringLiteral("\\N")
                                         : columns.at(i) + QLatin1Char('=') + value.toString());
        }
        rows.append(values.join(QLatin1Char('|')));
    }
    return rows;
}

// The search documents, whichever engine holds them.
QStringList searchDocumentsOf(Store &store)
{
    const QString columns = QStringLiteral("code, title, eu_objective, lines_to_take, "
                                           "defensive_lines, background, actors, stances");
    const bool team = store.isTeamDatabase();
    if (team)
        Sql::exec(store.database(), QStringLiteral("SELECT summit_search_refresh()"));
    else
        SearchRepository(store).sync();
    QSqlQuery query = Sql::exec(
        store.database(),
        team ? QStringLiteral("SELECT issue_id, %1 FROM issue_search "
                              "ORDER BY issue_id")
                   .arg(columns)
             : QStringLiteral("SELECT rowid, %1 FROM issue_fts ORDER BY rowid").arg(columns));
    QStringList documents;
    while (Sql::next(query)) {
        QStringList values;
        for (int i = 0; i < 9; ++i)
            values.append(query.value(i).toString());
        documents.append(values.join(QLatin1Char('|')));
    }
    return documents;
}

struct KeyedTable
{
    const char *table;
    const char *key;
};

const KeyedTable summitTables[] = {
    {"settings", "key"},     {"actor", "id"},      {"issue", "id"},      {"position", "id"},
    {"status_change", "id"}, {"issue_link", "id"}, {"saved_view", "id"}, {"event", "id"},
    {"indicator", "id"},     {"pack_export", "id"}};

// What the store derives from the rows, brought up to date first.
const KeyedTable derivedTables[] = {{"status_day", "day"},
                                    {"status_day_group", "status, category, priority, day"},
                                    {"bloc_gap", "issue_id"}};

void compareStores(Store &expected, Store &actual)
{
    BlocGapRepository(expected.database()).sync();
    BlocGapRepository(actual.database()).sync();
    for (const KeyedTable &table : summitTables) {
        const QString name = QLatin1String(table.table);
        const QStringList want = rowsOf(expected, name, QLatin1String(table.key));
        const QStringList got = rowsOf(actual, name, QLatin1String(table.key));
        if (want != got)
            qWarning("%s differs: %lld rows expected, %lld copied; first expected: %s; first "
                     "copied: %s",
                     table.table, qlonglong(want.size()), qlonglong(got.size()),
                     qPrintable(want.value(0)), qPrintable(got.value(0)));
        QCOMPARE(got, want);
    }
    for (const KeyedTable &table : derivedTables) {
        const QStringList want =
            rowsOf(expected, QLatin1String(table.table), QLatin1String(table.key));
        QVERIFY2(!want.isEmpty(), table.table);
        QCOMPARE(rowsOf(actual, QLatin1String(table.table), QLatin1String(table.key)), want);
    }
    QCOMPARE(searchDocumentsOf(actual), searchDocumentsOf(expected));
}

// The demo summit with what the demo lacks: history beyond creation, links, a
// saved view, the pack log, an archived issue, a gap in the ids (a deleted
// issue), NULLs, empty text, Chinese, a value that is not a short decimal.
std::unique_ptr<Store> richSource(const QString &path)
{
    auto store = openStore(path, Store::OpenMode::CreateIfMissing);
    ScenarioImporter importer(*store);
    if (!importer.importFile(DemoScenario::resourcePath()))
        qFatal("demo import: %s", qPrintable(importer.errorString()));
    const QList<Issue> issues = store->issues().all();
    for (int i = 0; i < 5; ++i) {
        const Issue issue = *store->issues().byId(issues.at(i).id);
        store->issues().changeStatus(issue.id, Status(int(issue.status) % 7 + 1), issue.version,
                                     QStringLiteral("第%1轮 talks").arg(i));
    }
    IssueLink link;
    link.fromIssue = issues.at(0).id;
    link.toIssue = issues.at(1).id;
    link.kind = LinkKind::Blocks;
    LinkRepository(*store).add(link);
    SavedView view;
    view.name = QStringLiteral("Critical, open");
    view.filter.text = QStringLiteral("rare earth");
    view.filter.priority = Priority::Critical;
    SavedViewRepository(*store).save(view);
    PackExportRecord record;
    record.issueCodes = {issues.at(0).code, issues.at(2).code};
    record.classification = QStringLiteral("EU RESTRICTED");
    record.format = QStringLiteral("pdf");
    record.path = QStringLiteral("/tmp/pack.pdf");
    PackExportRepository(*store).record(record);
    Issue spare;
    spare.code = QStringLiteral("ZZ-99");
    spare.title = QStringLiteral("Created by mistake");
    const qint64 spareId = store->issues().insert(spare);
    store->issues().remove(spareId, 1);
    Issue undated;
    undated.code = QStringLiteral("ZZ-100");
    undated.title = QStringLiteral("稀土 export controls");
    store->issues().insert(undated);
    const Issue archived = *store->issues().byId(issues.at(3).id);
    store->issues().setArchived({{archived.id, archived.version}}, true);
    Indicator point;
    point.name = QStringLiteral("Premium");
    point.observedOn = QDate(2025, 7, 1);
    point.value = 0.1 + 0.2;
    point.unit = QStringLiteral("%");
    store->indicators().insert(point);
    return store;
}

using Run = TestSupport::AppRun;
using TestSupport::runApp;

// Rows in every summit table of the store at `location`.
qint64 summitRows(const QString &location)
{
    auto store = openStore(location, Store::OpenMode::ReadOnly);
    qint64 rows = 0;
    for (const KeyedTable &table : summitTables)
        rows +=
            Sql::scalar(store->database(),
                        QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table.table)))
                .toLongLong();
    return rows;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

class TestCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void copyKeepsEveryRowIdAndDerivedSum();
    void copyComesBackIntoAFileUnchanged();
    void newRowsAfterTheCopyTakeFreshIds();
    void targetWithRowsIsRefusedUntouched();
    void existingFileIsRefusedUntouched();
    void teamDatabaseWithTheSchemaOnlyIsAccepted();
    void rowTheTargetRefusesLeavesItEmpty();
    void commandPrintsOneLine();
    void commandRefusesNonEmptyTargetInOneLine();
    void commandNeedsBothStores();

private:
    QTemporaryDir m_dir;
};

void TestCopy::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCopy::copyKeepsEveryRowIdAndDerivedSum()
{
    const QString sourcePath = m_dir.filePath(QStringLiteral("rows.db"));
    auto source = richSource(sourcePath);
    source->close();
    const QByteArray sourceBytes = TestSupport::fileHash(sourcePath);
    Target target;
    const QList<SummitCopy::TableCount> counts = SummitCopy::copy(sourcePath, target.location());
    QCOMPARE(TestSupport::fileHash(sourcePath), sourceBytes); // read, never upgraded or logged to
    source = openStore(sourcePath);
    QCOMPARE(SummitCopy::rowsOf(counts, QStringLiteral("status_change")),
             source->history().count());
    QCOMPARE(
        SummitCopy::rowsOf(counts, QStringLiteral("issue")),
        Sql::scalar(source->database(), QStringLiteral("SELECT COUNT(*) FROM issue")).toLongLong());
    auto copy = openStore(target.location());
    compareStores(*source, *copy);
}

void TestCopy::copyComesBackIntoAFileUnchanged()
{
    const QString sourcePath = m_dir.filePath(QStringLiteral("trip.db"));
    richSource(sourcePath)->close();
    Target middle;
    SummitCopy::copy(sourcePath, middle.location());
    Target back(false);
    SummitCopy::copy(middle.location(), back.location());
    auto source = openStore(sourcePath);
    auto copy = openStore(back.location());
    compareStores(*source, *copy);
}

void TestCopy::newRowsAfterTheCopyTakeFreshIds()
{
    const QString sourcePath = m_dir.filePath(QStringLiteral("fresh.db"));
    richSource(sourcePath)->close();
    Target target;
    SummitCopy::copy(sourcePath, target.location());
    auto copy = openStore(target.location());
    const qint64 maxIssue =
        Sql::scalar(copy->database(), QStringLiteral("SELECT MAX(id) FROM issue")).toLongLong();
    const qint64 maxChange =
        Sql::scalar(copy->database(), QStringLiteral("SELECT MAX(id) FROM status_change"))
            .toLongLong();
    Issue issue;
    issue.code = QStringLiteral("NEW-01");
    issue.title = QStringLiteral("Added after the move");
    const qint64 id = copy->issues().insert(issue);
    QVERIFY(id > maxIssue);
    copy->issues().changeStatus(id, Status::Open, 1, QStringLiteral("tabled"));
    const QList<StatusChange> history = copy->history().forIssue(id);
    QCOMPARE(history.size(), 2);
    QVERIFY(history.first().id > maxChange);
    Actor actor;
    actor.name = QStringLiteral("New delegate");
    actor.kind = QStringLiteral("person");
    actor.bloc = QStringLiteral("EU");
    const qint64 actorId = copy->actors().insert(actor);
    Position position;
    position.issueId = id;
    position.actorId = actorId;
    position.position = 40;
    position.salience = 50;
    position.clout = 60;
    QVERIFY(copy->positions().insert(position) > 0);
}

void TestCopy::targetWithRowsIsRefusedUntouched()
{
    if (!onPostgreSQL())
        QSKIP("a team database target: see existingFileIsRefusedUntouched for files");
    const QString sourcePath = m_dir.filePath(QStringLiteral("busy-source.db"));
    richSource(sourcePath)->close();
    Target target;
    Issue colleagues;
    colleagues.code = QStringLiteral("KEEP-01");
    colleagues.title = QStringLiteral("A colleague's issue");
    openStore(target.location(), Store::OpenMode::CreateIfMissing)->issues().insert(colleagues);
    const QStringList before =
        rowsOf(*openStore(target.location()), QStringLiteral("issue"), QStringLiteral("id"));
    try {
        SummitCopy::copy(sourcePath, target.location());
        QFAIL("a database holding a summit was copied into");
    } catch (const StoreError &error) {
        QVERIFY2(error.message().contains(QLatin1String("already holds a summit")),
                 qPrintable(error.message()));
    }
    auto after = openStore(target.location());
    QCOMPARE(rowsOf(*after, QStringLiteral("issue"), QStringLiteral("id")), before);
    QCOMPARE(after->history().count(), 1);
}

void TestCopy::existingFileIsRefusedUntouched()
{
    const QString sourcePath = m_dir.filePath(QStringLiteral("any-source.db"));
    richSource(sourcePath)->close();
    QTemporaryDir dir;
    const QString existing = dir.filePath(QStringLiteral("existing.db"));
    openStore(existing, Store::OpenMode::CreateIfMissing)->close();
    const QByteArray hash = TestSupport::fileHash(existing);
    const QStringList files = filesIn(dir.path());
    QVERIFY_THROWS_EXCEPTION(StoreError, SummitCopy::copy(sourcePath, existing));
    QCOMPARE(TestSupport::fileHash(existing), hash);
    QCOMPARE(filesIn(dir.path()), files);
}

void TestCopy::teamDatabaseWithTheSchemaOnlyIsAccepted()
{
    if (!onPostgreSQL())
        QSKIP("a team database with the schema and no rows; a file target must be new");
    const QString sourcePath = m_dir.filePath(QStringLiteral("schema-only.db"));
    richSource(sourcePath)->close();
    Target target;
    openStore(target.location(), Store::OpenMode::CreateIfMissing)->close();
    SummitCopy::copy(sourcePath, target.location());
    compareStores(*openStore(sourcePath), *openStore(target.location()));
}

void TestCopy::rowTheTargetRefusesLeavesItEmpty()
{
    // The last history entry points at an issue that is not there (written with
    // foreign keys off, as another program could): every target refuses it,
    // after the actors, issues and positions have been written.
    const QString sourcePath = m_dir.filePath(QStringLiteral("dangling.db"));
    richSource(sourcePath)->close();
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dangling"));
        db.setDatabaseName(sourcePath);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY2(query.exec(QStringLiteral(
                     "INSERT INTO status_change (id, issue_id, from_status, to_status, "
                     "changed_at, changed_by, reason) VALUES (100000, 99999, NULL, 1, "
                     "'2025-07-01T00:00:00.000Z', 'someone', '')")),
                 qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dangling"));
    Target target;
    const QStringList filesBefore = filesIn(target.dir());
    try {
        SummitCopy::copy(sourcePath, target.location());
        QFAIL("a history entry of no issue was copied");
    } catch (const StoreError &error) {
        QVERIFY2(error.kind() == StoreError::Kind::Invalid, qPrintable(error.message()));
    }
    if (onPostgreSQL())
        QCOMPARE(summitRows(target.location()), 0);
    else
        QVERIFY(!QFileInfo::exists(target.location()));
    QCOMPARE(filesIn(target.dir()), filesBefore);
}

void TestCopy::commandPrintsOneLine()
{
    const QString sourcePath = m_dir.filePath(QStringLiteral("cli.db"));
    richSource(sourcePath)->close();
    Target target;
    const Run run = runApp({QStringLiteral("copy"), QStringLiteral("--from"), sourcePath,
                            QStringLiteral("--to"), target.location()});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count(QLatin1Char('\n')), 1);
    const qint64 history = openStore(sourcePath)->history().count();
    const qsizetype links = LinkRepository(*openStore(sourcePath)).all().size();
    QVERIFY(links > 1);
    QVERIFY2(run.out.startsWith(
                 QStringLiteral("Copied %1 to %2: 13 issues, ").arg(sourcePath, target.location())),
             qPrintable(run.out));
    QVERIFY2(
        run.out.contains(
            QStringLiteral(" %1 status changes, %2 links, 1 saved view, ").arg(history).arg(links)),
        qPrintable(run.out));
    QCOMPARE(summitRows(target.location()), summitRows(sourcePath));
}

void TestCopy::commandRefusesNonEmptyTargetInOneLine()
{
    const QString sourcePath = m_dir.filePath(QStringLiteral("cli-refused.db"));
    richSource(sourcePath)->close();
    Target target;
    QVERIFY(runApp({QStringLiteral("copy"), QStringLiteral("--from"), sourcePath,
                    QStringLiteral("--to"), target.location()})
                .exitCode == 0);
    const qint64 rows = summitRows(target.location());
    const Run again = runApp({QStringLiteral("copy"), QStringLiteral("--from"), sourcePath,
                              QStringLiteral("--to"), target.location()});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.out, QString());
    QCOMPARE(again.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(again.err.startsWith(QLatin1String("summit-brief: ")), qPrintable(again.err));
    QVERIFY2(again.err.contains(QLatin1String("nothing was copied")), qPrintable(again.err));
    QCOMPARE(summitRows(target.location()), rows);
}

void TestCopy::commandNeedsBothStores()
{
    const Run noTarget = runApp(
        {QStringLiteral("copy"), QStringLiteral("--from"), m_dir.filePath(QStringLiteral("x.db"))});
    QCOMPARE(noTarget.exitCode, 2);
    QCOMPARE(noTarget.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(noTarget.err.contains(QLatin1String("--from SOURCE and --to TARGET")),
             qPrintable(noTarget.err));
    const QString missing = m_dir.filePath(QStringLiteral("missing.db"));
    const QString target = m_dir.filePath(QStringLiteral("never.db"));
    const Run noSource = runApp({QStringLiteral("copy"), QStringLiteral("--from"), missing,
                                 QStringLiteral("--to"), target});
    QCOMPARE(noSource.exitCode, 1);
    QCOMPARE(noSource.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(noSource.err.contains(missing), qPrintable(noSource.err));
    QVERIFY(!QFileInfo::exists(target));
}

QTEST_GUILESS_MAIN(TestCopy)
#include "test_copy.moc"
