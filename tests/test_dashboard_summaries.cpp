// The summaries the dashboard reads instead of scanning every row (schema 4):
// the per-day history summary and each issue's EU–China gap must always say
// what a full scan of the store would say, after any kind of write.
#include "TestSupport.h"
#include "charts/DashboardData.h"
#include "forecast/Forecast.h"
#include "store/ActorRepository.h"
#include "store/BlocGapRepository.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/SearchRepository.h"
#include "store/SettingsRepository.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

namespace {

qint64 count(Store &store, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query = Sql::exec(store.database(), sql, values);
    return Sql::next(query) ? query.value(0).toLongLong() : -1;
}

bool isOpen(int status)
{
    return status != int(Status::Agreed) && status != int(Status::Closed);
}

// The burn-down and activity by replaying the whole history in order, the
// slow and obvious way.
struct Replay
{
    QList<DashboardData::DayCount> changes;
    QMap<QDate, qint64> openAtEndOf;
};

// Only the entries of `issues` when given.
Replay replay(Store &store, const std::optional<QSet<qint64>> &issues = std::nullopt)
{
    Replay result;
    QMap<qint64, bool> open; // issue -> open after its latest entry so far
    QMap<QDate, qint64> changes;
    QSqlQuery query =
        Sql::exec(store.database(), QStringLiteral("SELECT issue_id, to_status, changed_at FROM "
                                                   "status_change ORDER BY id"));
    QList<QPair<QDate, QPair<qint64, bool>>> entries;
    while (Sql::next(query)) {
        if (issues && !issues->contains(query.value(0).toLongLong()))
            continue;
        entries.append({QDate::fromString(query.value(2).toString().left(10), Qt::ISODate),
                        {query.value(0).toLongLong(), isOpen(query.value(1).toInt())}});
    }
    for (const auto &entry : entries)
        ++changes[entry.first];
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        result.changes.append({it.key(), it.value()});
    if (entries.isEmpty())
        return result;
    for (QDate day = changes.firstKey(); day <= changes.lastKey(); day = day.addDays(1)) {
        for (const auto &entry : entries) {
            if (entry.first == day)
                open[entry.second.first] = entry.second.second;
        }
        result.openAtEndOf[day] = std::count(open.cbegin(), open.cend(), true);
    }
    return result;
}

std::optional<DashboardData::Gap> gapOf(const DashboardData &data, const QString &code)
{
    for (const DashboardData::Gap &gap : data.gaps) {
        if (gap.code == code)
            return gap;
    }
    return std::nullopt;
}

// The history charts of `data` against a replay of the same entries.
void compareWithReplay(const DashboardData &data, const Replay &expected)
{
    QCOMPARE(data.changesPerDay.size(), expected.changes.size());
    for (qsizetype i = 0; i < expected.changes.size(); ++i) {
        QCOMPARE(data.changesPerDay.at(i).day, expected.changes.at(i).day);
        QCOMPARE(data.changesPerDay.at(i).count, expected.changes.at(i).count);
    }
    for (const DashboardData::DayCount &day : data.openPerDay) {
        if (expected.openAtEndOf.contains(day.day))
            QCOMPARE(day.count, expected.openAtEndOf.value(day.day));
    }
}

IssueFilter everyStatus()
{
    IssueFilter filter;
    filter.statuses = StatusText::all(); // lets every issue through, by the full scan
    return filter;
}

} // namespace

class TestDashboardSummaries : public QObject
{
    Q_OBJECT

private slots:
    void historySummaryEqualsReplayAfterStatusChanges();
    void filteredHistoryEqualsReplayOfTheFilteredIssues();
    void gapsEqualForecastForEveryIssue();
    void gapFollowsPositionEdits();
    void gapFollowsBlocChangesAndRemovedPositions();
    void readOnlyStoreComputesQueuedGapsWithoutWriting();
    void upgradeFromVersion3BuildsTheSummaries();
};

