#include "TestSupport.h"

#include "domain/FieldLimits.h"
#include "store/ActorRepository.h"
#include "store/HistoryRepository.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/Sql.h"
#include "store/Store.h"
#include "store/StoreLocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <optional>

Q_DECLARE_METATYPE(StoreError::Kind)

namespace {

// A plain QSqlDatabase connection, for writing files the way another program (or
// an older or newer Summit Brief) would, and for reading them without the Store.
class RawDb
{
public:
    // `path` is a file or, on PostgreSQL, the team database's URL.
    explicit RawDb(const QString &path, bool readOnly = false)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        const StoreLocation where = StoreLocation::parse(path);
        m_postgres = where.isPostgreSQL();
        if (m_postgres) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            db.setHostName(where.host());
            db.setPort(where.port());
            db.setDatabaseName(where.database());
            db.setUserName(where.user());
            m_open = db.open() &&
                     (!readOnly ||
                      exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")));
            return;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql) const
    {
        QSqlQuery query(db());
        const bool ok = query.exec(sql);
        if (!ok)
            qWarning() << sql << query.lastError().text();
        return ok;
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }
    // Moves what the WAL holds into the file, so the file's bytes are the content.
    bool checkpoint() const
    {
        return m_postgres || exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    // The names of the tables, indexes or triggers ("table", "index", "trigger").
    QStringList names(const QString &type) const
    {
        QSqlQuery query(db());
        if (!m_postgres)
            query.exec(
                QStringLiteral("SELECT name FROM sqlite_master WHERE type = '%1' ORDER BY name")
                    .arg(type));
        else if (type == QLatin1String("index"))
            query.exec(QStringLiteral("SELECT indexname FROM pg_indexes "
                                      "WHERE schemaname = current_schema() ORDER BY 1"));
        else if (type == QLatin1String("trigger"))
            query.exec(QStringLiteral("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal "
                                      "ORDER BY 1"));
        else
            query.exec(QStringLiteral("SELECT tablename FROM pg_tables "
                                      "WHERE schemaname = current_schema() ORDER BY 1"));
        QStringList list;
        while (query.next())
            list.append(query.value(0).toString());
        return list;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
    bool m_postgres = false;
};

std::optional<StoreError> openError(const QString &path,
                                    Store::OpenMode mode = Store::OpenMode::CreateIfMissing,
                                    int targetVersion = 0)
{
    Store store;
    try {
        store.open(path, mode, targetVersion);
    } catch (const StoreError &error) {
        if (store.isOpen())
            return StoreError(StoreError::Kind::Sql,
                              QStringLiteral("store left open after a refusal"));
        return error;
    }
    return std::nullopt;
}

QStringList tablesOf(const QSqlDatabase &db)
{
    QStringList tables = db.tables();
    tables.sort();
    return tables;
}

QString pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(name)) || !query.next())
        return {};
    return query.value(0).toString();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// Every row of `table` in id order, one line each: equal dumps, equal rows.
QStringList rowsOf(const RawDb &raw, const QString &table)
{
    QSqlQuery query(raw.db());
    query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
    QStringList rows;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.value(i).isNull() ? QStringLiteral("NULL")
                                                  : query.value(i).toString());
        rows.append(values.join(QLatin1Char('|')));
    }
    return rows;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The v2 indexes, named in resources/sql/002_issue_indexes.sql.
const QStringList version2Indexes = {
    QStringLiteral("issue_category"), QStringLiteral("issue_due_date"),
    QStringLiteral("issue_owner"),    QStringLiteral("issue_priority"),
    QStringLiteral("issue_status"),   QStringLiteral("issue_title")};

// A store of 200 issues whose rows fill most pages, so the middle page of the
// file is one of the issue table's.
void writeIssueHeavyDatabase(const TestSupport::TempDatabase &temp)
{
    auto store = temp.open();
    const QString background(3000, QLatin1Char('b'));
    for (int i = 0; i < 200; ++i) {
        Issue issue;
        issue.code = QStringLiteral("IS-%1").arg(i, 3, 10, QLatin1Char('0'));
        issue.title = QStringLiteral("Issue %1").arg(i);
        issue.background = background;
        store->issues().insert(issue);
    }
}

// Garbage over `count` pages in the middle of the file, written in place.
bool overwriteMiddlePages(const QString &path, int count)
{
    int pageSize = 0;
    {
        RawDb raw(path, true);
        pageSize = raw.scalar(QStringLiteral("PRAGMA page_size")).toInt();
    }
    QFile file(path);
    if (pageSize < 512 || !file.open(QIODevice::ReadWrite))
        return false;
    const qint64 pages = file.size() / pageSize;
    QRandomGenerator random(20250724);
    QByteArray garbage(pageSize * count, Qt::Uninitialized);
    for (char &byte : garbage)
        byte = char(random.bounded(256));
    return pages > count * 4 && file.seek((pages / 2) * pageSize) &&
           file.write(garbage) == garbage.size();
}

enum class Damage
{
    TextFile,
    EmptyFile,
    TruncatedHalf,
    Truncated50Bytes,
    HeaderOnly,
    CorruptSchemaPage,
    ForeignSqlite,
    ForeignSqliteWal
};

} // namespace

Q_DECLARE_METATYPE(Damage)

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void freshFileIsLatest();
    void openAtTargetVersionStopsThere();
    void upgradeKeepsDataAndBacksUp_data();
    void upgradeKeepsDataAndBacksUp();
    void upToDateFileIsNotBackedUp();
    void refusesNewerVersion();
    void refusesWhatIsNotOurDatabase_data();
    void refusesWhatIsNotOurDatabase();
    void corruptPageIsReportedNotRepaired();
    void damagedFileIsRefusedOnOpenNamingItsBackups();
    void damageFoundLaterStopsWrites();
    void backupsAreKeptToTheLastFew();
    void codesDifferingOnlyInCaseRefuseTheUpgrade();
    void anyBlocAfterUpgradeKeepsActorsPositionsAndHistory();
    void decisionRulesAfterUpgradeKeepRowsAndGiveDefaults();
    void upgradeLeavingADanglingRowIsRolledBack();
    void readOnlyOpenNeverUpgradesOrWrites();
    void missingFileWithExistingOnly();
    void cannotCreate_data();
    void cannotCreate();

