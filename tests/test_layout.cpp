#include "TestSupport.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "charts/ChartFactory.h"
#include "charts/ChartPanel.h"
#include "charts/DashboardData.h"
#include "charts/DashboardView.h"
#include "charts/MatrixView.h"
#include "charts/PositionMapData.h"
#include "charts/PositionMapView.h"
#include "issues/IssueDetailPanel.h"
#include "issues/IssueFilterBar.h"
#include "items/IssueTableModel.h"
#include "items/PositionMatrixModel.h"
#include "items/PositionTableModel.h"
#include "items/StatusHistoryModel.h"
#include "store/IssueRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"
#include "tracking/IssueLinksView.h"
#include "tracking/SearchResultDelegate.h"
#include "tracking/SearchResultsView.h"
#include "tracking/TrackingController.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDialog>
#include <QFile>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

class TestLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void windowFitsTheScreen();
    void titleColumnKeepsItsRoom();
    void issueColumnsFitTheirContent();
    void filterPlaceholdersShowWhole();
    void positionsShowStanceColumn();
    void stanceTakesTheRoomOfAWideWindow();
    void overviewFitsTheDetailPanel();
    void dashboardNamesAreNotCut();
    void activityAxisEndsAtSummitOrLastChange();
    void activityAxisWithoutSummitEndsAtLastChange();
    void matrixFollowsTheFilter();
    void emptyDatabaseDashboardSaysSo();
    void positionMapLabelsApartInsideAndClearOfForecast();
    void placementKeepsPackLabelsApart();
    void historyReasonWrapsAndColumnsFit();
    void stanceEditorTakesSeveralLines();
    void selectedSearchResultUsesHighlightedText();
    void statusDotShowsOnSelectedRow();
    void addLinkDialogStaysNarrowWithLongTitle();
    void detailHeaderCutsALongTitle();
    void matrixIssueNamesLeaveRoomForActors();

private:
    void showAt(const QSize &size);
    qint64 issueId(const QString &code) const;
    void selectIssue(const QString &code);
    static QStringList chartTexts(QChart *chart);

    std::unique_ptr<TestSupport::TempDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void TestLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SummitBriefTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_layout"));
    QSettings().clear();
    MainWindow::setQuietForTesting(true);
}

void TestLayout::init()
{
    m_db = std::make_unique<TestSupport::TempDatabase>();
    m_db->open(true); // the demo scenario
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDatabase(m_db->path()));
    showAt(QSize(1024, 700));
}

void TestLayout::cleanup()
{
    m_window.reset();
    m_db.reset();
    QSettings().clear();
}

// A laptop on a projector: the whole window at this size.
void TestLayout::showAt(const QSize &size)
{
    m_window->resize(size);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCoreApplication::processEvents();
    QCOMPARE(m_window->size(), size);
}

qint64 TestLayout::issueId(const QString &code) const
{
    QSqlQuery query(m_window->store()->database());
    query.prepare(QStringLiteral("SELECT id FROM issue WHERE code = ?"));
    query.addBindValue(code);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

void TestLayout::selectIssue(const QString &code)
{
    const qint64 id = issueId(code);
    QVERIFY(id != 0);
    m_window->selectIssue(id);
    QCOMPARE(m_window->detailPanel()->issueId(), id);
    QCoreApplication::processEvents();
}

// Every text Qt Charts drew for the chart: title, axis labels and titles, legend.
QStringList TestLayout::chartTexts(QChart *chart)
{
    QStringList texts;
    if (!chart->scene())
        return texts;
    for (QGraphicsItem *item : chart->scene()->items()) {
        if (!item->isVisible())
            continue;
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
            texts.append(text->toPlainText());
        else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            texts.append(simple->text());
    }
    return texts;
}

// A first start on a small screen opens a window that fits it, status bar and
// all; a geometry saved on a bigger screen shrinks to this one.
void TestLayout::windowFitsTheScreen()
{
    const QSize usual(1400, 900);
    QCOMPARE(MainWindow::fittingSize(QRect(0, 0, 1920, 1050)), usual);
    for (const QRect available :
         {QRect(0, 0, 1024, 700), QRect(0, 0, 800, 600), QRect(0, 24, 1366, 744)}) {
        const QSize size = MainWindow::fittingSize(available);
        QVERIFY(size.width() <= available.width() && size.height() <= available.height());
        // No smaller than it need be: most of the screen.
        QVERIFY(size.width() >= available.width() * 0.85 &&
                size.height() >= available.height() * 0.85);
    }

    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY2(available.width() < usual.width() || available.height() < usual.height(),
             "the test needs a screen smaller than the usual window");
    QCOMPARE(available.size(), QSize(1024, 700)); // the laptop main() sets up
    const auto fits = [&available](MainWindow &window) {
        QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                .arg(window.width())
                                .arg(window.height())
                                .arg(available.width())
                                .arg(available.height())));
        const QRect frame = window.frameGeometry();
        QVERIFY2(available.contains(frame), qPrintable(QStringLiteral("frame %1,%2 %3x%4")
                                                           .arg(frame.x())
                                                           .arg(frame.y())
                                                           .arg(frame.width())
                                                           .arg(frame.height())));
        // The status bar inside the window, not cut off below it.
        QVERIFY(window.statusBar()->isVisible());
        QVERIFY(window.statusBar()->geometry().bottom() < window.height());
    };

    m_window.reset();
    QSettings().clear();
    {
        MainWindow fresh;
        QVERIFY(fresh.openDatabase(m_db->path()));
        fresh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fresh));
        fits(fresh);
        if (QTest::currentTestFailed())
            return;
        // Saved after the user made it bigger than this screen.
        fresh.resize(available.size() * 1.5);
        fresh.close();
    }
    QVERIFY(!AppSettings().windowGeometry().isEmpty());
    MainWindow restored;
    QVERIFY(restored.openDatabase(m_db->path()));
    restored.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restored));
    fits(restored);
}

