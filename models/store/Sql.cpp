#include "Sql.h"

#include "Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QTimeZone>

#include <optional>

namespace Sql {

namespace {

StoreError::Kind kindOf(const QSqlError &error)
{
    // The driver reports extended result codes (787 is a foreign key failure);
    // the low byte is the primary code: 11 CORRUPT, 26 NOTADB, 13 FULL,
    // 14 CANTOPEN, 19 CONSTRAINT, 10 IOERR, 8 READONLY.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        return StoreError::Kind::Sql;
    switch (code & 0xff) {
    case 11:
    case 26:
        return StoreError::Kind::NotADatabase;
    case 5:
    case 6:
        return StoreError::Kind::Busy;
    case 8:
        return StoreError::Kind::ReadOnly;
    case 10:
    case 13:
        return StoreError::Kind::Io;
    case 14:
        return StoreError::Kind::CannotOpen;
    case 19:
        return StoreError::Kind::Invalid;
    default:
        return StoreError::Kind::Sql;
    }
}

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

struct Connection
{
    QString path;
    bool readOnly = false;
};

// The files behind the Store's connections, and the files found damaged. Shared
// by every thread: a worker's connection may find the damage.
struct Registry
{
    QMutex mutex;
    QHash<const QSqlDriver *, Connection> connections;
    QSet<QString> damaged;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

std::optional<Connection> connectionOf(const QSqlDriver *driver)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    const auto it = r.connections.constFind(driver);
    if (it == r.connections.constEnd())
        return std::nullopt;
    return *it;
}

QString canonical(const QString &path)
{
    return StoreLocation::isTeamDatabase(path) ? path : QFileInfo(path).absoluteFilePath();
}

bool isPostgreSQLDriver(const QSqlDriver *driver)
{
    return driver && driver->dbmsType() == QSqlDriver::PostgreSQL;
}

// "ERROR:  permission denied for table issue\n(42501)" -> "permission denied for table issue"
QString serverText(const QSqlError &error)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.driverText();
    const QString code = error.nativeErrorCode();
    if (!code.isEmpty())
        text.remove(QStringLiteral("(%1)").arg(code));
    for (const char *prefix : {"ERROR:", "FATAL:", "PANIC:"}) {
        if (text.trimmed().startsWith(QLatin1String(prefix)))
            text = text.trimmed().mid(int(qstrlen(prefix)));
    }
    return text.simplified();
}

bool connectionLost(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") ||
        code == QLatin1String("57P02") || code == QLatin1String("57P03"))
        return true;
    const QString text = error.databaseText() + error.driverText();
    for (const char *sign : {"server closed the connection", "no connection to the server",
                             "terminating connection", "could not connect", "Connection refused",
                             "connection to server", "could not send data", "could not receive"})
        if (text.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    return false;
}

// SQLSTATE classes, https://www.postgresql.org/docs/current/errcodes-appendix.html
StoreError postgreSQLError(const QSqlError &error, const QString &where, const QString &context)
{
    const QString code = error.nativeErrorCode();
    const QString text = serverText(error);
    const auto withContext = [&](const QString &message) {
        return context.isEmpty() ? message : context + QStringLiteral(": ") + message;
    };
    if (connectionLost(error))
        return StoreError(StoreError::Kind::Disconnected,
                          QCoreApplication::translate(
                              "Sql",
                              "The connection to %1 was lost (%2); nothing was changed. Summit "
                              "Brief reconnects by itself.")
                              .arg(where, text));
    if (code == QLatin1String("42501"))
        return StoreError(StoreError::Kind::Denied,
                          QCoreApplication::translate(
                              "Sql",
                              "%1 refused the change: your account may read this summit but not "
                              "change it (%2). Ask its administrator for the summit_editor role.")
                              .arg(where, text));
    if (code == QLatin1String("25006"))
        return StoreError(StoreError::Kind::ReadOnly,
                          QCoreApplication::translate(
                              "Sql", "%1 was opened for reading only; nothing was changed.")
                              .arg(where));
    if (code == QLatin1String("40001") || code == QLatin1String("40P01") ||
        code == QLatin1String("55P03"))
        return StoreError(StoreError::Kind::Busy,
                          QCoreApplication::translate(
                              "Sql", "A colleague's change on %1 got in the way (%2); nothing was "
                                     "changed. Try again.")
                              .arg(where, text));
    if (code.startsWith(QLatin1String("23")) || code == QLatin1String("P0001") ||
        code.startsWith(QLatin1String("22")))
        return StoreError(StoreError::Kind::Invalid, withContext(text));
    if (code.startsWith(QLatin1String("53")))
        return StoreError(StoreError::Kind::Io,
                          QCoreApplication::translate(
                              "Sql", "The server of %1 is out of space or memory (%2); nothing was "
                                     "changed.")
                              .arg(where, text));
    if (code.startsWith(QLatin1String("28")))
        return StoreError(StoreError::Kind::Authentication, withContext(text));
    return StoreError(StoreError::Kind::Sql, withContext(text));
}

// Statements that only read, so a damaged file can still be read (exported).
bool onlyReads(const QString &sql)
{
    const QString start = sql.trimmed().left(8).toUpper();
    return start.startsWith(QLatin1String("SELECT")) || start.startsWith(QLatin1String("PRAGMA")) ||
           start.startsWith(QLatin1String("EXPLAIN"));
}

// A team database's connection that dropped is closed until it reconnects.
void throwIfDisconnected(const QSqlDatabase &db)
{
    if (!isPostgreSQLDriver(db.driver()) || db.isOpen())
        return;
    const std::optional<Connection> connection = connectionOf(db.driver());
    throw StoreError(StoreError::Kind::Disconnected,
                     QCoreApplication::translate(
                         "Sql", "The connection to %1 is lost; nothing was changed. Summit Brief "
                                "reconnects by itself.")
                         .arg(connection ? connection->path : db.hostName()));
}

StoreError refusedOnDamaged(const QString &path)
{
    return StoreError(
        StoreError::Kind::NotADatabase,
        damagedMessage(path, QCoreApplication::translate("Sql", "nothing more is written to it")));
}

// Depth of open transactions per connection: the outermost one is a real
// transaction, inner ones are savepoints, so an importer can wrap repository calls.
// Per thread, as connections are: a dashboard worker writes on its own.
QHash<QString, int> &transactionDepth()
{
    thread_local QHash<QString, int> depth;
    return depth;
}

} // namespace

