#include "DialogScript.h"
#include "TestSupport.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "briefing/PackExport.h"
#include "charts/ChartPanel.h"
#include "charts/DashboardData.h"
#include "charts/DashboardView.h"
#include "commands/AddIndicatorPointCommand.h"
#include "items/EventTableModel.h"
#include "items/IndicatorTableModel.h"
#include "programme/EventDialog.h"
#include "programme/IndicatorPointDialog.h"
#include "programme/IndicatorsView.h"
#include "programme/ProgrammeView.h"
#include "store/EventRepository.h"
#include "store/IndicatorRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QXYSeries>

using TestSupport::whenShown;

class TestProgrammeGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tabsInTheWindow();
    void addEventThroughTheDialog();
    void eventDialogSaysWhatIsWrong();
    void editAndRemoveEvent();
    void editInPlaceThroughTheDelegates();
    void addPointToAnExistingSeries();
    void pointDialogRefusesWhatIsNotANumber();
    void newSeriesShowsInTheListAndChart();
    void editAndRemovePoint();
    void dashboardAndPackShowWhatWasAdded();
    void openDashboardRedrawsAfterAPointChanges();

private:
    Store &store() { return *m_window->store(); }
    ProgrammeView *programme() { return m_window->findChild<ProgrammeView *>(); }
    IndicatorsView *indicators() { return m_window->findChild<IndicatorsView *>(); }
    void showTab(QWidget *page)
    {
        m_window->tabs()->setCurrentWidget(page);
        QCoreApplication::processEvents();
    }

    std::unique_ptr<TestSupport::TempDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void TestProgrammeGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SummitBriefTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_programme_gui"));
    QSettings().clear();
    MainWindow::setQuietForTesting(true);
}

void TestProgrammeGui::init()
{
    m_db = std::make_unique<TestSupport::TempDatabase>();
    m_db->open(true); // writes the demo scenario and closes it again
    AppSettings().setUserName(QStringLiteral("Test Desk"));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDatabase(m_db->path()));
    m_window->resize(1200, 800);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestProgrammeGui::cleanup()
{
    m_window.reset();
    m_db.reset();
    QSettings().clear();
}

void TestProgrammeGui::tabsInTheWindow()
{
    QTabWidget *tabs = m_window->tabs();
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles.append(tabs->tabText(i));
    QVERIFY2(titles.contains(QStringLiteral("Programme")), qPrintable(titles.join(u',')));
    QVERIFY(titles.contains(QStringLiteral("Indicators")));
    QVERIFY(programme() && indicators());
    QCOMPARE(tabs->indexOf(programme()), titles.indexOf(QStringLiteral("Programme")));
    QCOMPARE(programme()->model()->rowCount(), store().events().all().size());
    // The first series is shown (with its chart) when a file opens.
    QCOMPARE(indicators()->currentSeries(), store().indicators().seriesNames().first());
    QVERIFY(indicators()->chart()->isVisibleTo(indicators()));
    indicators()->selectSeries(QString());
    QCOMPARE(indicators()->model()->rowCount(), store().indicators().all().size());

    // Closing the file empties both views and disables adding.
    m_window->closeDatabase();
    QVERIFY(!programme()->model());
    QVERIFY(!programme()->addButton()->isEnabled());
    QVERIFY(!indicators()->addButton()->isEnabled());
    QVERIFY(m_window->openDatabase(m_db->path()));
    QVERIFY(programme()->addButton()->isEnabled());
}