void TestLayout::titleColumnKeepsItsRoom()
{
    QTableView *table = m_window->issueTable();
    QHeaderView *header = table->horizontalHeader();
    const int title = header->sectionSize(IssueTableModel::TitleColumn);
    // Room for a short title ("Trade imbalances") at least.
    const int shortTitle =
        table->fontMetrics().horizontalAdvance(QStringLiteral("Trade imbalances"));
    QVERIFY2(title >= shortTitle + 8, qPrintable(QStringLiteral("title %1 px").arg(title)));
    for (int column : {int(IssueTableModel::CodeColumn), int(IssueTableModel::StatusColumn),
                       int(IssueTableModel::PriorityColumn), int(IssueTableModel::OwnerColumn),
                       int(IssueTableModel::DueDateColumn)}) {
        if (!header->isSectionHidden(column))
            QVERIFY2(title > header->sectionSize(column),
                     qPrintable(QStringLiteral("column %1 is %2 px, title %3 px")
                                    .arg(column)
                                    .arg(header->sectionSize(column))
                                    .arg(title)));
    }
    // All of it on screen, no sideways scrolling to read the due dates.
    const int due = IssueTableModel::DueDateColumn;
    QVERIFY(header->sectionViewportPosition(due) + header->sectionSize(due) <=
            table->viewport()->width());

    // On a big screen the other columns get their full width back.
    showAt(QSize(1600, 1000));
    QVERIFY(header->sectionSize(IssueTableModel::TitleColumn) > title);
    QVERIFY(header->sectionSize(IssueTableModel::OwnerColumn) >=
            table->fontMetrics().horizontalAdvance(QStringLiteral("Security policy desk")));
}