StoreError errorFrom(const QSqlError &error, const QString &context)
{
    if (error.driverText().startsWith(QLatin1String("QPSQL")) ||
        error.driverText().contains(QLatin1String("PSQL")))
        return postgreSQLError(error, QCoreApplication::translate("Sql", "the team database"),
                               context);
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.driverText();
    return StoreError(kindOf(error),
                      context.isEmpty() ? text : context + QStringLiteral(": ") + text);
}

StoreError errorFrom(const QSqlDriver *driver, const QSqlError &error, const QString &context)
{
    const std::optional<Connection> connection = connectionOf(driver);
    if (isPostgreSQLDriver(driver)) {
        if (connection && connection->readOnly && error.nativeErrorCode() == QLatin1String("42501"))
            return postgreSQLError(error, connection->path, context);
        return postgreSQLError(
            error, connection ? connection->path : QCoreApplication::translate("Sql", "the server"),
            context);
    }
    if (!connection)
        return errorFrom(error, context);
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.driverText();
    const QString nativePath = QDir::toNativeSeparators(connection->path);
    switch (primaryCode(error)) {
    case 11: // SQLITE_CORRUPT: "database disk image is malformed"
        setDamaged(connection->path, true);
        return StoreError(StoreError::Kind::NotADatabase, damagedMessage(connection->path, text));
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return StoreError(StoreError::Kind::Busy,
                          QCoreApplication::translate(
                              "Sql", "%1 is locked by another program (%2); try again when it has "
                                     "finished with the file.")
                              .arg(nativePath, text));
    case 8: // SQLITE_READONLY
        if (isDamaged(connection->path))
            return refusedOnDamaged(connection->path);
        if (connection->readOnly)
            return StoreError(StoreError::Kind::ReadOnly,
                              QCoreApplication::translate(
                                  "Sql", "%1 was opened for reading only; nothing was changed.")
                                  .arg(nativePath));
        return StoreError(StoreError::Kind::ReadOnly,
                          QCoreApplication::translate(
                              "Sql",
                              "%1 or its folder is read-only (%2); nothing was changed. Make it "
                              "writable or copy it to a folder you can write to.")
                              .arg(nativePath, text));
    default:
        return errorFrom(error, context);
    }
}

void registerConnection(const QSqlDatabase &db, const QString &path, bool readOnly)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.connections.insert(db.driver(), {canonical(path), readOnly});
}

