#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

// Copies a whole summit from one store to another: a SQLite file or a team
// database (postgresql://…), either way. Every row of every table keeps its id,
// the status history included; what the store derives from them (the per-day
// sums, the bloc gaps, the search documents) is rebuilt by the target itself.
// All or nothing: the rows are written in one transaction, and a SQLite target
// is built beside its final name and moved there complete. The target must be
// empty: a file that does not exist yet, or a team database with no tables or
// with the schema and no summit data; anything else is refused untouched.
class SummitCopy
{
    Q_DECLARE_TR_FUNCTIONS(SummitCopy)
public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };
    // Called now and then while a table is copied (rows done of its total).
    using Progress = std::function<void(const QString &table, qint64 done, qint64 total)>;

    // The tables that hold a summit, in the order they are copied (a row's
    // references are copied before it).
    static QStringList tables();

    // Throws StoreError: an unreadable source, a refused target, a row the
    // target refuses. A team database's password comes from the URL, PGPASSWORD
    // or ~/.pgpass, as libpq reads them.
    static QList<TableCount> copy(const QString &from, const QString &to,
                                  const Progress &progress = {});

    // Rows copied of `table` in `counts`; 0 when it is not there.
    static qint64 rowsOf(const QList<TableCount> &counts, const QString &table);

    // Rows per INSERT statement on a team database: enough to keep the round
    // trips to the server few, few enough to stay under its limit on bound values.
    static constexpr int maxRowsPerInsert = 500;
    static constexpr int maxValuesPerInsert = 30000;
};
