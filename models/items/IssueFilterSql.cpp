#include "IssueFilterSql.h"

#include "store/SearchRepository.h"

#include <QStringList>

IssueFilterSql IssueFilterSql::from(const IssueFilter &filter)
{
    QStringList parts;
    QVariantList values;
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        // LIKE with an escape character, so a '%' or '_' the user typed is literal.
        // SQLite's LIKE already ignores ASCII case; LOWER() on each column would fold
        // no more than that and doubled the time of a scan of 100,000 rows.
        QString pattern = text.toLower();
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        pattern.replace(QLatin1Char('%'), QLatin1String("\\%"));
        pattern.replace(QLatin1Char('_'), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        QStringList columns;
        for (const char *column : {"code", "title", "category", "owner"}) {
            columns.append(QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(column)));
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
    const SearchRepository::Condition search = SearchRepository::issueCondition(filter.searchText);
    if (!search.sql.isEmpty()) {
        parts.append(search.sql);
        values += search.values;
    }
    IssueFilterSql result;
    result.sql = parts.join(QLatin1String(" AND "));
    result.values = values;
    return result;
}

QString IssueFilterSql::issueIdCondition(const QString &idColumn) const
{
    if (sql.isEmpty())
        return QString();
    return QStringLiteral("%1 IN (SELECT id FROM issue WHERE %2)").arg(idColumn, sql);
}
