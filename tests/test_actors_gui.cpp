#include "DialogScript.h"
#include "TestSupport.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "actors/ActorDialog.h"
#include "actors/ActorsView.h"
#include "actors/MergeActorsDialog.h"
#include "issues/AddPositionDialog.h"
#include "issues/IssueDetailPanel.h"
#include "items/ActorListModel.h"
#include "items/PositionTableModel.h"
#include "store/ActorRepository.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

class TestActorsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addEditUndoRedoThroughTheActorsView();
    void blocChoicesStartWithTheSummitsBlocs();
    void duplicateNameIsSaidInTheDialog();
    void removeActorWithPositionsIsRefused();
    void mergeSaysWhatHappensAndUndoes();
    void addAndRemovePositionThroughThePositionsTab();
    void addPositionSaysWhenEveryActorHasOne();
    void deleteKeyRemovesThePositionOrActor();

private:
    Store &store() const { return *m_window->store(); }
    ActorsView *actorsView() const { return m_window->actorsView(); }
    void selectActor(const QString &name)
    {
        const std::optional<Actor> actor = store().actors().byName(name);
        QVERIFY(actor);
        actorsView()->selectActor(actor->id);
        QCOMPARE(actorsView()->currentActorId(), actor->id);
    }

    std::unique_ptr<TestSupport::TempDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_actorTester;
};

void TestActorsGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SummitBriefTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_actors_gui"));
    QSettings().clear();
    MainWindow::setQuietForTesting(true);
}

