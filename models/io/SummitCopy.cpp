#include "SummitCopy.h"

#include "store/Sql.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/StoreLocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>
#include <optional>

namespace {

// Rows read from the source per statement: keyset pages keep memory flat on
// 100,000 issues whatever the driver buffers.
constexpr int rowsPerRead = 5000;

QString keyOf(const QString &table)
{
    return table == QLatin1String("settings") ? QStringLiteral("key") : QStringLiteral("id");
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    const QSqlRecord record = db.record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    return columns;
}

// The source's columns the target also has, in the target's order: a source at
// an older version the repositories still read lacks a few, which take the
// target's defaults.
QStringList sharedColumns(const QSqlDatabase &source, const QSqlDatabase &target,
                          const QString &table)
{
    const QStringList sourceColumns = columnsOf(source, table);
    QStringList shared;
    for (const QString &column : columnsOf(target, table)) {
        if (sourceColumns.contains(column))
            shared.append(column);
    }
    return shared;
}

// What the driver read, ready to bind: NULL stays NULL and empty text stays
// empty text (the driver would bind a null QString as NULL, which NOT NULL
// DEFAULT '' columns refuse).
QVariant bindable(const QVariant &value)
{
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

QString insertStatement(const QString &table, const QStringList &columns, int rows)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    const QString row = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    QStringList values;
    values.fill(row, rows);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table, columns.join(QLatin1Char(',')), values.join(QLatin1Char(',')));
}

// A prepared multi-row INSERT, reused for every full batch of a table.
class BatchInsert
{
public:
    BatchInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns)
        : m_db(db), m_table(table), m_columns(columns), m_batchRows(batchRowsFor(db, columns)),
          m_full(db)
    {
    }

    void add(const QSqlQuery &source)
    {
        for (int i = 0; i < m_columns.size(); ++i)
            m_pending.append(bindable(source.value(i)));
        if (m_pending.size() == qsizetype(m_batchRows) * m_columns.size())
            flush();
    }

    void flush()
    {
        if (m_pending.isEmpty())
            return;
        const int rows = int(m_pending.size() / m_columns.size());
        if (rows == m_batchRows) {
            if (!m_fullPrepared) {
                prepare(m_full, m_batchRows);
                m_fullPrepared = true;
            }
            run(m_full);
            return;
        }
        QSqlQuery rest(m_db);
        prepare(rest, rows);
        run(rest);
    }

private:
    // A server is a round trip away: many rows per statement. SQLite is in the
    // process, and parses a statement of thousands of placeholders slowly: one
    // row per statement, prepared once.
    static int batchRowsFor(const QSqlDatabase &db, const QStringList &columns)
    {
        if (!Sql::isPostgreSQL(db))
            return 1;
        return qMax(1, qMin(SummitCopy::maxRowsPerInsert,
                            SummitCopy::maxValuesPerInsert / int(qMax(1, columns.size()))));
    }

    void prepare(QSqlQuery &query, int rows)
    {
        if (!query.prepare(insertStatement(m_table, m_columns, rows)))
            throw Sql::errorFrom(m_db.driver(), query.lastError(), QString());
    }

    void run(QSqlQuery &query)
    {
        for (qsizetype i = 0; i < m_pending.size(); ++i)
            query.bindValue(int(i), m_pending.at(i));
        m_pending.clear();
        if (!query.exec())
            throw Sql::errorFrom(m_db.driver(), query.lastError(),
                                 SummitCopy::tr("Copying %1").arg(m_table));
    }

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_batchRows;
    QSqlQuery m_full;
    bool m_fullPrepared = false;
    QVariantList m_pending;
};