void TestProgrammeGui::addEventThroughTheDialog()
{
    ProgrammeView *view = programme();
    showTab(view);
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = view->model()->rowCount();
    bool shown = false;
    whenShown<EventDialog>([&shown](EventDialog *dialog) {
        // A failed check returns early: the dialog must not stay open.
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        shown = true;
        // The summit's first day is where a new event starts.
        QCOMPARE(dialog->dateEdit()->date(), QDate(2025, 7, 24));
        QVERIFY(!dialog->okButton()->isEnabled()); // no title yet
        dialog->dateEdit()->setDate(QDate(2025, 7, 18));
        dialog->kindCombo()->setCurrentIndex(
            dialog->kindCombo()->findData(QStringLiteral("deadline")));
        QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Gallium export licences answered"));
        dialog->placeEdit()->setText(QStringLiteral("Brussels"));
        dialog->descriptionEdit()->setPlainText(QStringLiteral("MOFCOM replies to the list."));
        dialog->sourceEdit()->setText(QStringLiteral("Desk note"));
        dialog->illustrativeCheck()->setChecked(true);
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(view->addButton(), Qt::LeftButton);
    QVERIFY(shown);
    QCOMPARE(view->model()->rowCount(), before + 1);
    const qint64 id = view->currentEventId();
    const std::optional<Event> added = store().events().byId(id);
    QVERIFY(added);
    QCOMPARE(added->title, QStringLiteral("Gallium export licences answered"));
    QCOMPARE(added->kind, QStringLiteral("deadline"));
    QCOMPARE(added->startsOn, QDate(2025, 7, 18));
    QVERIFY(!added->endsOn.isValid());
    QCOMPARE(added->place, QStringLiteral("Brussels"));
    QCOMPARE(added->description, QStringLiteral("MOFCOM replies to the list."));
    QVERIFY(added->illustrative);
    // In date order among the demo's events.
    const int row = view->model()->rowOfEvent(id);
    QVERIFY(row > 0);
    QVERIFY(view->model()->events().at(row - 1).startsOn <= added->startsOn);

    QCOMPARE(m_window->undoAction()->text(),
             QStringLiteral("&Undo Add event \"Gallium export licences answered\""));
    m_window->undoAction()->trigger();
    QVERIFY(!store().events().byId(id));
    QCOMPARE(view->model()->rowCount(), before);
    m_window->redoAction()->trigger();
    QCOMPARE(*store().events().byId(id), *added);
    QCOMPARE(view->model()->rowCount(), before + 1);
}

void TestProgrammeGui::eventDialogSaysWhatIsWrong()
{
    ProgrammeView *view = programme();
    showTab(view);
    const int before = int(store().events().all().size());
    bool checked = false;
    whenShown<EventDialog>([&checked](EventDialog *dialog) {
        // A failed check returns early: the dialog must not stay open.
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        dialog->titleEdit()->setText(QStringLiteral("Talks"));
        dialog->hasEndCheck()->setChecked(true);
        dialog->endEdit()->setDate(dialog->dateEdit()->date().addDays(-2));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY2(dialog->problemText().contains(QStringLiteral("cannot end before it starts")),
                 qPrintable(dialog->problemText()));
        dialog->endEdit()->setDate(dialog->dateEdit()->date().addDays(1));
        QVERIFY(dialog->okButton()->isEnabled());
        QVERIFY(dialog->problemText().isEmpty());

        // A date years from the summit is questioned, not refused.
        dialog->dateEdit()->setDate(QDate(2021, 7, 24));
        QVERIFY(dialog->dateWarningText().contains(QStringLiteral("More than a year before")));
        dialog->dateEdit()->setDate(QDate(2025, 9, 1)); // a follow-up after the summit
        QVERIFY(dialog->dateWarningText().isEmpty());
        dialog->endEdit()->setDate(QDate(2025, 9, 2));
        QVERIFY(dialog->okButton()->isEnabled());

        dialog->titleEdit()->clear();
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->problemText().contains(QStringLiteral("needs a title")));
        QCOMPARE(dialog->titleEdit()->maxLength(), 200);
        checked = true;
        dialog->reject();
    });
    QTest::mouseClick(view->addButton(), Qt::LeftButton);
    QVERIFY(checked);
    QCOMPARE(store().events().all().size(), before);
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void TestProgrammeGui::editAndRemoveEvent()
{
    ProgrammeView *view = programme();
    showTab(view);
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!view->editButton()->isEnabled());
    const Event before = view->model()->events().at(1);
    view->selectEvent(before.id);
    QVERIFY(view->editButton()->isEnabled());

    bool shown = false;
    whenShown<EventDialog>([&](EventDialog *dialog) {
        // A failed check returns early: the dialog must not stay open.
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        shown = true;
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit Event"));
        QCOMPARE(dialog->titleEdit()->text(), before.title);
        QCOMPARE(dialog->dateEdit()->date(), before.startsOn);
        QCOMPARE(dialog->placeEdit()->text(), before.place);
        dialog->placeEdit()->setText(QStringLiteral("Geneva"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(view->editButton(), Qt::LeftButton);
    QVERIFY(shown);
    Event expected = before;
    expected.place = QStringLiteral("Geneva");
    QCOMPARE(*store().events().byId(before.id), expected);
    QCOMPARE(view->currentEventId(), before.id);

    const int rows = view->model()->rowCount();
    QTest::mouseClick(view->removeButton(), Qt::LeftButton);
    QVERIFY(!store().events().byId(before.id));
    QCOMPARE(view->model()->rowCount(), rows - 1);
    m_window->undoAction()->trigger();
    QCOMPARE(*store().events().byId(before.id), expected); // with its id
    m_window->undoAction()->trigger();
    QCOMPARE(*store().events().byId(before.id), before);
}

void TestProgrammeGui::editInPlaceThroughTheDelegates()
{
    ProgrammeView *view = programme();
    showTab(view);
    QTableView *table = view->table();
    const Event before = view->model()->events().at(0);

    // The title: a line that takes no more than the store keeps.
    const QModelIndex title = view->model()->index(0, EventTableModel::TitleColumn);
    table->setCurrentIndex(title);
    table->edit(title);
    auto *line = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(line);
    QCOMPARE(line->maxLength(), 200);
    line->setText(QStringLiteral("High-level talks, second round"));
    QTest::keyClick(line, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop.
    QTRY_COMPARE(store().events().byId(before.id)->title,
                 QStringLiteral("High-level talks, second round"));

    // The kind: picked from the two there are.
    const QModelIndex kind = view->model()->index(0, EventTableModel::KindColumn);
    table->setCurrentIndex(kind);
    table->edit(kind);
    auto *combo = table->viewport()->findChild<QComboBox *>();
    QVERIFY(combo);
    QCOMPARE(combo->count(), 2);
    combo->setCurrentIndex(combo->findData(QStringLiteral("deadline")));
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(store().events().byId(before.id)->kind, QStringLiteral("deadline"));

    QCOMPARE(m_window->undoStack()->count(), 2);
    m_window->undoAction()->trigger();
    m_window->undoAction()->trigger();
    QCOMPARE(*store().events().byId(before.id), before);
}

void TestProgrammeGui::addPointToAnExistingSeries()
{
    IndicatorsView *view = indicators();
    showTab(view);
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString series = store().indicators().seriesNames().first();
    const QString unit = store().indicators().unitOf(series);
    view->selectSeries(series);
    QCOMPARE(view->currentSeries(), series);
    const int before = view->model()->rowCount();
    bool shown = false;
    whenShown<IndicatorPointDialog>([&](IndicatorPointDialog *dialog) {
        // A failed check returns early: the dialog must not stay open.
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        shown = true;
        // The series chosen in the list, with its unit, which stays the series'.
        QCOMPARE(dialog->seriesCombo()->currentText(), series);
        QCOMPARE(dialog->unitEdit()->text(), unit);
        QVERIFY(dialog->unitEdit()->isReadOnly());
        QVERIFY(!dialog->okButton()->isEnabled()); // no value yet
        dialog->dateEdit()->setDate(QDate(2025, 7, 23));
        QTest::keyClicks(dialog->valueEdit(), QStringLiteral("6.25"));
        dialog->sourceEdit()->setText(QStringLiteral("Desk estimate"));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(view->addButton(), Qt::LeftButton);
    QVERIFY(shown);
    QCOMPARE(view->model()->rowCount(), before + 1);
    const std::optional<Indicator> added = store().indicators().byId(view->currentPointId());
    QVERIFY(added);
    QCOMPARE(added->name, series);
    QCOMPARE(added->unit, unit);
    QCOMPARE(added->value, 6.25);
    QCOMPARE(added->observedOn, QDate(2025, 7, 23));
    QCOMPARE(added->source, QStringLiteral("Desk estimate"));
    // The chart of the series has the new point.
    const auto *line = qobject_cast<QXYSeries *>(view->chart()->chart()->series().value(0));
    QVERIFY(line);
    int drawn = 0;
    for (QAbstractSeries *s : view->chart()->chart()->series()) {
        if (auto *xy = qobject_cast<QXYSeries *>(s))
            drawn += int(xy->count());
    }
    QVERIFY2(drawn >= before + 1, qPrintable(QString::number(drawn)));

    m_window->undoAction()->trigger();
    QCOMPARE(view->model()->rowCount(), before);
    QVERIFY(!store().indicators().byId(added->id));
}

void TestProgrammeGui::pointDialogRefusesWhatIsNotANumber()
{
    IndicatorsView *view = indicators();
    showTab(view);
    view->selectSeries(QString()); // all series
    const int before = int(store().indicators().all().size());
    bool checked = false;
    whenShown<IndicatorPointDialog>([&checked](IndicatorPointDialog *dialog) {
        // A failed check returns early: the dialog must not stay open.
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        QVERIFY(dialog->seriesCombo()->currentText().isEmpty()); // "All series" chosen
        QVERIFY(dialog->seriesCombo()->count() >= 2);
        dialog->seriesCombo()->setCurrentIndex(0);
        QTest::keyClicks(dialog->valueEdit(), QStringLiteral("4,5kg"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY2(dialog->problemText().contains(QStringLiteral("“4,5kg” is not a number")),
                 qPrintable(dialog->problemText()));
        dialog->valueEdit()->setText(QStringLiteral("-3"));
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->seriesCombo()->setCurrentText(QString());
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->problemText().contains(QStringLiteral("needs a series name")));
        checked = true;
        dialog->reject();
    });
    QTest::mouseClick(view->addButton(), Qt::LeftButton);
    QVERIFY(checked);
    QCOMPARE(store().indicators().all().size(), before);
}

void TestProgrammeGui::newSeriesShowsInTheListAndChart()
{
    IndicatorsView *view = indicators();
    showTab(view);
    const int seriesBefore = view->seriesList()->count();
    whenShown<IndicatorPointDialog>([](IndicatorPointDialog *dialog) {
        // A failed check returns early: the dialog must not stay open.
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        dialog->seriesCombo()->setCurrentText(QStringLiteral("Gallium price"));
        QVERIFY(!dialog->unitEdit()->isReadOnly()); // a new series takes a unit
        dialog->unitEdit()->setText(QStringLiteral("USD/kg"));
        dialog->valueEdit()->setText(QStringLiteral("1234.5"));
        dialog->illustrativeCheck()->setChecked(true);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(view->addButton(), Qt::LeftButton);
    QCOMPARE(view->seriesList()->count(), seriesBefore + 1);
    QCOMPARE(store().indicators().unitOf(QStringLiteral("Gallium price")),
             QStringLiteral("USD/kg"));
    view->selectSeries(QStringLiteral("Gallium price"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->chart()->chart()->title(), QStringLiteral("Gallium price"));
    QVERIFY(view->chart()->caption().contains(QStringLiteral("illustrative")));
    // A name that looks like markup is shown as typed.
    QCOMPARE(view->model()->setData(view->model()->index(0, IndicatorTableModel::SeriesColumn),
                                    QStringLiteral("<b>Gallium</b> price")),
             true);
    view->selectSeries(QStringLiteral("<b>Gallium</b> price"));
    QCOMPARE(view->chart()->chart()->title(), QStringLiteral("&lt;b&gt;Gallium&lt;/b&gt; price"));
    m_window->undoAction()->trigger();
    // Undo takes the series away again.
    m_window->undoAction()->trigger();
    QCOMPARE(view->seriesList()->count(), seriesBefore);
    QVERIFY(view->currentSeries().isEmpty()); // all series
}

void TestProgrammeGui::editAndRemovePoint()
{
    IndicatorsView *view = indicators();
    showTab(view);
    const Indicator before = view->model()->points().at(0);
    view->selectPoint(before.id);
    QVERIFY(view->editButton()->isEnabled());
    whenShown<IndicatorPointDialog>([&before](IndicatorPointDialog *dialog) {
        // A failed check returns early: the dialog must not stay open.
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit Indicator Point"));
        QCOMPARE(dialog->seriesCombo()->currentText(), before.name);
        QCOMPARE(IndicatorTableModel::parseValue(dialog->valueEdit()->text()),
                 std::optional<double>(before.value));
        dialog->valueEdit()->setText(QStringLiteral("0.125"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(view->editButton(), Qt::LeftButton);
    QCOMPARE(store().indicators().byId(before.id)->value, 0.125);

    QTest::mouseClick(view->removeButton(), Qt::LeftButton);
    QVERIFY(!store().indicators().byId(before.id));
    m_window->undoAction()->trigger();
    QCOMPARE(store().indicators().byId(before.id)->value, 0.125);
    m_window->undoAction()->trigger();
    QCOMPARE(*store().indicators().byId(before.id), before);
}

void TestProgrammeGui::dashboardAndPackShowWhatWasAdded()
{
    whenShown<EventDialog>([](EventDialog *dialog) {
        // A failed check returns early: the dialog must not stay open.
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        dialog->dateEdit()->setDate(QDate(2025, 7, 21));
        dialog->titleEdit()->setText(QStringLiteral("Sherpa call on gallium"));
        dialog->placeEdit()->setText(QStringLiteral("Videoconference"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(programme()->addButton(), Qt::LeftButton);
    whenShown<IndicatorPointDialog>([](IndicatorPointDialog *dialog) {
        // A failed check returns early: the dialog must not stay open.
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        dialog->seriesCombo()->setCurrentText(QStringLiteral("Germanium premium"));
        dialog->unitEdit()->setText(QStringLiteral("percent"));
        dialog->dateEdit()->setDate(QDate(2025, 7, 22));
        dialog->valueEdit()->setText(QStringLiteral("37.5"));
        dialog->sourceEdit()->setText(QStringLiteral("Germanium trade note"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(indicators()->addButton(), Qt::LeftButton);

    const DashboardData data = DashboardData::build(store(), IssueFilter());
    const auto series =
        std::find_if(data.indicators.cbegin(), data.indicators.cend(),
                     [](const auto &s) { return s.name == QStringLiteral("Germanium premium"); });
    QVERIFY(series != data.indicators.cend());
    QCOMPARE(series->unit, QStringLiteral("percent"));
    QCOMPARE(series->points.size(), 1);
    QCOMPARE(series->points.first().day, QDate(2025, 7, 22));
    QCOMPARE(series->points.first().value, 37.5);

    const QString path = QDir(m_db->dir()).filePath(QStringLiteral("pack.html"));
    QString error;
    QVERIFY2(exportPack(store(), PackOptions(), path, PackFormat::Html, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.contains(QStringLiteral("Sherpa call on gallium")));
    QVERIFY(html.contains(QStringLiteral("Videoconference")));
    QVERIFY(html.contains(QStringLiteral("Germanium premium")));
    QVERIFY(html.contains(QStringLiteral("Germanium trade note")));

    // Undone, both leave the pack again.
    m_window->undoAction()->trigger();
    m_window->undoAction()->trigger();
    QVERIFY2(exportPack(store(), PackOptions(), path, PackFormat::Html, &error), qPrintable(error));
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    const QString after = QString::fromUtf8(again.readAll());
    QVERIFY(!after.contains(QStringLiteral("Sherpa call on gallium")));
    QVERIFY(!after.contains(QStringLiteral("Germanium premium")));
}

void TestProgrammeGui::openDashboardRedrawsAfterAPointChanges()
{
    DashboardView *dashboard = m_window->dashboardView();
    showTab(dashboard);
    QTRY_VERIFY(dashboard->indicatorChart()->caption().contains(QStringLiteral("Source")));
    const QString series = QStringLiteral("Rare-earth price premium (high end)");
    Indicator point;
    point.name = series;
    point.unit = store().indicators().unitOf(series);
    point.observedOn = QDate(2025, 7, 20);
    point.value = 31;
    point.source = QStringLiteral("Customs note seen on the dashboard");
    m_window->undoStack()->push(new AddIndicatorPointCommand(store(), point));
    QTRY_VERIFY(dashboard->indicatorChart()->caption().contains(point.source));
    m_window->undoAction()->trigger();
    QTRY_VERIFY(!dashboard->indicatorChart()->caption().contains(point.source));
}

QTEST_MAIN(TestProgrammeGui)
#include "test_programme_gui.moc"
