#include "TestSupport.h"

#include "io/DemoScenario.h"
#include "io/ScenarioImporter.h"
#include "store/Store.h"
#include "store/StoreLocation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <stdexcept>

namespace TestSupport {

namespace {

// A connection under a name of its own, removed when this goes out of scope.
class ScopedConnection
{
public:
    explicit ScopedConnection(const QString &location)
        : m_name(QStringLiteral("TestSupport-%1").arg(nextId()))
    {
        const StoreLocation where = StoreLocation::parse(location);
        if (!where.isValid())
            qFatal("not a database location: %s (%s)", qPrintable(location),
                   qPrintable(where.error()));
        m_db = addConnection(location, m_name);
        if (!m_db.isOpen())
            qFatal("cannot open the test database %s: %s", qPrintable(where.toString()),
                   qPrintable(m_db.lastError().text()));
    }
    ~ScopedConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(ScopedConnection)

    QSqlDatabase &db() { return m_db; }

private:
    static int nextId()
    {
        static std::atomic<int> counter{0};
        return ++counter;
    }

    QString m_name;
    QSqlDatabase m_db;
};

QString quotedIdentifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

// Without values the statement is not prepared: PostgreSQL prepares no utility
// statements (SHOW, CREATE EXTENSION, VACUUM…).
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (values.isEmpty())
        return query.exec(sql);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace

QSqlDatabase addConnection(const QString &location, const QString &name)
{
    const StoreLocation where = StoreLocation::parse(location);
    QSqlDatabase db;
    if (where.isPostgreSQL()) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(where.host());
        db.setPort(where.port());
        db.setDatabaseName(where.database());
        db.setUserName(where.user());
        if (!where.password().isEmpty())
            db.setPassword(where.password());
        if (!where.sslMode().isEmpty())
            db.setConnectOptions(QStringLiteral("sslmode=") + where.sslMode());
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(where.path());
    }
    db.open();
    return db;
}

bool isPostgreSQL()
{
    return qEnvironmentVariable("SUMMIT_TEST_BACKEND") == QLatin1String("postgresql");
}

QString postgresAdminUrl()
{
    QString url = qEnvironmentVariable("SUMMIT_TEST_POSTGRES").trimmed();
    if (url.isEmpty()) {
        QFile file(QString::fromUtf8(SUMMIT_TEST_POSTGRESQL_STATE_DIR "/url"));
        if (file.open(QIODevice::ReadOnly))
            url = QString::fromUtf8(file.readAll()).trimmed();
    }
    if (url.isEmpty())
        qFatal("no PostgreSQL server for the tests: run them through ctest, which starts one "
               "(tests/postgresql/cluster.sh), or set SUMMIT_TEST_POSTGRES");
    return url;
}

TempDatabase::TempDatabase()
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary directory");
    if (!TestSupport::isPostgreSQL()) {
        m_path = m_dir.filePath(QStringLiteral("test.db"));
        return;
    }
    static std::atomic<int> counter{0};
    const QString adminUrl = postgresAdminUrl();
    const StoreLocation admin = StoreLocation::parse(adminUrl);
    ScopedConnection connection(adminUrl); // toString() would drop a password
    QSqlQuery query(connection.db());
    // A name left behind by an earlier run that was killed (same pid) gets a suffix.
    for (int attempt = 0; attempt < 5 && m_databaseName.isEmpty(); ++attempt) {
        QString name = QStringLiteral("summit_test_%1_%2")
                           .arg(QCoreApplication::applicationPid())
                           .arg(++counter);
        if (attempt > 0)
            name += QStringLiteral("_%1").arg(QRandomGenerator::global()->bounded(1000000));
        // template0 and UTF8: the same encoding whatever template1 of a foreign server has.
        if (query.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'")
                           .arg(quotedIdentifier(name))))
            m_databaseName = name;
        else if (attempt == 4)
            throw std::runtime_error("cannot create a test database: " +
                                     query.lastError().text().toStdString());
    }
    StoreLocation database =
        StoreLocation::teamDatabase(admin.host(), admin.port(), m_databaseName, admin.user());
    m_path = database.toString();
    if (!admin.sslMode().isEmpty())
        m_path += QStringLiteral("?sslmode=") + admin.sslMode();
}