void TestActorsGui::init()
{
    m_db = std::make_unique<TestSupport::TempDatabase>();
    m_db->open(true);
    AppSettings().setUserName(QStringLiteral("Test Desk"));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDatabase(m_db->path()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->tabs()->setCurrentWidget(actorsView());
    auto *model = qobject_cast<ActorListModel *>(actorsView()->actorList()->model());
    QVERIFY(model);
    m_actorTester = std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestActorsGui::cleanup()
{
    m_actorTester.reset();
    m_window.reset();
    m_db.reset();
    QSettings().clear();
}

void TestActorsGui::addEditUndoRedoThroughTheActorsView()
{
    const qsizetype before = store().actors().all().size();
    QVERIFY(actorsView()->addActorAction()->isEnabled());
    bool shown = false;
    TestSupport::whenShown<ActorDialog>([&shown](ActorDialog *dialog) {
        shown = true;
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Maros Sefcovic"));
        dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(QStringLiteral("person")));
        dialog->blocBox()->setCurrentText(QStringLiteral("EU"));
        QTest::keyClicks(dialog->roleEdit(), QStringLiteral("President of the European Council"));
        dialog->biographyEdit()->setPlainText(QStringLiteral("Chairs the <European> Council."));
        dialog->illustrativeBox()->setChecked(true);
        dialog->accept();
        if (dialog->isVisible())
            dialog->reject(); // refused: the test fails below instead of hanging
    });
    actorsView()->addActorAction()->trigger();
    QVERIFY(shown);
    QCOMPARE(store().actors().all().size(), before + 1);
    const std::optional<Actor> added = store().actors().byName(QStringLiteral("Maros Sefcovic"));
    QVERIFY(added);
    QCOMPARE(added->role, QStringLiteral("President of the European Council"));
    QCOMPARE(added->biography, QStringLiteral("Chairs the <European> Council."));
    QVERIFY(added->illustrative);
    QCOMPARE(actorsView()->currentActorId(), added->id);
    QCOMPARE(actorsView()->nameText(), QStringLiteral("Maros Sefcovic"));
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Add actor Maros Sefcovic"));

    // Double-click edits.
    shown = false;
    TestSupport::whenShown<ActorDialog>([&shown](ActorDialog *dialog) {
        shown = true;
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Maros Sefcovic"));
        dialog->roleEdit()->clear();
        QTest::keyClicks(dialog->roleEdit(), QStringLiteral("Former Prime Minister"));
        dialog->accept();
        if (dialog->isVisible())
            dialog->reject();
    });
    QListView *list = actorsView()->actorList();
    const QModelIndex index = list->currentIndex();
    QVERIFY(index.isValid());
    list->scrollTo(index);
    const QPoint centre = list->visualRect(index).center();
    // A view takes a double-click on the item its press chose.
    QTest::mousePress(list->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseRelease(list->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centre);
    QVERIFY(shown);
    QCOMPARE(store().actors().byId(added->id)->role, QStringLiteral("Former Prime Minister"));

    m_window->undoAction()->trigger();
    QCOMPARE(store().actors().byId(added->id)->role,
             QStringLiteral("President of the European Council"));
    m_window->undoAction()->trigger();
    QVERIFY(!store().actors().byId(added->id));
    QCOMPARE(store().actors().all().size(), before);
    m_window->redoAction()->trigger();
    QVERIFY(store().actors().byId(added->id));
    m_window->redoAction()->trigger();
    QCOMPARE(store().actors().byId(added->id)->role, QStringLiteral("Former Prime Minister"));
    QVERIFY2(m_window->lastError().isEmpty(), qPrintable(m_window->lastError()));
}

void TestActorsGui::blocChoicesStartWithTheSummitsBlocs()
{
    bool shown = false;
    const SummitInfo summit = store().settings().summit();
    TestSupport::whenShown<ActorDialog>([&](ActorDialog *dialog) {
        shown = true;
        QComboBox *blocs = dialog->blocBox();
        QVERIFY(blocs->isEditable());
        QCOMPARE(blocs->itemText(0), summit.ourBloc);
        QCOMPARE(blocs->itemText(1), summit.counterpartBloc);
        // Every bloc an actor of the file has is offered, once.
        QStringList offered;
        for (int i = 0; i < blocs->count(); ++i)
            offered.append(blocs->itemText(i));
        QCOMPARE(offered.removeDuplicates(), 0);
        for (const Actor &actor : store().actors().all())
            QVERIFY2(offered.contains(actor.bloc), qPrintable(actor.bloc));
        dialog->reject();
    });
    actorsView()->addActorAction()->trigger();
    QVERIFY(shown);
}

void TestActorsGui::duplicateNameIsSaidInTheDialog()
{
    const qsizetype before = store().actors().all().size();
    QString said;
    bool stillOpen = false;
    TestSupport::whenShown<ActorDialog>([&](ActorDialog *dialog) {
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Kaja Kallas"));
        dialog->accept();
        said = dialog->errorText();
        stillOpen = dialog->isVisible();
        dialog->reject();
    });
    actorsView()->addActorAction()->trigger();
    QVERIFY(stillOpen);
    QVERIFY2(said.contains(QStringLiteral("Kaja Kallas")), qPrintable(said));
    QCOMPARE(store().actors().all().size(), before);

    // A new bloc: refused in the dialog with the store's message until the file
    // accepts blocs of its own, kept from then on.
    said.clear();
    TestSupport::whenShown<ActorDialog>([&](ActorDialog *dialog) {
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Subrahmanyam Jaishankar"));
        dialog->blocBox()->setCurrentText(QStringLiteral("India"));
        // A refusal by the store opens the dialog again, with the message in it.
        TestSupport::whenShown<ActorDialog>([&](ActorDialog *again) {
            said = again->errorText();
            QCOMPARE(again->nameEdit()->text(), QStringLiteral("Subrahmanyam Jaishankar"));
            again->reject();
        });
        dialog->accept();
    });
    actorsView()->addActorAction()->trigger();
    const std::optional<Actor> added =
        store().actors().byName(QStringLiteral("Subrahmanyam Jaishankar"));
    if (Store::latestSchemaVersion() >= 7) {
        QVERIFY(added);
        QCOMPARE(added->bloc, QStringLiteral("India"));
    } else {
        QVERIFY(!added);
        QVERIFY2(said.contains(QStringLiteral("India")), qPrintable(said));
        QVERIFY2(m_window->lastError().contains(QStringLiteral("India")),
                 qPrintable(m_window->lastError()));
    }
}

void TestActorsGui::removeActorWithPositionsIsRefused()
{
    selectActor(QStringLiteral("Kaja Kallas"));
    const qint64 id = actorsView()->currentActorId();
    const qsizetype held = store().positions().forActor(id).size();
    QVERIFY(held > 0);
    actorsView()->removeActorAction()->trigger();
    QVERIFY(store().actors().byId(id));
    QCOMPARE(store().positions().forActor(id).size(), held);
    QVERIFY2(m_window->lastError().contains(QStringLiteral("Kaja Kallas")),
             qPrintable(m_window->lastError()));

    // One without positions goes, and comes back with undo.
    Actor lone;
    lone.name = QStringLiteral("Lone Observer");
    lone.kind = QStringLiteral("person");
    lone.bloc = QStringLiteral("EU");
    store().actors().insert(lone);
    selectActor(lone.name);
    actorsView()->removeActorAction()->trigger();
    QVERIFY(!store().actors().byId(lone.id));
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Remove actor Lone Observer"));
    m_window->undoAction()->trigger();
    QVERIFY(store().actors().byId(lone.id));
}

void TestActorsGui::mergeSaysWhatHappensAndUndoes()
{
    const Actor from = *store().actors().byName(QStringLiteral("Kaja Kallas"));
    const Actor into = *store().actors().byName(QStringLiteral("European Commission"));
    const QList<Position> fromBefore = store().positions().forActor(from.id);
    QSet<qint64> intoIssues;
    for (const Position &p : store().positions().forActor(into.id))
        intoIssues.insert(p.issueId);
    int dropped = 0;
    for (const Position &p : fromBefore)
        dropped += intoIssues.contains(p.issueId) ? 1 : 0;
    const int moved = int(fromBefore.size()) - dropped;
    QVERIFY(dropped > 0 && moved > 0); // in the demo, one shared issue and three not

    selectActor(from.name);
    QString summary;
    TestSupport::whenShown<MergeActorsDialog>([&](MergeActorsDialog *dialog) {
        dialog->setIntoId(into.id);
        summary = dialog->summaryText();
        dialog->accept();
    });
    actorsView()->mergeActorAction()->trigger();
    const QString movedText =
        moved == 1 ? QStringLiteral("1 position moves to %1.").arg(into.name)
                   : QStringLiteral("%1 positions move to %2.").arg(moved).arg(into.name);
    QVERIFY2(summary.contains(movedText), qPrintable(summary));
    QVERIFY2(summary.contains(
                 QStringLiteral("%1 position%2 on %3 where %4 already has a position")
                     .arg(dropped)
                     .arg(dropped == 1 ? QString() : QStringLiteral("s"))
                     .arg(dropped == 1 ? QStringLiteral("an issue") : QStringLiteral("issues"))
                     .arg(into.name)),
             qPrintable(summary));
    QVERIFY(!store().actors().byId(from.id));
    QCOMPARE(actorsView()->currentActorId(), into.id);
    QCOMPARE(m_window->undoStack()->undoText(),
             QStringLiteral("Merge %1 into %2").arg(from.name, into.name));

    m_window->undoAction()->trigger();
    QVERIFY(store().actors().byId(from.id));
    QCOMPARE(store().positions().forActor(from.id).size(), fromBefore.size());
    QVERIFY2(m_window->lastError().isEmpty(), qPrintable(m_window->lastError()));
}

void TestActorsGui::addAndRemovePositionThroughThePositionsTab()
{
    const Issue issue = *store().issues().byCode(QStringLiteral("RE-01"));
    m_window->selectIssue(issue.id);
    IssueDetailPanel *panel = m_window->detailPanel();
    QCOMPARE(panel->issueId(), issue.id);
    auto *positions = qobject_cast<PositionTableModel *>(panel->positionsView()->model());
    QVERIFY(positions);
    QAbstractItemModelTester tester(positions,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int rows = positions->rowCount();
    QSet<QString> onIssue;
    for (const Position &p : positions->positions())
        onIssue.insert(p.actorName);
    QVERIFY(panel->addPositionAction()->isEnabled());

    QStringList listed;
    QStringList found;
    QString refusal;
    bool refusedStayedOpen = false;
    TestSupport::whenShown<AddPositionDialog>([&](AddPositionDialog *dialog) {
        listed = dialog->shownActors();
        QTest::keyClicks(dialog->searchEdit(), QStringLiteral("japan"));
        found = dialog->shownActors();
        QVERIFY(dialog->actorId() != 0);
        dialog->positionEdit()->clear();
        QTest::keyClicks(dialog->positionEdit(), QStringLiteral("150"));
        dialog->accept();
        refusal = dialog->errorText();
        refusedStayedOpen = dialog->isVisible();
        dialog->positionEdit()->clear();
        QTest::keyClicks(dialog->positionEdit(), QStringLiteral("70"));
        dialog->salienceEdit()->setText(QStringLiteral("60"));
        dialog->cloutEdit()->setText(QStringLiteral("40"));
        dialog->stanceEdit()->setPlainText(QStringLiteral("Watches European controls closely."));
        dialog->accept();
        if (dialog->isVisible())
            dialog->reject();
    });
    panel->addPositionAction()->trigger();
    // Only actors not on the issue were offered, and the search narrowed them.
    QVERIFY(!listed.isEmpty());
    for (const QString &item : std::as_const(listed)) {
        for (const QString &name : std::as_const(onIssue))
            QVERIFY2(!item.startsWith(name + QStringLiteral(" (")), qPrintable(item));
    }
    QVERIFY(found.size() < listed.size());
    QVERIFY(!found.isEmpty());
    for (const QString &item : std::as_const(found))
        QVERIFY2(item.contains(QStringLiteral("Japan"), Qt::CaseInsensitive), qPrintable(item));
    QVERIFY(refusedStayedOpen);
    QVERIFY2(refusal.contains(QStringLiteral("150")), qPrintable(refusal));

    QCOMPARE(positions->rowCount(), rows + 1);
    const QModelIndex current = panel->positionsView()->currentIndex();
    QVERIFY(current.isValid());
    const Position added = positions->positions().at(current.row());
    QCOMPARE(added.position, 70);
    QCOMPARE(added.salience, 60);
    QCOMPARE(added.clout, 40);
    QCOMPARE(added.stance, QStringLiteral("Watches European controls closely."));
    QVERIFY(!onIssue.contains(added.actorName));
    // The actor added is the one the search left selected.
    QCOMPARE(found.first(), QStringLiteral("%1 (%2)").arg(added.actorName, added.actorBloc));

    // Remove Position, from the button row, names the actor in the undo text.
    QVERIFY(panel->removePositionAction()->isEnabled());
    panel->removePositionAction()->trigger();
    QCOMPARE(positions->rowCount(), rows);
    QCOMPARE(m_window->undoStack()->undoText(),
             QStringLiteral("Remove position of %1 on RE-01").arg(added.actorName));
    m_window->undoAction()->trigger();
    QCOMPARE(positions->rowCount(), rows + 1);
    QCOMPARE(store().positions().byId(added.id)->position, 70);
    m_window->undoAction()->trigger();
    QCOMPARE(positions->rowCount(), rows);
    QVERIFY(!store().positions().byId(added.id));
    m_window->redoAction()->trigger();
    QCOMPARE(positions->rowCount(), rows + 1);
    QVERIFY2(m_window->lastError().isEmpty(), qPrintable(m_window->lastError()));
}

// With every actor on the issue there is no one to add: the user is told what
// to do instead of facing an empty list and a disabled OK.
void TestActorsGui::addPositionSaysWhenEveryActorHasOne()
{
    const Issue issue = *store().issues().byCode(QStringLiteral("RE-01"));
    QSet<qint64> onIssue;
    for (const Position &p : store().positions().forIssue(issue.id))
        onIssue.insert(p.actorId);
    for (const Actor &actor : store().actors().all()) {
        if (onIssue.contains(actor.id))
            continue;
        Position position;
        position.issueId = issue.id;
        position.actorId = actor.id;
        store().positions().insert(position);
    }
    m_window->tabs()->setCurrentIndex(0);
    m_window->selectIssue(issue.id);
    IssueDetailPanel *panel = m_window->detailPanel();
    QVERIFY(panel->addPositionAction()->isEnabled());
    const int steps = m_window->undoStack()->count();
    QString shown;
    TestSupport::whenShown<QDialog>([&shown](QDialog *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        shown = box ? box->text() : QString::fromLatin1(dialog->metaObject()->className());
        dialog->reject();
    });
    panel->addPositionAction()->trigger();
    QCOMPARE(shown, QStringLiteral("Every actor already has a position on RE-01; add an actor in "
                                   "the Actors tab first."));
    QCOMPARE(m_window->undoStack()->count(), steps);

    // A summit without actors says so.
    TestSupport::TempDatabase emptyDb;
    {
        std::unique_ptr<Store> empty = emptyDb.open();
        Issue first;
        first.code = QStringLiteral("TR-01");
        first.title = QStringLiteral("Market access");
        empty->issues().insert(first);
    }
    MainWindow window;
    QVERIFY(window.openDatabase(emptyDb.path()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectIssue(window.store()->issues().byCode(QStringLiteral("TR-01"))->id);
    shown.clear();
    TestSupport::whenShown<QDialog>([&shown](QDialog *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        shown = box ? box->text() : QString::fromLatin1(dialog->metaObject()->className());
        dialog->reject();
    });
    window.detailPanel()->addPositionAction()->trigger();
    QCOMPARE(shown,
             QStringLiteral("This summit has no actors yet; add one in the Actors tab first."));
}

// Delete in the positions table and in the actors list does what Remove
// Position and Remove Actor do, as the same undo step; not while a cell is
// being edited.
void TestActorsGui::deleteKeyRemovesThePositionOrActor()
{
    const Issue issue = *store().issues().byCode(QStringLiteral("RE-01"));
    m_window->tabs()->setCurrentIndex(0);
    m_window->selectIssue(issue.id);
    IssueDetailPanel *panel = m_window->detailPanel();
    QTableView *table = panel->positionsView();
    panel->tabs()->setCurrentWidget(table->parentWidget());
    auto *positions = qobject_cast<PositionTableModel *>(table->model());
    QVERIFY(positions);
    QAbstractItemModelTester tester(positions,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int rows = positions->rowCount();
    QVERIFY(rows > 1);
    const Position first = positions->positions().at(0);
    table->setCurrentIndex(positions->index(0, PositionTableModel::ActorColumn));
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(positions->rowCount(), rows - 1);
    QVERIFY(!store().positions().byId(first.id));
    QCOMPARE(m_window->undoStack()->undoText(),
             QStringLiteral("Remove position of %1 on RE-01").arg(first.actorName));
    m_window->undoAction()->trigger();
    QCOMPARE(positions->rowCount(), rows);
    QVERIFY(store().positions().byId(first.id));

    // In a stance being typed, Delete deletes a character.
    const QModelIndex stance = positions->index(0, PositionTableModel::StanceColumn);
    table->setCurrentIndex(stance);
    table->edit(stance);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && editor != table);
    QTest::keyClick(editor, Qt::Key_Delete);
    QCOMPARE(positions->rowCount(), rows);
    QTest::keyClick(editor, Qt::Key_Escape);

    // The actors list: an actor without positions goes; undo brings it back.
    Actor fresh;
    fresh.name = QStringLiteral("Observer without positions");
    fresh.kind = QStringLiteral("person");
    fresh.bloc = QStringLiteral("EU");
    store().actors().insert(fresh);
    m_window->tabs()->setCurrentWidget(actorsView());
    selectActor(fresh.name);
    QListView *list = actorsView()->actorList();
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(!store().actors().byName(fresh.name));
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Remove actor %1").arg(fresh.name));
    m_window->undoAction()->trigger();
    QVERIFY(store().actors().byName(fresh.name));
    QVERIFY2(m_window->lastError().isEmpty(), qPrintable(m_window->lastError()));
}

QTEST_MAIN(TestActorsGui)
#include "test_actors_gui.moc"