qint64 copyTable(const QSqlDatabase &source, const QSqlDatabase &target, const QString &table,
                 const SummitCopy::Progress &progress)
{
    if (!source.tables().contains(table))
        return 0; // a source from before the table existed
    const QStringList columns = sharedColumns(source, target, table);
    const QString key = keyOf(table);
    const qsizetype keyColumn = columns.indexOf(key);
    if (keyColumn < 0)
        throw StoreError(StoreError::Kind::Sql,
                         SummitCopy::tr("Cannot copy %1: it has no %2 column.").arg(table, key));
    const qint64 total =
        Sql::scalar(source, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toLongLong();
    BatchInsert insert(target, table, columns);
    QSqlQuery read(source);
    read.setForwardOnly(true);
    const auto select = [&](const QString &where) {
        return QStringLiteral("SELECT ") + columns.join(QLatin1Char(',')) +
               QStringLiteral(" FROM ") + table + where + QStringLiteral(" ORDER BY ") + key +
               QStringLiteral(" LIMIT ") + QString::number(rowsPerRead);
    };
    if (!read.prepare(select(QString())))
        throw Sql::errorFrom(source.driver(), read.lastError(), QString());
    QSqlQuery readAfter(source);
    readAfter.setForwardOnly(true);
    if (!readAfter.prepare(select(QStringLiteral(" WHERE ") + key + QStringLiteral(" > ?"))))
        throw Sql::errorFrom(source.driver(), readAfter.lastError(), QString());
    qint64 done = 0;
    QVariant last;
    for (;;) {
        QSqlQuery &page = last.isValid() ? readAfter : read;
        if (last.isValid())
            page.bindValue(0, last);
        if (!page.exec())
            throw Sql::errorFrom(source.driver(), page.lastError(), QString());
        int rows = 0;
        while (Sql::next(page)) {
            insert.add(page);
            last = page.value(int(keyColumn));
            ++rows;
        }
        page.finish();
        done += rows;
        if (progress)
            progress(table, done, qMax(total, done));
        if (rows < rowsPerRead)
            break;
    }
    insert.flush();
    return done;
}

// Whether any summit table of the store holds a row.
bool holdsSummitData(const QSqlDatabase &db)
{
    const QStringList present = db.tables();
    for (const QString &table : SummitCopy::tables()) {
        if (present.contains(table) &&
            Sql::scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(table)).toBool())
            return true;
    }
    return false;
}

