// The dashboard read in its worker thread, on the connection the store gives it
// (Store::openWorkerConnection): the same numbers as a read on the GUI thread,
// on a SQLite file and on a team database, and nothing written to a read-only one.
#include "TestSupport.h"
#include "charts/DashboardData.h"
#include "charts/DashboardView.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/SearchRepository.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QSignalSpy>
#include <QTest>

namespace {

qint64 count(Store &store, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query = Sql::exec(store.database(), sql, values);
    return Sql::next(query) ? query.value(0).toLongLong() : -1;
}

// The worker's read of `filter` on `store`, waited for.
DashboardData readInWorker(Store &store, const IssueFilter &filter)
{
    DashboardView view;
    view.setStore(&store);
    view.setBackgroundThreshold(1); // the demo counts as large
    QSignalSpy refreshed(&view, &DashboardView::refreshed);
    view.setFilter(filter);
    view.refresh();
    if (!view.isRefreshing() || !refreshed.wait(30000))
        return {};
    return view.data();
}

void compare(const DashboardData &seen, const DashboardData &expected)
{
    QCOMPARE(seen.issueCount, expected.issueCount);
    QCOMPARE(seen.byStatusCategory.size(), expected.byStatusCategory.size());
    QCOMPARE(seen.openCriticalCount, expected.openCriticalCount);
    QCOMPARE(seen.openPerDay.size(), expected.openPerDay.size());
    QCOMPARE(seen.gapCount, expected.gapCount);
    QCOMPARE(seen.gaps.size(), expected.gaps.size());
    for (qsizetype i = 0; i < seen.gaps.size(); ++i) {
        QCOMPARE(seen.gaps.at(i).code, expected.gaps.at(i).code);
        QCOMPARE(seen.gaps.at(i).gap, expected.gaps.at(i).gap);
    }
}

} // namespace

class TestDashboardView : public QObject
{
    Q_OBJECT

private slots:
    void workerReadsWhatTheWindowReads_data();
    void workerReadsWhatTheWindowReads();
    void workerOnReadOnlyStoreWritesNothing();
};

void TestDashboardView::workerReadsWhatTheWindowReads_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("search");
    QTest::newRow("every issue") << QString() << QString();
    QTest::newRow("text filter") << QStringLiteral("rare") << QString();
    QTest::newRow("short text") << QStringLiteral("eu") << QString();
    QTest::newRow("search") << QString() << QStringLiteral("Kallas");
}

void TestDashboardView::workerReadsWhatTheWindowReads()
{
    QFETCH(QString, text);
    QFETCH(QString, search);
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    IssueFilter filter;
    filter.text = text;
    filter.searchText = search;
    const DashboardData seen = readInWorker(*store, filter);
    QVERIFY(seen.issueCount > 0);
    compare(seen, DashboardData::build(*store, filter));
}

void TestDashboardView::workerOnReadOnlyStoreWritesNothing()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    DashboardData::build(*store, IssueFilter()); // every gap stored
    SearchRepository(*store).sync();
    const Issue re03 = *store->issues().byCode(QStringLiteral("RE-03"));
    for (const Position &position : store->positions().forIssue(re03.id)) {
        if (position.actorBloc == QLatin1String("China"))
            store->positions().setField(position.id, PositionField::Position, 60, position.version);
    }
    Store reader;
    reader.open(temp.path(), Store::OpenMode::ReadOnly);
    const DashboardData seen = readInWorker(reader, IssueFilter());
    QVERIFY(seen.issueCount > 0);
    QCOMPARE(count(*store, QStringLiteral("SELECT COUNT(*) FROM bloc_gap_stale")), 1);
    compare(seen, DashboardData::build(*store, IssueFilter()));
}

QTEST_MAIN(TestDashboardView)
#include "test_dashboard_view.moc"
