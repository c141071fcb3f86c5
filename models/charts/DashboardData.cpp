#include "DashboardData.h"

#include "items/IssueFilterSql.h"
#include "store/SearchRepository.h"
#include "store/SettingsRepository.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace {

QString where(const QString &condition)
{
    return condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition;
}

QString andAlso(const QString &condition)
{
    return condition.isEmpty() ? QString() : QStringLiteral(" AND ") + condition;
}

// Agreed and Closed are done; every other status still needs work.
QString doneList()
{
    return QStringLiteral("(%1, %2)").arg(int(Status::Agreed)).arg(int(Status::Closed));
}

} // namespace

qint64 DashboardData::count(Status status, const QString &category) const
{
    for (const StatusCategoryCount &entry : byStatusCategory) {
        if (entry.status == status && entry.category == category)
            return entry.count;
    }
    return 0;
}

qint64 DashboardData::count(Status status) const
{
    qint64 total = 0;
    for (const StatusCategoryCount &entry : byStatusCategory) {
        if (entry.status == status)
            total += entry.count;
    }
    return total;
}

QList<DashboardData::IndicatorSeries> DashboardData::mainIndicators() const
{
    const IndicatorSeries *longest = nullptr;
    for (const IndicatorSeries &series : indicators) {
        if (!longest || series.points.size() > longest->points.size())
            longest = &series;
    }
    QList<IndicatorSeries> result;
    if (!longest)
        return result;
    for (const IndicatorSeries &series : indicators) {
        if (series.unit == longest->unit)
            result.append(series);
    }
    return result;
}

