// A desk starts its next summit from nothing: File > New, then every issue, actor,
// position, event and indicator point through the window's own actions and
// dialogs, each step undone and redone, and a briefing pack that names them. Run
// once for the demo's counterpart and once for another, which must then be the
// only counterpart the pack and the dashboard name.

#include "DialogScript.h"
#include "TestSupport.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "actors/ActorDialog.h"
#include "actors/ActorsView.h"
#include "briefing/PackExportDialog.h"
#include "charts/ChartPanel.h"
#include "charts/DashboardView.h"
#include "issues/AddPositionDialog.h"
#include "issues/IssueActions.h"
#include "issues/IssueDetailPanel.h"
#include "items/ActorListModel.h"
#include "items/EventTableModel.h"
#include "items/IndicatorTableModel.h"
#include "items/IssueTableModel.h"
#include "items/PositionTableModel.h"
#include "mainwindow/NewSummitDialog.h"
#include "mainwindow/SummitTabs.h"
#include "programme/EventDialog.h"
#include "programme/IndicatorPointDialog.h"
#include "programme/IndicatorsView.h"
#include "programme/ProgrammeView.h"
#include "store/ActorRepository.h"
#include "store/EventRepository.h"
#include "store/IndicatorRepository.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QAbstractAxis>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

#include <memory>

using TestSupport::whenShown;

namespace {

struct PlannedActor
{
    QString name;
    QString bloc; // empty: the counterpart
};

} // namespace

class TestBuildSummit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void buildsASummitFromAnEmptyFile_data();
    void buildsASummitFromAnEmptyFile();

private:
    // File > New, answered with `path` and the summit's properties.
    void newSummit(const QString &path, const QString &counterpart);
    // Issue > New Issue, the title typed into the cell that opens; returns its id.
    qint64 newIssue(const QString &title);
    qint64 addActor(const QString &name, const QString &bloc);
    void addPosition(qint64 issueId, qint64 actorId, int position);
    qint64 addEvent(const QString &title, const QDate &date);
    qint64 addIndicatorPoint(const QString &series, const QString &unit, const QDate &date,
                             const QString &value);
    // Undoes the last `steps` steps, checks `undone`, redoes them, checks `redone`.
    void undoRedo(int steps, const std::function<bool()> &undone,
                  const std::function<bool()> &redone);
    QString exportPackText(const QString &path);
    QString dashboardTitles();

    Store &store() { return *m_window->store(); }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestBuildSummit::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SummitBriefTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_build_summit"));
    QSettings().clear();
    MainWindow::setQuietForTesting(true);
}

void TestBuildSummit::cleanup()
{
    m_testers.clear();
    m_window.reset();
    QSettings().clear();
}

void TestBuildSummit::newSummit(const QString &path, const QString &counterpart)
{
    bool filled = false;
    whenShown<QFileDialog>([&](QFileDialog *files) {
        whenShown<NewSummitDialog>([&](NewSummitDialog *dialog) {
            dialog->nameEdit()->setText(QStringLiteral("EU–%1 summit").arg(counterpart));
            QTest::keyClicks(dialog->placeEdit(), QStringLiteral("Capital city"));
            dialog->startEdit()->setDate(QDate(2027, 3, 10));
            dialog->endEdit()->setDate(QDate(2027, 3, 11));
            dialog->classificationCombo()->setCurrentText(QStringLiteral("EU RESTRICTED"));
            dialog->ourBlocCombo()->setCurrentText(QStringLiteral("EU"));
            dialog->counterpartCombo()->setCurrentText(counterpart);
            filled = dialog->okButton()->isEnabled();
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        });
        files->setDirectory(QFileInfo(path).absolutePath());
        auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(QFileInfo(path).fileName());
        static_cast<QDialog *>(files)->accept();
    });
    m_window->newAction()->trigger();
    QVERIFY(filled);
}