// Status, priority, owner and due date show whole when the window has room;
// the title keeps a readable width on a laptop; a width the user chose stays.
void TestLayout::issueColumnsFitTheirContent()
{
    QTableView *table = m_window->issueTable();
    QHeaderView *header = table->horizontalHeader();
    // What the rows on screen need to show whole.
    const auto contentWidth = [&table](int column) {
        return static_cast<const QAbstractItemView *>(table)->sizeHintForColumn(column);
    };
    const QList<int> others = {IssueTableModel::CodeColumn, IssueTableModel::StatusColumn,
                               IssueTableModel::PriorityColumn, IssueTableModel::OwnerColumn,
                               IssueTableModel::DueDateColumn};
    const auto describe = [&](int column) {
        return QStringLiteral("column %1: %2 px, content %3 px, title %4 px, viewport %5 px")
            .arg(column)
            .arg(header->sectionSize(column))
            .arg(contentWidth(column))
            .arg(header->sectionSize(IssueTableModel::TitleColumn))
            .arg(table->viewport()->width());
    };

    // Left at 1024 px, where the columns had to shrink; the next start is on a
    // big screen: the columns get their width back.
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDatabase(m_db->path()));
    table = m_window->issueTable();
    header = table->horizontalHeader();
    showAt(QSize(1024, 700)); // the window opens on this laptop's screen first
    showAt(QSize(1600, 1000));
    QCoreApplication::processEvents();
    for (int column : others) {
        QVERIFY(!header->isSectionHidden(column));
        QVERIFY2(header->sectionSize(column) >= contentWidth(column), qPrintable(describe(column)));
    }
    // The title has the rest: no scrolling sideways.
    QVERIFY(header->length() <= table->viewport()->width());

    showAt(QSize(1024, 700));
    QCoreApplication::processEvents();
    const int titleMinimum =
        table->fontMetrics().averageCharWidth() * MainWindow::titleMinimumCharacters;
    QVERIFY2(header->sectionSize(IssueTableModel::TitleColumn) >= titleMinimum,
             qPrintable(describe(IssueTableModel::TitleColumn)));
    // Owner gave up room before status did.
    QVERIFY2(header->sectionSize(IssueTableModel::StatusColumn) >=
                     contentWidth(IssueTableModel::StatusColumn) ||
                 header->sectionSize(IssueTableModel::OwnerColumn) <=
                     header->sectionSizeHint(IssueTableModel::OwnerColumn),
             qPrintable(describe(IssueTableModel::StatusColumn)));

    // A width the user chose is kept where there is room for it.
    showAt(QSize(1600, 1000));
    QCoreApplication::processEvents();
    const int chosen = header->sectionSize(IssueTableModel::OwnerColumn) + 40;
    header->resizeSection(IssueTableModel::OwnerColumn, chosen);
    m_window->resize(1500, 1000);
    QCoreApplication::processEvents();
    QCOMPARE(header->sectionSize(IssueTableModel::OwnerColumn), chosen);
    // Also after a restart.
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDatabase(m_db->path()));
    showAt(QSize(1024, 700));
    showAt(QSize(1600, 1000));
    QCoreApplication::processEvents();
    QCOMPARE(m_window->issueTable()->horizontalHeader()->sectionSize(IssueTableModel::OwnerColumn),
             chosen);
}

void TestLayout::filterPlaceholdersShowWhole()
{
    for (QLineEdit *edit :
         {m_window->filterBar()->findChild<QLineEdit *>(QStringLiteral("issueSearch")),
          m_window->filterBar()->fullTextEdit()}) {
        QVERIFY(edit);
        QVERIFY(edit->isVisible());
        // The text area: the field less its frame, margins and the clear button.
        const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 32;
        QVERIFY2(needed <= edit->width(), qPrintable(QStringLiteral("%1: %2 px for %3 px")
                                                         .arg(edit->placeholderText())
                                                         .arg(edit->width())
                                                         .arg(needed)));
    }
}

void TestLayout::positionsShowStanceColumn()
{
    selectIssue(QStringLiteral("CR-01"));
    IssueDetailPanel *panel = m_window->detailPanel();
    panel->tabs()->setCurrentIndex(1);
    QCoreApplication::processEvents();
    QTableView *view = panel->positionsView();
    QVERIFY(view->isVisible());
    QHeaderView *header = view->horizontalHeader();
    const int viewport = view->viewport()->width();
    const int clout = PositionTableModel::CloutColumn;
    QVERIFY(header->sectionViewportPosition(clout) + header->sectionSize(clout) <= viewport);
    const int stance = PositionTableModel::StanceColumn;
    const int stanceLeft = header->sectionViewportPosition(stance);
    // A readable start of every stance, inside the table.
    QVERIFY2(stanceLeft >= 0 && stanceLeft + view->fontMetrics().averageCharWidth() * 6 <= viewport,
             qPrintable(QStringLiteral("stance at %1 of %2 px").arg(stanceLeft).arg(viewport)));
    QVERIFY(header->sectionViewportPosition(stance) + header->sectionSize(stance) <= viewport);
}

// On a desktop-sized window the stance, what a reader came for, is the widest
// column, not the remainder after the names and numbers.
void TestLayout::stanceTakesTheRoomOfAWideWindow()
{
    showAt(QSize(1400, 900));
    selectIssue(QStringLiteral("CR-01"));
    IssueDetailPanel *panel = m_window->detailPanel();
    panel->tabs()->setCurrentIndex(1);
    QCoreApplication::processEvents();
    QTableView *view = panel->positionsView();
    QHeaderView *header = view->horizontalHeader();
    const int stance = header->sectionSize(PositionTableModel::StanceColumn);
    QVERIFY2(stance >= view->fontMetrics().averageCharWidth() * 24,
             qPrintable(
                 QStringLiteral("stance %1 px of %2").arg(stance).arg(view->viewport()->width())));
    for (int column :
         {int(PositionTableModel::ActorColumn), int(PositionTableModel::PositionColumn),
          int(PositionTableModel::SalienceColumn), int(PositionTableModel::CloutColumn)})
        QVERIFY2(header->sectionSize(column) < stance,
                 qPrintable(QStringLiteral("column %1 is %2 px, stance %3 px")
                                .arg(column)
                                .arg(header->sectionSize(column))
                                .arg(stance)));
    QVERIFY(header->sectionViewportPosition(PositionTableModel::StanceColumn) + stance <=
            view->viewport()->width());
}