void TestDashboardSummaries::historySummaryEqualsReplayAfterStatusChanges()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    // A desk officer moves three issues on, one of them to Agreed and back.
    const Issue re01 = *store->issues().byCode(QStringLiteral("RE-01"));
    int version = store->issues().changeStatus(re01.id, Status::Agreed, re01.version,
                                               QStringLiteral("Licences granted"));
    store->issues().changeStatus(re01.id, Status::Stalled, version,
                                 QStringLiteral("Licences withdrawn"));
    const Issue dr01 = *store->issues().byCode(QStringLiteral("DR-01"));
    store->issues().changeStatus(dr01.id, Status::Closed, dr01.version, QStringLiteral("Done"));

    const Replay expected = replay(*store);
    QVERIFY(expected.changes.size() >= 2);
    for (const IssueFilter &filter : {IssueFilter(), everyStatus()}) {
        const DashboardData data = DashboardData::build(*store, filter);
        QCOMPARE(data.changesPerDay.size(), expected.changes.size());
        for (qsizetype i = 0; i < expected.changes.size(); ++i) {
            QCOMPARE(data.changesPerDay.at(i).day, expected.changes.at(i).day);
            QCOMPARE(data.changesPerDay.at(i).count, expected.changes.at(i).count);
        }
        QVERIFY(!data.openPerDay.isEmpty());
        for (const DashboardData::DayCount &day : data.openPerDay) {
            if (expected.openAtEndOf.contains(day.day))
                QCOMPARE(day.count, expected.openAtEndOf.value(day.day));
        }
        // The last day is today's open count: one less than before (DR-01 closed).
        QCOMPARE(data.openPerDay.last().count,
                 count(*store,
                       QStringLiteral("SELECT COUNT(*) FROM issue WHERE status NOT IN "
                                      "(?, ?)"),
                       {int(Status::Agreed), int(Status::Closed)}));
    }
}

void TestDashboardSummaries::filteredHistoryEqualsReplayOfTheFilteredIssues()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    // A desk officer's day: statuses move, an issue changes category and another
    // its priority, so their history moves between the summary's groups.
    const Issue re01 = *store->issues().byCode(QStringLiteral("RE-01"));
    int version = store->issues().changeStatus(re01.id, Status::Agreed, re01.version,
                                               QStringLiteral("Licences granted"));
    version =
        store->issues().setField(re01.id, IssueField::Category, QStringLiteral("Trade"), version);
    const Issue ir01 = *store->issues().byCode(QStringLiteral("IR-01"));
    store->issues().setField(ir01.id, IssueField::Priority, int(Priority::Critical), ir01.version);
    const Issue tr01 = *store->issues().byCode(QStringLiteral("TR-01"));
    store->issues().changeStatus(tr01.id, Status::Closed, tr01.version, QStringLiteral("Done"));

    QList<IssueFilter> filters;
    IssueFilter open;
    open.statuses = {Status::Open, Status::InNegotiation};
    filters.append(open);
    IssueFilter done;
    done.statuses = {Status::Agreed, Status::Closed};
    filters.append(done);
    IssueFilter trade;
    trade.category = QStringLiteral("Trade");
    filters.append(trade);
    IssueFilter critical;
    critical.priority = Priority::Critical;
    filters.append(critical);
    IssueFilter criticalRaised = critical;
    criticalRaised.statuses = {Status::Raised};
    filters.append(criticalRaised);
    IssueFilter byText; // one character: the filtered rows themselves, not the groups
    byText.text = QStringLiteral("-");
    filters.append(byText);
    IssueFilter rare; // three characters or more: the trigram index
    rare.text = QStringLiteral("rare-EARTH");
    filters.append(rare);
    IssueFilter byTextAndStatus = byText;
    byTextAndStatus.statuses = {Status::Agreed, Status::Closed, Status::Raised};
    filters.append(byTextAndStatus);

    const QList<Issue> all = store->issues().all();
    for (const IssueFilter &filter : std::as_const(filters)) {
        QSet<qint64> matching;
        for (const Issue &issue : all) {
            if ((filter.statuses.isEmpty() || filter.statuses.contains(issue.status)) &&
                (filter.category.isEmpty() || issue.category == filter.category) &&
                (!filter.priority || issue.priority == *filter.priority) &&
                (issue.code.contains(filter.text, Qt::CaseInsensitive) ||
                 issue.title.contains(filter.text, Qt::CaseInsensitive) ||
                 issue.category.contains(filter.text, Qt::CaseInsensitive) ||
                 issue.owner.contains(filter.text, Qt::CaseInsensitive)))
                matching.insert(issue.id);
        }
        QVERIFY(!matching.isEmpty());
        const DashboardData data = DashboardData::build(*store, filter);
        QCOMPARE(data.issueCount, qint64(matching.size()));
        qint64 critical = 0;
        for (const Issue &issue : all) {
            if (matching.contains(issue.id) && issue.priority == Priority::Critical &&
                issue.status != Status::Agreed && issue.status != Status::Closed)
                ++critical;
        }
        QCOMPARE(data.openCriticalCount, critical);
        for (const DashboardData::Gap &gap : data.gaps)
            QVERIFY(matching.contains(gap.issueId));
        compareWithReplay(data, replay(*store, matching));
    }
    // The groups add up to the whole history.
    QCOMPARE(count(*store, QStringLiteral("SELECT SUM(changes) FROM status_day_group")),
             count(*store, QStringLiteral("SELECT COUNT(*) FROM status_change")));
    QCOMPARE(count(*store, QStringLiteral("SELECT COUNT(*) FROM status_day_group WHERE changes "
                                          "= 0")),
             0);
}