TempDatabase::~TempDatabase()
{
    if (m_databaseName.isEmpty())
        return;
    ScopedConnection connection(postgresAdminUrl());
    QSqlQuery query(connection.db());
    // FORCE: a Store the test left open must not keep the database alive.
    if (!query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                        .arg(quotedIdentifier(m_databaseName))))
        qWarning("could not drop the test database %s: %s", qPrintable(m_databaseName),
                 qPrintable(query.lastError().text()));
}

std::unique_ptr<Store> TempDatabase::open(bool demo) const
{
    auto store = std::make_unique<Store>();
    store->setUserName(QStringLiteral("desk.officer"));
    store->open(path());
    if (demo) {
        ScenarioImporter importer(*store);
        if (!importer.importFile(DemoScenario::resourcePath()))
            throw std::runtime_error(importer.errorString().toStdString());
    }
    return store;
}

QVariant valueInFile(const QString &path, const QString &sql, const QVariantList &values)
{
    ScopedConnection connection(path);
    QSqlQuery query(connection.db());
    if (!run(query, sql, values) || !query.next())
        qFatal("query failed: %s (%s)", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.value(0);
}

QByteArray fileHash(const QString &path)
{
    if (StoreLocation::isTeamDatabase(path))
        qFatal("fileHash(%s): a team database has no file; mark the test "
               "SKIP_ON_POSTGRESQL or compare contentHash()",
               qPrintable(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

namespace {

// The tables of `db`, quoted, in a stable order.
QStringList tablesOf(const QSqlDatabase &db)
{
    QStringList tables;
    if (db.driverName() == QLatin1String("QPSQL")) {
        QSqlQuery list(db);
        if (!list.exec(
                QStringLiteral("SELECT schemaname, tablename FROM pg_catalog.pg_tables "
                               "WHERE schemaname NOT IN ('pg_catalog', 'information_schema') "
                               "ORDER BY schemaname, tablename")))
            qFatal("cannot list the tables: %s", qPrintable(list.lastError().text()));
        while (list.next())
            tables << quotedIdentifier(list.value(0).toString()) + QLatin1Char('.') +
                          quotedIdentifier(list.value(1).toString());
        return tables;
    }
    for (const QString &table : db.tables())
        tables << quotedIdentifier(table);
    tables.sort();
    return tables;
}

QByteArray hashOfContent(const QSqlDatabase &db, bool withColumns)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : tablesOf(db)) {
        hash.addData(table.toUtf8());
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
            qFatal("cannot read %s: %s", qPrintable(table), qPrintable(query.lastError().text()));
        if (withColumns) {
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i) {
                hash.addData(record.fieldName(i).toUtf8());
                hash.addData(QByteArrayView("\x1d"));
            }
        }
        // Rows sorted here, not by ORDER BY 1: rows that share their first column
        // (and PostgreSQL's heap after an update) come back in any order.
        QList<QByteArray> rows;
        while (query.next()) {
            QByteArray row;
            for (int i = 0; i < query.record().count(); ++i) {
                row += query.value(i).isNull() ? QByteArray("\x1cNULL")
                                               : query.value(i).toString().toUtf8();
                row += '\x1f';
            }
            rows << row;
        }
        std::sort(rows.begin(), rows.end());
        for (const QByteArray &row : std::as_const(rows)) {
            hash.addData(row);
            hash.addData(QByteArrayView("\x1e"));
        }
    }
    return hash.result().toHex();
}

} // namespace

QByteArray contentHash(Store &store)
{
    return hashOfContent(store.database(), false);
}

void execInDatabase(const QString &path, const QString &sql, const QVariantList &values)
{
    ScopedConnection connection(path);
    QSqlQuery query(connection.db());
    if (!run(query, sql, values))
        qFatal("statement failed: %s (%s)", qPrintable(sql), qPrintable(query.lastError().text()));
}

QByteArray databaseHash(const QString &path)
{
    if (!StoreLocation::isTeamDatabase(path))
        return fileHash(path);
    ScopedConnection connection(path);
    return hashOfContent(connection.db(), true);
}

ToolResult runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolResult result;
    if (!process.waitForFinished(180000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    return result;
}

QStringList pdfPages(const QString &path, bool layout)
{
    QProcess process;
    process.start(
        QStringLiteral("pdftotext"),
        {layout ? QStringLiteral("-layout") : QStringLiteral("-raw"), path, QStringLiteral("-")});
    if (!process.waitForFinished(180000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

AppRun runApp(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SUMMIT_APP_PATH), arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace TestSupport