private:
    // A database with the demo scenario at latest version, closed, in its own folder.
    QString realDatabase();

    QTemporaryDir m_shared;
    QString m_realDatabase;
};

void TestMigrations::initTestCase()
{
    QVERIFY(m_shared.isValid());
    QVERIFY(Store::latestSchemaVersion() >= 2);
}

QString TestMigrations::realDatabase()
{
    if (m_realDatabase.isEmpty()) {
        const QString path = m_shared.filePath(QStringLiteral("demo.db"));
        TestSupport::TempDatabase temp;
        temp.open(true)->close();
        if (QFile::copy(temp.path(), path))
            m_realDatabase = path;
    }
    return m_realDatabase;
}

void TestMigrations::freshFileIsLatest()
{
    TestSupport::TempDatabase temp;
    if (!temp.isPostgreSQL())
        QVERIFY(!QFileInfo::exists(temp.path()));
    Store store;
    store.open(temp.path());
    QVERIFY(store.isOpen());
    if (!temp.isPostgreSQL())
        QVERIFY(QFileInfo::exists(temp.path()));
    QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
    // A new file has nothing to back up.
    QVERIFY(store.lastBackupPath().isEmpty());

    const QStringList expected = {QStringLiteral("actor"),     QStringLiteral("event"),
                                  QStringLiteral("indicator"), QStringLiteral("issue"),
                                  QStringLiteral("position"),  QStringLiteral("schema_migration"),
                                  QStringLiteral("settings"),  QStringLiteral("status_change")};
    const QStringList tables = tablesOf(store.database());
    for (const QString &table : expected)
        QVERIFY2(tables.contains(table), qPrintable(table));

    if (!temp.isPostgreSQL()) {
        QCOMPARE(pragma(store.database(), QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(store.database(), QStringLiteral("journal_mode")), QStringLiteral("wal"));
    }

    // Every migration is recorded once.
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT version FROM schema_migration ORDER BY version")));
    QList<int> versions;
    while (query.next())
        versions.append(query.value(0).toInt());
    QList<int> all;
    for (int v = 1; v <= Store::latestSchemaVersion(); ++v)
        all.append(v);
    QCOMPARE(versions, all);

    RawDb raw(temp.path(), true);
    const QStringList indexes = raw.names(QStringLiteral("index"));
    for (const QString &index : version2Indexes)
        QVERIFY2(indexes.contains(index), qPrintable(index));
    const QStringList triggers = raw.names(QStringLiteral("trigger"));
    QVERIFY(triggers.contains(QStringLiteral("status_change_no_update")));
    QVERIFY(triggers.contains(QStringLiteral("status_change_no_delete")));
}

void TestMigrations::openAtTargetVersionStopsThere()
{
    TestSupport::TempDatabase temp;
    Store store;
    store.open(temp.path(), Store::OpenMode::CreateIfMissing, 1);
    QCOMPARE(store.schemaVersion(), 1);
    RawDb raw(temp.path(), true);
    const QStringList indexes = raw.names(QStringLiteral("index"));
    for (const QString &index : version2Indexes)
        QVERIFY2(!indexes.contains(index), qPrintable(index));
    QVERIFY(tablesOf(store.database()).contains(QStringLiteral("issue")));
}

void TestMigrations::upgradeKeepsDataAndBacksUp_data()
{
    QTest::addColumn<int>("fromVersion");
    for (int v = 1; v < Store::latestSchemaVersion(); ++v)
        QTest::addRow("from v%d", v) << v;
}

void TestMigrations::upgradeKeepsDataAndBacksUp()
{
    QFETCH(int, fromVersion);
    TestSupport::TempDatabase temp;
    const QString path = temp.path();

    // Data written with the version-1 columns, as an older Summit Brief would.
    {
        Store store;
        store.open(path, Store::OpenMode::CreateIfMissing, fromVersion);
        QCOMPARE(store.schemaVersion(), fromVersion);
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO actor (id, name, kind, bloc, updated_at) "
            "VALUES (1, 'Stéphane Séjourné', 'person', 'EU', '2025-07-01T10:00:00.000Z')")));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO issue (id, code, title, status, priority, due_date, "
                           "created_at, updated_at) "
                           "VALUES (1, 'RE-01', 'Rare earths: 王毅', 3, 2, '2025-07-18', "
                           "'2025-07-01T10:00:00.000Z', '2025-07-01T10:00:00.000Z')")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO position (issue_id, actor_id, stance, position, salience, clout, "
            "updated_at) "
            "VALUES (1, 1, 'Lift the controls', 90, 80, 70, '2025-07-01T10:00:00.000Z')")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO status_change (issue_id, from_status, to_status, changed_at, changed_by, "
            "reason) "
            "VALUES (1, NULL, 3, '2025-07-01T10:00:00.000Z', 'desk.officer', 'Created')")));
        QVERIFY(store.lastBackupPath().isEmpty());
    }
    Store store;
    store.open(path);
    QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());

    // The data survived.
    const std::optional<Issue> issue = store.issues().byCode(QStringLiteral("RE-01"));
    QVERIFY(issue);
    QCOMPARE(issue->title, QStringLiteral("Rare earths: 王毅"));
    QCOMPARE(issue->status, Status::InNegotiation);
    QCOMPARE(issue->priority, Priority::High);
    QCOMPARE(issue->dueDate, QDate(2025, 7, 18));
    const QList<Position> positions = store.positions().forIssue(issue->id);
    QCOMPARE(positions.size(), 1);
    QCOMPARE(positions.first().actorName, QStringLiteral("Stéphane Séjourné"));
    QCOMPARE(positions.first().position, 90);
    QCOMPARE(store.history().forIssue(issue->id).size(), 1);

    // The new version's indexes exist.
    {
        RawDb raw(path, true);
        const QStringList indexes = raw.names(QStringLiteral("index"));
        for (const QString &index : version2Indexes)
            QVERIFY2(indexes.contains(index), qPrintable(index));
    }
    if (temp.isPostgreSQL()) {
        // The server keeps its own backups; a team database's upgrade writes no file.
        QVERIFY(store.lastBackupPath().isEmpty());
        return;
    }

    // A backup of the old file sits next to it, named after the old version.
    const QString backup = store.lastBackupPath();
    QVERIFY(!backup.isEmpty());
    QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(path).absolutePath());
    const QRegularExpression pattern(
        QStringLiteral("^%1\\.backup-v%2-.+\\.db$")
            .arg(QRegularExpression::escape(QFileInfo(path).fileName()))
            .arg(fromVersion));
    QVERIFY2(pattern.match(QFileInfo(backup).fileName()).hasMatch(), qPrintable(backup));
    const QStringList backups =
        QDir(temp.dir())
            .entryList({QStringLiteral("test.db.backup-v%1-*.db").arg(fromVersion)}, QDir::Files);
    QCOMPARE(backups.size(), 1);

    // The backup is a database of the old version, holding the data.
    {
        RawDb raw(backup, true);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT MAX(version) FROM schema_migration")).toInt(),
                 fromVersion);
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT title FROM issue WHERE code = 'RE-01'")).toString(),
            QStringLiteral("Rare earths: 王毅"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM position")).toInt(), 1);
        const QStringList indexes = raw.names(QStringLiteral("index"));
        if (fromVersion < 2)
            QVERIFY(!indexes.contains(QStringLiteral("issue_title")));
    }
    // ...and the Store itself opens it as that version.
    Store old;
    old.open(backup, Store::OpenMode::ExistingOnly, fromVersion);
    QCOMPARE(old.schemaVersion(), fromVersion);
    // Read with SQL: the repositories read the latest version's columns.
    QSqlQuery oldIssue(old.database());
    QVERIFY(oldIssue.exec(QStringLiteral("SELECT title FROM issue WHERE code = 'RE-01'")));
    QVERIFY(oldIssue.next());
    QCOMPARE(oldIssue.value(0).toString(), QStringLiteral("Rare earths: 王毅"));
}