void unregisterConnection(const QSqlDatabase &db)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.connections.remove(db.driver());
}

bool isDamaged(const QString &path)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    return r.damaged.contains(canonical(path));
}

void setDamaged(const QString &path, bool damaged)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    if (damaged)
        r.damaged.insert(canonical(path));
    else
        r.damaged.remove(canonical(path));
}

QString damagedMessage(const QString &path, const QString &detail)
{
    const QStringList backups = Store::backupsOf(path);
    QStringList names;
    for (const QString &backup : backups)
        names.append(QFileInfo(backup).fileName());
    const QString nativePath = QDir::toNativeSeparators(path);
    const QString restore =
        backups.isEmpty()
            ? QCoreApplication::translate(
                  "Sql",
                  "No backup of it was found beside it (%1.backup-v*.db): restore it from your "
                  "own copies.")
                  .arg(QFileInfo(path).fileName())
            : QCoreApplication::translate("Sql", "Its backups beside it, newest first: %1.")
                  .arg(names.join(QStringLiteral(", ")));
    return QCoreApplication::translate(
               "Sql",
               "%1 is damaged (%2); Summit Brief will not write to it. Keep a copy of it as it "
               "is, then restore the file. %3")
        .arg(nativePath, detail, restore);
}

QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    if (const std::optional<Connection> connection = connectionOf(db.driver());
        connection && !onlyReads(sql) && isDamaged(connection->path))
        throw refusedOnDamaged(connection->path);
    const bool postgreSQL = isPostgreSQLDriver(db.driver());
    throwIfDisconnected(db);
    QSqlQuery query(db);
    // PostgreSQL prepares only SELECT, INSERT, UPDATE, DELETE and VALUES: a statement
    // without values (SET, CREATE, DO, SELECT fn()) goes as it is.
    if (postgreSQL && values.isEmpty()) {
        if (!query.exec(sql))
            throw errorFrom(db.driver(), query.lastError(), QString());
        return query;
    }
    if (!query.prepare(sql))
        throw errorFrom(db.driver(), query.lastError(), QString());
    for (const QVariant &value : values) {
        // The schema keeps flags in INTEGER columns (as SQLite does); PostgreSQL
        // refuses a boolean there.
        if (postgreSQL && value.typeId() == QMetaType::Bool) {
            query.addBindValue(value.isNull() ? QVariant(QMetaType(QMetaType::Int))
                                              : QVariant(value.toBool() ? 1 : 0));
            continue;
        }
        // The driver binds a null QString as NULL, which every NOT NULL DEFAULT ''
        // column refuses: unset text is empty text. NULL is bound only for a null
        // QVariant (see toText(QDate)).
        if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        throw errorFrom(db.driver(), query.lastError(), QString());
    return query;
}

QSqlQuery exec(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    return exec(db, sql, QVariantList(values));
}

qint64 insert(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    if (isPostgreSQLDriver(db.driver())) {
        QSqlQuery query = exec(db, sql + QStringLiteral(" RETURNING id"), values);
        if (!next(query))
            throw StoreError(
                StoreError::Kind::Sql,
                QCoreApplication::translate("Sql", "The new row's id was not returned."));
        return query.value(0).toLongLong();
    }
    const QSqlQuery query = exec(db, sql, values);
    return query.lastInsertId().toLongLong();
}

bool isPostgreSQL(const QSqlDatabase &db)
{
    return isPostgreSQLDriver(db.driver());
}

QString likeOperator(const QSqlDatabase &db)
{
    return isPostgreSQL(db) ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
}

QString forUpdate(const QSqlDatabase &db, const QString &table)
{
    if (!isPostgreSQL(db))
        return QString();
    return table.isEmpty() ? QStringLiteral(" FOR UPDATE")
                           : QStringLiteral(" FOR UPDATE OF ") + table;
}

QString postgreSQLConnectOptions(const StoreLocation &location)
{
    // A server that does not answer is said within seconds, not after libpq's
    // default of waiting forever; keepalives notice a dropped network.
    QString options = QStringLiteral("connect_timeout=5;application_name=summit-brief;"
                                     "keepalives=1;keepalives_idle=10;keepalives_interval=5;"
                                     "keepalives_count=3");
    if (!location.sslMode().isEmpty())
        options += QStringLiteral(";sslmode=") + location.sslMode();
    return options;
}

