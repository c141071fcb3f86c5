#include "briefing/BriefingPackComposer.h"
#include "briefing/PackBargaining.h"
#include "briefing/PackHtmlBuilder.h"
#include "charts/ChartFactory.h"
#include "charts/ChartPanel.h"
#include "charts/PositionMapView.h"
#include "store/IssueRepository.h"
#include "store/Store.h"

#include "TestSupport.h"

#include <QApplication>
#include <QChart>
#include <QLabel>
#include <QLineSeries>
#include <QSpinBox>
#include <QtTest>

#include <cmath>

// The position map's round stepper, driven on the demo summit (offscreen).
class TestBargainingView : public QObject
{
    Q_OBJECT
private slots:
    void stepsThroughTheRounds();
    void altLetterReachesTheStepper();
    void roundsOfAnEarlierIssueNeverArrive();
    void packBriefsShowOpeningAndSettled();

private:
    // A demo issue on which bargaining moves someone, shown in `view`.
    qint64 showMovingIssue(PositionMapView &view, Store &store);
    static QList<QLineSeries *> stems(QChart *chart);
    static QLineSeries *median(QChart *chart);
};

QList<QLineSeries *> TestBargainingView::stems(QChart *chart)
{
    QList<QLineSeries *> result;
    for (QAbstractSeries *series : chart->series())
        if (series->objectName() == ChartFactory::stemSeriesName())
            result.append(qobject_cast<QLineSeries *>(series));
    return result;
}

QLineSeries *TestBargainingView::median(QChart *chart)
{
    for (QAbstractSeries *series : chart->series())
        if (series->objectName() == ChartFactory::medianSeriesName())
            return qobject_cast<QLineSeries *>(series);
    return nullptr;
}

qint64 TestBargainingView::showMovingIssue(PositionMapView &view, Store &store)
{
    view.setStore(&store);
    for (const Issue &issue : store.issues().all()) {
        view.setIssue(issue.id);
        if (!QTest::qWaitFor([&view] { return view.roundsReady(); }))
            return 0;
        if (view.data().forecast && view.data().bargaining.roundCount() > 0)
            return issue.id;
    }
    return 0;
}

void TestBargainingView::stepsThroughTheRounds()
{
    TestSupport::TempDatabase db;
    std::unique_ptr<Store> store = db.open(true);
    PositionMapView view;
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const qint64 id = showMovingIssue(view, *store);
    QVERIFY2(id != 0, "some demo issue moves in bargaining");
    const Bargaining::Result &bargaining = view.data().bargaining;
    const int rounds = bargaining.roundCount();

    // Opens on the opening positions.
    QSpinBox *spin = view.roundSpin();
    QVERIFY(spin->isEnabled());
    QCOMPARE(spin->value(), 0);
    QCOMPARE(spin->maximum(), rounds);
    QVERIFY(!spin->accessibleName().isEmpty());
    const QString end = bargaining.settled
                            ? QStringLiteral("; settled by round %1.").arg(rounds)
                            : QStringLiteral("; not settled by round %1.").arg(rounds);
    QVERIFY2(view.roundStatus()->text().startsWith(QStringLiteral("Opening positions")),
             qPrintable(view.roundStatus()->text()));
    QVERIFY2(view.roundStatus()->text().endsWith(end), qPrintable(view.roundStatus()->text()));
    QChart *chart = view.chartPanel()->chart();
    for (QLineSeries *stem : stems(chart)) {
        const qint64 actorId = stem->property("actorId").toLongLong();
        for (const Position &p : view.data().positions)
            if (p.actorId == actorId)
                QCOMPARE(stem->at(0).x(), qreal(p.position));
    }

    // The last round: every actor where bargaining left it, and that round's forecast.
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_End);
    if (spin->value() != rounds)
        spin->setValue(rounds);
    QCOMPARE(spin->value(), rounds);
    chart = view.chartPanel()->chart();
    const Bargaining::Round &last = bargaining.rounds.last();
    bool someoneMoved = false;
    const QList<QLineSeries *> lastStems = stems(chart);
    QCOMPARE(lastStems.size(), view.data().positions.size());
    for (qsizetype i = 0; i < view.data().positions.size(); ++i) {
        const Position &p = view.data().positions[i];
        const qreal expected = qreal(std::lround(last.positions[i]));
        someoneMoved = someoneMoved || expected != qreal(p.position);
        for (QLineSeries *stem : lastStems)
            if (stem->property("actorId").toLongLong() == p.actorId)
                QCOMPARE(stem->at(0).x(), expected);
    }
    QVERIFY(someoneMoved);
    QVERIFY(median(chart));
    QCOMPARE(median(chart)->at(0).x(), last.forecast->weightedMedian);
    QVERIFY2(
        view.roundStatus()->text().startsWith(QStringLiteral("After round %1 of %1").arg(rounds)),
        qPrintable(view.roundStatus()->text()));

    // Back to the opening.
    spin->setValue(0);
    QCOMPARE(median(view.chartPanel()->chart())->at(0).x(),
             bargaining.rounds.first().forecast->weightedMedian);

    // Another issue opens on its opening positions again.
    spin->setValue(rounds);
    for (const Issue &issue : store->issues().all()) {
        if (issue.id != id) {
            view.setIssue(issue.id);
            break;
        }
    }
    QCOMPARE(spin->value(), 0);
}

