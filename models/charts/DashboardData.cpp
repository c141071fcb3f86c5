#include "DashboardData.h"

#include "items/IssueFilterSql.h"
#include "store/SearchRepository.h"
#include "store/SettingsRepository.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

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
struct Point
{
    int position = 0;
    qint64 weight = 0;
};

// Forecast's weighted median: the first position, in ascending order, where the
// running weight reaches half the total; a plain median when all weigh nothing.
double blocMedian(QList<Point> points)
{
    std::sort(points.begin(), points.end(),
              [](const Point &a, const Point &b) { return a.position < b.position; });
    qint64 total = 0;
    for (const Point &point : points)
        total += point.weight;
    qint64 running = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        running += total > 0 ? points.at(i).weight : 1;
        if (2 * running >= (total > 0 ? total : points.size()))
            return points.at(i).position;
    }
    return points.last().position;
}

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
    if (IssueFilterSql::usesSearchIndex(filter))
        SearchRepository(store).sync();
    return build(store.database(), filter, store.settings().summit(), today);
}

DashboardData DashboardData::build(const QSqlDatabase &db, const IssueFilter &filter,
                                   const SummitInfo &summit, const QDate &today)
{
    DashboardData data;
    data.filter = filter;
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

    // The EU–China gap. SQLite's window functions took seconds over a million
    // positions, so the rows come out once, bloc by actor id, and the weighted
    // medians are taken here, the same way Forecast takes them.
    {
        QHash<qint64, bool> isEu; // actor id -> EU (true) or China (false)
        QSqlQuery actors = Sql::exec(
            db, QStringLiteral("SELECT id, bloc FROM actor WHERE bloc IN ('EU', 'China')"));
        while (Sql::next(actors))
            isEu.insert(actors.value(0).toLongLong(),
                        actors.value(1).toString() == QLatin1String("EU"));
        struct Sides
        {
            QList<Point> eu;
            QList<Point> china;
        };
        QHash<qint64, Sides> byIssue;
        if (!isEu.isEmpty()) {
            // Forward-only: a million rows are read once, never cached. The unary
            // plus keeps SQLite scanning the table in order instead of jumping
            // through the actor index (five times slower for most of the rows).
            QSqlQuery query(db);
            query.setForwardOnly(true);
            const QString sql =
                QStringLiteral("SELECT p.issue_id, p.actor_id, p.position, p.clout * p.salience "
                               "FROM position p WHERE +p.actor_id IN (SELECT id FROM actor WHERE "
                               "bloc IN ('EU', 'China'))") +
                andAlso(condition.issueIdCondition(QStringLiteral("p.issue_id")));
            if (!query.prepare(sql))
                throw Sql::errorFrom(query.lastError(), QString());
            for (const QVariant &value : condition.values)
                query.addBindValue(value);
            if (!query.exec())
                throw Sql::errorFrom(query.lastError(), QString());
            while (Sql::next(query)) {
                Sides &sides = byIssue[query.value(0).toLongLong()];
                const Point point{query.value(2).toInt(), query.value(3).toLongLong()};
                (isEu.value(query.value(1).toLongLong()) ? sides.eu : sides.china).append(point);
            }
        }
        QList<Gap> all;
        all.reserve(byIssue.size());
        for (auto it = byIssue.begin(); it != byIssue.end(); ++it) {
            if (it->eu.isEmpty() || it->china.isEmpty())
                continue;
            Gap gap;
            gap.issueId = it.key();
            gap.eu = blocMedian(it->eu);
            gap.china = blocMedian(it->china);
            gap.gap = std::abs(gap.eu - gap.china);
            all.append(gap);
        }
        data.gapCount = all.size();
        // Widest first; equal gaps by issue id, so the order is stable.
        const auto wider = [](const Gap &a, const Gap &b) {
            return a.gap != b.gap ? a.gap > b.gap : a.issueId < b.issueId;
        };
        const qsizetype shown = std::min<qsizetype>(gapLimit, all.size());
        std::partial_sort(all.begin(), all.begin() + shown, all.end(), wider);
        all.resize(shown);
        for (Gap &gap : all) {
            QSqlQuery issue = Sql::exec(
                db, QStringLiteral("SELECT code, title FROM issue WHERE id = ?"), {gap.issueId});
            if (Sql::next(issue)) {
                gap.code = issue.value(0).toString();
                gap.title = issue.value(1).toString();
            }
        }
        // Codes break ties among equal gaps, as people read them.
        std::stable_sort(all.begin(), all.end(), [](const Gap &a, const Gap &b) {
            return a.gap != b.gap ? a.gap > b.gap : a.code < b.code;
        });
        data.gaps = all;
    }
    return data;
}
