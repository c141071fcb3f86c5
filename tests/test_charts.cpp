#include "TestSupport.h"

#include "MainWindow.h"
#include "charts/ChartFactory.h"
#include "charts/ChartPanel.h"
#include "charts/DashboardData.h"
#include "charts/DashboardView.h"
#include "charts/MatrixView.h"
#include "charts/PositionMapData.h"
#include "charts/PositionMapRenderer.h"
#include "charts/PositionMapView.h"
#include "commands/SetPositionFieldCommand.h"
#include "forecast/Forecast.h"
#include "forecast/ForecastText.h"
#include "issues/IssueDetailPanel.h"
#include "issues/IssueFilterBar.h"
#include "items/IssueTableModel.h"
#include "items/PositionMatrixModel.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/Store.h"

#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dashboardDataEqualsSqlCounts();
    void chartSeriesEqualData();
    void chartsFollowTheFilter();
    void activityCaptionSaysWhereTheAxisEnds();
    void largeStoreReadsInWorkerThread();
    void euChinaGapIsWeightedMedianDifference();
    void positionMapShowsEveryPositionAndForecast();
    void positionMapFollowsEditsAndUndo();
    void positionMapShadesTheLikelyRange();
    void positionMapShowsBothEndsOfADeadlock();
    void whoToWorkOnListsMoveGainAndEffort();
    void chartsRenderOffscreen();
    void renderedPositionMapForPack();
    void savesPngAndSvg();
    void clickingStatusBarFiltersTable();
    void clickingPriorityBarFiltersTable();
    void matrixDoubleClickOpensIssue();
    void markupInNamesShowsAsTyped();

private:
    qint64 sqlCount(const QString &sql, const QVariantList &values = {}) const;
    qint64 issueId(const QString &code) const;
    DashboardView *showDashboard();
    static QList<QBarSet *> barSets(ChartPanel *panel);
    static qreal sumOf(const QList<QBarSet *> &sets);
    static bool isPlain(const QImage &image);
    static QLineSeries *seriesNamed(QChart *chart, const QString &objectName);
    static QList<QLineSeries *> stems(QChart *chart);

    std::unique_ptr<TestSupport::TempDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void TestCharts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SummitBriefTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_charts"));
    QSettings().clear();
    MainWindow::setQuietForTesting(true);
}