void TestMigrations::upToDateFileIsNotBackedUp()
{
    SKIP_ON_POSTGRESQL("the backup file an upgrade leaves beside the file");
    TestSupport::TempDatabase temp;
    {
        Store store;
        store.open(temp.path(), Store::OpenMode::CreateIfMissing, 1);
    }
    {
        Store store;
        store.open(temp.path());
        QVERIFY(!store.lastBackupPath().isEmpty());
    }
    Store store;
    store.open(temp.path());
    QVERIFY(store.lastBackupPath().isEmpty());
    QCOMPARE(QDir(temp.dir()).entryList({QStringLiteral("*.backup-*")}, QDir::Files).size(), 1);
}

void TestMigrations::refusesNewerVersion()
{
    TestSupport::TempDatabase temp;
    const QString path = temp.path();
    {
        auto store = temp.open();
        Issue issue;
        issue.code = QStringLiteral("RE-01");
        issue.title = QStringLiteral("Rare earths");
        store->issues().insert(issue);
    }
    const int newer = Store::latestSchemaVersion() + 1;
    {
        RawDb raw(path);
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO schema_migration (version, applied_at) "
                                        "VALUES (%1, '2030-01-01T00:00:00.000Z')")
                             .arg(newer)));
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    const QByteArray before = TestSupport::databaseHash(path);
    QVERIFY(!before.isEmpty());

    for (Store::OpenMode mode : {Store::OpenMode::CreateIfMissing, Store::OpenMode::ExistingOnly}) {
        const std::optional<StoreError> error = openError(path, mode);
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::NewerVersion);
        QVERIFY2(error->message().contains(QDir::toNativeSeparators(path)),
                 qPrintable(error->message()));
        QVERIFY2(error->message().contains(QString::number(newer)), qPrintable(error->message()));
    }
    QCOMPARE(TestSupport::databaseHash(path), before);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
    QVERIFY(QDir(temp.dir()).entryList({QStringLiteral("*.backup-*")}, QDir::Files).isEmpty());
}

void TestMigrations::refusesWhatIsNotOurDatabase_data()
{
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<QString>("hint");
    QTest::newRow("text file") << Damage::TextFile << QStringLiteral("not an SQLite file");
    QTest::newRow("empty file") << Damage::EmptyFile << QStringLiteral("empty");
    QTest::newRow("truncated to half") << Damage::TruncatedHalf << QStringLiteral("truncated");
    QTest::newRow("truncated to 50 bytes")
        << Damage::Truncated50Bytes << QStringLiteral("truncated");
    QTest::newRow("header only") << Damage::HeaderOnly << QStringLiteral("truncated");
    QTest::newRow("corrupt schema page")
        << Damage::CorruptSchemaPage << QStringLiteral("is damaged");
    QTest::newRow("another program's database")
        << Damage::ForeignSqlite << QStringLiteral("another program");
    QTest::newRow("another program's WAL database")
        << Damage::ForeignSqliteWal << QStringLiteral("another program");
}