void TestDashboardSummaries::gapsEqualForecastForEveryIssue()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    const DashboardData data = DashboardData::build(*store, IssueFilter());
    QCOMPARE(count(*store, QStringLiteral("SELECT COUNT(*) FROM bloc_gap_stale")), 0);
    qint64 both = 0;
    QSqlQuery issues = Sql::exec(store->database(), QStringLiteral("SELECT id FROM issue"));
    while (Sql::next(issues)) {
        const qint64 id = issues.value(0).toLongLong();
        const QList<Position> positions = store->positions().forIssue(id);
        const std::optional<double> eu = Forecast::blocMedian(positions, QLatin1String("EU"));
        const std::optional<double> china = Forecast::blocMedian(positions, QLatin1String("China"));
        QSqlQuery stored = Sql::exec(store->database(),
                                     QStringLiteral("SELECT eu, china, gap FROM bloc_gap WHERE "
                                                    "issue_id = ?"),
                                     {id});
        QCOMPARE(Sql::next(stored), eu && china);
        if (!eu || !china)
            continue;
        ++both;
        QCOMPARE(stored.value(0).toDouble(), *eu);
        QCOMPARE(stored.value(1).toDouble(), *china);
        QCOMPARE(stored.value(2).toDouble(), std::abs(*eu - *china));
    }
    QVERIFY(both > 0);
    QCOMPARE(data.gapCount, both);
    QCOMPARE(data.gaps.size(), std::min<qsizetype>(both, DashboardData::gapLimit));
}