void TestBargainingView::roundsOfAnEarlierIssueNeverArrive()
{
    TestSupport::TempDatabase db;
    std::unique_ptr<Store> store = db.open(true);
    PositionMapView view;
    view.setStore(store.get());
    const QList<Issue> issues = store->issues().all();
    QVERIFY(issues.size() >= 3);
    // Clicking through issues faster than the rounds are worked out.
    for (const Issue &issue : issues)
        view.setIssue(issue.id);
    QTRY_VERIFY(view.roundsReady());
    QCOMPARE(view.data().issueId, issues.last().id);
    const Bargaining::Result &bargaining = view.data().bargaining;
    QVERIFY(!bargaining.rounds.isEmpty());
    const QList<Position> &positions = view.data().positions;
    QCOMPARE(bargaining.rounds.first().positions.size(), positions.size());
    for (qsizetype i = 0; i < positions.size(); ++i)
        QCOMPARE(bargaining.rounds.first().positions[i], double(positions[i].position));
    QTest::qWait(200); // nothing older lands afterwards
    QCOMPARE(view.data().bargaining.rounds.first().positions.size(), positions.size());
}

void TestBargainingView::altLetterReachesTheStepper()
{
    TestSupport::TempDatabase db;
    std::unique_ptr<Store> store = db.open(true);
    PositionMapView view;
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(showMovingIssue(view, *store) != 0);
    QApplication::setActiveWindow(&view);
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_G, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), view.roundSpin());
}

void TestBargainingView::packBriefsShowOpeningAndSettled()
{
    TestSupport::TempDatabase db;
    std::unique_ptr<Store> store = db.open(true);
    const PackContent content = BriefingPackComposer(*store).compose(PackOptions());
    const QString body = PackHtmlBuilder(content, PackHtmlBuilder::Target::Paged).body();
    int moved = 0;
    for (const PackContent::Brief &brief : content.briefs) {
        const QString line = PackBargaining::line(brief.positions, content.summit.ourBloc,
                                                  brief.issue.decisionRule, content.language);
        if (brief.positions.isEmpty())
            continue;
        QVERIFY2(!line.isEmpty(), qPrintable(brief.issue.code));
        QVERIFY2(body.contains(line.toHtmlEscaped()), qPrintable(line));
        moved += line.contains(QStringLiteral("after bargaining")) ? 1 : 0;
    }
    QVERIFY(moved > 0);
}

QTEST_MAIN(TestBargainingView)
#include "test_bargaining_view.moc"