void TestCharts::init()
{
    m_db = std::make_unique<TestSupport::TempDatabase>();
    m_db->open(true); // writes the demo scenario and closes it again
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    QVERIFY(m_window->openDatabase(m_db->path()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestCharts::cleanup()
{
    m_window.reset();
    m_db.reset();
    QSettings().clear();
}

// Through the window's own store: the same file, the same connection.
qint64 TestCharts::sqlCount(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_window->store()->database());
    if (!query.prepare(sql))
        qFatal("cannot prepare %s", qPrintable(sql));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

qint64 TestCharts::issueId(const QString &code) const
{
    return sqlCount(QStringLiteral("SELECT id FROM issue WHERE code = ?"), {code});
}

DashboardView *TestCharts::showDashboard()
{
    DashboardView *dashboard = m_window->dashboardView();
    m_window->tabs()->setCurrentWidget(dashboard);
    return dashboard;
}

QList<QBarSet *> TestCharts::barSets(ChartPanel *panel)
{
    QList<QBarSet *> sets;
    for (QAbstractSeries *series : panel->chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            sets += bars->barSets();
    }
    return sets;
}

qreal TestCharts::sumOf(const QList<QBarSet *> &sets)
{
    qreal sum = 0;
    for (QBarSet *set : sets)
        sum += set->sum();
    return sum;
}

bool TestCharts::isPlain(const QImage &image)
{
    if (image.isNull())
        return true;
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if (image.pixel(x, y) != first)
                return false;
        }
    }
    return true;
}

QLineSeries *TestCharts::seriesNamed(QChart *chart, const QString &objectName)
{
    for (QAbstractSeries *series : chart->series()) {
        if (series->objectName() == objectName)
            return qobject_cast<QLineSeries *>(series);
    }
    return nullptr;
}

QList<QLineSeries *> TestCharts::stems(QChart *chart)
{
    QList<QLineSeries *> result;
    for (QAbstractSeries *series : chart->series()) {
        if (series->objectName() == ChartFactory::stemSeriesName())
            result.append(qobject_cast<QLineSeries *>(series));
    }
    return result;
}

void TestCharts::dashboardDataEqualsSqlCounts()
{
    Store &store = *m_window->store();
    const DashboardData data = DashboardData::build(store, IssueFilter());
    QCOMPARE(data.issueCount, sqlCount(QStringLiteral("SELECT COUNT(*) FROM issue")));
    QVERIFY(data.issueCount > 0);
    for (const QString &category : data.categories) {
        for (Status status : StatusText::all()) {
            QCOMPARE(data.count(status, category),
                     sqlCount(QStringLiteral(
                                  "SELECT COUNT(*) FROM issue WHERE status = ? AND category = ?"),
                              {int(status), category}));
        }
    }
    for (Priority priority : PriorityText::all())
        QCOMPARE(data.byPriority.value(priority),
                 sqlCount(QStringLiteral("SELECT COUNT(*) FROM issue WHERE priority = ?"),
                          {int(priority)}));
    qint64 changes = 0;
    for (const DashboardData::DayCount &day : data.changesPerDay)
        changes += day.count;
    QCOMPARE(changes, sqlCount(QStringLiteral("SELECT COUNT(*) FROM status_change")));
    // The demo's history ends at each issue's current status: the burn-down ends
    // at today's open count.
    QVERIFY(!data.openPerDay.isEmpty());
    QCOMPARE(data.openPerDay.last().count,
             sqlCount(QStringLiteral("SELECT COUNT(*) FROM issue WHERE status NOT IN (?, ?)"),
                      {int(Status::Agreed), int(Status::Closed)}));
    QCOMPARE(data.openCriticalCount,
             sqlCount(QStringLiteral("SELECT COUNT(*) FROM issue WHERE priority = ? AND status "
                                     "NOT IN (?, ?)"),
                      {int(Priority::Critical), int(Status::Agreed), int(Status::Closed)}));
    QCOMPARE(data.openCritical.size(), data.openCriticalCount);
    QCOMPARE(data.summitStart, QDate(2025, 7, 24));

    // Indicators: every stored point, illustrative ones flagged.
    qint64 points = 0, illustrative = 0;
    for (const DashboardData::IndicatorSeries &series : data.indicators) {
        points += series.points.size();
        for (const DashboardData::IndicatorPoint &point : series.points)
            illustrative += point.illustrative ? 1 : 0;
    }
    QCOMPARE(points, sqlCount(QStringLiteral("SELECT COUNT(*) FROM indicator")));
    QCOMPARE(illustrative,
             sqlCount(QStringLiteral("SELECT COUNT(*) FROM indicator WHERE illustrative <> 0")));
    QVERIFY(illustrative > 0);
}

void TestCharts::chartSeriesEqualData()
{
    DashboardView *dashboard = showDashboard();
    const DashboardData &data = dashboard->data();
    QCOMPARE(qint64(sumOf(barSets(dashboard->statusChart()))), data.issueCount);
    QCOMPARE(qint64(sumOf(barSets(dashboard->priorityChart()))), data.issueCount);
    // Each status set holds that status' count per category, in the data's order.
    for (QBarSet *set : barSets(dashboard->statusChart())) {
        const QList<Status> statuses = StatusText::all();
        const auto status = std::find_if(statuses.cbegin(), statuses.cend(), [set](Status s) {
            return StatusText::label(s) == set->label();
        });
        QVERIFY(status != statuses.cend());
        QCOMPARE(set->count(), int(data.categories.size()));
        for (int i = 0; i < data.categories.size(); ++i)
            QCOMPARE(qint64(set->at(i)), data.count(*status, dashboard->statusCategoryAt(i)));
    }
    QCOMPARE(barSets(dashboard->gapChart()).size(), 1);
    QCOMPARE(barSets(dashboard->gapChart()).first()->count(), data.gaps.size());
    QCOMPARE(dashboard->criticalList()->count(), int(data.openCritical.size()));
    // Activity: one point per day of the burn-down, quiet days at zero, so the
    // changes plotted add up to the history and each busy day shows its count.
    QLineSeries *changes = nullptr;
    QLineSeries *open = nullptr;
    for (QAbstractSeries *series : dashboard->activityChart()->chart()->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        if (line && line->type() == QAbstractSeries::SeriesTypeLine) {
            if (line->name() == QLatin1String("Status changes per day"))
                changes = line;
            else if (line->name().startsWith(QLatin1String("Open issues")))
                open = line;
        }
    }
    QVERIFY(changes && open);
    QCOMPARE(changes->count(), int(data.openPerDay.size()));
    QCOMPARE(open->count(), int(data.openPerDay.size()));
    QVERIFY(data.changesPerDay.size() > 1);
    qreal plotted = 0;
    for (const QPointF &point : changes->points())
        plotted += point.y();
    qint64 recorded = 0;
    for (const DashboardData::DayCount &day : data.changesPerDay) {
        recorded += day.count;
        const qsizetype at = data.openPerDay.first().day.daysTo(day.day);
        QCOMPARE(qint64(changes->at(int(at)).y()), day.count);
    }
    QCOMPARE(qint64(plotted), recorded);
    QVERIFY(dashboard->indicatorChart()->caption().contains(QStringLiteral("illustrative")));
    QVERIFY(dashboard->indicatorChart()->caption().contains(QStringLiteral("Source")));
}

void TestCharts::chartsFollowTheFilter()
{
    DashboardView *dashboard = showDashboard();
    m_window->filterBar()->setStatuses({Status::Open});
    const qint64 open = sqlCount(QStringLiteral("SELECT COUNT(*) FROM issue WHERE status = ?"),
                                 {int(Status::Open)});
    QVERIFY(open > 0);
    QCOMPARE(m_window->issueModel()->rowCount(), int(open));
    QCOMPARE(dashboard->filter().statuses, QList<Status>{Status::Open});
    QCOMPARE(qint64(sumOf(barSets(dashboard->statusChart()))), open);
    QCOMPARE(qint64(sumOf(barSets(dashboard->priorityChart()))), open);

    // A filter set while the dashboard is hidden shows once it is shown again.
    m_window->tabs()->setCurrentIndex(0);
    m_window->filterBar()->setStatuses({Status::Raised, Status::Draft});
    const qint64 two = sqlCount(QStringLiteral("SELECT COUNT(*) FROM issue WHERE status IN (?, ?)"),
                                {int(Status::Raised), int(Status::Draft)});
    showDashboard();
    QCOMPARE(qint64(sumOf(barSets(dashboard->statusChart()))), two);
    QCOMPARE(dashboard->data().issueCount, two);
}

// The activity chart's caption says where its axis ends: the summit's last day,
// or the last status change when one was made after it.
void TestCharts::activityCaptionSaysWhereTheAxisEnds()
{
    DashboardView *dashboard = showDashboard();
    const auto axisEnd = [&] {
        for (QAbstractAxis *each : dashboard->activityChart()->chart()->axes(Qt::Horizontal)) {
            if (auto *axis = qobject_cast<QDateTimeAxis *>(each))
                return axis->max().date();
        }
        return QDate();
    };
    const QDate summitEnd = dashboard->data().summitEnd;
    QVERIFY(summitEnd.isValid());
    QCOMPARE(dashboard->data().openPerDay.last().day, summitEnd);
    QVERIFY(axisEnd() <= summitEnd.addDays(1));
    QCOMPARE(dashboard->activityChart()->caption(),
             QStringLiteral(
                 "Open issues are counted at the end of each day up to the summit's last day."));

    // A change made today, after the summit: the axis and the caption run to it.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QVERIFY(today > summitEnd);
    Store *store = m_window->store();
    const qint64 id = issueId(QStringLiteral("RE-01"));
    store->issues().changeStatus(id, Status::Stalled, store->issues().byId(id)->version,
                                 QStringLiteral("test"));
    dashboard->refreshNow();
    QCOMPARE(dashboard->data().openPerDay.last().day, today);
    QVERIFY(axisEnd() >= today);
    const QString format = QStringLiteral("d MMM yyyy");
    QCOMPARE(dashboard->activityChart()->caption(),
             QStringLiteral("Open issues are counted at the end of each day up to the last "
                            "change, on %1, after the summit's last day (%2).")
                 .arg(QLocale().toString(today, format), QLocale().toString(summitEnd, format)));
}

void TestCharts::largeStoreReadsInWorkerThread()
{
    DashboardView *dashboard = showDashboard();
    dashboard->setBackgroundThreshold(1); // the demo counts as large
    IssueFilter filter;
    filter.statuses = {Status::Open};
    const DashboardData expected = DashboardData::build(*m_window->store(), filter);
    QSignalSpy refreshed(dashboard, &DashboardView::refreshed);
    dashboard->setFilter(filter);
    QVERIFY(dashboard->isRefreshing());
    QVERIFY(refreshed.wait());
    QVERIFY(!dashboard->isRefreshing());
    QCOMPARE(dashboard->data().issueCount, expected.issueCount);
    QCOMPARE(dashboard->data().gaps.size(), expected.gaps.size());
    QCOMPARE(dashboard->data().openPerDay.size(), expected.openPerDay.size());
    QCOMPARE(qint64(sumOf(barSets(dashboard->statusChart()))), expected.issueCount);

    // A read overtaken by a newer one is dropped: only the last filter shows.
    filter.statuses = {Status::Draft};
    dashboard->setFilter(filter);
    filter.statuses = {Status::Raised};
    dashboard->setFilter(filter);
    QTRY_VERIFY(!dashboard->isRefreshing());
    QCOMPARE(dashboard->data().issueCount,
             sqlCount(QStringLiteral("SELECT COUNT(*) FROM issue WHERE status = ?"),
                      {int(Status::Raised)}));
}

void TestCharts::euChinaGapIsWeightedMedianDifference()
{
    const DashboardData data = DashboardData::build(*m_window->store(), IssueFilter());
    const auto gapOf = [&data](const QString &code) -> std::optional<DashboardData::Gap> {
        for (const DashboardData::Gap &gap : data.gaps) {
            if (gap.code == code)
                return gap;
        }
        return std::nullopt;
    };
    // RE-03 by hand from the demo file: EU actors at 85 (75×50), 35 (70×30) and
    // 85 (70×40); sorted, the weight reaches half of 8650 at 85 (the mean would
    // be about 72.9). China's one actor is at 30. Gap 55.
    const std::optional<DashboardData::Gap> re03 = gapOf(QStringLiteral("RE-03"));
    QVERIFY(re03);
    QCOMPARE(re03->eu, 85.0);
    QCOMPARE(re03->china, 30.0);
    QCOMPARE(re03->gap, 55.0);
    // RE-01: EU at 95, 90, 95; China's two actors both at 20.
    const std::optional<DashboardData::Gap> re01 = gapOf(QStringLiteral("RE-01"));
    QVERIFY(re01);
    QCOMPARE(re01->gap, 75.0);
    // Sorted, widest first.
    for (int i = 1; i < data.gaps.size(); ++i)
        QVERIFY(data.gaps.at(i - 1).gap >= data.gaps.at(i).gap);

    // The same numbers as Forecast's weighted median over each bloc, for every issue.
    for (const DashboardData::Gap &gap : data.gaps) {
        QList<Position> eu, china;
        for (const Position &position : m_window->store()->positions().forIssue(gap.issueId))
            (position.actorBloc == QLatin1String("EU") ? eu : china).append(position);
        china.erase(
            std::remove_if(china.begin(), china.end(),
                           [](const Position &p) { return p.actorBloc != QLatin1String("China"); }),
            china.end());
        QCOMPARE(gap.eu, Forecast::weightedMedian(eu).value());
        QCOMPARE(gap.china, Forecast::weightedMedian(china).value());
    }

    // Filtered: only the chosen category's issues.
    IssueFilter filter;
    filter.category = QStringLiteral("Security");
    const DashboardData security = DashboardData::build(*m_window->store(), filter);
    QVERIFY(!security.gaps.isEmpty());
    for (const DashboardData::Gap &gap : security.gaps)
        QVERIFY2(gap.code.startsWith(QLatin1String("DR")) ||
                     gap.code.startsWith(QLatin1String("SC")),
                 qPrintable(gap.code));
}

void TestCharts::positionMapShowsEveryPositionAndForecast()
{
    const qint64 id = issueId(QStringLiteral("RE-03"));
    m_window->selectIssue(id);
    PositionMapView *map = m_window->detailPanel()->positionMap();
    QCOMPARE(map->issueId(), id);
    const QList<Position> positions = m_window->store()->positions().forIssue(id);
    QChart *chart = map->chartPanel()->chart();
    const QList<QLineSeries *> actorStems = stems(chart);
    QCOMPARE(actorStems.size(), positions.size());
    for (const Position &position : positions) {
        const auto stem = std::find_if(actorStems.cbegin(), actorStems.cend(), [&](QLineSeries *s) {
            return s->property("actorId").toLongLong() == position.actorId;
        });
        QVERIFY(stem != actorStems.cend());
        QCOMPARE((*stem)->at(0).x(), qreal(position.position));
        QCOMPARE((*stem)->at(1).y(), qreal(position.clout * position.salience) / 100.0);
    }
    const std::optional<ForecastResult> forecast = map->data().forecast;
    QVERIFY(forecast);
    QCOMPARE(forecast->weightedMedian,
             Forecast::compute(positions, QStringLiteral("EU"))->weightedMedian);
    // The forecast line is the outcome under the issue's decision rule.
    QLineSeries *median = seriesNamed(chart, ChartFactory::medianSeriesName());
    QVERIFY(median);
    QCOMPARE(median->at(0).x(), forecast->outcome);
    QCOMPARE(median->at(1).x(), forecast->outcome);
    QLineSeries *mean = seriesNamed(chart, ChartFactory::meanSeriesName());
    QVERIFY(mean);
    QCOMPARE(mean->at(0).x(), forecast->weightedMean);
    QCOMPARE(mean->pen().style(), Qt::DashLine);
    QLineSeries *objective = seriesNamed(chart, ChartFactory::objectiveSeriesName());
    QVERIFY(objective);
    QCOMPARE(objective->at(0).x(), forecast->euObjective);
    QCOMPARE(map->leverageList()->topLevelItemCount(), int(forecast->leverage.size()));
    QCOMPARE(map->leverageList()->topLevelItem(0)->text(0), forecast->leverage.first().actorName);
    // The scale's ends are named on the axis.
    QVERIFY(chart->axes(Qt::Horizontal).first()->titleText().contains(QStringLiteral("Premiums")));
}

void TestCharts::positionMapFollowsEditsAndUndo()
{
    const qint64 id = issueId(QStringLiteral("RE-03"));
    m_window->selectIssue(id);
    PositionMapView *map = m_window->detailPanel()->positionMap();
    Store &store = *m_window->store();
    QList<Position> positions = store.positions().forIssue(id);
    // Move the Commission (85, weight 3750) to 10: the weight reaches half at
    // China's 30 instead of 85, so the forecast moves with it.
    const auto commission = std::find_if(positions.begin(), positions.end(), [](const Position &p) {
        return p.actorName == QLatin1String("European Commission");
    });
    QVERIFY(commission != positions.end());
    const double before = Forecast::compute(positions, QStringLiteral("EU"))->weightedMedian;
    auto *command = new SetPositionFieldCommand(store, commission->id, PositionField::Position,
                                                commission->position, 10, commission->version);
    m_window->undoStack()->push(command);

    QList<Position> after = store.positions().forIssue(id);
    const double moved = Forecast::compute(after, QStringLiteral("EU"))->weightedMedian;
    QCOMPARE(before, 85.0);
    QCOMPARE(moved, 30.0);
    QCOMPARE(map->data().forecast->weightedMedian, moved);
    QCOMPARE(seriesNamed(map->chartPanel()->chart(), ChartFactory::medianSeriesName())->at(0).x(),
             map->data().forecast->outcome);
    bool found = false;
    for (QLineSeries *stem : stems(map->chartPanel()->chart())) {
        if (stem->property("actorId").toLongLong() == commission->actorId) {
            QCOMPARE(stem->at(0).x(), 10.0);
            found = true;
        }
    }
    QVERIFY(found);

    m_window->undoStack()->undo();
    QCOMPARE(map->data().forecast->weightedMedian, before);
    QCOMPARE(seriesNamed(map->chartPanel()->chart(), ChartFactory::medianSeriesName())->at(0).x(),
             map->data().forecast->outcome);
    for (QLineSeries *stem : stems(map->chartPanel()->chart())) {
        if (stem->property("actorId").toLongLong() == commission->actorId)
            QCOMPARE(stem->at(0).x(), qreal(commission->position));
    }
}

namespace {

// Two actors far from 30–60, so nothing but the forecast is drawn there.
PositionMapData handMadeMap()
{
    PositionMapData map;
    map.issueId = 1;
    map.code = QStringLiteral("RE-01");
    map.scaleLow = QStringLiteral("controls kept");
    map.scaleHigh = QStringLiteral("controls lifted");
    map.ourBloc = QStringLiteral("EU");
    map.counterpartBloc = QStringLiteral("China");
    map.palette = BlocPalette(map.ourBloc, map.counterpartBloc);
    Position ours;
    ours.actorId = 1;
    ours.actorName = QStringLiteral("Commission");
    ours.actorBloc = map.ourBloc;
    ours.position = 90;
    Position theirs;
    theirs.actorId = 2;
    theirs.actorName = QStringLiteral("MOFCOM");
    theirs.actorBloc = map.counterpartBloc;
    theirs.position = 10;
    map.positions = {ours, theirs};
    ForecastResult forecast;
    forecast.weightedMean = 88;
    forecast.weightedMedian = forecast.outcome = 40;
    map.forecast = forecast;
    return map;
}

// Where value `x` at mid-height lands in the panel's view, in its pixels.
QPoint pixelOf(ChartPanel &panel, QAbstractSeries *series, qreal x)
{
    QChart *chart = panel.chart();
    const QPointF inChart =
        chart->mapToPosition(QPointF(x, 0), series) + QPointF(0, -chart->plotArea().height() / 2);
    return panel.chartView()->mapFromScene(chart->mapToScene(inChart));
}

} // namespace

void TestCharts::positionMapShadesTheLikelyRange()
{
    PositionMapData map = handMadeMap();
    map.forecast->band = ForecastResult::Band{40, 0.9, 30, 45, 1000};
    ChartPanel panel;
    panel.resize(800, 500);
    panel.setPositionMap(map);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    QAreaSeries *band = nullptr;
    for (QAbstractSeries *series : panel.chart()->series()) {
        if (series->objectName() == ChartFactory::bandSeriesName())
            band = qobject_cast<QAreaSeries *>(series);
    }
    QVERIFY(band);
    QCOMPARE(band->upperSeries()->at(0).x(), 30.0);
    QCOMPARE(band->upperSeries()->at(1).x(), 45.0);
    QCOMPARE(band->lowerSeries()->at(0).y(), 0.0);
    QVERIFY(band->name().contains(QStringLiteral("30–45")));
    // The point forecast still has its line, inside the band.
    QCOMPARE(seriesNamed(panel.chart(), ChartFactory::medianSeriesName())->at(0).x(), 40.0);

    // Drawn: inside the band the plot is tinted, outside it is not.
    const QImage image = panel.chartView()->grab().toImage();
    const QColor inside = image.pixelColor(pixelOf(panel, band, 35));
    const QColor outside = image.pixelColor(pixelOf(panel, band, 65));
    QVERIFY2(inside != outside, qPrintable(inside.name() + QLatin1Char(' ') + outside.name()));
    QVERIFY2(inside.blue() > inside.red() && inside.lightness() < outside.lightness(),
             qPrintable(inside.name() + QLatin1Char(' ') + outside.name()));
    // Names stay clear of the forecast's line.
    QList<QLineF> lines;
    for (QGraphicsItem *item : panel.chart()->childItems()) {
        if (item->data(0).toString() != ChartFactory::positionLabelKey())
            continue;
        const QRectF rect = item->mapRectToParent(item->boundingRect());
        const qreal lineX = panel.chart()->mapToPosition(QPointF(40, 0), band).x();
        QVERIFY(!(rect.left() < lineX && rect.right() > lineX));
    }
}

void TestCharts::positionMapShowsBothEndsOfADeadlock()
{
    PositionMapData map = handMadeMap();
    map.forecast->tie = true;
    map.forecast->tieLow = 30;
    map.forecast->tieHigh = 60;
    map.forecast->weightedMedian = map.forecast->outcome = 45;
    ChartPanel panel;
    panel.resize(800, 500);
    panel.setPositionMap(map);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    // No single forecast line at the midpoint: a line at each end, the span hatched.
    QVERIFY(!seriesNamed(panel.chart(), ChartFactory::medianSeriesName()));
    QList<qreal> ends;
    QAreaSeries *span = nullptr;
    for (QAbstractSeries *series : panel.chart()->series()) {
        if (series->objectName() == ChartFactory::tieEndSeriesName())
            ends.append(qobject_cast<QLineSeries *>(series)->at(0).x());
        if (series->objectName() == ChartFactory::tieSeriesName())
            span = qobject_cast<QAreaSeries *>(series);
    }
    std::sort(ends.begin(), ends.end());
    QCOMPARE(ends, QList<qreal>({30.0, 60.0}));
    QVERIFY(span);
    QCOMPARE(span->brush().style(), Qt::BDiagPattern);
    QCOMPARE(span->upperSeries()->at(0).x(), 30.0);
    QCOMPARE(span->upperSeries()->at(1).x(), 60.0);
    QVERIFY(span->name().contains(QStringLiteral("30–60")));

    // The hatching is drawn: dark strokes along a row inside the span, none beside it.
    const QImage image = panel.chartView()->grab().toImage();
    const auto darkPixels = [&](qreal from, qreal to) {
        const QPoint left = pixelOf(panel, span, from);
        const QPoint right = pixelOf(panel, span, to);
        int dark = 0;
        for (int x = left.x() + 3; x < right.x() - 3; ++x) {
            for (int dy = 0; dy < 12; ++dy) {
                const QColor color = image.pixelColor(x, left.y() + dy);
                if (color.red() > color.green() + 30 && color.lightness() < 200)
                    ++dark;
            }
        }
        return dark;
    };
    QVERIFY(darkPixels(32, 58) > 20);
    QCOMPARE(darkPixels(62, 85), 0);
}

void TestCharts::whoToWorkOnListsMoveGainAndEffort()
{
    const qint64 id = issueId(QStringLiteral("RE-03"));
    m_window->selectIssue(id);
    PositionMapView *map = m_window->detailPanel()->positionMap();
    const std::optional<ForecastResult> forecast = map->data().forecast;
    QVERIFY(forecast && forecast->hasEuObjective && !forecast->leverage.isEmpty());
    QTreeWidget *list = map->leverageList();
    QVERIFY(!list->accessibleName().isEmpty());
    QCOMPARE(list->columnCount(), int(PositionMapView::ColumnCount));
    const QStringList headers = {QStringLiteral("Actor"), QStringLiteral("Move"),
                                 QStringLiteral("Gain"), QStringLiteral("Effort"),
                                 QStringLiteral("Gain per effort")};
    for (int column = 0; column < headers.size(); ++column)
        QCOMPARE(list->headerItem()->text(column), headers.at(column));
    QVERIFY(list->headerItem()
                ->toolTip(PositionMapView::EffortColumn)
                .contains(QStringLiteral("salience")));

    // One row per entry, in the forecast's ranking, each saying what the entry says.
    const ForecastText text;
    QCOMPARE(list->topLevelItemCount(), int(forecast->leverage.size()));
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        const ForecastResult::Leverage &entry = forecast->leverage.at(row);
        const QTreeWidgetItem *item = list->topLevelItem(row);
        QCOMPARE(item->text(PositionMapView::ActorColumn), entry.actorName);
        QCOMPARE(
            item->text(PositionMapView::MoveColumn),
            QStringLiteral("%1 → %2").arg(text.number(entry.position), text.number(entry.movedTo)));
        QCOMPARE(item->text(PositionMapView::GainColumn), text.shift(entry.outcomeShift));
        QCOMPARE(item->text(PositionMapView::EffortColumn), text.number(entry.effort));
        QCOMPARE(item->text(PositionMapView::RatioColumn), text.number(entry.gainPerEffort, 2));
        QVERIFY(item->toolTip(PositionMapView::EffortColumn).contains(QStringLiteral("salience")));
    }

    // The sentences above the list are the forecast's, the rule's with its source.
    const QString summary = map->summary()->text();
    QVERIFY2(summary.contains(text.likelyOutcome(*forecast)), qPrintable(summary));
    QVERIFY2(summary.contains(text.rule(*forecast, map->data().decisionRuleSource)),
             qPrintable(summary));
    QCOMPARE(map->noSingleActorNote()->isVisibleTo(map), forecast->noSingleActorShifts);
    if (forecast->noSingleActorShifts)
        QCOMPARE(map->noSingleActorNote()->text(), text.noSingleActor(*forecast));
}

