#pragma once

#include "TestConfig.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <memory>

class Store;

namespace TestSupport {

// The backend the tests run on: SQLite unless SUMMIT_TEST_BACKEND=postgresql (the
// *_postgresql variants CTest registers for add_summit_test(... BOTH_BACKENDS)).
bool isPostgreSQL();

// postgresql://USER@HOST:PORT/DBNAME of an account that may CREATE DATABASE:
// SUMMIT_TEST_POSTGRES, else the test cluster's (tests/postgresql/cluster.sh).
// Fails the test run when neither is there.
QString postgresAdminUrl();

// A fresh database, removed with the object. On SQLite a file in a temporary
// folder; on PostgreSQL a database of its own on the test server (path() is its
// postgresql:// URL), dropped by the destructor. dir() is a temporary folder for
// other files on both.
class TempDatabase
{
public:
    TempDatabase();
    ~TempDatabase();
    Q_DISABLE_COPY_MOVE(TempDatabase)

    // What Store::open() takes: the file's path, or the team database's URL.
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    bool isPostgreSQL() const { return !m_databaseName.isEmpty(); }
    // Opens (and migrates) a Store on path(); with demo = true, imports the demo scenario.
    std::unique_ptr<Store> open(bool demo = false) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_databaseName; // PostgreSQL only
};

// A connection called `name` to a file or a postgresql:// URL, opened if it can
// be (check isOpen()); the caller removes it with QSqlDatabase::removeDatabase.
QSqlDatabase addConnection(const QString &location, const QString &name);

// The first column of the first row of `sql`, read on a connection of its own:
// what the code under test wrote must be in the file (or the team database, when
// `path` is a postgresql:// URL), not only in its cache.
QVariant valueInFile(const QString &path, const QString &sql, const QVariantList &values = {});

// Runs `sql` on a connection of its own, as another program would; fails the test
// run when it fails. `path` is a file or a postgresql:// URL.
void execInDatabase(const QString &path, const QString &sql, const QVariantList &values = {});

// SHA-256 proving a database was left untouched: the file's bytes for SQLite; for
// a team database, its tables' columns and every row, read on a connection of
// its own.
QByteArray databaseHash(const QString &path);

// SHA-256 of a file's bytes, to prove a refused file was left untouched. SQLite
// only: a team database has no file (fails the test run when given a URL).
QByteArray fileHash(const QString &path);

// A digest of every row of every table (not the file bytes, which WAL and page
// layout can change): equal digests mean equal content. Stable per backend; the
// same content does not hash the same on SQLite and PostgreSQL.
QByteArray contentHash(Store &store);

// What one run of the summit-brief command gave, started without a display (the
// commands need none): exit code -1 when it crashed or took over two minutes.
struct AppRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
AppRun runApp(const QStringList &arguments);

// What a command-line tool (pdftotext, qpdf, unzip, soffice…) gave: exit code -1
// when it could not start, crashed or took longer than three minutes.
struct ToolResult
{
    int exitCode = -1;
    QByteArray out;
};
ToolResult runTool(const QString &program, const QStringList &arguments);

// The text of each page of a PDF, read back with pdftotext (pages end with \f):
// laid out as on the page, or in the order it was written (a wrapped heading then
// reads as one line). Empty when pdftotext is missing or fails.
QStringList pdfPages(const QString &path, bool layout = true);

} // namespace TestSupport

// For a test function about the SQLite file itself (its bytes, corruption,
// backups, WAL, permissions, PRAGMA): skipped, with the reason, on PostgreSQL.
#define SKIP_ON_POSTGRESQL(reason)                                                                 \
    do {                                                                                           \
        if (TestSupport::isPostgreSQL())                                                           \
            QSKIP("SQLite only: " reason);                                                         \
    } while (false)