qint64 TestBuildSummit::newIssue(const QString &title)
{
    IssueTableModel *model = m_window->issueModel();
    const int before = model->rowCount();
    // From the toolbar, as a desk would.
    auto *bar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QWidget *button =
        bar ? bar->widgetForAction(m_window->issueActions()->newIssueAction()) : nullptr;
    if (!button)
        return 0;
    QTest::mouseClick(button, Qt::LeftButton);
    if (model->rowCount() != before + 1)
        return 0;
    const qint64 id = m_window->currentIssueId();
    QTableView *table = m_window->issueTable();
    auto *editor = qobject_cast<QLineEdit *>(table->indexWidget(table->currentIndex()));
    if (!editor || editor->selectedText() != QStringLiteral("New issue"))
        return 0;
    QTest::keyClicks(editor, title);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop.
    if (!QTest::qWaitFor([&] {
            const std::optional<Issue> issue = store().issues().byId(id);
            return issue && issue->title == title;
        }))
        return 0;
    return id;
}

qint64 TestBuildSummit::addActor(const QString &name, const QString &bloc)
{
    bool shown = false;
    whenShown<ActorDialog>([&](ActorDialog *dialog) {
        shown = true;
        QTest::keyClicks(dialog->nameEdit(), name);
        dialog->blocBox()->setCurrentText(bloc);
        dialog->roleEdit()->setText(QStringLiteral("Negotiator"));
        dialog->accept();
    });
    m_window->actorsView()->addActorAction()->trigger();
    const std::optional<Actor> actor = store().actors().byName(name);
    return shown && actor && actor->bloc == bloc ? actor->id : 0;
}

void TestBuildSummit::addPosition(qint64 issueId, qint64 actorId, int position)
{
    m_window->selectIssue(issueId);
    QCOMPARE(m_window->currentIssueId(), issueId);
    bool shown = false;
    whenShown<AddPositionDialog>([&](AddPositionDialog *dialog) {
        shown = true;
        dialog->setActorId(actorId);
        dialog->positionEdit()->setText(QString::number(position));
        dialog->salienceEdit()->setText(QStringLiteral("70"));
        dialog->cloutEdit()->setText(QStringLiteral("60"));
        dialog->stanceEdit()->setPlainText(QStringLiteral("Holds at %1.").arg(position));
        dialog->accept();
    });
    m_window->detailPanel()->addPositionAction()->trigger();
    QVERIFY(shown);
}

