#include "Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QTimeZone>

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
    case 8:
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
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.driverText();
    return StoreError(kindOf(error),
                      context.isEmpty() ? text : context + QStringLiteral(": ") + text);
}

QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        throw errorFrom(query.lastError(), QString());
    for (const QVariant &value : values) {
        // The driver binds a null QString as NULL, which every NOT NULL DEFAULT ''
        // column refuses: unset text is empty text. NULL is bound only for a null
        // QVariant (see toText(QDate)).
        if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        throw errorFrom(query.lastError(), QString());
    return query;
}

QSqlQuery exec(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    return exec(db, sql, QVariantList(values));
}

bool next(QSqlQuery &query)
{
    if (query.next())
        return true;
    if (query.lastError().isValid())
        throw errorFrom(query.lastError(), QString());
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
    int &depth = transactionDepth()[m_db.connectionName()];
    // IMMEDIATE takes the write lock up front, so two writers queue on the busy
    // timeout instead of failing when a read lock cannot be upgraded.
    const QString sql = depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                   : QStringLiteral("SAVEPOINT sp%1").arg(depth);
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        throw errorFrom(query.lastError(),
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
        throw errorFrom(query.lastError(),
                        QCoreApplication::translate("Store", "Could not save the change"));
    --depth;
    m_done = true;
}

} // namespace Sql