void TestDashboardSummaries::gapFollowsPositionEdits()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    const Issue re03 = *store->issues().byCode(QStringLiteral("RE-03"));
    std::optional<DashboardData::Gap> gap =
        gapOf(DashboardData::build(*store, IssueFilter()), QStringLiteral("RE-03"));
    QVERIFY(gap);
    QCOMPARE(gap->china, 30.0); // China's one actor, from the demo file
    QCOMPARE(gap->gap, 55.0);

    // China moves toward the EU's 85: the gap narrows at once.
    Position china;
    for (const Position &position : store->positions().forIssue(re03.id)) {
        if (position.actorBloc == QLatin1String("China"))
            china = position;
    }
    QVERIFY(china.id > 0);
    store->positions().setField(china.id, PositionField::Position, 60, china.version);
    gap = gapOf(DashboardData::build(*store, IssueFilter()), QStringLiteral("RE-03"));
    QVERIFY(gap);
    QCOMPARE(gap->china, 60.0);
    QCOMPARE(gap->gap, 25.0);

    // A salience of zero for every EU actor but the one at 35 moves the EU median.
    for (const Position &position : store->positions().forIssue(re03.id)) {
        if (position.actorBloc == QLatin1String("EU") && position.position == 85)
            store->positions().setField(position.id, PositionField::Salience, 0, position.version);
    }
    gap = gapOf(DashboardData::build(*store, IssueFilter()), QStringLiteral("RE-03"));
    QVERIFY(gap);
    QCOMPARE(gap->eu, 35.0);
    QCOMPARE(gap->gap, 25.0);
}

// A store that may not be written (a file opened read-only; on a team database
// a reader's account, whose transactions are read-only too) still shows the gaps
// a colleague's edits made, computed for the dashboard, and writes nothing.
void TestDashboardSummaries::readOnlyStoreComputesQueuedGapsWithoutWriting()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    DashboardData::build(*store, IssueFilter()); // every gap stored
    const Issue re03 = *store->issues().byCode(QStringLiteral("RE-03"));
    for (const Position &position : store->positions().forIssue(re03.id)) {
        if (position.actorBloc == QLatin1String("China"))
            store->positions().setField(position.id, PositionField::Position, 60, position.version);
    }
    QCOMPARE(count(*store, QStringLiteral("SELECT COUNT(*) FROM bloc_gap_stale")), 1);
    // A file opened read-only is searched as last indexed (SearchRepository).
    SearchRepository(*store).sync();

    Store reader;
    reader.open(temp.path(), Store::OpenMode::ReadOnly);
    QVERIFY(reader.isReadOnly());
    IssueFilter rare;
    rare.text = QStringLiteral("rare"); // a text filter's temporary table, too
    for (const IssueFilter &filter : {IssueFilter(), rare}) {
        DashboardData seen;
        try {
            seen = DashboardData::build(reader, filter);
        } catch (const StoreError &error) {
            QFAIL(qPrintable(error.message()));
        }
        const std::optional<DashboardData::Gap> gap = gapOf(seen, QStringLiteral("RE-03"));
        QVERIFY(gap);
        QCOMPARE(gap->china, 60.0);
        QCOMPARE(gap->gap, 25.0);
        // Nothing written: the queue and the stored gap are as they were.
        QCOMPARE(count(*store, QStringLiteral("SELECT COUNT(*) FROM bloc_gap_stale")), 1);
        QCOMPARE(count(*store,
                       QStringLiteral("SELECT CAST(gap AS INTEGER) FROM bloc_gap WHERE "
                                      "issue_id = ?"),
                       {re03.id}),
                 55);
        // The same gaps, in the same order, as the store that may write them.
        const DashboardData written = DashboardData::build(*store, filter);
        QCOMPARE(seen.gapCount, written.gapCount);
        QCOMPARE(seen.gaps.size(), written.gaps.size());
        for (qsizetype i = 0; i < seen.gaps.size(); ++i) {
            QCOMPARE(seen.gaps.at(i).code, written.gaps.at(i).code);
            QCOMPARE(seen.gaps.at(i).gap, written.gaps.at(i).gap);
        }
        // Queued again for the next round.
        for (const Position &position : store->positions().forIssue(re03.id)) {
            if (position.actorBloc == QLatin1String("China"))
                store->positions().setField(position.id, PositionField::Position, 30,
                                            position.version);
        }
        DashboardData::build(*store, IssueFilter());
        for (const Position &position : store->positions().forIssue(re03.id)) {
            if (position.actorBloc == QLatin1String("China"))
                store->positions().setField(position.id, PositionField::Position, 60,
                                            position.version);
        }
    }

    // Other sides make every stored gap wrong: the reader computes them all.
    SummitInfo summit = store->settings().summit();
    summit.counterpartBloc = QStringLiteral("Russia");
    store->settings().setSummit(summit);
    const DashboardData seen = DashboardData::build(reader, IssueFilter());
    const DashboardData written = DashboardData::build(*store, IssueFilter());
    QCOMPARE(seen.gapCount, written.gapCount);
    QCOMPARE(seen.gaps.size(), written.gaps.size());
    for (qsizetype i = 0; i < seen.gaps.size(); ++i) {
        QCOMPARE(seen.gaps.at(i).code, written.gaps.at(i).code);
        QCOMPARE(seen.gaps.at(i).china, written.gaps.at(i).china);
    }
}