qint64 TestBuildSummit::addEvent(const QString &title, const QDate &date)
{
    ProgrammeView *view = m_window->findChild<ProgrammeView *>();
    m_window->tabs()->setCurrentWidget(view);
    whenShown<EventDialog>([&](EventDialog *dialog) {
        dialog->dateEdit()->setDate(date);
        QTest::keyClicks(dialog->titleEdit(), title);
        dialog->placeEdit()->setText(QStringLiteral("Capital city"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(view->addButton(), Qt::LeftButton);
    for (const Event &event : store().events().all()) {
        if (event.title == title)
            return event.id;
    }
    return 0;
}

qint64 TestBuildSummit::addIndicatorPoint(const QString &series, const QString &unit,
                                          const QDate &date, const QString &value)
{
    IndicatorsView *view = m_window->findChild<IndicatorsView *>();
    m_window->tabs()->setCurrentWidget(view);
    whenShown<IndicatorPointDialog>([&](IndicatorPointDialog *dialog) {
        dialog->seriesCombo()->setCurrentText(series);
        dialog->unitEdit()->setText(unit);
        dialog->dateEdit()->setDate(date);
        dialog->valueEdit()->setText(value);
        dialog->sourceEdit()->setText(QStringLiteral("Desk estimate"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(view->addButton(), Qt::LeftButton);
    for (const Indicator &point : store().indicators().all()) {
        if (point.name == series && point.observedOn == date)
            return point.id;
    }
    return 0;
}

void TestBuildSummit::undoRedo(int steps, const std::function<bool()> &undone,
                               const std::function<bool()> &redone)
{
    for (int step = 0; step < steps; ++step) {
        QVERIFY(m_window->undoAction()->isEnabled());
        m_window->undoAction()->trigger();
    }
    QVERIFY2(undone(), qPrintable(m_window->lastError()));
    for (int step = 0; step < steps; ++step) {
        QVERIFY(m_window->redoAction()->isEnabled());
        m_window->redoAction()->trigger();
    }
    QVERIFY2(redone(), qPrintable(m_window->lastError()));
}

QString TestBuildSummit::exportPackText(const QString &path)
{
    bool shown = false;
    whenShown<PackExportDialog>([&](PackExportDialog *dialog) {
        shown = true;
        QTest::mouseClick(dialog->allButton(), Qt::LeftButton);
        dialog->formatCombo()->setCurrentIndex(
            dialog->formatCombo()->findData(QStringLiteral("pdf")));
        dialog->pathEdit()->setText(path);
        QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    });
    m_window->exportPackAction()->trigger();
    if (!shown || !QFileInfo::exists(path))
        return {};
    return TestSupport::pdfPages(path, false).join(QLatin1Char('\n'));
}

QString TestBuildSummit::dashboardTitles()
{
    DashboardView *view = m_window->dashboardView();
    m_window->tabs()->setCurrentWidget(view);
    view->refreshNow();
    QStringList texts;
    for (ChartPanel *panel : {view->statusChart(), view->priorityChart(), view->activityChart(),
                              view->indicatorChart(), view->gapChart()}) {
        texts << panel->chart()->title() << panel->caption();
        const QList<QAbstractAxis *> axes = panel->chart()->axes();
        for (QAbstractAxis *axis : axes)
            texts << axis->titleText();
    }
    return texts.join(QLatin1Char('\n'));
}

void TestBuildSummit::buildsASummitFromAnEmptyFile_data()
{
    QTest::addColumn<QString>("counterpart");
    QTest::newRow("the demo's counterpart") << QStringLiteral("China");
    QTest::newRow("another counterpart") << QStringLiteral("India");
}

void TestBuildSummit::buildsASummitFromAnEmptyFile()
{
    QFETCH(QString, counterpart);
    AppSettings().setUserName(QStringLiteral("Desk officer"));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    const QString path = m_dir.filePath(counterpart + QStringLiteral(".db"));
    newSummit(path, counterpart);
    QVERIFY2(m_window->store(), qPrintable(m_window->lastError()));
    QCOMPARE(store().settings().summit().counterpartBloc, counterpart);
    m_window->activateWindow(); // offscreen, nothing gives it back after the dialogs
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(m_window->issueModel()->totalCount(), qint64(0));
    QCOMPARE(m_window->undoStack()->count(), 0);

    using Mode = QAbstractItemModelTester::FailureReportingMode;
    m_testers.push_back(
        std::make_unique<QAbstractItemModelTester>(m_window->issueModel(), Mode::QtTest));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        m_window->findChild<ProgrammeView *>()->model(), Mode::QtTest));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        m_window->findChild<IndicatorsView *>()->model(), Mode::QtTest));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        m_window->actorsView()->actorList()->model(), Mode::QtTest));

    // Three issues: each a creation and a title, undone and redone.
    const QStringList titles = {QStringLiteral("Tariffs on electric vehicles"),
                                QStringLiteral("Critical minerals supply"),
                                QStringLiteral("Security and defence dialogue")};
    QList<qint64> issues;
    for (const QString &title : titles) {
        const qint64 id = newIssue(title);
        QVERIFY2(id != 0, qPrintable(title + u' ' + m_window->lastError()));
        issues.append(id);
        undoRedo(
            2,
            [&] {
                return !store().issues().byId(id) && m_window->issueModel()->rowOfIssue(id) < 0;
            },
            [&] {
                const std::optional<Issue> issue = store().issues().byId(id);
                return issue && issue->title == title &&
                       m_window->issueModel()->rowOfIssue(id) >= 0;
            });
    }
    QCOMPARE(m_window->issueModel()->rowCount(), 3);
    // Codes are suggested and distinct.
    QSet<QString> codes;
    for (qint64 id : issues)
        codes.insert(store().issues().byId(id)->code);
    QCOMPARE(codes.size(), 3);

    // Four actors: two of ours, two of the counterpart (a bloc the file did not know
    // for India; typed into the bloc box).
    const QList<PlannedActor> planned = {
        {QStringLiteral("EU trade commissioner"), QStringLiteral("EU")},
        {QStringLiteral("EU special envoy"), QStringLiteral("EU")},
        {QStringLiteral("Counterpart commerce minister"), {}},
        {QStringLiteral("Counterpart foreign ministry"), {}}};
    QList<qint64> actors;
    for (const PlannedActor &actor : planned) {
        const QString bloc = actor.bloc.isEmpty() ? counterpart : actor.bloc;
        const qint64 id = addActor(actor.name, bloc);
        QVERIFY2(id != 0, qPrintable(actor.name + u' ' + m_window->lastError()));
        actors.append(id);
        undoRedo(
            1, [&] { return !store().actors().byId(id); },
            [&] { return store().actors().byId(id).has_value(); });
    }
    QCOMPARE(store().actors().all().size(), 4);

    // Positions: one of ours and one of theirs on each issue, far apart.
    for (int index = 0; index < issues.size(); ++index) {
        const qint64 issue = issues.at(index);
        const qint64 ours = actors.at(index % 2);
        const qint64 theirs = actors.at(2 + index % 2);
        addPosition(issue, ours, 80);
        addPosition(issue, theirs, 20 + index * 10);
        const auto positionsOn = [&] { return store().positions().forIssue(issue).size(); };
        QCOMPARE(positionsOn(), qsizetype(2));
        undoRedo(
            2, [&] { return positionsOn() == 0; }, [&] { return positionsOn() == 2; });
    }

    // The summit itself on the programme, and one indicator point.
    const qint64 event = addEvent(QStringLiteral("Leaders' meeting"), QDate(2027, 3, 10));
    QVERIFY2(event != 0, qPrintable(m_window->lastError()));
    undoRedo(
        1, [&] { return !store().events().byId(event); },
        [&] { return store().events().byId(event).has_value(); });
    const qint64 point =
        addIndicatorPoint(QStringLiteral("Bilateral trade"), QStringLiteral("EUR bn"),
                          QDate(2026, 12, 1), QLocale().toString(124.5));
    QVERIFY2(point != 0, qPrintable(m_window->lastError()));
    undoRedo(
        1, [&] { return !store().indicators().byId(point); },
        [&] { return store().indicators().byId(point).has_value(); });

    // The security dialogue is archived: it leaves the table, and comes back on undo.
    m_window->selectIssue(issues.at(2));
    m_window->issueActions()->archiveAction()->trigger();
    QCOMPARE(m_window->issueModel()->rowCount(), 2);
    undoRedo(
        1, [&] { return m_window->issueModel()->rowCount() == 3; },
        [&] { return m_window->issueModel()->rowCount() == 2; });

    // The pack names the summit, the live issues, their actors and the event, and
    // nothing of the archived issue.
    const QString text = exportPackText(m_dir.filePath(counterpart + QStringLiteral(".pdf")));
    QVERIFY2(!text.isEmpty(), qPrintable(m_window->lastError()));
    for (const QString &expected :
         {QStringLiteral("EU–%1 summit").arg(counterpart), titles.at(0), titles.at(1),
          planned.at(0).name, planned.at(2).name, QStringLiteral("Leaders' meeting"),
          QStringLiteral("EU RESTRICTED"), counterpart})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    QVERIFY2(!text.contains(titles.at(2)), "the archived issue is briefed");

    const QString titlesShown = dashboardTitles();
    QVERIFY2(titlesShown.contains(QStringLiteral("EU–%1").arg(counterpart)),
             qPrintable(titlesShown));
    if (counterpart != QLatin1String("China")) {
        QVERIFY2(!text.contains(QStringLiteral("China")), "the pack names China");
        QVERIFY2(!titlesShown.contains(QStringLiteral("China")), qPrintable(titlesShown));
    }

    // Every step is on the undo stack: undoing all of them empties the file again.
    while (m_window->undoAction()->isEnabled())
        m_window->undoAction()->trigger();
    QCOMPARE(store().issues().all().size(), qsizetype(0));
    QCOMPARE(store().actors().all().size(), qsizetype(0));
    QCOMPARE(store().events().all().size(), qsizetype(0));
    QCOMPARE(store().indicators().all().size(), qsizetype(0));
}

QTEST_MAIN(TestBuildSummit)
#include "test_build_summit.moc"