void TestMigrations::refusesWhatIsNotOurDatabase()
{
    SKIP_ON_POSTGRESQL("files that are not SQLite databases");
    QFETCH(Damage, damage);
    QFETCH(QString, hint);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("victim.db"));

    switch (damage) {
    case Damage::TextFile:
        QVERIFY(writeFile(path, "Minutes of the Brussels talks\nKallas, Wang Yi\n"));
        break;
    case Damage::EmptyFile:
        QVERIFY(writeFile(path, QByteArray()));
        break;
    case Damage::TruncatedHalf: {
        const QByteArray bytes = readFile(realDatabase());
        QVERIFY(bytes.size() > 8192);
        QVERIFY(writeFile(path, bytes.left(bytes.size() / 2)));
        break;
    }
    case Damage::Truncated50Bytes:
        QVERIFY(writeFile(path, readFile(realDatabase()).left(50)));
        break;
    case Damage::HeaderOnly:
        QVERIFY(writeFile(path, readFile(realDatabase()).left(100)));
        break;
    case Damage::CorruptSchemaPage: {
        // Garbage over the schema table on page 1, just after the 100-byte header.
        QByteArray bytes = readFile(realDatabase());
        for (int i = 100; i < 1000; ++i)
            bytes[i] = char(0xA5 ^ i);
        QVERIFY(writeFile(path, bytes));
        break;
    }
    case Damage::ForeignSqlite:
    case Damage::ForeignSqliteWal: {
        RawDb raw(path);
        QVERIFY(raw.isOpen());
        if (damage == Damage::ForeignSqliteWal)
            QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE foo (id INTEGER PRIMARY KEY, bar TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO foo (bar) VALUES ('keep me')")));
        break;
    }
    }
    QVERIFY(QFileInfo::exists(path));
    const QByteArray before = TestSupport::databaseHash(path);
    const qint64 sizeBefore = QFileInfo(path).size();

    for (Store::OpenMode mode : {Store::OpenMode::CreateIfMissing, Store::OpenMode::ExistingOnly}) {
        const std::optional<StoreError> error = openError(path, mode);
        QVERIFY2(error, "the file was accepted");
        QVERIFY2(error->kind() == StoreError::Kind::NotADatabase, qPrintable(error->message()));
        QVERIFY2(error->message().contains(QDir::toNativeSeparators(path)),
                 qPrintable(error->message()));
        QVERIFY2(error->message().contains(hint), qPrintable(error->message()));
    }

    QCOMPARE(TestSupport::databaseHash(path), before);
    QCOMPARE(QFileInfo(path).size(), sizeBefore);
    // Nothing was created beside it: no journal, no WAL, no backup.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("victim.db")});
}

// Garbage over a whole page of table data in the middle of the file. The header
// and the schema are intact, so SQLite cannot tell at open: the Store opens it and
// the first read of that page throws a NotADatabase StoreError ("database disk
// image is malformed"). Nothing tries to repair it: the bytes stay as they were.
void TestMigrations::corruptPageIsReportedNotRepaired()
{
    SKIP_ON_POSTGRESQL("a damaged page in the file");
    TestSupport::TempDatabase temp;
    const QString path = temp.path();
    {
        auto store = temp.open();
        // Mostly issue rows, so the middle page is one of the issue table's.
        const QString background(3000, QLatin1Char('b'));
        for (int i = 0; i < 200; ++i) {
            Issue issue;
            issue.code = QStringLiteral("IS-%1").arg(i, 3, 10, QLatin1Char('0'));
            issue.title = QStringLiteral("Issue %1").arg(i);
            issue.background = background;
            store->issues().insert(issue);
        }
    }
    const QString pageSizeText = [&] {
        RawDb raw(path, true);
        return raw.scalar(QStringLiteral("PRAGMA page_size")).toString();
    }();
    const int pageSize = pageSizeText.toInt();
    QVERIFY(pageSize >= 512);
    QByteArray bytes = readFile(path);
    const int pages = int(bytes.size() / pageSize);
    QVERIFY(pages > 100);
    const int page = pages / 2;
    QRandomGenerator random(20250724);
    for (int i = 0; i < pageSize; ++i)
        bytes[page * pageSize + i] = char(random.bounded(256));
    QVERIFY(writeFile(path, bytes));
    const QByteArray before = TestSupport::databaseHash(path);

    for (int attempt = 0; attempt < 2; ++attempt) {
        Store store;
        std::optional<StoreError> error;
        try {
            store.open(path, Store::OpenMode::ExistingOnly);
            store.issues().all();
        } catch (const StoreError &caught) {
            error = caught;
        }
        QVERIFY2(error, "a corrupt page was read without an error");
        QVERIFY2(error->kind() == StoreError::Kind::NotADatabase, qPrintable(error->message()));
        QVERIFY2(!error->message().isEmpty(), "no message");
        store.close();
        QCOMPARE(TestSupport::databaseHash(path), before);
    }
    QVERIFY(QDir(temp.dir()).entryList({QStringLiteral("*.backup-*")}, QDir::Files).isEmpty());
}

// Pages overwritten in the middle pass the header and schema checks; the check on
// open finds them and refuses the file untouched, saying what to do.
void TestMigrations::damagedFileIsRefusedOnOpenNamingItsBackups()
{
    SKIP_ON_POSTGRESQL("a damaged file and its backups");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("victim.db"));
    QVERIFY(QFile::copy(realDatabase(), path));
    // A sound backup from earlier, as an upgrade would have left.
    const QString backup = path + QStringLiteral(".backup-v3-20250701-120000.db");
    QVERIFY(QFile::copy(realDatabase(), backup));
    QVERIFY(overwriteMiddlePages(path, 3));
    const QByteArray before = TestSupport::databaseHash(path);

    for (Store::OpenMode mode : {Store::OpenMode::ExistingOnly, Store::OpenMode::CreateIfMissing,
                                 Store::OpenMode::ReadOnly, Store::OpenMode::NoUpgrade}) {
        const std::optional<StoreError> error = openError(path, mode);
        QVERIFY2(error, "a damaged file was opened");
        QVERIFY2(error->kind() == StoreError::Kind::NotADatabase, qPrintable(error->message()));
        QVERIFY2(error->message().contains(QDir::toNativeSeparators(path)),
                 qPrintable(error->message()));
        QVERIFY2(error->message().contains(QLatin1String("damaged")), qPrintable(error->message()));
        QVERIFY2(error->message().contains(QFileInfo(backup).fileName()),
                 qPrintable(error->message()));
    }
    QCOMPARE(TestSupport::databaseHash(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             (QStringList{QStringLiteral("victim.db"), QFileInfo(backup).fileName()}));
}

