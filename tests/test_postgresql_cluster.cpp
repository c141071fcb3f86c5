#include "TestSupport.h"

#include "store/StoreLocation.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {

// A QPSQL connection of the test's own to `location`, removed with the object.
class Connection
{
public:
    explicit Connection(const QString &location)
        : m_name(QStringLiteral("cluster-test-%1").arg(++s_count))
    {
        const StoreLocation where = StoreLocation::parse(location);
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        m_db.setHostName(where.host());
        m_db.setPort(where.port());
        m_db.setDatabaseName(where.database());
        m_db.setUserName(where.user());
        if (!where.password().isEmpty())
            m_db.setPassword(where.password());
        m_opened = m_db.open();
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(Connection)

    bool isOpen() const { return m_opened; }
    QString error() const { return m_db.lastError().text(); }
    // The first column of the first row, or an invalid QVariant when the query failed.
    QVariant value(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(m_db);
        // PostgreSQL prepares no utility statements (SHOW, CREATE EXTENSION).
        bool ok = false;
        if (values.isEmpty()) {
            ok = query.exec(sql);
        } else {
            query.prepare(sql);
            for (const QVariant &value : values)
                query.addBindValue(value);
            ok = query.exec();
        }
        if (!ok) {
            m_lastError = query.lastError().text();
            return {};
        }
        return query.next() ? query.value(0) : QVariant(QString());
    }
    QString lastError() const { return m_lastError; }

private:
    static inline int s_count = 0;
    QString m_name;
    QSqlDatabase m_db;
    bool m_opened = false;
    QString m_lastError;
};

qint64 databasesNamed(const QString &name)
{
    return TestSupport::valueInFile(TestSupport::postgresAdminUrl(),
                                    QStringLiteral("SELECT count(*) FROM pg_database "
                                                   "WHERE datname = ?"),
                                    {name})
        .toLongLong();
}

} // namespace

class TestPostgreSQLCluster : public QObject
{
    Q_OBJECT

private slots:
    void runsOnPostgreSQL();
    void adminAccountReachesAServerRecentEnough();
    void clusterOfTheTestsListensOnLoopbackOnly();
    void tempDatabaseIsAnEmptyTeamDatabaseOfItsOwn();
    void trigramExtensionInstallsInATempDatabase();
    void tempDatabaseIsDroppedEvenWithAConnectionOpen();
};

void TestPostgreSQLCluster::runsOnPostgreSQL()
{
    QVERIFY(TestSupport::isPostgreSQL());
    const StoreLocation admin = StoreLocation::parse(TestSupport::postgresAdminUrl());
    QVERIFY2(admin.isValid() && admin.isPostgreSQL(), qPrintable(admin.error()));
    QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));
}

void TestPostgreSQLCluster::adminAccountReachesAServerRecentEnough()
{
    Connection admin(TestSupport::postgresAdminUrl());
    QVERIFY2(admin.isOpen(), qPrintable(admin.error()));
    // DROP DATABASE … WITH (FORCE), which TempDatabase relies on, came in 13.
    const int version = admin.value(QStringLiteral("SHOW server_version_num")).toInt();
    QVERIFY2(version >= 130000, qPrintable(QString::number(version)));
    QCOMPARE(admin.value(QStringLiteral("SHOW server_encoding")).toString(),
             QStringLiteral("UTF8"));
    // The account must be able to make the tests' databases and the schema's roles.
    QCOMPARE(admin
                 .value(QStringLiteral("SELECT rolcreatedb OR rolsuper FROM pg_roles "
                                       "WHERE rolname = current_user"))
                 .toBool(),
             true);
    QCOMPARE(admin
                 .value(QStringLiteral("SELECT rolcreaterole OR rolsuper FROM pg_roles "
                                       "WHERE rolname = current_user"))
                 .toBool(),
             true);
}

