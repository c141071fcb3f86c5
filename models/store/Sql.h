#pragma once

#include "StoreError.h"

#include <QSqlDatabase>
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

// Runs a statement that returns one value (COUNT(*), MAX(...)).
QVariant scalar(const QSqlDatabase &db, const QString &sql,
                std::initializer_list<QVariant> values = {});

StoreError errorFrom(const QSqlError &error, const QString &context);

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