void TestCharts::chartsRenderOffscreen()
{
    DashboardView *dashboard = showDashboard();
    for (ChartPanel *panel :
         {dashboard->statusChart(), dashboard->priorityChart(), dashboard->activityChart(),
          dashboard->indicatorChart(), dashboard->gapChart()}) {
        const QImage image = panel->grab().toImage();
        QVERIFY2(!image.isNull() && !isPlain(image), qPrintable(panel->objectName()));
        QVERIFY2(!isPlain(panel->renderImage(QSize(400, 300))), qPrintable(panel->objectName()));
    }
    m_window->selectIssue(issueId(QStringLiteral("RE-01")));
    IssueDetailPanel *detail = m_window->detailPanel();
    detail->tabs()->setCurrentWidget(detail->positionMap());
    const QImage map = detail->positionMap()->chartPanel()->grab().toImage();
    QVERIFY(!isPlain(map));
}

void TestCharts::renderedPositionMapForPack()
{
    Store &store = *m_window->store();
    const QImage image =
        PositionMapRenderer::render(store, issueId(QStringLiteral("RE-01")), QSize(800, 450));
    QCOMPARE(image.size(), QSize(800, 450));
    QVERIFY(!isPlain(image));
    QVERIFY(PositionMapRenderer::render(store, 999999, QSize(800, 450)).isNull());
    const auto callback = PositionMapRenderer::packCallback(store, 100);
    const QImage mm = callback(issueId(QStringLiteral("RE-02")), QSizeF(254, 127));
    QCOMPARE(mm.size(), QSize(1000, 500));
    QVERIFY(!isPlain(mm));
}