DashboardData DashboardData::build(Store &store, const IssueFilter &filter, const QDate &today)
{
    DashboardData data;
    data.filter = filter;
    const QSqlDatabase db = store.database();
    if (!filter.searchText.trimmed().isEmpty())
        SearchRepository(store).sync();
    const IssueFilterSql condition = IssueFilterSql::from(filter);
    const QString issueIds = condition.issueIdCondition(QStringLiteral("issue_id"));

    {
        QSqlQuery query =
            Sql::exec(db,
                      QStringLiteral("SELECT status, category, COUNT(*) FROM issue") +
                          where(condition.sql) + QStringLiteral(" GROUP BY status, category"),
                      condition.values);
        while (Sql::next(query)) {
            const std::optional<Status> status = StatusText::fromInt(query.value(0).toInt());
            if (!status)
                continue;
            StatusCategoryCount entry{*status, query.value(1).toString(),
                                      query.value(2).toLongLong()};
            data.issueCount += entry.count;
            if (!data.categories.contains(entry.category))
                data.categories.append(entry.category);
            data.byStatusCategory.append(entry);
        }
        data.categories.sort();
    }
    {
        QSqlQuery query = Sql::exec(db,
                                    QStringLiteral("SELECT priority, COUNT(*) FROM issue") +
                                        where(condition.sql) + QStringLiteral(" GROUP BY priority"),
                                    condition.values);
        for (Priority priority : PriorityText::all())
            data.byPriority.insert(priority, 0);
        while (Sql::next(query)) {
            if (const std::optional<Priority> priority =
                    PriorityText::fromInt(query.value(0).toInt()))
                data.byPriority[*priority] = query.value(1).toLongLong();
        }
    }

    const SummitInfo summit = store.settings().summit();
    data.summitStart = summit.start;
    data.summitName = summit.name;

    {
        QSqlQuery query = Sql::exec(
            db,
            QStringLiteral("SELECT id, code, title, status, due_date FROM issue WHERE priority = ? "
                           "AND status NOT IN %1")
                    .arg(doneList()) +
                andAlso(condition.sql) +
                QStringLiteral(" ORDER BY due_date IS NULL, due_date, code LIMIT %1")
                    .arg(openCriticalLimit),
            QVariantList{int(Priority::Critical)} + condition.values);
        while (Sql::next(query)) {
            IssueRef ref;
            ref.id = query.value(0).toLongLong();
            ref.code = query.value(1).toString();
            ref.title = query.value(2).toString();
            ref.status = StatusText::fromInt(query.value(3).toInt()).value_or(Status::Draft);
            ref.dueDate = Sql::toDate(query.value(4));
            data.openCritical.append(ref);
        }
        QSqlQuery count = Sql::exec(
            db,
            QStringLiteral("SELECT COUNT(*) FROM issue WHERE priority = ? AND status NOT IN %1")
                    .arg(doneList()) +
                andAlso(condition.sql),
            QVariantList{int(Priority::Critical)} + condition.values);
        data.openCriticalCount = Sql::next(count) ? count.value(0).toLongLong() : 0;
    }

    // Activity and burn-down from the history. Each entry changes the number of
    // open issues by the difference between its "open" and the previous entry's,
    // so one pass over the history gives the open count at the end of every day.
    {
        QSqlQuery query =
            Sql::exec(db,
                      QStringLiteral("SELECT day, COUNT(*), SUM(delta) FROM ("
                                     "SELECT SUBSTR(changed_at, 1, 10) AS day, "
                                     "(CASE WHEN to_status IN %1 THEN 0 ELSE 1 END) - "
                                     "COALESCE(LAG(CASE WHEN to_status IN %1 THEN 0 ELSE 1 END) "
                                     "OVER (PARTITION BY issue_id ORDER BY id), 0) AS delta "
                                     "FROM status_change%2) AS changes GROUP BY day ORDER BY day")
                          .arg(doneList(), where(issueIds)),
                      condition.values);
        QList<QPair<QDate, qint64>> deltas;
        while (Sql::next(query)) {
            const QDate day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
            if (!day.isValid())
                continue;
            data.changesPerDay.append({day, query.value(1).toLongLong()});
            deltas.append({day, query.value(2).toLongLong()});
        }
        if (!deltas.isEmpty()) {
            const QDate first = deltas.first().first;
            QDate last = summit.start.isValid() ? summit.start : today;
            // History that starts after the summit (a file made later): show it to its end.
            if (last < deltas.last().first)
                last = deltas.last().first;
            qint64 open = 0;
            qsizetype next = 0;
            for (QDate day = first; day <= last; day = day.addDays(1)) {
                while (next < deltas.size() && deltas.at(next).first <= day)
                    open += deltas.at(next++).second;
                data.openPerDay.append({day, open});
            }
        }
    }

    {
        QSqlQuery query = Sql::exec(db, QStringLiteral("SELECT name, observed_on, value, unit, "
                                                       "source, illustrative FROM indicator "
                                                       "ORDER BY name, observed_on, id"));
        QHash<QString, qsizetype> indexOf;
        while (Sql::next(query)) {
            const QString name = query.value(0).toString();
            auto it = indexOf.find(name);
            if (it == indexOf.end()) {
                it = indexOf.insert(name, data.indicators.size());
                IndicatorSeries series;
                series.name = name;
                series.unit = query.value(3).toString();
                data.indicators.append(series);
            }
            IndicatorSeries &series = data.indicators[*it];
            const QString source = query.value(4).toString();
            if (!source.isEmpty() && !series.sources.contains(source))
                series.sources.append(source);
            series.points.append(
                {Sql::toDate(query.value(1)), query.value(2).toDouble(), query.value(5).toBool()});
        }
    }

    // The weighted median of each bloc, as Forecast computes it: the first position,
    // in ascending order, where the running clout × salience reaches half the total
    // (a plain median when the whole bloc carries no weight).
    {
        const QString ranked =
            QStringLiteral(
                "WITH p AS (SELECT p.issue_id, a.bloc, p.position, p.clout * p.salience AS w "
                "FROM position p JOIN actor a ON a.id = p.actor_id "
                "WHERE a.bloc IN ('EU', 'China')%1), "
                "r AS (SELECT issue_id, bloc, position, "
                "SUM(w) OVER (PARTITION BY issue_id, bloc ORDER BY position "
                "ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS run, "
                "SUM(w) OVER (PARTITION BY issue_id, bloc) AS total, "
                "ROW_NUMBER() OVER (PARTITION BY issue_id, bloc ORDER BY position) AS n, "
                "COUNT(*) OVER (PARTITION BY issue_id, bloc) AS cnt FROM p), "
                "m AS (SELECT issue_id, bloc, MIN(position) AS median FROM r "
                "WHERE (total > 0 AND 2 * run >= total) OR (total = 0 AND 2 * n >= cnt) "
                "GROUP BY issue_id, bloc), "
                "g AS (SELECT e.issue_id, e.median AS eu, c.median AS china, "
                "ABS(e.median - c.median) AS gap FROM m e JOIN m c "
                "ON c.issue_id = e.issue_id AND e.bloc = 'EU' AND c.bloc = 'China') ")
                .arg(andAlso(condition.issueIdCondition(QStringLiteral("p.issue_id"))));
        QSqlQuery query = Sql::exec(
            db,
            ranked + QStringLiteral("SELECT g.issue_id, i.code, i.title, g.eu, g.china, g.gap, "
                                    "(SELECT COUNT(*) FROM g) FROM g JOIN issue i ON i.id = "
                                    "g.issue_id ORDER BY g.gap DESC, i.code LIMIT %1")
                         .arg(gapLimit),
            condition.values);
        while (Sql::next(query)) {
            Gap gap;
            gap.issueId = query.value(0).toLongLong();
            gap.code = query.value(1).toString();
            gap.title = query.value(2).toString();
            gap.eu = query.value(3).toDouble();
            gap.china = query.value(4).toDouble();
            gap.gap = query.value(5).toDouble();
            data.gapCount = query.value(6).toLongLong();
            data.gaps.append(gap);
        }
    }
    return data;
}