// Damage the open-time check did not see (the file changed under an open store):
// the error names the file and what to do, and nothing more is written to it.
void TestMigrations::damageFoundLaterStopsWrites()
{
    SKIP_ON_POSTGRESQL("a file damaged while it is open");
    TestSupport::TempDatabase temp;
    const QString path = temp.path();
    writeIssueHeavyDatabase(temp);
    Store store;
    store.setUserName(QStringLiteral("desk.officer"));
    store.open(path, Store::OpenMode::ExistingOnly);
    const Issue issue = *store.issues().byCode(QStringLiteral("IS-000"));
    QVERIFY(overwriteMiddlePages(path, 2));
    // Drop the pages the open-time check left in this connection's cache.
    QSqlQuery(store.database()).exec(QStringLiteral("PRAGMA shrink_memory"));
    const QByteArray damaged = TestSupport::databaseHash(path);

    std::optional<StoreError> error;
    try {
        store.issues().all();
    } catch (const StoreError &caught) {
        error = caught;
    }
    QVERIFY2(error, "a damaged page was read without an error");
    QCOMPARE(error->kind(), StoreError::Kind::NotADatabase);
    QVERIFY2(error->message().contains(QDir::toNativeSeparators(path)),
             qPrintable(error->message()));
    QVERIFY2(error->message().contains(QLatin1String("damaged")), qPrintable(error->message()));
    QVERIFY2(error->message().contains(QLatin1String("backup")), qPrintable(error->message()));

    // Writes are refused from then on, on pages that are sound too.
    const QList<std::function<void()>> writes = {
        [&] {
            store.issues().setField(issue.id, IssueField::Owner, QStringLiteral("x"),
                                    issue.version);
        },
        [&] {
            store.issues().changeStatus(issue.id, Status::Raised, issue.version,
                                        QStringLiteral("Raised"));
        },
        [&] {
            Sql::exec(store.database(),
                      QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')"));
        },
    };
    for (const auto &write : writes) {
        std::optional<StoreError> refused;
        try {
            write();
        } catch (const StoreError &caught) {
            refused = caught;
        }
        QVERIFY(refused);
        QVERIFY2(refused->message().contains(QLatin1String("damaged")),
                 qPrintable(refused->message()));
    }
    store.close();
    QCOMPARE(TestSupport::databaseHash(path), damaged);
}

// Each upgrade leaves a backup; only the newest few are kept, and what a killed
// copy left under its temporary name is cleared.
void TestMigrations::backupsAreKeptToTheLastFew()
{
    SKIP_ON_POSTGRESQL("the backup files beside the file");
    TestSupport::TempDatabase temp;
    const QString path = temp.path();
    {
        Store store;
        store.open(path, Store::OpenMode::CreateIfMissing, 3);
    }
    const QDir dir(temp.dir());
    QStringList old;
    for (int day = 1; day <= 4; ++day) {
        old.append(path + QStringLiteral(".backup-v2-2025070%1-120000.db").arg(day));
        QVERIFY(QFile::copy(path, old.last()));
    }
    const QString leftover = path + QStringLiteral(".backup-v3-20250705-120000.db.partial");
    QVERIFY(writeFile(leftover, "half a backup"));
    QVERIFY(writeFile(leftover + QStringLiteral("-journal"), "its journal"));
    // Another file's backup is not this file's to remove.
    const QString otherBackup =
        dir.filePath(QStringLiteral("other.db.backup-v1-20200101-120000.db"));
    QVERIFY(writeFile(otherBackup, "other"));

    Store store;
    store.open(path);
    const QString backup = store.lastBackupPath();
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(Store::backupsOf(path), (QStringList{backup, old.at(3), old.at(2)}));
    QCOMPARE(Store::backupsKept, 3);
    QStringList expected = {QFileInfo(path).fileName(), QFileInfo(backup).fileName(),
                            QFileInfo(old.at(2)).fileName(), QFileInfo(old.at(3)).fileName(),
                            QFileInfo(otherBackup).fileName()};
    QStringList files = dir.entryList(QDir::Files);
    files.removeAll(QFileInfo(path).fileName() + QStringLiteral("-wal"));
    files.removeAll(QFileInfo(path).fileName() + QStringLiteral("-shm"));
    expected.sort();
    QCOMPARE(files, expected);
    RawDb raw(backup, true);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT MAX(version) FROM schema_migration")).toInt(), 3);
}

// Codes become unique regardless of case; a file holding RE-01 and re-01 cannot
// be upgraded, and says which codes clash, before anything is written.
void TestMigrations::codesDifferingOnlyInCaseRefuseTheUpgrade()
{
    TestSupport::TempDatabase temp;
    const QString path = temp.path();
    {
        Store store;
        store.open(path, Store::OpenMode::CreateIfMissing, 4);
        for (const QString &code :
             {QStringLiteral("ZZ-01"), QStringLiteral("zz-01"), QStringLiteral("RE-01"),
              QStringLiteral("Re-01"), QStringLiteral("DR-01")}) {
            Sql::exec(store.database(),
                      QStringLiteral("INSERT INTO issue (code, title, status, priority, "
                                     "created_at, updated_at) VALUES (?, 't', 0, 1, ?, ?)"),
                      {code, Sql::now(), Sql::now()});
        }
    }
    {
        RawDb raw(path);
        QVERIFY(raw.checkpoint());
    }
    const QByteArray before = TestSupport::databaseHash(path);
    const std::optional<StoreError> error = openError(path, Store::OpenMode::ExistingOnly);
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    for (const QString &code :
         {QStringLiteral("ZZ-01"), QStringLiteral("zz-01"), QStringLiteral("RE-01"),
          QStringLiteral("Re-01"), QDir::toNativeSeparators(path)})
        QVERIFY2(error->message().contains(code), qPrintable(error->message()));
    QVERIFY2(!error->message().contains(QLatin1String("DR-01")), qPrintable(error->message()));
    QCOMPARE(TestSupport::databaseHash(path), before);
    QVERIFY(Store::backupsOf(path).isEmpty());
    RawDb raw(path, true);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT MAX(version) FROM schema_migration")).toInt(), 4);
}

// Version 7 rebuilds the actor table to drop its list of blocs. With foreign keys
// on, dropping the old table would have deleted every position with it.
void TestMigrations::anyBlocAfterUpgradeKeepsActorsPositionsAndHistory()
{
    SKIP_ON_POSTGRESQL("migration 7 rebuilds the actor table with PRAGMA foreign_keys off");
    TestSupport::TempDatabase temp;
    const QString path = temp.path();
    {
        Store store;
        store.open(path, Store::OpenMode::CreateIfMissing, 6);
        const QSqlDatabase db = store.database();
        const QString now = Sql::now();
        Sql::exec(db,
                  QStringLiteral("INSERT INTO actor (id, name, kind, bloc, role, updated_at) "
                                 "VALUES (1, 'EEAS', 'institution', 'EU', 'HR/VP', ?), "
                                 "(4, 'MOFCOM', 'institution', 'China', '', ?), "
                                 "(9, 'Tokyo', 'delegation', 'Japan', '', ?)"),
                  {now, now, now});
        for (const QString &code : {QStringLiteral("RE-01"), QStringLiteral("TR-02")})
            Sql::exec(db,
                      QStringLiteral("INSERT INTO issue (code, title, status, priority, "
                                     "created_at, updated_at) VALUES (?, 't', 1, 1, ?, ?)"),
                      {code, now, now});
        Sql::exec(db,
                  QStringLiteral("INSERT INTO position (issue_id, actor_id, stance, position, "
                                 "salience, clout, updated_at) VALUES "
                                 "(1, 1, 'firm', 90, 80, 50, 'x'), (1, 4, 'no', 20, 90, 90, 'x'), "
                                 "(2, 4, '', 40, 20, 50, 'x'), (2, 9, '', 70, 50, 50, 'x')"));
        Sql::exec(db, QStringLiteral("INSERT INTO status_change (issue_id, from_status, to_status, "
                                     "changed_at, changed_by, reason) VALUES "
                                     "(1, NULL, 1, '2025-07-01T09:00:00.000Z', 'desk', ''), "
                                     "(2, NULL, 1, '2025-07-01T10:00:00.000Z', 'desk', ''), "
                                     "(1, 1, 3, '2025-07-03T09:00:00.000Z', 'desk', 'raised')"));
        Sql::exec(db, QStringLiteral("UPDATE issue SET archived_at = '2025-07-04T09:00:00.000Z' "
                                     "WHERE code = 'TR-02'"));
    }
    QStringList actors, positions, history, issues;
    {
        RawDb raw(path, true);
        actors = rowsOf(raw, QStringLiteral("actor"));
        positions = rowsOf(raw, QStringLiteral("position"));
        history = rowsOf(raw, QStringLiteral("status_change"));
        issues = rowsOf(raw, QStringLiteral("issue"));
    }
    QCOMPARE(actors.size(), 3);
    QCOMPARE(positions.size(), 4);

    Store store;
    store.open(path);
    QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
    QVERIFY(!store.lastBackupPath().isEmpty());
    // Foreign keys are on again for the session's own writes.
    QCOMPARE(pragma(store.database(), QStringLiteral("foreign_keys")), QStringLiteral("1"));
    {
        RawDb raw(path, true);
        // Version 9's columns follow, at their defaults (majority, no source; no consent).
        const auto withDefaults = [](QStringList rows, const QString &defaults) {
            for (QString &row : rows)
                row += defaults;
            return rows;
        };
        QCOMPARE(rowsOf(raw, QStringLiteral("actor")), actors);
        QCOMPARE(rowsOf(raw, QStringLiteral("position")),
                 withDefaults(positions, QStringLiteral("|0")));
        QCOMPARE(rowsOf(raw, QStringLiteral("status_change")), history);
        QCOMPARE(rowsOf(raw, QStringLiteral("issue")),
                 withDefaults(issues, QStringLiteral("|majority|")));
        QVERIFY(
            raw.scalar(QStringLiteral("SELECT COUNT(*) FROM pragma_foreign_key_check")).toInt() ==
            0);
        const QStringList triggers = raw.names(QStringLiteral("trigger"));
        QVERIFY(triggers.contains(QStringLiteral("actor_search_update")));
        QVERIFY(triggers.contains(QStringLiteral("actor_gap_update")));
        QVERIFY(!raw.names(QStringLiteral("table")).contains(QStringLiteral("actor_new")));
    }

    // Any bloc now: an actor of India is stored and read back.
    Actor india;
    india.name = QStringLiteral("Ministry of External Affairs");
    india.kind = QStringLiteral("institution");
    india.bloc = QStringLiteral("India");
    const qint64 indiaId = store.actors().insert(india);
    QCOMPARE(store.actors().byId(indiaId)->bloc, QStringLiteral("India"));
    QVERIFY(store.actors().blocs().contains(QStringLiteral("India")));
    // Still no empty, padded or overlong bloc, whoever writes.
    for (const QString &bloc :
         {QString(), QStringLiteral(" India"), QString(FieldLimits::Bloc + 1, QLatin1Char('x'))}) {
        QSqlQuery insert(store.database());
        insert.prepare(QStringLiteral("INSERT INTO actor (name, kind, bloc, updated_at) "
                                      "VALUES ('x', 'person', ?, 'x')"));
        insert.addBindValue(bloc);
        QVERIFY2(!insert.exec(), qPrintable(bloc));
    }
    // The triggers rebuilt with the table still queue what they did.
    Sql::exec(store.database(), QStringLiteral("DELETE FROM bloc_gap_stale"));
    Sql::exec(store.database(), QStringLiteral("UPDATE actor SET bloc = 'India' WHERE id = 9"));
    QCOMPARE(Sql::scalar(store.database(), QStringLiteral("SELECT group_concat(issue_id) FROM "
                                                          "bloc_gap_stale"))
                 .toString(),
             QStringLiteral("2"));
    // Removing an issue still removes its positions (the foreign key's cascade).
    Sql::exec(store.database(), QStringLiteral("DELETE FROM position WHERE issue_id = 2"));
    QCOMPARE(Sql::scalar(store.database(), QStringLiteral("SELECT COUNT(*) FROM position")).toInt(),
             2);
    Sql::exec(store.database(), QStringLiteral("DELETE FROM actor WHERE id = 4"));
    QCOMPARE(Sql::scalar(store.database(), QStringLiteral("SELECT COUNT(*) FROM position")).toInt(),
             1);
}

// Version 9 adds the decision rule and the consent flag: an older summit keeps
// every row as it was and reads as before (weighted majority, no consent needed),
// the old file is read by a read-only open before it is upgraded, and the new
// columns refuse what the repositories would.
void TestMigrations::decisionRulesAfterUpgradeKeepRowsAndGiveDefaults()
{
    TestSupport::TempDatabase temp;
    const QString path = temp.path();
    {
        Store store;
        store.open(path, Store::OpenMode::CreateIfMissing, 8);
        QCOMPARE(store.schemaVersion(), 8);
        const QSqlDatabase db = store.database();
        const QString now = Sql::now();
        Sql::exec(db,
                  QStringLiteral("INSERT INTO actor (id, name, kind, bloc, updated_at) VALUES "
                                 "(1, 'EEAS', 'institution', 'EU', ?), "
                                 "(2, 'MOFCOM', 'institution', 'China', ?)"),
                  {now, now});
        Sql::exec(db,
                  QStringLiteral("INSERT INTO issue (id, code, title, status, priority, source, "
                                 "created_at, updated_at) VALUES (1, 'RE-01', 'Controls', 1, 1, "
                                 "'article', ?, ?)"),
                  {now, now});
        Sql::exec(db, QStringLiteral("INSERT INTO position (id, issue_id, actor_id, stance, "
                                     "position, salience, clout, updated_at) VALUES "
                                     "(1, 1, 1, 'lift', 95, 95, 70, 'x'), "
                                     "(2, 1, 2, 'keep', 20, 85, 90, 'x')"));
    }
    {
        // A command that only reads never upgrades, and still reads the file.
        Store reader;
        reader.open(path, Store::OpenMode::ReadOnly);
        QCOMPARE(reader.schemaVersion(), 8);
        const std::optional<Issue> issue = reader.issues().byCode(QStringLiteral("RE-01"));
        QVERIFY(issue);
        QCOMPARE(issue->decisionRule, DecisionRule::WeightedMajority);
        const QList<Position> positions = reader.positions().forIssue(issue->id);
        QCOMPARE(positions.size(), 2);
        QVERIFY(!positions.at(0).consentNeeded);
    }
    QStringList issues, positions;
    {
        RawDb raw(path, true);
        issues = rowsOf(raw, QStringLiteral("issue"));
        positions = rowsOf(raw, QStringLiteral("position"));
    }

    Store store;
    store.open(path);
    QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
    {
        // Every row as it was, with the new columns' defaults after it.
        RawDb raw(path, true);
        const QStringList issuesNow = rowsOf(raw, QStringLiteral("issue"));
        const QStringList positionsNow = rowsOf(raw, QStringLiteral("position"));
        QCOMPARE(issuesNow.size(), issues.size());
        QCOMPARE(issuesNow.first(), issues.first() + QStringLiteral("|majority|"));
        QCOMPARE(positionsNow.size(), positions.size());
        for (int i = 0; i < positions.size(); ++i)
            QCOMPARE(positionsNow.at(i), positions.at(i) + QStringLiteral("|0"));
    }
    const std::optional<Issue> issue = store.issues().byCode(QStringLiteral("RE-01"));
    QVERIFY(issue);
    QCOMPARE(issue->decisionRule, DecisionRule::WeightedMajority);
    QCOMPARE(issue->decisionRuleSource, QString());
    QCOMPARE(issue->source, QStringLiteral("article"));
    for (const Position &position : store.positions().forIssue(issue->id))
        QVERIFY(!position.consentNeeded);

    // The schema itself refuses an unknown rule and a flag other than 0 or 1.
    for (const QString &sql :
         {QStringLiteral("UPDATE issue SET decision_rule = 'unanimity' WHERE id = 1"),
          QStringLiteral("UPDATE position SET consent_needed = 2 WHERE id = 1")}) {
        QSqlQuery query(store.database());
        QVERIFY2(!query.exec(sql), qPrintable(sql));
    }
    // And takes what the rule needs.
    Sql::exec(store.database(), QStringLiteral("UPDATE issue SET decision_rule = 'consent', "
                                               "decision_rule_source = 'Art. 207' WHERE id = 1"));
    Sql::exec(store.database(),
              QStringLiteral("UPDATE position SET consent_needed = 1 WHERE id = 2"));
    const std::optional<Issue> consent = store.issues().byId(1);
    QCOMPARE(consent->decisionRule, DecisionRule::Consent);
    QCOMPARE(consent->decisionRuleSource, QStringLiteral("Art. 207"));
    QVERIFY(store.positions().byId(2)->consentNeeded);
    QVERIFY(!store.positions().byId(1)->consentNeeded);
}

// A file holding a row that points at nothing (written with foreign keys off)
// is not upgraded: the check before commit rolls the upgrade back.
void TestMigrations::upgradeLeavingADanglingRowIsRolledBack()
{
    SKIP_ON_POSTGRESQL("another program writing with SQLite's foreign keys off");
    TestSupport::TempDatabase temp;
    const QString path = temp.path();
    {
        Store store;
        store.open(path, Store::OpenMode::CreateIfMissing, 6);
        const QString now = Sql::now();
        Sql::exec(store.database(),
                  QStringLiteral("INSERT INTO issue (code, title, status, priority, created_at, "
                                 "updated_at) VALUES ('RE-01', 't', 1, 1, ?, ?)"),
                  {now, now});
    }
    {
        RawDb raw(path); // foreign keys off, as in another program
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO position (issue_id, actor_id, position, "
                                        "salience, clout, updated_at) VALUES (1, 77, 50, 50, 50, "
                                        "'x')")));
        QVERIFY(raw.checkpoint());
    }
    const std::optional<StoreError> error = openError(path, Store::OpenMode::ExistingOnly);
    QVERIFY(error);
    QVERIFY2(error->message().contains(QLatin1String("position")), qPrintable(error->message()));
    QVERIFY2(error->message().contains(QDir::toNativeSeparators(path)),
             qPrintable(error->message()));
    RawDb raw(path, true);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT MAX(version) FROM schema_migration")).toInt(), 6);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM position")).toInt(), 1);
    QVERIFY(!raw.names(QStringLiteral("table")).contains(QStringLiteral("actor_new")));
}