void TestLayout::overviewFitsTheDetailPanel()
{
    selectIssue(QStringLiteral("CR-01"));
    auto *scroll =
        m_window->detailPanel()->findChild<QScrollArea *>(QStringLiteral("overviewScroll"));
    QVERIFY(scroll);
    QVERIFY(scroll->isVisible());
    QWidget *form = scroll->widget();
    // Nothing to the right of the visible part: every field and its label show.
    QVERIFY2(form->width() <= scroll->viewport()->width(),
             qPrintable(QStringLiteral("form %1 px in %2 px")
                            .arg(form->width())
                            .arg(scroll->viewport()->width())));
    QWidget *status = form->findChild<QWidget *>(QStringLiteral("statusEdit"));
    QVERIFY(status);
    const QRect inForm(status->mapTo(form, QPoint(0, 0)), status->size());
    QVERIFY(inForm.right() < scroll->viewport()->width());
}

void TestLayout::dashboardNamesAreNotCut()
{
    for (const QSize &size : {QSize(1024, 700), QSize(1600, 1000)}) {
        showAt(size);
        DashboardView *dashboard = m_window->dashboardView();
        m_window->tabs()->setCurrentWidget(dashboard);
        QCoreApplication::processEvents();
        QVERIFY(dashboard->showsCharts());
        for (ChartPanel *panel :
             {dashboard->statusChart(), dashboard->priorityChart(), dashboard->activityChart(),
              dashboard->indicatorChart(), dashboard->gapChart()}) {
            const QStringList texts = chartTexts(panel->chart());
            QVERIFY(!texts.isEmpty());
            for (const QString &text : texts)
                QVERIFY2(!text.contains(QStringLiteral("...")) && !text.contains(QChar(0x2026)),
                         qPrintable(QStringLiteral("%1 at %2×%3: \"%4\"")
                                        .arg(panel->objectName())
                                        .arg(size.width())
                                        .arg(size.height())
                                        .arg(text)));
        }
    }
}

void TestLayout::activityAxisEndsAtSummitOrLastChange()
{
    Store *store = m_window->store();
    const SummitInfo summit = store->settings().summit();
    QVERIFY(summit.end.isValid());
    QVERIFY(summit.end > summit.start);
    // A status change long after the summit would run the axis to it; a year on,
    // without one, the axis still ends at the summit's last day.
    const DashboardData data = DashboardData::build(*store, {}, summit.end.addYears(1));
    QVERIFY(!data.openPerDay.isEmpty());
    QCOMPARE(data.openPerDay.last().day, summit.end);
    QSqlQuery first(store->database());
    QVERIFY(first.exec(QStringLiteral("SELECT MIN(SUBSTR(changed_at, 1, 10)) FROM status_change")));
    QVERIFY(first.next());
    QCOMPARE(data.openPerDay.first().day,
             QDate::fromString(first.value(0).toString(), Qt::ISODate));

    DashboardView *dashboard = m_window->dashboardView();
    m_window->tabs()->setCurrentWidget(dashboard);
    dashboard->refreshNow();
    QDateTimeAxis *axis = nullptr;
    for (QAbstractAxis *each : dashboard->activityChart()->chart()->axes(Qt::Horizontal))
        axis = axis ? axis : qobject_cast<QDateTimeAxis *>(each);
    QVERIFY(axis);
    QVERIFY(axis->max().date() >= summit.end);
    QVERIFY(axis->max().date() <= summit.end.addDays(1));
}

