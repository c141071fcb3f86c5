#include "DashboardData.h"

#include "items/IssueFilterSql.h"
#include "store/BlocGapRepository.h"
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

// The ids of the issues a text filter lets through, in a temporary table of the
// connection for the length of one build.
class MatchTable
{
public:
    MatchTable(QSqlDatabase db, bool filled) : m_db(std::move(db)), m_filled(filled) {}
    ~MatchTable()
    {
        if (m_filled)
            QSqlQuery(m_db).exec(QStringLiteral("DROP TABLE IF EXISTS dashboard_match"));
    }
    MatchTable(const MatchTable &) = delete;
    MatchTable &operator=(const MatchTable &) = delete;

    // Fills the table with the issues `condition` selects and returns the
    // condition that reads them back.
    static IssueFilterSql fill(const QSqlDatabase &db, const IssueFilterSql &condition)
    {
        Sql::exec(db, QStringLiteral("DROP TABLE IF EXISTS dashboard_match"));
        Sql::exec(db, QStringLiteral("CREATE TEMP TABLE dashboard_match (id INTEGER PRIMARY KEY)"));
        Sql::exec(db,
                  QStringLiteral("INSERT INTO dashboard_match (id) SELECT id FROM issue WHERE ") +
                      condition.sql,
                  condition.values);
        // The unary plus keeps SQLite on the narrow indexes of the issue table,
        // testing each id against the matches, instead of seeking thousands of
        // wide issue rows by id.
        IssueFilterSql matches;
        matches.sql = idCondition(QStringLiteral("+id"));
        return matches;
    }

    static QString idCondition(const QString &column)
    {
        return column + QStringLiteral(" IN (SELECT id FROM dashboard_match)");
    }

private:
    QSqlDatabase m_db;
    bool m_filled;
};

// Agreed and Closed are done; every other status still needs work.
bool isDone(Status status)
{
    return status == Status::Agreed || status == Status::Closed;
}

// Above this many filtered issues, walking the gap index in order beats sorting
// the filtered issues' gaps (on 100,000 issues, a walk of the whole index costs
// about as much as sorting a few thousand gaps).
constexpr qint64 manyIssuesForGapScan = 2000;

QString doneList()
{
    return QStringLiteral("(%1, %2)").arg(int(Status::Agreed)).arg(int(Status::Closed));
}

// Archived issues have left the dashboard's counts, critical list and gaps. The
// partial indexes of version 7 hold live issues only, so this keeps the scans narrow.
const QString live = QStringLiteral("archived_at IS NULL");

// Live issues that `condition` lets through.
QString liveAnd(const QString &condition)
{
    return condition.isEmpty() ? live
                               : live + QStringLiteral(" AND (") + condition + QLatin1Char(')');
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
    // A read-only summit is charted with the gaps its writers stored.
    if (!store.isReadOnly())
        BlocGapRepository(store.database()).sync();
    return build(store.database(), filter, store.settings().summit(), today);
}