// What forecast and export open: an older file is read as it is, never upgraded,
// and nothing is written to it; one too old to read says how to upgrade it.
void TestMigrations::readOnlyOpenNeverUpgradesOrWrites()
{
    TestSupport::TempDatabase temp;
    const QString path = temp.path();
    {
        Store store;
        store.setUserName(QStringLiteral("desk.officer"));
        store.open(path, Store::OpenMode::CreateIfMissing, Store::oldestReadableVersion());
        Issue issue;
        issue.code = QStringLiteral("RE-01");
        issue.title = QStringLiteral("Rare earths");
        store.issues().insert(issue);
    }
    {
        RawDb raw(path);
        QVERIFY(raw.checkpoint());
    }
    const QByteArray before = TestSupport::databaseHash(path);
    {
        Store store;
        store.open(path, Store::OpenMode::ReadOnly);
        QVERIFY(store.isReadOnly());
        QCOMPARE(store.schemaVersion(), Store::oldestReadableVersion());
        QCOMPARE(store.issues().byCode(QStringLiteral("re-01"))->title,
                 QStringLiteral("Rare earths"));
        const Issue issue = *store.issues().byCode(QStringLiteral("RE-01"));
        std::optional<StoreError> refused;
        try {
            store.issues().setField(issue.id, IssueField::Owner, QStringLiteral("x"),
                                    issue.version);
        } catch (const StoreError &caught) {
            refused = caught;
        }
        QVERIFY(refused);
        QCOMPARE(refused->kind(), StoreError::Kind::ReadOnly);
        QVERIFY2(refused->message().contains(QDir::toNativeSeparators(path)),
                 qPrintable(refused->message()));
    }
    QCOMPARE(TestSupport::databaseHash(path), before);
    QVERIFY(Store::backupsOf(path).isEmpty());

    TestSupport::TempDatabase older;
    {
        Store store;
        store.open(older.path(), Store::OpenMode::CreateIfMissing,
                   Store::oldestReadableVersion() - 1);
    }
    const QByteArray olderBefore = TestSupport::databaseHash(older.path());
    for (Store::OpenMode mode : {Store::OpenMode::ReadOnly, Store::OpenMode::NoUpgrade}) {
        const std::optional<StoreError> error = openError(older.path(), mode);
        QVERIFY(error);
        QVERIFY2(error->message().contains(QLatin1String("open this file once with the app")),
                 qPrintable(error->message()));
    }
    QCOMPARE(TestSupport::databaseHash(older.path()), olderBefore);
}