StoreError connectionErrorFrom(const StoreLocation &location, const QSqlError &error)
{
    const QString text = serverText(error);
    const QString where = location.toString();
    if (text.contains(QLatin1String("no password supplied")) ||
        text.contains(QLatin1String("password authentication failed")) ||
        text.contains(QLatin1String("authentication failed")))
        return StoreError(
            StoreError::Kind::Authentication,
            text.contains(QLatin1String("no password supplied"))
                ? QCoreApplication::translate(
                      "Sql", "%1 asks for a password: type it in the window, or set it "
                             "in ~/.pgpass or PGPASSWORD (the commands read it there).")
                      .arg(where)
                : QCoreApplication::translate("Sql", "%1 refused the password for %2.")
                      .arg(where,
                           location.user().isEmpty() ? Store::accountName() : location.user()));
    if (text.contains(QLatin1String("does not exist")) && text.contains(QLatin1String("database")))
        return StoreError(StoreError::Kind::CannotOpen,
                          QCoreApplication::translate(
                              "Sql", "%1: the server has no database %2. Ask its administrator to "
                                     "create it (CREATE DATABASE), then connect again.")
                              .arg(where, location.database()));
    if (text.contains(QLatin1String("role")) && text.contains(QLatin1String("does not exist")))
        return StoreError(
            StoreError::Kind::Authentication,
            QCoreApplication::translate("Sql", "%1: the server knows no user %2 (%3).")
                .arg(where, location.user().isEmpty() ? Store::accountName() : location.user(),
                     text));
    if (text.contains(QLatin1String("permission denied")) ||
        text.contains(QLatin1String("not permitted")) || text.contains(QLatin1String("pg_hba")))
        return StoreError(
            StoreError::Kind::Denied,
            QCoreApplication::translate("Sql", "%1 refused the connection (%2).").arg(where, text));
    return StoreError(StoreError::Kind::Disconnected,
                      QCoreApplication::translate(
                          "Sql",
                          "Cannot reach %1 (%2). Check the host and port, and that the server is "
                          "running.")
                          .arg(where, text));
}

bool next(QSqlQuery &query)
{
    if (query.next())
        return true;
    if (query.lastError().isValid())
        throw errorFrom(query.driver(), query.lastError(), QString());
    return false;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery query = exec(db, sql, values);
    return next(query) ? query.value(0) : QVariant();
}

QString now()
{
    return toText(QDateTime::currentDateTimeUtc());
}

QString toText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime toDateTime(const QVariant &text)
{
    QDateTime time = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text.toString(), Qt::ISODate);
    return time;
}

QVariant toText(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

QDate toDate(const QVariant &text)
{
    if (text.isNull())
        return {};
    return QDate::fromString(text.toString(), Qt::ISODate);
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    if (const std::optional<Connection> connection = connectionOf(m_db.driver());
        connection && isDamaged(connection->path))
        throw refusedOnDamaged(connection->path);
    throwIfDisconnected(m_db);
    int &depth = transactionDepth()[m_db.connectionName()];
    // IMMEDIATE takes the write lock up front, so two writers queue on the busy
    // timeout instead of failing when a read lock cannot be upgraded.
    // A connection opened to read takes a read snapshot, not the write lock.
    // PostgreSQL locks rows as they are written; its BEGIN has no IMMEDIATE.
    const bool readOnly = connectionOf(m_db.driver()).value_or(Connection()).readOnly ||
                          isPostgreSQLDriver(m_db.driver());
    const QString sql =
        depth == 0 ? (readOnly ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"))
                   : QStringLiteral("SAVEPOINT sp%1").arg(depth);
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        throw errorFrom(m_db.driver(), query.lastError(),
                        QCoreApplication::translate("Store", "Could not start a transaction"));
    ++depth;
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    int &depth = transactionDepth()[m_db.connectionName()];
    --depth;
    QSqlQuery query(m_db);
    if (depth == 0) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        query.exec(QStringLiteral("ROLLBACK TO sp%1").arg(depth));
        query.exec(QStringLiteral("RELEASE sp%1").arg(depth));
    }
}

void Transaction::commit()
{
    int &depth = transactionDepth()[m_db.connectionName()];
    const QString sql =
        depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(depth - 1);
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        throw errorFrom(m_db.driver(), query.lastError(),
                        QCoreApplication::translate("Store", "Could not save the change"));
    --depth;
    m_done = true;
}

} // namespace Sql