void TestDashboardSummaries::gapFollowsBlocChangesAndRemovedPositions()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    const DashboardData before = DashboardData::build(*store, IssueFilter());
    QVERIFY(gapOf(before, QStringLiteral("RE-03")));
    const Issue re03 = *store->issues().byCode(QStringLiteral("RE-03"));

    // RE-03's only China actor re-filed under another bloc: no China side left.
    Actor actor;
    for (const Position &position : store->positions().forIssue(re03.id)) {
        if (position.actorBloc == QLatin1String("China"))
            actor = *store->actors().byId(position.actorId);
    }
    QVERIFY(actor.id > 0);
    const qint64 issuesOfActor =
        count(*store,
              QStringLiteral("SELECT COUNT(*) FROM position p WHERE p.actor_id = ? AND EXISTS "
                             "(SELECT 1 FROM position q JOIN actor a ON a.id = q.actor_id WHERE "
                             "q.issue_id = p.issue_id AND a.bloc = 'EU') AND NOT EXISTS (SELECT 1 "
                             "FROM position q JOIN actor a ON a.id = q.actor_id WHERE q.issue_id "
                             "= p.issue_id AND a.bloc = 'China' AND a.id <> p.actor_id)"),
              {actor.id});
    QVERIFY(issuesOfActor >= 1); // the issues only this actor speaks for China on
    actor.bloc = QStringLiteral("Other");
    store->actors().update(actor);
    const DashboardData moved = DashboardData::build(*store, IssueFilter());
    QVERIFY(!gapOf(moved, QStringLiteral("RE-03")));
    QCOMPARE(moved.gapCount, before.gapCount - issuesOfActor);

    // Every position on an issue removed (an import replacing it): no gap row.
    const Issue re01 = *store->issues().byCode(QStringLiteral("RE-01"));
    QVERIFY(gapOf(moved, QStringLiteral("RE-01")));
    store->positions().removeForIssue(re01.id);
    const DashboardData removed = DashboardData::build(*store, IssueFilter());
    QVERIFY(!gapOf(removed, QStringLiteral("RE-01")));
    QCOMPARE(removed.gapCount, moved.gapCount - 1);
    QCOMPARE(count(*store, QStringLiteral("SELECT COUNT(*) FROM bloc_gap WHERE issue_id = ?"),
                   {re01.id}),
             0);
}