void TestPostgreSQLCluster::clusterOfTheTestsListensOnLoopbackOnly()
{
    if (!qEnvironmentVariableIsEmpty("SUMMIT_TEST_POSTGRES"))
        QSKIP("SUMMIT_TEST_POSTGRES names a server the tests did not start");
    Connection admin(TestSupport::postgresAdminUrl());
    QVERIFY2(admin.isOpen(), qPrintable(admin.error()));
    QCOMPARE(admin.value(QStringLiteral("SHOW listen_addresses")).toString(),
             QStringLiteral("127.0.0.1"));
    QCOMPARE(admin.value(QStringLiteral("SHOW fsync")).toString(), QStringLiteral("off"));
    // Not run by root: postgres refuses that, and the tests run as root in CI.
    QVERIFY(admin.value(QStringLiteral("SELECT pg_catalog.current_setting('data_directory')"))
                .toString()
                .contains(QStringLiteral("summit-test-postgresql")));
}

void TestPostgreSQLCluster::tempDatabaseIsAnEmptyTeamDatabaseOfItsOwn()
{
    TestSupport::TempDatabase first;
    TestSupport::TempDatabase second;
    QVERIFY(first.isPostgreSQL());
    const StoreLocation where = StoreLocation::parse(first.path());
    QVERIFY2(where.isValid(), qPrintable(where.error()));
    QVERIFY(where.isPostgreSQL());
    QVERIFY(where.database().startsWith(QStringLiteral("summit_test_")));
    QVERIFY(first.path() != second.path());
    QVERIFY(QFileInfo(first.dir()).isDir());
    QVERIFY(first.dir() != second.dir());

    QCOMPARE(TestSupport::valueInFile(first.path(), QStringLiteral("SELECT current_database()"))
                 .toString(),
             where.database());
    QCOMPARE(TestSupport::valueInFile(first.path(),
                                      QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables "
                                                     "WHERE schemaname = 'public'"))
                 .toLongLong(),
             0);
    QCOMPARE(
        TestSupport::valueInFile(
            first.path(), QStringLiteral("SELECT pg_encoding_to_char(encoding) FROM pg_database "
                                         "WHERE datname = current_database()"))
            .toString(),
        QStringLiteral("UTF8"));
    // valueInFile binds values on a team database as on a file.
    QCOMPARE(TestSupport::valueInFile(first.path(), QStringLiteral("SELECT ? || ?"),
                                      {QStringLiteral("Grenz"), QStringLiteral("ausgleich")})
                 .toString(),
             QStringLiteral("Grenzausgleich"));
}

void TestPostgreSQLCluster::trigramExtensionInstallsInATempDatabase()
{
    TestSupport::TempDatabase database;
    Connection connection(database.path());
    QVERIFY2(connection.isOpen(), qPrintable(connection.error()));
    QVERIFY2(connection.value(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm")).isValid(),
             qPrintable(connection.lastError()));
    // Full-text search finds misspelt words through trigram similarity.
    const QVariant similarity = connection.value(
        QStringLiteral("SELECT similarity(?, ?)"),
        {QStringLiteral("carbon border adjustment"), QStringLiteral("carbon bordr adjustmnt")});
    QVERIFY2(similarity.isValid(), qPrintable(connection.lastError()));
    QVERIFY2(similarity.toDouble() > 0.5, qPrintable(similarity.toString()));
    QVERIFY(connection
                .value(QStringLiteral("SELECT to_tsvector('english', ?) @@ "
                                      "plainto_tsquery('english', ?)"),
                       {QStringLiteral("Tariffs on steel imports"), QStringLiteral("steel tariff")})
                .toBool());
}

void TestPostgreSQLCluster::tempDatabaseIsDroppedEvenWithAConnectionOpen()
{
    QString name;
    {
        auto database = std::make_unique<TestSupport::TempDatabase>();
        name = StoreLocation::parse(database->path()).database();
        QCOMPARE(databasesNamed(name), 1);
        Connection left(database->path());
        QVERIFY2(left.isOpen(), qPrintable(left.error()));
        // A Store the test did not close: the drop still goes through.
        database.reset();
        QCOMPARE(databasesNamed(name), 0);
    }
    QCOMPARE(databasesNamed(name), 0);
}

QTEST_GUILESS_MAIN(TestPostgreSQLCluster)
#include "test_postgresql_cluster.moc"
