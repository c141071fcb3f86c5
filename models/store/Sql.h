#pragma once

#include "StoreError.h"
#include "StoreLocation.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

// Thin helpers that turn driver errors into StoreError, so repositories read as SQL.
namespace Sql {

// Prepares `sql`, binds `values` positionally and executes; throws on failure.
QSqlQuery exec(const QSqlDatabase &db, const QString &sql,
               std::initializer_list<QVariant> values = {});
QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values);

// QSqlQuery::next() returns false both at the end and on a read error (a corrupt
// page): this throws on the error, so a damaged table is never read as a short one.
bool next(QSqlQuery &query);

// Runs an INSERT and returns the new row's id (SQLite's last rowid; on PostgreSQL
// the statement gets "RETURNING id").
qint64 insert(const QSqlDatabase &db, const QString &sql, const QVariantList &values);

// True on a team database's connection: the few statements the two engines
// spell differently ask this (see also likeOperator()).
bool isPostgreSQL(const QSqlDatabase &db);
// A LIKE that ignores case: SQLite's LIKE already does (ASCII), PostgreSQL's ILIKE.
QString likeOperator(const QSqlDatabase &db);
// " FOR UPDATE" (of `table`'s rows, for a join) on PostgreSQL, nothing on SQLite: a
// read that decides a write (the version check before an update) locks its rows,
// so a colleague's change committing meanwhile is waited for and seen. SQLite's
// BEGIN IMMEDIATE already keeps every other writer out.
QString forUpdate(const QSqlDatabase &db, const QString &table = QString());
// libpq options for a team database (timeout, sslmode, application name).
QString postgreSQLConnectOptions(const StoreLocation &location);
// Why a team database could not be opened, said for the user: no password or a
// wrong one, an unknown database, an unreachable server.
StoreError connectionErrorFrom(const StoreLocation &location, const QSqlError &error);

// Runs a statement that returns one value (COUNT(*), MAX(...)).
QVariant scalar(const QSqlDatabase &db, const QString &sql,
                std::initializer_list<QVariant> values = {});

StoreError errorFrom(const QSqlError &error, const QString &context);
// As above, for an error on a connection the Store registered: a damaged file
// ("database disk image is malformed"), a lock held by another program or a
// read-only file is named in the message with what to do. A damaged file is
// marked so nothing more is written to it (see isDamaged()).
StoreError errorFrom(const QSqlDriver *driver, const QSqlError &error, const QString &context);

// The Store registers each connection it opens, so errors can name the file.
void registerConnection(const QSqlDatabase &db, const QString &path, bool readOnly);
void unregisterConnection(const QSqlDatabase &db);
// A file found damaged in this process: writes to it are refused until it is
// opened again (and found sound).
bool isDamaged(const QString &path);
void setDamaged(const QString &path, bool damaged);
// The message for a damaged file: which file, what to do, and its backups.
QString damagedMessage(const QString &path, const QString &detail);

// An ISO-8601 UTC timestamp with milliseconds, as stored in every *_at column.
QString now();
QString toText(const QDateTime &time);
QDateTime toDateTime(const QVariant &text);
QVariant toText(const QDate &date); // NULL for an invalid date
QDate toDate(const QVariant &text);

// RAII transaction: rolls back unless commit() was called. Nested use is refused
// by SQLite, so repositories open one only at the outermost call (see Store).
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    void commit();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

} // namespace Sql