void TestMigrations::missingFileWithExistingOnly()
{
    SKIP_ON_POSTGRESQL("a database file that is not there");
    TestSupport::TempDatabase temp;
    const std::optional<StoreError> error = openError(temp.path(), Store::OpenMode::ExistingOnly);
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::CannotOpen);
    QVERIFY2(error->message().contains(QDir::toNativeSeparators(temp.path())),
             qPrintable(error->message()));
    QVERIFY(!QFileInfo::exists(temp.path()));
    QVERIFY(QDir(temp.dir()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestMigrations::cannotCreate_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<QString>("setup");
    QTest::newRow("missing folder") << QStringLiteral("missing/deeper/test.db") << QString();
    QTest::newRow("folder is a file")
        << QStringLiteral("notes.txt/test.db") << QStringLiteral("file");
    QTest::newRow("read-only folder")
        << QStringLiteral("locked/test.db") << QStringLiteral("read-only");
    QTest::newRow("path is a folder") << QStringLiteral("folder") << QStringLiteral("folder");
}

void TestMigrations::cannotCreate()
{
    SKIP_ON_POSTGRESQL("folders where no database file can be created");
    QFETCH(QString, relativePath);
    QFETCH(QString, setup);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(relativePath);
    if (setup == QLatin1String("file")) {
        QVERIFY(writeFile(dir.filePath(QStringLiteral("notes.txt")), "notes\n"));
    } else if (setup == QLatin1String("folder")) {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    } else if (setup == QLatin1String("read-only")) {
        const QString locked = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("locked")));
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
        // root writes anywhere: the permission cannot be tested then.
        QFile probe(locked + QStringLiteral("/probe"));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.close();
            probe.remove();
            QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QSKIP("this account can write into a read-only folder (root)");
        }
    }
    const QStringList before =
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

    const std::optional<StoreError> error = openError(path);
    if (setup == QLatin1String("read-only"))
        QFile::setPermissions(dir.filePath(QStringLiteral("locked")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(error);
    QVERIFY2(error->kind() == StoreError::Kind::CannotOpen, qPrintable(error->message()));
    QVERIFY2(error->message().contains(QDir::toNativeSeparators(path)),
             qPrintable(error->message()));
    QVERIFY(!QFileInfo(path).isFile());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             before);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