void TestCharts::savesPngAndSvg()
{
    DashboardView *dashboard = showDashboard();
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("status.png"));
    QVERIFY2(dashboard->statusChart()->saveImage(png),
             qPrintable(dashboard->statusChart()->errorString()));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(!isPlain(image));
    const QString svg = dir.filePath(QStringLiteral("gap.svg"));
    QVERIFY(dashboard->gapChart()->saveImage(svg));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("RE-01"));
    QVERIFY(!dashboard->statusChart()->saveImage(dir.filePath(QStringLiteral("no/such/dir.png"))));
    QVERIFY(!dashboard->statusChart()->errorString().isEmpty());
}

void TestCharts::clickingStatusBarFiltersTable()
{
    DashboardView *dashboard = showDashboard();
    const DashboardData &data = dashboard->data();
    const QList<QBarSet *> sets = barSets(dashboard->statusChart());
    // The set of "Open" issues, at the category that has some.
    QBarSet *open = nullptr;
    for (QBarSet *set : sets) {
        if (set->label() == StatusText::label(Status::Open))
            open = set;
    }
    QVERIFY(open);
    int index = -1;
    for (int i = 0; i < open->count(); ++i) {
        if (open->at(i) > 0) {
            index = i;
            break;
        }
    }
    QVERIFY(index >= 0);
    const QString category = dashboard->statusCategoryAt(index);
    QVERIFY(data.categories.contains(category));
    const int expected = int(open->at(index));
    emit open->clicked(index);

    QCOMPARE(m_window->tabs()->currentIndex(), 0);
    const IssueFilter filter = m_window->issueModel()->filter();
    QCOMPARE(filter.statuses, QList<Status>{Status::Open});
    QCOMPARE(filter.category, category);
    QCOMPARE(m_window->filterBar()->filter().statuses, QList<Status>{Status::Open});
    QCOMPARE(m_window->issueModel()->rowCount(), expected);
    QCOMPARE(
        qint64(m_window->issueModel()->rowCount()),
        sqlCount(QStringLiteral("SELECT COUNT(*) FROM issue WHERE status = ? AND category = ?"),
                 {int(Status::Open), category}));
}