// A team database is looked at on a connection of its own before the Store
// opens it, since opening upgrades an older schema: a target that is refused
// must be left exactly as it was.
void checkTeamDatabaseIsEmpty(const StoreLocation &location)
{
    static std::atomic<int> counter{0};
    const QString connectionName = QStringLiteral("summit-copy-check-%1").arg(++counter);
    std::optional<StoreError> error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(location.host());
        db.setPort(location.port());
        db.setDatabaseName(location.database());
        db.setUserName(location.user().isEmpty() ? Store::accountName() : location.user());
        if (!location.password().isEmpty())
            db.setPassword(location.password());
        db.setConnectOptions(Sql::postgreSQLConnectOptions(location));
        try {
            if (!db.isValid())
                throw StoreError(StoreError::Kind::CannotOpen,
                                 SummitCopy::tr("Cannot open %1: the PostgreSQL driver of Qt is "
                                                "not installed (Debian package libqt6sql6-psql).")
                                     .arg(location.toString()));
            if (!db.open())
                throw Sql::connectionErrorFrom(location, db.lastError());
            Sql::exec(db, QStringLiteral("SET client_min_messages = warning"));
            QStringList tables;
            QSqlQuery query = Sql::exec(db, QStringLiteral("SELECT tablename FROM pg_tables "
                                                           "WHERE schemaname = current_schema()"));
            while (Sql::next(query))
                tables.append(query.value(0).toString());
            if (!tables.isEmpty() && !tables.contains(QStringLiteral("schema_migration")))
                throw StoreError(StoreError::Kind::NotADatabase,
                                 SummitCopy::tr("%1 holds tables of another program; nothing was "
                                                "copied. Copy into an empty database.")
                                     .arg(location.toString()));
            if (holdsSummitData(db))
                throw StoreError(StoreError::Kind::Invalid,
                                 SummitCopy::tr("%1 already holds a summit; nothing was copied. "
                                                "Copy into an empty database.")
                                     .arg(location.toString()));
        } catch (const StoreError &caught) {
            error = caught;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (error)
        throw *error;
}

// Where a SQLite target is built before it is moved to its name.
QString partialPathFor(const QString &path)
{
    for (;;) {
        const QString candidate =
            QStringLiteral("%1.copy-%2.partial")
                .arg(path)
                .arg(QRandomGenerator::global()->generate() % 1000000, 6, 10, QLatin1Char('0'));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

void removeSQLiteFile(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

void refuseExistingFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        throw StoreError(StoreError::Kind::CannotOpen,
                         info.isDir() ? SummitCopy::tr("%1 is a folder; nothing was copied.")
                                            .arg(QDir::toNativeSeparators(path))
                                      : SummitCopy::tr("%1 already exists; nothing was copied. A "
                                                       "copy never replaces a file: choose a new "
                                                       "file name.")
                                            .arg(QDir::toNativeSeparators(path)));
}

// The rows of every table. What the target derives from them follows by its own
// triggers: the per-day sums at once, the search documents and bloc gaps through
// the queues they leave, on the first search and dashboard (as after an import).
QList<SummitCopy::TableCount> copyRows(Store &source, Store &target,
                                       const SummitCopy::Progress &progress)
{
    const QSqlDatabase from = source.database();
    const QSqlDatabase to = target.database();
    // One snapshot of the source, however long the copy takes and whoever writes
    // to it meanwhile.
    Sql::Transaction snapshot(from);
    if (Sql::isPostgreSQL(from))
        Sql::exec(from, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
    Sql::Transaction transaction(to);
    // Looked at again in the transaction that writes: a colleague may have
    // started to fill a team database since it was found empty.
    if (holdsSummitData(to))
        throw StoreError(StoreError::Kind::Invalid,
                         SummitCopy::tr("%1 already holds a summit; nothing was copied. Copy into "
                                        "an empty database.")
                             .arg(target.path()));
    QList<SummitCopy::TableCount> counts;
    for (const QString &table : SummitCopy::tables())
        counts.append({table, copyTable(from, to, table, progress)});
    if (Sql::isPostgreSQL(to)) {
        // Explicit ids leave each identity's sequence where it was: the next new
        // row would collide with a copied one.
        for (const QString &table : SummitCopy::tables()) {
            if (keyOf(table) == QLatin1String("id"))
                Sql::exec(to, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                             "MAX(id)) FROM %1")
                                  .arg(table));
        }
    }
    transaction.commit();
    if (Sql::isPostgreSQL(to)) {
        // Fresh statistics, so the server plans the first screens on what is there.
        QSqlQuery analyze(to);
        analyze.exec(QStringLiteral("ANALYZE"));
    }
    return counts;
}

} // namespace

QStringList SummitCopy::tables()
{
    return {QStringLiteral("settings"),      QStringLiteral("actor"),
            QStringLiteral("issue"),         QStringLiteral("position"),
            QStringLiteral("status_change"), QStringLiteral("issue_link"),
            QStringLiteral("saved_view"),    QStringLiteral("event"),
            QStringLiteral("indicator"),     QStringLiteral("pack_export")};
}

qint64 SummitCopy::rowsOf(const QList<TableCount> &counts, const QString &table)
{
    for (const TableCount &count : counts) {
        if (count.table == table)
            return count.rows;
    }
    return 0;
}

QList<SummitCopy::TableCount> SummitCopy::copy(const QString &from, const QString &to,
                                               const Progress &progress)
{
    const StoreLocation target = StoreLocation::parse(to);
    if (!target.isValid())
        throw StoreError(StoreError::Kind::CannotOpen, target.error());
    if (target.isPostgreSQL())
        checkTeamDatabaseIsEmpty(target);
    else
        refuseExistingFile(to);

    Store source;
    source.open(from, Store::OpenMode::ReadOnly);

    if (target.isPostgreSQL()) {
        Store store;
        store.open(to, Store::OpenMode::CreateIfMissing);
        return copyRows(source, store, progress);
    }

    const QString partial = partialPathFor(to);
    QList<TableCount> counts;
    try {
        Store store;
        store.open(partial, Store::OpenMode::CreateIfMissing);
        counts = copyRows(source, store, progress);
        store.close();
    } catch (const StoreError &) {
        removeSQLiteFile(partial);
        throw;
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    // QFile::rename never replaces a file: one made at `to` meanwhile stays.
    QFile file(partial);
    if (!file.rename(to)) {
        const QString reason = file.errorString();
        removeSQLiteFile(partial);
        refuseExistingFile(to);
        throw StoreError(StoreError::Kind::Io,
                         tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(to), reason));
    }
    return counts;
}