void TestLayout::activityAxisWithoutSummitEndsAtLastChange()
{
    Store *store = m_window->store();
    SummitInfo summit = store->settings().summit();
    summit.start = QDate();
    summit.end = QDate();
    QSqlQuery last(store->database());
    QVERIFY(last.exec(QStringLiteral("SELECT MAX(SUBSTR(changed_at, 1, 10)) FROM status_change")));
    QVERIFY(last.next());
    const QDate lastChange = QDate::fromString(last.value(0).toString(), Qt::ISODate);
    QVERIFY(lastChange.isValid());
    const DashboardData data =
        DashboardData::build(store->database(), {}, summit, lastChange.addDays(400));
    QVERIFY(!data.openPerDay.isEmpty());
    QCOMPARE(data.openPerDay.last().day, lastChange);
}

void TestLayout::matrixFollowsTheFilter()
{
    IssueFilter filter;
    filter.text = QStringLiteral("rare");
    m_window->filterBar()->setFilter(filter);
    QTRY_COMPARE(m_window->issueModel()->filter(), filter);
    const int shown = m_window->issueModel()->rowCount();
    QVERIFY(shown > 0);
    QVERIFY(shown < m_window->issueModel()->totalCount());
    m_window->tabs()->setCurrentWidget(m_window->matrixView());
    auto *matrix = qobject_cast<PositionMatrixModel *>(m_window->matrixView()->table()->model());
    QVERIFY(matrix);
    QAbstractItemModelTester tester(matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(matrix->rowCount(), shown);
    for (int row = 0; row < shown; ++row)
        QVERIFY(matrix->rowOfIssue(m_window->issueModel()->issueIdAt(row)) >= 0);

    m_window->filterBar()->clearFilter();
    QTRY_COMPARE(matrix->rowCount(), int(m_window->issueModel()->totalCount()));
}

void TestLayout::emptyDatabaseDashboardSaysSo()
{
    TestSupport::TempDatabase empty;
    QVERIFY(m_window->newDatabase(empty.path()));
    DashboardView *dashboard = m_window->dashboardView();
    m_window->tabs()->setCurrentWidget(dashboard);
    QCoreApplication::processEvents();
    auto *label = dashboard->findChild<QLabel *>(QStringLiteral("dashboardEmpty"));
    QVERIFY(label);
    QTRY_VERIFY(label->isVisible());
    QCOMPARE(label->text(), DashboardView::tr("No issues yet"));
    QVERIFY(!dashboard->statusChart()->isVisible());
    // Centred in the dashboard.
    QCOMPARE(label->alignment() & Qt::AlignHCenter, Qt::AlignHCenter);
    QVERIFY(qAbs(label->mapTo(dashboard, label->rect().center()).x() - dashboard->width() / 2) <
            20);

    // The demo again: the charts come back.
    QVERIFY(m_window->openDatabase(m_db->path()));
    QTRY_VERIFY(dashboard->statusChart()->isVisible());
    QVERIFY(!label->isVisible());
}

void TestLayout::positionMapLabelsApartInsideAndClearOfForecast()
{
    m_window->tabs()->setCurrentIndex(0);
    PositionMapView *map = m_window->detailPanel()->positionMap();
    m_window->detailPanel()->tabs()->setCurrentWidget(map);
    QSqlQuery codes(m_window->store()->database());
    QVERIFY(codes.exec(QStringLiteral("SELECT code FROM issue ORDER BY code")));
    int checked = 0;
    while (codes.next()) {
        selectIssue(codes.value(0).toString());
        QVERIFY(map->isVisible());
        QCoreApplication::processEvents();
        QChart *chart = map->chartPanel()->chart();
        const QRectF plot = chart->plotArea();
        QVERIFY(!plot.isEmpty());
        QList<QRectF> rects;
        for (QGraphicsItem *item : chart->childItems()) {
            if (item->data(0).toString() == ChartFactory::positionLabelKey())
                rects.append(item->mapRectToParent(item->boundingRect()));
        }
        const PositionMapData &data = map->data();
        QCOMPARE(rects.size(), data.positions.size());
        if (rects.isEmpty())
            continue;
        const QString where = data.code;
        for (qsizetype i = 0; i < rects.size(); ++i) {
            QVERIFY2(plot.adjusted(-0.5, -0.5, 0.5, 0.5).contains(rects.at(i)),
                     qPrintable(where + QStringLiteral(": ") + data.positions.at(i).actorName));
            for (qsizetype j = i + 1; j < rects.size(); ++j)
                QVERIFY2(!rects.at(i).intersects(rects.at(j)),
                         qPrintable(where + QStringLiteral(": ") + data.positions.at(i).actorName +
                                    QStringLiteral(" over ") + data.positions.at(j).actorName));
        }
        QVERIFY(data.forecast);
        QAbstractSeries *anySeries = chart->series().first();
        const qreal medianX =
            chart->mapToPosition(QPointF(data.forecast->outcome, 0), anySeries).x();
        for (qsizetype i = 0; i < rects.size(); ++i)
            QVERIFY2(!(rects.at(i).left() < medianX && medianX < rects.at(i).right()),
                     qPrintable(where + QStringLiteral(": the forecast crosses ") +
                                data.positions.at(i).actorName));
        ++checked;
    }
    QVERIFY(checked >= 10);
}

void TestLayout::placementKeepsPackLabelsApart()
{
    // The pack's map: a plot of 652 × 300 in its drawing space, 9-point names.
    const QRectF plot(78, 40, 652, 300);
    QFont font;
    font.setPointSizeF(9);
    const QFontMetricsF metrics(font);
    QSqlQuery issues(m_window->store()->database());
    QVERIFY(issues.exec(QStringLiteral("SELECT id FROM issue")));
    while (issues.next()) {
        const PositionMapData data =
            PositionMapData::load(*m_window->store(), issues.value(0).toLongLong());
        if (data.positions.isEmpty())
            continue;
        qreal top = 10;
        for (const Position &position : data.positions)
            top = std::max(top, PositionMapData::heightOf(position) * 1.2);
        QList<PositionMapData::Label> labels;
        for (const Position &position : data.positions)
            labels.append(
                {QPointF(plot.left() + plot.width() * position.position / 100.0,
                         plot.bottom() - plot.height() * PositionMapData::heightOf(position) / top),
                 QSizeF(metrics.horizontalAdvance(position.actorName) + 2, metrics.height())});
        const qreal median = plot.left() + plot.width() * data.forecast->weightedMedian / 100.0;
        const QList<QRectF> placed = PositionMapData::placeLabels(
            labels, plot, {QLineF(median, plot.top(), median, plot.bottom())});
        QCOMPARE(placed.size(), labels.size());
        for (qsizetype i = 0; i < placed.size(); ++i) {
            QVERIFY(plot.contains(placed.at(i)));
            QVERIFY2(!(placed.at(i).left() < median && median < placed.at(i).right()),
                     qPrintable(data.code + QStringLiteral(" ") + data.positions.at(i).actorName));
            for (qsizetype j = i + 1; j < placed.size(); ++j)
                QVERIFY2(
                    !placed.at(i).intersects(placed.at(j)),
                    qPrintable(data.code + QStringLiteral(" ") + data.positions.at(i).actorName));
        }
    }
}

void TestLayout::historyReasonWrapsAndColumnsFit()
{
    selectIssue(QStringLiteral("CR-01"));
    IssueDetailPanel *panel = m_window->detailPanel();
    panel->tabs()->setCurrentWidget(panel->historyView());
    QCoreApplication::processEvents();
    QTableView *view = panel->historyView();
    QAbstractItemModel *model = view->model();
    QVERIFY(model->rowCount() > 0);
    QHeaderView *header = view->horizontalHeader();
    // From, To and Who whole; Why stretches to the edge.
    for (int column : {int(StatusHistoryModel::FromColumn), int(StatusHistoryModel::ToColumn),
                       int(StatusHistoryModel::WhoColumn)}) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString text = model->index(row, column).data().toString();
            QVERIFY2(view->fontMetrics().horizontalAdvance(text) + 8 <= header->sectionSize(column),
                     qPrintable(text));
        }
    }
    const int why = StatusHistoryModel::WhyColumn;
    QCOMPARE(header->sectionViewportPosition(why) + header->sectionSize(why),
             view->viewport()->width());
    // A reason longer than its column wraps onto more lines; the row grows, and
    // the tooltip has it whole.
    bool sawLong = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, why);
        const QString reason = index.data().toString();
        QCOMPARE(index.data(Qt::ToolTipRole).toString(), reason);
        const int advance = view->fontMetrics().horizontalAdvance(reason);
        if (advance > header->sectionSize(why)) {
            sawLong = true;
            // At least as many lines as the text is wider than its column.
            const int lines = (advance + header->sectionSize(why) - 1) / header->sectionSize(why);
            QVERIFY2(view->rowHeight(row) >= lines * view->fontMetrics().lineSpacing(),
                     qPrintable(QStringLiteral("row %1: %2 px for %3 lines")
                                    .arg(row)
                                    .arg(view->rowHeight(row))
                                    .arg(lines)));
        }
    }
    QVERIFY(sawLong);
    QVERIFY(view->wordWrap());
}