void TestCharts::clickingPriorityBarFiltersTable()
{
    DashboardView *dashboard = showDashboard();
    const QList<QBarSet *> sets = barSets(dashboard->priorityChart());
    QCOMPARE(sets.size(), 4);
    // Most urgent first: the first bar is Critical.
    emit sets.first()->clicked(0);
    QCOMPARE(m_window->tabs()->currentIndex(), 0);
    QCOMPARE(m_window->issueModel()->filter().priority,
             std::optional<Priority>(Priority::Critical));
    QCOMPARE(qint64(m_window->issueModel()->rowCount()),
             sqlCount(QStringLiteral("SELECT COUNT(*) FROM issue WHERE priority = ?"),
                      {int(Priority::Critical)}));

    // A gap bar opens its issue.
    showDashboard();
    const QList<QBarSet *> gaps = barSets(dashboard->gapChart());
    QCOMPARE(gaps.size(), 1);
    const int top = gaps.first()->count() - 1; // the widest gap is drawn at the top
    emit gaps.first()->clicked(top);
    QCOMPARE(m_window->currentIssueId(), dashboard->data().gaps.first().issueId);
}

void TestCharts::matrixDoubleClickOpensIssue()
{
    MatrixView *matrix = m_window->matrixView();
    m_window->tabs()->setCurrentWidget(matrix);
    auto *model = qobject_cast<PositionMatrixModel *>(matrix->table()->model());
    QVERIFY(model);
    const int row = model->rowOfIssue(issueId(QStringLiteral("DR-02")));
    QVERIFY(row >= 0);
    QVERIFY(model->index(row, 0).data(Qt::BackgroundRole).isValid() ||
            model->index(row, 1).data(Qt::BackgroundRole).isValid());
    QTableView *table = matrix->table();
    const QModelIndex index = model->index(row, 0);
    table->scrollTo(index);
    const QPoint centre = table->visualRect(index).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(m_window->tabs()->currentIndex(), 0);
    QCOMPARE(m_window->currentIssueId(), issueId(QStringLiteral("DR-02")));
}