DashboardData DashboardData::build(const QSqlDatabase &db, const IssueFilter &filter,
                                   const SummitInfo &summit, const QDate & /*today*/)
{
    DashboardData data;
    data.filter = filter;
    // A text or search filter is a lookup in the trigram index (or a LIKE scan):
    // its matches are found once, into a temporary table, rather than by each of
    // the five queries below.
    // A read-only SQLite connection (query_only) refuses even a temporary table:
    // there each query filters by text itself.
    const bool queryOnly = db.driverName() == QLatin1String("QSQLITE") &&
                           Sql::scalar(db, QStringLiteral("PRAGMA query_only")).toInt() == 1;
    const bool byText =
        !queryOnly && (!filter.text.trimmed().isEmpty() || !filter.searchText.trimmed().isEmpty());
    const IssueFilterSql condition =
        byText ? MatchTable::fill(db, IssueFilterSql::from(filter)) : IssueFilterSql::from(filter);
    const MatchTable dropAtEnd(db, byText);
    // Tables that refer to issues read the matches directly when there are some.
    const auto idCondition = [&condition, byText](const QString &column) {
        return byText ? MatchTable::idCondition(column) : condition.issueIdCondition(column);
    };
    const QString issueIds = idCondition(QStringLiteral("issue_id"));

    // One pass over the (status, category, priority) index gives all three
    // breakdowns and the number of open critical issues.
    {
        for (Priority priority : PriorityText::all())
            data.byPriority.insert(priority, 0);
        QSqlQuery query =
            Sql::exec(db,
                      QStringLiteral("SELECT status, category, priority, COUNT(*) FROM issue") +
                          where(liveAnd(condition.sql)) +
                          QStringLiteral(" GROUP BY status, category, priority"),
                      condition.values);
        while (Sql::next(query)) {
            const std::optional<Status> status = StatusText::fromInt(query.value(0).toInt());
            const std::optional<Priority> priority = PriorityText::fromInt(query.value(2).toInt());
            if (!status || !priority)
                continue;
            const QString category = query.value(1).toString();
            const qint64 count = query.value(3).toLongLong();
            data.issueCount += count;
            data.byPriority[*priority] += count;
            if (*priority == Priority::Critical && !isDone(*status))
                data.openCriticalCount += count;
            if (!data.byStatusCategory.isEmpty() &&
                data.byStatusCategory.last().status == *status &&
                data.byStatusCategory.last().category == category) {
                data.byStatusCategory.last().count += count; // rows come grouped
            } else {
                data.byStatusCategory.append({*status, category, count});
                if (!data.categories.contains(category))
                    data.categories.append(category);
            }
        }
        data.categories.sort();
    }

    data.summitStart = summit.start;
    data.summitEnd = summit.end.isValid() ? summit.end : summit.start;
    data.summitName = summit.name;
    data.ourBloc = summit.ourBloc;
    data.counterpartBloc = summit.counterpartBloc;

    {
        // The order matches the issue_priority_due index: the first rows are read
        // in order and the scan stops at the limit.
        QSqlQuery query = Sql::exec(
            db,
            QStringLiteral("SELECT id, code, title, status, due_date FROM issue WHERE priority = ? "
                           "AND status NOT IN %1 AND %2")
                    .arg(doneList(), live) +
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
    }

    // Activity and burn-down from the history. Each entry changes the number of
    // open issues by the difference between its to- and from-status being open,
    // so per-day sums give the open count at the end of every day. The history's
    // triggers keep those sums, in all (status_day) and by each issue's status,
    // category and priority (status_day_group); only a text filter makes them
    // come from the matching issues' own entries, off a covering index.
    // The history is append-only and the activity shows it as it happened,
    // archived issues' changes included; an archived issue still open leaves the
    // open count on the day it was archived, as it leaves the other counts.
    {
        const bool byGroup =
            filter.text.trimmed().isEmpty() && filter.searchText.trimmed().isEmpty();
        const QString openTo =
            QStringLiteral("(CASE WHEN to_status IN %1 THEN 0 ELSE 1 END)").arg(doneList());
        const QString openFrom = QStringLiteral("(CASE WHEN from_status IS NULL OR from_status "
                                                "IN %1 THEN 0 ELSE 1 END)")
                                     .arg(doneList());
        QSqlQuery query =
            condition.sql.isEmpty()
                ? Sql::exec(db, QStringLiteral("SELECT day, changes, open_delta FROM status_day "
                                               "ORDER BY day"))
            : byGroup
                ? Sql::exec(db,
                            QStringLiteral("SELECT day, SUM(changes), SUM(open_delta) FROM "
                                           "status_day_group WHERE %1 GROUP BY day HAVING "
                                           "SUM(changes) <> 0 ORDER BY day")
                                .arg(condition.sql),
                            condition.values)
                : Sql::exec(db,
                            QStringLiteral("SELECT SUBSTR(changed_at, 1, 10), COUNT(*), SUM(%1 - "
                                           "%2) FROM status_change%3 GROUP BY 1 ORDER BY 1")
                                .arg(openTo, openFrom, where(issueIds)),
                            condition.values);
        QList<QPair<QDate, qint64>> deltas;
        while (Sql::next(query)) {
            const QDate day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
            if (!day.isValid())
                continue;
            data.changesPerDay.append({day, query.value(1).toLongLong()});
            deltas.append({day, query.value(2).toLongLong()});
        }
        // Driven by the few archived ids (on their partial index), not by an index
        // of the filter's columns that may hold half the store.
        QSqlQuery archived =
            Sql::exec(db,
                      QStringLiteral("SELECT SUBSTR(archived_at, 1, 10), COUNT(*) FROM issue WHERE "
                                     "id IN (SELECT id FROM issue WHERE archived_at IS NOT NULL) "
                                     "AND status NOT IN %1")
                              .arg(doneList()) +
                          andAlso(condition.sql.isEmpty()
                                      ? QString()
                                      : QLatin1Char('(') + condition.sql + QLatin1Char(')')) +
                          QStringLiteral(" GROUP BY 1"),
                      condition.values);
        bool anyArchived = false;
        while (Sql::next(archived)) {
            const QDate day = QDate::fromString(archived.value(0).toString(), Qt::ISODate);
            if (!day.isValid())
                continue;
            deltas.append({day, -archived.value(1).toLongLong()});
            anyArchived = true;
        }
        if (anyArchived)
            std::stable_sort(deltas.begin(), deltas.end(),
                             [](const auto &a, const auto &b) { return a.first < b.first; });
        if (!deltas.isEmpty()) {
            // From the first change to the later of the summit's last day and the
            // last change: never to today, which would squeeze a summit's weeks of
            // history into a sliver of the axis a year on.
            const QDate first = deltas.first().first;
            const QDate summitEnd = summit.end.isValid() ? summit.end : summit.start;
            QDate last = deltas.last().first;
            if (summitEnd.isValid() && summitEnd > last)
                last = summitEnd;
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

    // The gap between the two sides from bloc_gap (see BlocGapRepository), widest first off
    // its index; equal gaps by issue id, so the twenty shown are stable. When the
    // filter lets many issues through, the unary plus keeps SQLite walking the
    // index from the widest gap and stopping at twenty, instead of fetching every
    // filtered issue's gap and sorting them all.
    {
        // Archived issues are few: they are looked up on their partial index.
        const auto liveGap = [&idCondition](const QString &column) {
            const QString notArchived =
                column +
                QStringLiteral(" NOT IN (SELECT id FROM issue WHERE archived_at IS NOT NULL)");
            const QString filtered = idCondition(column);
            return filtered.isEmpty() ? notArchived
                                      : notArchived + QStringLiteral(" AND ") + filtered;
        };
        const QString gapIssue = data.issueCount > manyIssuesForGapScan
                                     ? QStringLiteral("+g.issue_id")
                                     : QStringLiteral("g.issue_id");
        QSqlQuery query =
            Sql::exec(db,
                      QStringLiteral("SELECT g.issue_id, i.code, i.title, g.eu, g.china, g.gap "
                                     "FROM bloc_gap g JOIN issue i ON i.id = g.issue_id") +
                          where(liveGap(gapIssue)) +
                          QStringLiteral(" ORDER BY g.gap DESC, g.issue_id LIMIT %1").arg(gapLimit),
                      condition.values);
        while (Sql::next(query)) {
            Gap gap;
            gap.issueId = query.value(0).toLongLong();
            gap.code = query.value(1).toString();
            gap.title = query.value(2).toString();
            gap.eu = query.value(3).toDouble();
            gap.china = query.value(4).toDouble();
            gap.gap = query.value(5).toDouble();
            data.gaps.append(gap);
        }
        // Codes break ties among equal gaps, as people read them.
        std::stable_sort(data.gaps.begin(), data.gaps.end(), [](const Gap &a, const Gap &b) {
            return a.gap != b.gap ? a.gap > b.gap : a.code < b.code;
        });
        QSqlQuery count = Sql::exec(db,
                                    QStringLiteral("SELECT COUNT(*) FROM bloc_gap") +
                                        where(liveGap(QStringLiteral("issue_id"))),
                                    condition.values);
        data.gapCount = Sql::next(count) ? count.value(0).toLongLong() : 0;
    }
    return data;
}