void TestLayout::stanceEditorTakesSeveralLines()
{
    selectIssue(QStringLiteral("CR-01"));
    IssueDetailPanel *panel = m_window->detailPanel();
    panel->tabs()->setCurrentIndex(1);
    QCoreApplication::processEvents();
    QTableView *view = panel->positionsView();
    const QModelIndex stance = view->model()->index(0, PositionTableModel::StanceColumn);
    view->setCurrentIndex(stance);
    view->edit(stance);
    QCoreApplication::processEvents();
    auto *editor = view->viewport()->findChild<QPlainTextEdit *>();
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    // Several lines tall, and inside the table.
    QVERIFY(editor->height() >= 3 * editor->fontMetrics().lineSpacing());
    QVERIFY(view->viewport()->rect().contains(editor->geometry()));
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("First line"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(editor, QStringLiteral("second line"));
    const int steps = m_window->undoStack()->count();
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(stance.data().toString(), QStringLiteral("First line\nsecond line"));
    QCOMPARE(m_window->undoStack()->count(), steps + 1);
    m_window->undoStack()->undo();
    QVERIFY(stance.data().toString() != QStringLiteral("First line\nsecond line"));
}

void TestLayout::selectedSearchResultUsesHighlightedText()
{
    SearchResultsView *results = m_window->tracking()->searchResults();
    m_window->filterBar()->fullTextEdit()->setText(QStringLiteral("rare earth"));
    QTRY_VERIFY(results->isVisible());
    QVERIFY(results->count() > 0);
    QVERIFY(results->issueIdAt(0) != 0);
    QPalette palette = results->palette();
    palette.setColor(QPalette::Highlight, QColor(0x1d, 0x4e, 0xd8));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    results->setPalette(palette);
    results->setCurrentRow(0);
    QVERIFY(results->item(0)->isSelected());
    QCoreApplication::processEvents();
    const QRect row = results->visualItemRect(results->item(0));
    const QImage image = results->viewport()->grab(row).toImage();
    int dark = 0, light = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.lightness() < 60)
                ++dark;
            else if (pixel.red() > 200 && pixel.green() > 200 && pixel.blue() > 200)
                ++light;
        }
    }
    // White text on the blue, no black or grey text on it.
    QVERIFY2(dark == 0, qPrintable(QStringLiteral("%1 dark pixels").arg(dark)));
    QVERIFY(light > 30);
    // Unselected, the snippet is grey: lighter than the text, darker than the ground.
    const QRegularExpressionMatch color =
        QRegularExpression(QStringLiteral("color:(#[0-9a-fA-F]{6})"))
            .match(SearchResultDelegate::styledHtml(results->htmlAt(0), palette, false));
    QVERIFY(color.hasMatch());
    const int lightness = QColor(color.captured(1)).lightness();
    QVERIFY(lightness > palette.color(QPalette::Text).lightness() + 40);
    QVERIFY(lightness < palette.color(QPalette::Base).lightness() - 40);
}