void TestDashboardSummaries::upgradeFromVersion3BuildsTheSummaries()
{
    TestSupport::TempDatabase temp;
    {
        // A file written by the previous release: no summaries yet.
        Store store;
        store.open(temp.path(), Store::OpenMode::CreateIfMissing, 3);
        const QSqlDatabase db = store.database();
        Sql::exec(db, QStringLiteral("INSERT INTO actor (id, name, kind, bloc, updated_at) VALUES "
                                     "(1, 'Stéphane Séjourné', 'person', 'EU', 'x'), "
                                     "(2, 'Wang Yi (王毅)', 'person', 'China', 'x'), "
                                     "(3, 'Maroš Šefčovič', 'person', 'EU', 'x')"));
        Sql::exec(db, QStringLiteral("INSERT INTO issue (id, code, title, status, priority, "
                                     "created_at, updated_at) VALUES "
                                     "(1, 'RE-01', 'Rare earths', 3, 3, 'x', 'x'), "
                                     "(2, 'TR-01', 'Trade', 5, 1, 'x', 'x')"));
        // EU: 90 (weight 4000) and 40 (weight 1000): median 90. China at 20.
        Sql::exec(db, QStringLiteral("INSERT INTO position (issue_id, actor_id, position, "
                                     "salience, clout, updated_at) VALUES "
                                     "(1, 1, 90, 80, 50, 'x'), (1, 3, 40, 20, 50, 'x'), "
                                     "(1, 2, 20, 90, 90, 'x'), (2, 1, 70, 50, 50, 'x')"));
        Sql::exec(db, QStringLiteral("INSERT INTO status_change (issue_id, from_status, "
                                     "to_status, changed_at, changed_by) VALUES "
                                     "(1, NULL, 1, '2025-07-01T09:00:00.000Z', 'desk'), "
                                     "(2, NULL, 1, '2025-07-01T10:00:00.000Z', 'desk'), "
                                     "(1, 1, 3, '2025-07-03T09:00:00.000Z', 'desk'), "
                                     "(2, 1, 5, '2025-07-03T11:00:00.000Z', 'desk')"));
    }
    Store store;
    store.open(temp.path());
    QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
    QCOMPARE(count(store, QStringLiteral("SELECT changes FROM status_day WHERE day = ?"),
                   {QStringLiteral("2025-07-01")}),
             2);
    QCOMPARE(count(store, QStringLiteral("SELECT open_delta FROM status_day WHERE day = ?"),
                   {QStringLiteral("2025-07-01")}),
             2);
    // RE-01 stays open (no change to the count), TR-01 is agreed (one fewer).
    QCOMPARE(count(store, QStringLiteral("SELECT open_delta FROM status_day WHERE day = ?"),
                   {QStringLiteral("2025-07-03")}),
             -1);
    QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM bloc_gap_stale")), 2);

    const DashboardData data = DashboardData::build(store, IssueFilter(), QDate(2025, 7, 4));
    // From the first change to the last one (no summit date): not on to "today".
    QCOMPARE(data.openPerDay.size(), 3);
    QCOMPARE(data.openPerDay.at(0).count, 2);
    QCOMPARE(data.openPerDay.at(1).count, 2);
    QCOMPARE(data.openPerDay.at(2).count, 1);
    QCOMPARE(data.gapCount, 1); // TR-01 has no China position
    QCOMPARE(data.gaps.size(), 1);
    QCOMPARE(data.gaps.first().code, QStringLiteral("RE-01"));
    QCOMPARE(data.gaps.first().eu, 90.0);
    QCOMPARE(data.gaps.first().china, 20.0);
    QCOMPARE(data.openCriticalCount, 1);
    QCOMPARE(data.openCritical.first().code, QStringLiteral("RE-01"));

    // The grouped sums were built from the old history too: TR-01 alone.
    IssueFilter agreed;
    agreed.statuses = {Status::Agreed};
    const DashboardData tr01 = DashboardData::build(store, agreed, QDate(2025, 7, 4));
    QCOMPARE(tr01.changesPerDay.size(), 2);
    QCOMPARE(tr01.openPerDay.size(), 3); // to its last change
    QCOMPARE(tr01.openPerDay.at(0).count, 1);
    QCOMPARE(tr01.openPerDay.at(2).count, 0);
}

QTEST_GUILESS_MAIN(TestDashboardSummaries)
#include "test_dashboard_summaries.moc"