namespace {

// What a chart shows in words: the plain text of its title, legend and axis
// items once laid out (Qt Charts draws each as a QGraphicsTextItem).
QStringList shownTexts(ChartPanel &panel)
{
    panel.resize(1400, 900);
    panel.show();
    if (!QTest::qWaitForWindowExposed(&panel))
        return {};
    QCoreApplication::processEvents();
    QStringList texts;
    for (QGraphicsItem *item : panel.chart()->scene()->items()) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            texts.append(text->toPlainText());
    }
    return texts;
}

} // namespace

// Qt Charts reads titles, legend names and axis texts as rich text; what a user
// typed (a category, a series, an actor's bloc, an issue code) shows as typed.
void TestCharts::markupInNamesShowsAsTyped()
{
    const QString bold = QStringLiteral("<b>Gallium</b> & co");
    const QString image = QStringLiteral("<img src=/etc/passwd>");
    const QString italic = QStringLiteral("<i>Trade</i>");

    BarChartSpec bars;
    bars.title = bold;
    bars.categories = {italic, QStringLiteral("Energy")};
    bars.valueTitle = QStringLiteral("Issues <u>per</u> category");
    BarChartSpec::Set set;
    set.name = image;
    set.values = {2, 3};
    set.color = Qt::darkBlue;
    bars.sets = {set};
    ChartPanel barPanel;
    barPanel.setBarChart(bars);
    const QStringList barTexts = shownTexts(barPanel);
    for (const QString &typed : {bold, image, italic, QStringLiteral("Issues <u>per</u> category")})
        QVERIFY2(barTexts.contains(typed), qPrintable(barTexts.join(QLatin1Char('|'))));
    // A bar's tooltip too (QToolTip reads text that looks like markup as markup).
    QBarSet *shownSet = barSets(&barPanel).value(0);
    QVERIFY(shownSet);
    emit shownSet->hovered(true, 0);
    QTextDocument toolTip;
    toolTip.setHtml(QToolTip::text());
    QCOMPARE(toolTip.toPlainText(), QStringLiteral("%1 — %2: 2").arg(image, italic));
    // The saved drawing names the chart as typed, in well-formed XML.
    QTemporaryDir dir;
    const QString svgPath = dir.filePath(QStringLiteral("bars.svg"));
    QVERIFY(barPanel.saveImage(svgPath));
    QFile svg(svgPath);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray drawing = svg.readAll();
    QVERIFY2(drawing.contains("<title>&lt;b&gt;Gallium&lt;/b&gt; &amp; co</title>"),
             drawing.mid(drawing.indexOf("<title"), 200).constData());

    LineChartSpec lines;
    lines.title = image;
    lines.valueTitle = QStringLiteral("Value (<sup>USD</sup>/kg)");
    LineChartSpec::Series series;
    series.name = bold;
    series.color = Qt::darkRed;
    series.points = {QPointF(1.75e12, 4), QPointF(1.76e12, 5)};
    lines.series = {series};
    ChartPanel linePanel;
    linePanel.setLineChart(lines);
    const QStringList lineTexts = shownTexts(linePanel);
    for (const QString &typed : {bold, image, QStringLiteral("Value (<sup>USD</sup>/kg)")})
        QVERIFY2(lineTexts.contains(typed), qPrintable(lineTexts.join(QLatin1Char('|'))));

    PositionMapData map;
    map.issueId = 1;
    map.code = QStringLiteral("<b>RE</b>-01");
    map.ourBloc = italic;
    map.counterpartBloc = QStringLiteral("India");
    map.palette = BlocPalette(map.ourBloc, map.counterpartBloc);
    Position ours;
    ours.actorId = 1;
    ours.actorName = bold;
    ours.actorBloc = italic;
    ours.position = 80;
    Position theirs;
    theirs.actorId = 2;
    theirs.actorName = QStringLiteral("Ministry of Commerce");
    theirs.actorBloc = QStringLiteral("India");
    theirs.position = 20;
    map.positions = {ours, theirs};
    map.forecast = Forecast::compute(map.positions, map.ourBloc);
    QVERIFY(map.forecast && map.forecast->hasEuObjective);
    ChartPanel mapPanel;
    mapPanel.setPositionMap(map);
    const QStringList mapTexts = shownTexts(mapPanel);
    const QString mapText = mapTexts.join(QLatin1Char('|'));
    QVERIFY2(mapTexts.contains(italic), qPrintable(mapText));
    QVERIFY2(mapText.contains(QStringLiteral("<b>RE</b>-01 — positions and forecast")),
             qPrintable(mapText));
    QVERIFY2(mapText.contains(QStringLiteral("<i>Trade</i> objective")), qPrintable(mapText));
}

QTEST_MAIN(TestCharts)
#include "test_charts.moc"