void TestLayout::statusDotShowsOnSelectedRow()
{
    QTableView *table = m_window->issueTable();
    QPalette palette = table->palette();
    // The house blue, as close as it gets to the Open status's dot.
    palette.setColor(QPalette::Highlight, QColor(0x3b, 0x82, 0xf6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    table->setPalette(palette);
    selectIssue(QStringLiteral("CR-01")); // Open
    const int row = m_window->issueModel()->rowOfIssue(issueId(QStringLiteral("CR-01")));
    const QModelIndex status = m_window->issueModel()->index(row, IssueTableModel::StatusColumn);
    QVERIFY(table->selectionModel()->isSelected(status));
    const QRect cell = table->visualRect(status);
    // The dot sits at the cell's left: look there only, not at the label.
    const QRect dotArea(cell.left(), cell.top(), 22, cell.height());
    const QImage image = table->viewport()->grab(dotArea).toImage();
    int ring = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.red() > 220 && pixel.green() > 220 && pixel.blue() > 220)
                ++ring;
        }
    }
    QVERIFY2(ring >= 6, qPrintable(QStringLiteral("%1 light pixels around the dot").arg(ring)));
}

void TestLayout::addLinkDialogStaysNarrowWithLongTitle()
{
    // A title from before the length limit, or from an import: 589 characters.
    const QString longTitle = QString(QStringLiteral("Very long title ")).repeated(37).left(589);
    QSqlQuery update(m_window->store()->database());
    update.prepare(QStringLiteral("UPDATE issue SET title = ? WHERE code = 'TR-01'"));
    update.addBindValue(longTitle);
    QVERIFY(update.exec());
    selectIssue(QStringLiteral("CR-01"));
    IssueLinksView *links = m_window->tracking()->linksView();
    m_window->detailPanel()->tabs()->setCurrentWidget(links);
    QCoreApplication::processEvents();
    QVERIFY(links->addButton()->isEnabled());
    int width = 0;
    bool tooltipWhole = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        width = dialog->width();
        if (auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("linkIssueCombo"))) {
            for (int i = 0; i < combo->count(); ++i) {
                if (combo->itemData(i).toString() == QStringLiteral("TR-01"))
                    tooltipWhole =
                        combo->itemData(i, Qt::ToolTipRole).toString().contains(longTitle);
            }
        }
        dialog->reject();
    });
    QTest::mouseClick(links->addButton(), Qt::LeftButton);
    QVERIFY(width > 0);
    const int screen = m_window->screen()->availableGeometry().width();
    QVERIFY2(width <= qMin(screen, 900), qPrintable(QStringLiteral("dialog %1 px").arg(width)));
    QVERIFY(tooltipWhole);
}

