#include "IssueFilterSql.h"

#include "store/SearchRepository.h"
#include "store/Sql.h"

#include <QStringList>

namespace {

// LIKE with an escape character, so a '%' or '_' the user typed is literal.
// SQLite's LIKE already ignores ASCII case; LOWER() on each column would fold no
// more than that and doubled the time of a scan of 100,000 rows. PostgreSQL's
// LIKE heeds case: there it is ILIKE (Sql::likeOperator).
QString likePattern(const QString &text)
{
    QString pattern = text.toLower();
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    pattern.replace(QLatin1Char('%'), QLatin1String("\\%"));
    pattern.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

// The ids of issues whose category (or owner) contains the text. A column has few
// distinct values: they are read one index seek each (a loose index scan, as a
// recursive query, since SELECT DISTINCT would read the whole index) and only
// those are matched with LIKE; the ids then come from the (column, id) index.
QString idsByDistinctValue(const QSqlDatabase &db, const char *column)
{
    return QStringLiteral(
               "SELECT id FROM issue WHERE %1 IN (WITH RECURSIVE distinct_value (value) AS "
               "(SELECT MIN(%1) FROM issue UNION ALL SELECT (SELECT MIN(%1) FROM issue "
               "WHERE %1 > distinct_value.value) FROM distinct_value "
               "WHERE distinct_value.value IS NOT NULL) "
               "SELECT value FROM distinct_value WHERE value %2 ? ESCAPE '\\')")
        .arg(QLatin1String(column), Sql::likeOperator(db));
}

// "SELECT … UNION … SELECT …": the ids of the issues whose code, title, category
// or owner contains `text`, joined by `setOperator`; empty when the text is too
// short for the trigram index.
IssueFilterSql matchIds(const QSqlDatabase &db, const QString &text, const QString &setOperator)
{
    const SearchRepository::Condition heading = SearchRepository::headingSubstringIds(db, text);
    IssueFilterSql ids;
    if (heading.sql.isEmpty())
        return ids;
    ids.sql = heading.sql + setOperator + idsByDistinctValue(db, "category") + setOperator +
              idsByDistinctValue(db, "owner");
    ids.values = heading.values + QVariantList{likePattern(text), likePattern(text)};
    return ids;
}

bool onlyText(const IssueFilter &filter)
{
    IssueFilter rest = filter;
    rest.text.clear();
    return rest.isEmpty();
}

} // namespace

IssueFilterSql IssueFilterSql::from(const QSqlDatabase &db, const IssueFilter &filter, Plan plan)
{
    QStringList parts;
    QVariantList values;
    const QString text = filter.text.trimmed();
    // UNION ALL: an IN list ignores duplicates, and removing them first costs a sort.
    const IssueFilterSql ids = matchIds(db, text, QStringLiteral(" UNION ALL "));
    if (!ids.sql.isEmpty()) {
        const bool walk = plan == Plan::WalkOrder && !Sql::isPostgreSQL(db);
        parts.append(
            QStringLiteral("%1id IN (%2)").arg(walk ? QStringLiteral("+") : QString(), ids.sql));
        values += ids.values;
    } else if (!text.isEmpty()) {
        const QString pattern = likePattern(text);
        QStringList columns;
        for (const char *column : {"code", "title", "category", "owner"}) {
            columns.append(QStringLiteral("%1 %2 ? ESCAPE '\\'")
                               .arg(QLatin1String(column), Sql::likeOperator(db)));
            values.append(pattern);
        }
        parts.append(QLatin1Char('(') + columns.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    }
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (Status status : filter.statuses) {
            marks.append(QStringLiteral("?"));
            values.append(int(status));
        }
        parts.append(QStringLiteral("status IN (%1)").arg(marks.join(QLatin1String(", "))));
    }
    if (!filter.category.isEmpty()) {
        parts.append(QStringLiteral("category = ?"));
        values.append(filter.category);
    }
    if (filter.priority) {
        parts.append(QStringLiteral("priority = ?"));
        values.append(int(*filter.priority));
    }
    const SearchRepository::Condition search =
        SearchRepository::issueCondition(db, filter.searchText);
    if (!search.sql.isEmpty()) {
        parts.append(search.sql);
        values += search.values;
    }
    IssueFilterSql result;
    result.sql = parts.join(QLatin1String(" AND "));
    result.values = values;
    return result;
}

IssueFilterSql IssueFilterSql::countStatement(const QSqlDatabase &db, const IssueFilter &filter)
{
    // Text alone: count the distinct ids the indexes give, without reading a row.
    if (onlyText(filter)) {
        IssueFilterSql ids = matchIds(db, filter.text.trimmed(), QStringLiteral(" UNION "));
        // Archived issues leave the set as their few ids, off their partial index.
        if (!ids.sql.isEmpty() && !filter.showArchived)
            ids.sql += QStringLiteral(" EXCEPT SELECT id FROM issue WHERE archived_at IS NOT NULL");
        if (!ids.sql.isEmpty())
            return {QStringLiteral("SELECT COUNT(*) FROM (%1) AS text_match").arg(ids.sql),
                    ids.values};
    }
    IssueFilterSql condition = from(db, filter);
    if (const QString live = archivedCondition(filter); !live.isEmpty())
        condition.sql =
            condition.sql.isEmpty() ? live : condition.sql + QStringLiteral(" AND ") + live;
    IssueFilterSql count;
    count.sql = QStringLiteral("SELECT COUNT(*) FROM issue");
    if (!condition.sql.isEmpty())
        count.sql += QStringLiteral(" WHERE ") + condition.sql;
    count.values = condition.values;
    return count;
}

QString IssueFilterSql::archivedCondition(const IssueFilter &filter)
{
    // The few archived ids come off their partial index (schema 8), and the id is
    // in every index entry: a page read walking the sort index tests each entry
    // without reading its row. "archived_at IS NULL" read the row of every entry
    // skipped by the OFFSET (sqlite3, 100,000 rows, a page at 90,000: 0.5–1 s
    // against 0.07 s this way and 0.01–0.03 s with no condition).
    return filter.showArchived
               ? QString()
               : QStringLiteral("id NOT IN (SELECT id FROM issue WHERE archived_at IS NOT NULL)");
}

IssueFilterSql IssueFilterSql::textMatchIds(const QSqlDatabase &db, const QString &text)
{
    return matchIds(db, text.trimmed(), QStringLiteral(" UNION ALL "));
}

bool IssueFilterSql::usesSearchIndex(const IssueFilter &filter)
{
    return !filter.searchText.trimmed().isEmpty() ||
           filter.text.trimmed().toUcs4().size() >= SearchRepository::minIndexedLength;
}

QString IssueFilterSql::issueIdCondition(const QString &idColumn) const
{
    if (sql.isEmpty())
        return QString();
    return QStringLiteral("%1 IN (SELECT id FROM issue WHERE %2)").arg(idColumn, sql);
}