void TestLayout::detailHeaderCutsALongTitle()
{
    const QString longTitle = QString(QStringLiteral("Very long title ")).repeated(37).left(589);
    QSqlQuery update(m_window->store()->database());
    update.prepare(QStringLiteral("UPDATE issue SET title = ? WHERE code = 'TR-01'"));
    update.addBindValue(longTitle);
    QVERIFY(update.exec());
    selectIssue(QStringLiteral("TR-01"));
    auto *title = m_window->detailPanel()->findChild<QLabel *>(QStringLiteral("issueTitle"));
    QVERIFY(title);
    QCoreApplication::processEvents();
    // Two lines at most, the tabs under it keep their room; the whole in the tooltip.
    QVERIFY2(title->height() <= 3 * title->fontMetrics().lineSpacing(),
             qPrintable(QStringLiteral("%1 px").arg(title->height())));
    QVERIFY(title->text().endsWith(QChar(0x2026)));
    QCOMPARE(title->toolTip(), longTitle);
    QVERIFY(m_window->detailPanel()->tabs()->height() > 300);

    // A short title shows whole, without a tooltip.
    selectIssue(QStringLiteral("CR-01"));
    QCOMPARE(title->text(), QStringLiteral("Critical Raw Materials Act projects in France"));
    QVERIFY(title->toolTip().isEmpty());
}

void TestLayout::matrixIssueNamesLeaveRoomForActors()
{
    m_window->tabs()->setCurrentWidget(m_window->matrixView());
    QCoreApplication::processEvents();
    QTableView *table = m_window->matrixView()->table();
    QVERIFY(table->isVisible());
    const int names = table->verticalHeader()->width();
    QVERIFY2(names <= table->width() * 2 / 5,
             qPrintable(QStringLiteral("%1 of %2 px").arg(names).arg(table->width())));
    // The whole name in the header's tooltip.
    const QString tip = table->model()->headerData(0, Qt::Vertical, Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(
        table->model()->headerData(0, Qt::Vertical).toString().section(QLatin1Char(' '), 1)));
}

// A laptop's 1024x700 screen for the offscreen platform (its default is
// 800x800), so a window sized for the screen can be checked against it; no
// window frame, so the 1024x700 window the other tests use fills it exactly.
int main(int argc, char **argv)
{
    QTemporaryDir screenDir;
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen" && screenDir.isValid()) {
        const QString path = screenDir.filePath(QStringLiteral("screen.json"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            const QJsonObject screen{{QStringLiteral("name"), QStringLiteral("laptop")},
                                     {QStringLiteral("x"), 0},
                                     {QStringLiteral("y"), 0},
                                     {QStringLiteral("width"), 1024},
                                     {QStringLiteral("height"), 700},
                                     {QStringLiteral("logicalDpi"), 96},
                                     {QStringLiteral("logicalBaseDpi"), 96},
                                     {QStringLiteral("dpr"), 1.0}};
            const QJsonObject configuration{
                {QStringLiteral("synchronousWindowSystemEvents"), false},
                {QStringLiteral("windowFrameMargins"), false},
                {QStringLiteral("screens"), QJsonArray{screen}}};
            file.write(QJsonDocument(configuration).toJson());
            file.close();
            qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(path));
        }
    }
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestLayout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "test_layout.moc"
