#include "TestSupport.h"

#include "AppSettings.h"
#include "DialogScript.h"
#include "MainWindow.h"
#include "actors/ActorsView.h"
#include "domain/FieldLimits.h"
#include "issues/IssueActions.h"
#include "issues/IssueDetailPanel.h"
#include "issues/IssueFilterBar.h"
#include "issues/IssueOverviewForm.h"
#include "items/ActorListModel.h"
#include "items/IssueTableModel.h"
#include "items/PositionTableModel.h"
#include "mainwindow/SummitHeader.h"
#include "store/DataVersionWatcher.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/Store.h"
#include "tracking/StatusReasonDialog.h"
#include "tracking/TrackingController.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsSummitHeaderAndTitle();
    void startsOnFirstIssue();
    void filtersAsOneTypes();
    void filtersByCategoryAndStatus();
    void editsStatusAndSalienceWithUndoRedo();
    void editsTitleInOverview();
    void undoKeyInSavedFieldUndoesTheSave();
    void undoKeyInDateAndCategoryUndoesTheSave();
    void decisionRuleAndSourceEditedWithUndo();
    void escapeDropsUnsavedTyping();
    void reloadKeepsFieldBeingEdited();
    void refusesNonDatabaseAndKeepsCurrent();
    void newDatabaseNeverReplacesAFile();
    void opensDemoEvenWhenItIsOpen();
    void actorsViewJumpsToIssue();
    void restoresLayoutAndLastDatabase();
    void typedScaleValueIsNeverSavedAsAnother_data();
    void typedScaleValueIsNeverSavedAsAnother();
    void fieldsSayTheirLimits();
    void countsReadInTheSingular();
    void summitCountdown_data();
    void summitCountdown();
    void newIssueOpensItsTitleForTyping();
    void duplicateCopiesThePositions();
    void archiveLeavesTheTableUnlessShown();
    void deleteAsksAndRefusesAnIssueWithHistory();

private:
    QVariant sqlValue(const QString &sql, const QVariantList &values = {}) const;
    qint64 issueId(const QString &code) const;
    void clickIssue(qint64 id);

    std::unique_ptr<TestSupport::TempDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SummitBriefTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_main_window"));
    QSettings().clear();
    MainWindow::setQuietForTesting(true);
}

void TestMainWindow::init()
{
    m_db = std::make_unique<TestSupport::TempDatabase>();
    m_db->open(true); // writes the demo scenario and closes it again
    AppSettings().setUserName(QStringLiteral("Test Desk")); // status changes need a name
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDatabase(m_db->path()));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_db.reset();
    QSettings().clear();
}

QVariant TestMainWindow::sqlValue(const QString &sql, const QVariantList &values) const
{
    return TestSupport::valueInFile(m_db->path(), sql, values);
}

qint64 TestMainWindow::issueId(const QString &code) const
{
    return sqlValue(QStringLiteral("SELECT id FROM issue WHERE code = ?"), {code}).toLongLong();
}

void TestMainWindow::clickIssue(qint64 id)
{
    QTableView *table = m_window->issueTable();
    const int row = m_window->issueModel()->rowOfIssue(id);
    QVERIFY(row >= 0);
    const QModelIndex index = m_window->issueModel()->index(row, IssueTableModel::CodeColumn);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(m_window->currentIssueId(), id);
    QCOMPARE(m_window->detailPanel()->issueId(), id);
}

void TestMainWindow::showsSummitHeaderAndTitle()
{
    SummitHeader *header = m_window->summitHeader();
    QCOMPARE(header->nameText(), QStringLiteral("EU–China Summit"));
    QVERIFY2(header->detailsText().contains(QStringLiteral("Beijing")),
             qPrintable(header->detailsText()));
    QVERIFY2(header->detailsText().contains(QStringLiteral("24–25 July 2025")),
             qPrintable(header->detailsText()));
    QCOMPARE(header->classificationText(), QStringLiteral("EU RESTRICTED"));
    QVERIFY(!header->countdownText().isEmpty());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("EU–China Summit — test.db — Summit Brief"));
}

void TestMainWindow::startsOnFirstIssue()
{
    const QString firstCode =
        sqlValue(QStringLiteral("SELECT code FROM issue ORDER BY code LIMIT 1")).toString();
    QCOMPARE(m_window->currentIssueId(), issueId(firstCode));
    QCOMPARE(m_window->issueTable()->currentIndex().row(), 0);
    QVERIFY(m_window->detailPanel()->headerText().startsWith(firstCode));
    const qint64 total = sqlValue(QStringLiteral("SELECT COUNT(*) FROM issue")).toLongLong();
    QCOMPARE(m_window->issueTable()->model()->rowCount(), int(total));
    QCOMPARE(m_window->countText(), QStringLiteral("Showing %1 of %1 issues").arg(total));
}

void TestMainWindow::filtersAsOneTypes()
{
    const qint64 re01 = issueId(QStringLiteral("RE-01"));
    clickIssue(re01);

    const qint64 total = sqlValue(QStringLiteral("SELECT COUNT(*) FROM issue")).toLongLong();
    const QString where = QStringLiteral(
        "lower(code) LIKE '%rare%' OR lower(title) LIKE '%rare%' OR lower(category) LIKE '%rare%' "
        "OR lower(owner) LIKE '%rare%'");
    const qint64 expected =
        sqlValue(QStringLiteral("SELECT COUNT(*) FROM issue WHERE ") + where).toLongLong();
    QVERIFY(expected > 0 && expected < total);
    const QString expectedCodes =
        sqlValue(QStringLiteral("SELECT group_concat(code, ',') FROM "
                                "(SELECT code FROM issue WHERE %1 ORDER BY code)")
                     .arg(where))
            .toString();

    QLineEdit *search = m_window->filterBar()->searchEdit();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("rare"));
    QTableView *table = m_window->issueTable();
    QTRY_COMPARE(table->model()->rowCount(), int(expected));
    QCOMPARE(m_window->countText(),
             QStringLiteral("Showing %1 of %2 issues").arg(expected).arg(total));
    QStringList codes;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        codes.append(table->model()->index(row, IssueTableModel::CodeColumn).data().toString());
    codes.sort();
    QCOMPARE(codes.join(QLatin1Char(',')), expectedCodes);
    // The issue that was selected is still the selected one.
    QCOMPARE(m_window->currentIssueId(), re01);
    QCOMPARE(m_window->issueModel()->issueIdAt(table->currentIndex().row()), re01);

    // A filter that hides it empties the panel; clearing the filter brings it back.
    search->selectAll();
    QTest::keyClicks(search, QStringLiteral("drones"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(m_window->detailPanel()->issueId(), qint64(0));
    search->clear();
    QTRY_COMPARE(table->model()->rowCount(), int(total));
    QCOMPARE(m_window->detailPanel()->issueId(), re01);
    QCOMPARE(m_window->countText(), QStringLiteral("Showing %1 of %1 issues").arg(total));
}

void TestMainWindow::filtersByCategoryAndStatus()
{
    IssueFilterBar *bar = m_window->filterBar();
    QComboBox *category = bar->categoryCombo();
    const int security = category->findText(QStringLiteral("Security"));
    QVERIFY(security > 0);
    category->setCurrentIndex(security);
    const qint64 inCategory =
        sqlValue(QStringLiteral("SELECT COUNT(*) FROM issue WHERE category = 'Security'"))
            .toLongLong();
    QCOMPARE(m_window->issueTable()->model()->rowCount(), int(inCategory));

    bar->setStatuses({Status::Raised});
    const qint64 raised = sqlValue(QStringLiteral("SELECT COUNT(*) FROM issue WHERE category = "
                                                  "'Security' AND status = ?"),
                                   {int(Status::Raised)})
                              .toLongLong();
    QVERIFY(raised < inCategory);
    QCOMPARE(m_window->issueTable()->model()->rowCount(), int(raised));
    QCOMPARE(bar->statusButton()->text(), StatusText::label(Status::Raised));

    bar->clearFilter();
    QCOMPARE(qint64(m_window->issueTable()->model()->rowCount()),
             sqlValue(QStringLiteral("SELECT COUNT(*) FROM issue")).toLongLong());
}

void TestMainWindow::editsStatusAndSalienceWithUndoRedo()
{
    const qint64 re01 = issueId(QStringLiteral("RE-01"));
    clickIssue(re01);
    // Every status change says why: the reason dialog answers for the user.
    StatusReasonDialog::setScriptForTesting(
        [](StatusReasonDialog &) { return std::optional<QString>(QStringLiteral("Deal")); });
    const auto unscript = qScopeGuard([] { StatusReasonDialog::setScriptForTesting({}); });
    const auto status = [&] {
        return sqlValue(QStringLiteral("SELECT status FROM issue WHERE id = ?"), {re01}).toInt();
    };
    const auto historyCount = [&] {
        return sqlValue(QStringLiteral("SELECT COUNT(*) FROM status_change WHERE issue_id = ?"),
                        {re01})
            .toInt();
    };
    const auto lastChange = [&] {
        return sqlValue(QStringLiteral("SELECT from_status || '>' || to_status FROM status_change "
                                       "WHERE issue_id = ? ORDER BY id DESC LIMIT 1"),
                        {re01})
            .toString();
    };
    const int before = status();
    QCOMPARE(before, int(Status::Raised));
    const int historyBefore = historyCount();

    // Status, through the StatusDelegate's combo box in the issue table.
    QTableView *table = m_window->issueTable();
    const QModelIndex statusIndex =
        table->model()->index(table->currentIndex().row(), IssueTableModel::StatusColumn);
    table->edit(statusIndex);
    auto *combo = qobject_cast<QComboBox *>(table->indexWidget(statusIndex));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toInt(), int(Status::Raised));
    combo->setCurrentIndex(combo->findData(int(Status::Agreed)));
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(status(), int(Status::Agreed));
    QCOMPARE(historyCount(), historyBefore + 1);
    QCOMPARE(lastChange(),
             QStringLiteral("%1>%2").arg(int(Status::Raised)).arg(int(Status::Agreed)));
    QTRY_VERIFY(!table->indexWidget(statusIndex));
    QCOMPARE(statusIndex.data().toString(), StatusText::label(Status::Agreed));
    QCOMPARE(m_window->detailPanel()->overview()->statusCombo()->currentData().toInt(),
             int(Status::Agreed));

    // Salience, through the ScaleDelegate's spin box in the positions table.
    IssueDetailPanel *panel = m_window->detailPanel();
    panel->tabs()->setCurrentIndex(1);
    QTableView *positions = panel->positionsView();
    QVERIFY(positions->model()->rowCount() > 0);
    const QModelIndex salienceIndex =
        positions->model()->index(0, PositionTableModel::SalienceColumn);
    const qint64 positionId = salienceIndex.data(PositionTableModel::PositionIdRole).toLongLong();
    const auto salience = [&] {
        return sqlValue(QStringLiteral("SELECT salience FROM position WHERE id = ?"), {positionId})
            .toInt();
    };
    const QString actorName =
        positions->model()->index(0, PositionTableModel::ActorColumn).data().toString();
    QTest::mouseClick(positions->viewport(), Qt::LeftButton, {},
                      positions->visualRect(salienceIndex.siblingAtColumn(0)).center());
    QVERIFY2(panel->positionNoteText().contains(actorName), qPrintable(panel->positionNoteText()));
    const int salienceBefore = salience();
    const int salienceAfter = salienceBefore == 37 ? 38 : 37;
    positions->edit(salienceIndex);
    auto *spin = qobject_cast<QSpinBox *>(positions->indexWidget(salienceIndex));
    QVERIFY(spin);
    QCOMPARE(spin->value(), salienceBefore);
    spin->setValue(salienceAfter);
    QTest::keyClick(spin, Qt::Key_Return);
    QTRY_COMPARE(salience(), salienceAfter);
    QCOMPARE(positions->model()->index(0, PositionTableModel::SalienceColumn).data().toInt(),
             salienceAfter);

    // Undo both: the values come back and the history records the reversal.
    QUndoStack *stack = m_window->undoStack();
    QCOMPARE(stack->count(), 2);
    QVERIFY(m_window->undoAction()->isEnabled());
    m_window->undoAction()->trigger();
    QCOMPARE(salience(), salienceBefore);
    QCOMPARE(status(), int(Status::Agreed));
    m_window->undoAction()->trigger();
    QCOMPARE(status(), int(Status::Raised));
    QCOMPARE(historyCount(), historyBefore + 2);
    QCOMPARE(lastChange(),
             QStringLiteral("%1>%2").arg(int(Status::Agreed)).arg(int(Status::Raised)));
    QCOMPARE(m_window->issueModel()
                 ->index(m_window->issueModel()->rowOfIssue(re01), IssueTableModel::StatusColumn)
                 .data()
                 .toString(),
             StatusText::label(Status::Raised));
    QCOMPARE(panel->overview()->statusCombo()->currentData().toInt(), int(Status::Raised));
    QVERIFY(!m_window->undoAction()->isEnabled());

    // Redo both.
    m_window->redoAction()->trigger();
    QCOMPARE(status(), int(Status::Agreed));
    QCOMPARE(historyCount(), historyBefore + 3);
    m_window->redoAction()->trigger();
    QCOMPARE(salience(), salienceAfter);
    QCOMPARE(positions->model()->index(0, PositionTableModel::SalienceColumn).data().toInt(),
             salienceAfter);
}

void TestMainWindow::editsTitleInOverview()
{
    const qint64 re01 = issueId(QStringLiteral("RE-01"));
    clickIssue(re01);
    const auto title = [&] {
        return sqlValue(QStringLiteral("SELECT title FROM issue WHERE id = ?"), {re01}).toString();
    };
    const QString oldTitle = title();
    const QString newTitle = QStringLiteral("Rare-earth export controls and licences");
    IssueDetailPanel *panel = m_window->detailPanel();
    panel->tabs()->setCurrentIndex(0);
    QLineEdit *edit = panel->overview()->titleEdit();
    QCOMPARE(edit->text(), oldTitle);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, newTitle);
    // Nothing is written while typing.
    QCOMPARE(title(), oldTitle);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(title(), newTitle);
    QCOMPARE(m_window->undoStack()->count(), 1);
    const int row = m_window->issueModel()->rowOfIssue(re01);
    QCOMPARE(m_window->issueModel()->index(row, IssueTableModel::TitleColumn).data().toString(),
             newTitle);
    QVERIFY(panel->headerText().contains(newTitle));

    // Undo puts the old title back, in the file and in the form.
    m_window->undoAction()->trigger();
    QCOMPARE(title(), oldTitle);
    QCOMPARE(edit->text(), oldTitle);

    // Leaving the field saves it too; an empty title is refused and shown as such.
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(title(), oldTitle);
    QVERIFY(!m_window->lastError().isEmpty());
    QCOMPARE(edit->text(), oldTitle);
}

// Ctrl+Z in a field whose change is saved undoes the saved change (the window's
// undo stack), not just the text in the box; typing not yet saved keeps the
// field's own undo.
void TestMainWindow::undoKeyInSavedFieldUndoesTheSave()
{
    const qint64 id = issueId(QStringLiteral("RE-01"));
    clickIssue(id);
    IssueDetailPanel *panel = m_window->detailPanel();
    panel->tabs()->setCurrentIndex(0);
    IssueOverviewForm *form = panel->overview();
    QLineEdit *owner = form->ownerEdit();
    const auto storedOwner = [&] {
        return sqlValue(QStringLiteral("SELECT owner FROM issue WHERE id = ?"), {id}).toString();
    };
    const QString before = storedOwner();
    QCOMPARE(owner->text(), before);

    owner->setFocus();
    QTRY_VERIFY(owner->hasFocus());
    owner->end(false);
    QTest::keyClicks(owner, QStringLiteral(" B"));
    QTest::keyClick(owner, Qt::Key_Return);
    QCOMPARE(storedOwner(), before + QStringLiteral(" B"));
    QCOMPARE(m_window->undoStack()->count(), 1);

    QTest::keySequence(owner, QKeySequence::Undo);
    QCOMPARE(storedOwner(), before);
    QCOMPARE(owner->text(), before);
    QCOMPARE(m_window->undoStack()->index(), 0);
    // Leaving the field saves nothing new.
    m_window->issueTable()->setFocus();
    QTRY_VERIFY(!owner->hasFocus());
    QCOMPARE(storedOwner(), before);
    QCOMPARE(m_window->undoStack()->count(), 1);

    // Redo from the field puts the saved change back.
    owner->setFocus();
    QTRY_VERIFY(owner->hasFocus());
    QTest::keySequence(owner, QKeySequence::Redo);
    QCOMPARE(storedOwner(), before + QStringLiteral(" B"));
    QCOMPARE(owner->text(), before + QStringLiteral(" B"));

    // Unsaved typing: the field's own undo takes the typing back, nothing is saved.
    owner->end(false);
    QTest::keyClicks(owner, QStringLiteral("X"));
    QTest::keySequence(owner, QKeySequence::Undo);
    QCOMPARE(owner->text(), before + QStringLiteral(" B"));
    QCOMPARE(storedOwner(), before + QStringLiteral(" B"));
    QCOMPARE(m_window->undoStack()->index(), 1);

    // The same in a note.
    QPlainTextEdit *note = form->textEdit(IssueField::Background);
    QVERIFY(note);
    const QString noteBefore =
        sqlValue(QStringLiteral("SELECT background FROM issue WHERE id = ?"), {id}).toString();
    note->setFocus();
    QTRY_VERIFY(note->hasFocus());
    note->moveCursor(QTextCursor::End);
    QTest::keyClicks(note, QStringLiteral(" More."));
    owner->setFocus(); // leaving the note saves it
    QTRY_VERIFY(owner->hasFocus());
    QCOMPARE(sqlValue(QStringLiteral("SELECT background FROM issue WHERE id = ?"), {id}).toString(),
             noteBefore + QStringLiteral(" More."));
    note->setFocus();
    QTRY_VERIFY(note->hasFocus());
    QTest::keySequence(note, QKeySequence::Undo);
    QCOMPARE(sqlValue(QStringLiteral("SELECT background FROM issue WHERE id = ?"), {id}).toString(),
             noteBefore);
    QCOMPARE(note->toPlainText(), noteBefore);
}

// The date and the category hand their keys to an inner line edit: Ctrl+Z there
// must still reach the window's undo when nothing is unsaved.
// "Decided by" and its source on the overview form: each an undo step, and the
// consent column of the positions table follows the rule.
void TestMainWindow::decisionRuleAndSourceEditedWithUndo()
{
    const qint64 id = issueId(QStringLiteral("RE-03"));
    clickIssue(id);
    IssueDetailPanel *panel = m_window->detailPanel();
    panel->tabs()->setCurrentIndex(0);
    IssueOverviewForm *form = panel->overview();
    QComboBox *rule = form->decisionRuleCombo();
    QCOMPARE(rule->accessibleName(), QStringLiteral("Decided by"));
    QCOMPARE(rule->currentData().toString(), QStringLiteral("majority"));
    const auto storedRule = [&] {
        return sqlValue(QStringLiteral("SELECT decision_rule FROM issue WHERE id = ?"), {id})
            .toString();
    };
    const QAbstractItemModel *positions = panel->positionsView()->model();
    const auto consentEnabled = [&] {
        return bool(positions->flags(positions->index(0, PositionTableModel::ConsentColumn)) &
                    Qt::ItemIsEnabled);
    };
    QVERIFY(!consentEnabled());

    rule->setFocus();
    QTRY_VERIFY(rule->hasFocus());
    QTest::keyClick(rule, Qt::Key_Down);
    QCOMPARE(storedRule(), QStringLiteral("consent"));
    QCOMPARE(rule->currentData().toString(), QStringLiteral("consent"));
    QVERIFY(consentEnabled());
    QCOMPARE(m_window->undoStack()->count(), 1);

    QLineEdit *source = form->decisionRuleSourceEdit();
    QCOMPARE(source->accessibleName(), QStringLiteral("Source of the decision rule"));
    source->setFocus();
    QTRY_VERIFY(source->hasFocus());
    QTest::keyClicks(source, QStringLiteral("Market prices"));
    QTest::keyClick(source, Qt::Key_Return);
    QCOMPARE(sqlValue(QStringLiteral("SELECT decision_rule_source FROM issue WHERE id = ?"), {id})
                 .toString(),
             QStringLiteral("Market prices"));
    QCOMPARE(m_window->undoStack()->count(), 2);

    m_window->undoStack()->undo();
    m_window->undoStack()->undo();
    QCOMPARE(storedRule(), QStringLiteral("majority"));
    QCOMPARE(rule->currentData().toString(), QStringLiteral("majority"));
    QCOMPARE(source->text(), QString());
    QVERIFY(!consentEnabled());
}

void TestMainWindow::undoKeyInDateAndCategoryUndoesTheSave()
{
    const qint64 id = issueId(QStringLiteral("RE-01"));
    clickIssue(id);
    IssueDetailPanel *panel = m_window->detailPanel();
    panel->tabs()->setCurrentIndex(0);
    IssueOverviewForm *form = panel->overview();
    const auto stored = [&](const char *column) {
        return sqlValue(
                   QStringLiteral("SELECT %1 FROM issue WHERE id = ?").arg(QLatin1String(column)),
                   {id})
            .toString();
    };
    const QString ownerBefore = stored("owner");
    QLineEdit *owner = form->ownerEdit();
    owner->setFocus();
    QTRY_VERIFY(owner->hasFocus());
    owner->end(false);
    QTest::keyClicks(owner, QStringLiteral(" C"));
    QTest::keyClick(owner, Qt::Key_Return);
    QCOMPARE(stored("owner"), ownerBefore + QStringLiteral(" C"));

    QDateEdit *due = form->dueDateEdit();
    due->setFocus();
    QTRY_VERIFY(due->hasFocus());
    QTest::keySequence(due, QKeySequence::Undo);
    QCOMPARE(stored("owner"), ownerBefore);
    QTest::keySequence(due, QKeySequence::Redo);
    QCOMPARE(stored("owner"), ownerBefore + QStringLiteral(" C"));

    QComboBox *category = form->categoryCombo();
    category->setFocus();
    QTRY_VERIFY(category->hasFocus() || category->lineEdit()->hasFocus());
    QTest::keySequence(category, QKeySequence::Undo);
    QCOMPARE(stored("owner"), ownerBefore);
}

// Escape in a form field drops what was typed, as in the tables' editors; leaving
// the field afterwards saves nothing.
void TestMainWindow::escapeDropsUnsavedTyping()
{
    const qint64 id = issueId(QStringLiteral("RE-01"));
    clickIssue(id);
    IssueDetailPanel *panel = m_window->detailPanel();
    panel->tabs()->setCurrentIndex(0);
    IssueOverviewForm *form = panel->overview();
    const QString ownerBefore =
        sqlValue(QStringLiteral("SELECT owner FROM issue WHERE id = ?"), {id}).toString();
    QLineEdit *owner = form->ownerEdit();
    owner->setFocus();
    QTRY_VERIFY(owner->hasFocus());
    owner->selectAll();
    QTest::keyClicks(owner, QStringLiteral("Typo desk"));
    QTest::keyClick(owner, Qt::Key_Escape);
    QCOMPARE(owner->text(), ownerBefore);
    m_window->issueTable()->setFocus();
    QTRY_VERIFY(!owner->hasFocus());
    QCOMPARE(sqlValue(QStringLiteral("SELECT owner FROM issue WHERE id = ?"), {id}).toString(),
             ownerBefore);

    QPlainTextEdit *note = form->textEdit(IssueField::Background);
    const QString noteBefore = note->toPlainText();
    note->setFocus();
    QTRY_VERIFY(note->hasFocus());
    note->moveCursor(QTextCursor::End);
    QTest::keyClicks(note, QStringLiteral(" Oops."));
    QTest::keyClick(note, Qt::Key_Escape);
    QCOMPARE(note->toPlainText(), noteBefore);
    owner->setFocus();
    QTRY_VERIFY(owner->hasFocus());
    QCOMPARE(sqlValue(QStringLiteral("SELECT background FROM issue WHERE id = ?"), {id}).toString(),
             noteBefore);
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void TestMainWindow::reloadKeepsFieldBeingEdited()
{
    const qint64 re01 = issueId(QStringLiteral("RE-01"));
    clickIssue(re01);
    IssueOverviewForm *form = m_window->detailPanel()->overview();
    QLineEdit *owner = form->ownerEdit();
    owner->setFocus();
    owner->selectAll();
    QTest::keyClicks(owner, QStringLiteral("Sherpa team"));
    // Another edit of the same issue reloads the form; the owner being typed stays.
    QTableView *table = m_window->issueTable();
    QVERIFY(m_window->issueModel()->setData(
        m_window->issueModel()->index(table->currentIndex().row(), IssueTableModel::PriorityColumn),
        int(Priority::Low)));
    QCOMPARE(form->priorityCombo()->currentData().toInt(), int(Priority::Low));
    QCOMPARE(owner->text(), QStringLiteral("Sherpa team"));
    // Choosing another issue saves it for the issue it was typed for.
    clickIssue(issueId(QStringLiteral("DR-01")));
    QCOMPARE(sqlValue(QStringLiteral("SELECT owner FROM issue WHERE id = ?"), {re01}).toString(),
             QStringLiteral("Sherpa team"));
    QCOMPARE(owner->text(),
             sqlValue(QStringLiteral("SELECT owner FROM issue WHERE code = 'DR-01'")).toString());
}

void TestMainWindow::refusesNonDatabaseAndKeepsCurrent()
{
    const QString notes = QDir(m_db->dir()).filePath(QStringLiteral("notes.db"));
    {
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are meeting notes, not a database.\n");
    }
    const QByteArray hash = TestSupport::fileHash(notes);
    QVERIFY(!m_window->openDatabase(notes));
    QVERIFY2(m_window->lastError().contains(QStringLiteral("not a Summit Brief database")),
             qPrintable(m_window->lastError()));
    QCOMPARE(TestSupport::fileHash(notes), hash);
    QVERIFY(m_window->store());
    QCOMPARE(m_window->store()->path(), QFileInfo(m_db->path()).absoluteFilePath());
    QCOMPARE(qint64(m_window->issueTable()->model()->rowCount()),
             sqlValue(QStringLiteral("SELECT COUNT(*) FROM issue")).toLongLong());
    QCOMPARE(m_window->summitHeader()->nameText(), QStringLiteral("EU–China Summit"));

    QVERIFY(!m_window->openDatabase(QDir(m_db->dir()).filePath(QStringLiteral("missing.db"))));
    QVERIFY(!QFileInfo::exists(QDir(m_db->dir()).filePath(QStringLiteral("missing.db"))));
    QCOMPARE(m_window->store()->path(), QFileInfo(m_db->path()).absoluteFilePath());
}

void TestMainWindow::newDatabaseNeverReplacesAFile()
{
    const QByteArray hash = TestSupport::fileHash(m_db->path());
    QVERIFY(!m_window->newDatabase(m_db->path()));
    QCOMPARE(TestSupport::fileHash(m_db->path()), hash);

    const QString fresh = QDir(m_db->dir()).filePath(QStringLiteral("fresh.db"));
    QVERIFY(m_window->newDatabase(fresh));
    QCOMPARE(m_window->store()->path(), QFileInfo(fresh).absoluteFilePath());
    QCOMPARE(m_window->issueTable()->model()->rowCount(), 0);
    QCOMPARE(m_window->countText(), QStringLiteral("Showing 0 of 0 issues"));
    QCOMPARE(m_window->detailPanel()->issueId(), qint64(0));
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void TestMainWindow::opensDemoEvenWhenItIsOpen()
{
    QVERIFY(m_window->openDemo());
    QCOMPARE(m_window->store()->path(),
             QFileInfo(AppSettings::demoDatabasePath()).absoluteFilePath());
    const int rows = m_window->issueTable()->model()->rowCount();
    QVERIFY(rows > 0);
    QVERIFY(m_window->openDemo());
    QCOMPARE(m_window->issueTable()->model()->rowCount(), rows);
    QCOMPARE(m_window->summitHeader()->nameText(), QStringLiteral("EU–China Summit"));
}

void TestMainWindow::actorsViewJumpsToIssue()
{
    m_window->tabs()->setCurrentIndex(1);
    ActorsView *actors = m_window->actorsView();
    auto *model = qobject_cast<ActorListModel *>(actors->actorList()->model());
    QVERIFY(model);
    const qint64 actorId =
        sqlValue(QStringLiteral("SELECT id FROM actor WHERE name = 'Kaja Kallas'")).toLongLong();
    const QModelIndex actorIndex = model->index(model->rowOfActor(actorId));
    QTest::mouseClick(actors->actorList()->viewport(), Qt::LeftButton, {},
                      actors->actorList()->visualRect(actorIndex).center());
    QCOMPARE(actors->currentActorId(), actorId);
    QCOMPARE(actors->nameText(), QStringLiteral("Kaja Kallas"));
    const qint64 positions =
        sqlValue(QStringLiteral("SELECT COUNT(*) FROM position WHERE actor_id = ?"), {actorId})
            .toLongLong();
    QVERIFY(positions > 0);
    QTableView *issues = actors->issueTable();
    QCOMPARE(qint64(issues->model()->rowCount()), positions);

    const QString code = issues->model()->index(0, 0).data().toString();
    const QRect cell = issues->visualRect(issues->model()->index(0, 1));
    QTest::mouseClick(issues->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(issues->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_window->tabs()->currentIndex(), 0);
    QCOMPARE(m_window->currentIssueId(), issueId(code));
    QVERIFY(m_window->detailPanel()->headerText().startsWith(code));
}

void TestMainWindow::restoresLayoutAndLastDatabase()
{
    QHeaderView *header = m_window->issueTable()->horizontalHeader();
    header->resizeSection(IssueTableModel::OwnerColumn, 222);
    m_window->issueTable()->sortByColumn(IssueTableModel::PriorityColumn, Qt::DescendingOrder);
    QCOMPARE(m_window->issueModel()->sortColumn(), int(IssueTableModel::PriorityColumn));
    m_window->close();
    m_window.reset();

    const AppSettings settings;
    QCOMPARE(settings.lastDatabase(), QFileInfo(m_db->path()).absoluteFilePath());
    QCOMPARE(settings.recentDatabases().value(0), QFileInfo(m_db->path()).absoluteFilePath());

    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDatabase(settings.lastDatabase()));
    QCOMPARE(m_window->issueTable()->horizontalHeader()->sectionSize(IssueTableModel::OwnerColumn),
             222);
    QCOMPARE(m_window->issueModel()->sortColumn(), int(IssueTableModel::PriorityColumn));
    QCOMPARE(m_window->issueModel()->sortOrder(), Qt::DescendingOrder);
    // Sorted by priority, highest first: the first row is a critical issue.
    QCOMPARE(m_window->issueModel()
                 ->index(0, IssueTableModel::PriorityColumn)
                 .data(IssueTableModel::RawValueRole)
                 .toInt(),
             int(Priority::Critical));
}

void TestMainWindow::typedScaleValueIsNeverSavedAsAnother_data()
{
    QTest::addColumn<int>("column");
    QTest::newRow("position") << int(PositionTableModel::PositionColumn);
    QTest::newRow("salience") << int(PositionTableModel::SalienceColumn);
    QTest::newRow("clout") << int(PositionTableModel::CloutColumn);
}

// Typing 150 in the positions table's spin box: a plain spin box drops the "0"
// and saves 15. The editor shows what was typed and nothing is saved but a
// message saying 0 to 100.
void TestMainWindow::typedScaleValueIsNeverSavedAsAnother()
{
    QFETCH(int, column);
    clickIssue(issueId(QStringLiteral("RE-01")));
    IssueDetailPanel *panel = m_window->detailPanel();
    panel->tabs()->setCurrentIndex(1);
    QTableView *positions = panel->positionsView();
    const QModelIndex index = positions->model()->index(0, column);
    const qint64 positionId = index.data(PositionTableModel::PositionIdRole).toLongLong();
    const QString sqlColumn =
        column == PositionTableModel::PositionColumn   ? QStringLiteral("position")
        : column == PositionTableModel::SalienceColumn ? QStringLiteral("salience")
                                                       : QStringLiteral("clout");
    const auto stored = [&] {
        return sqlValue(QStringLiteral("SELECT %1 FROM position WHERE id = ?").arg(sqlColumn),
                        {positionId})
            .toInt();
    };
    const int before = stored();

    positions->edit(index);
    auto *spin = qobject_cast<QSpinBox *>(positions->indexWidget(index));
    QVERIFY(spin);
    QVERIFY(spin->toolTip().contains(QStringLiteral("0 to 100")));
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("150"));
    QCOMPARE(spin->cleanText(), QStringLiteral("150"));
    QTest::keyClick(spin, Qt::Key_Return);
    QTRY_VERIFY(!positions->indexWidget(index));
    QCOMPARE(stored(), before);
    QVERIFY2(m_window->lastError().contains(QStringLiteral("0 to 100")) &&
                 m_window->lastError().contains(QStringLiteral("150")),
             qPrintable(m_window->lastError()));
    QCOMPARE(m_window->undoStack()->count(), 0);

    // As the user sees it: the refusal is a message box, and behind it the
    // editor still shows what was typed, not the last valid value (15).
    MainWindow::setQuietForTesting(false);
    const auto quietAgain = qScopeGuard([] { MainWindow::setQuietForTesting(true); });
    positions->edit(index);
    QPointer<QSpinBox> typing = qobject_cast<QSpinBox *>(positions->indexWidget(index));
    QVERIFY(typing);
    typing->selectAll();
    QTest::keyClicks(typing, QStringLiteral("150"));
    QString behindTheMessage;
    bool messageShown = false;
    QTimer poll;
    poll.setInterval(20);
    int polls = 0;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box && QApplication::activeWindow() == box) {
            // Let the focus change settle before looking behind the box.
            if (++polls < 5)
                return;
            messageShown = true;
            behindTheMessage = typing ? typing->cleanText() : QString();
            poll.stop();
            box->done(QMessageBox::Ok);
        } else if (++polls > 500) {
            poll.stop();
            if (box)
                box->done(QMessageBox::Ok);
        }
    });
    poll.start();
    QTest::keyClick(typing, Qt::Key_Return);
    QTRY_VERIFY(messageShown);
    QCOMPARE(behindTheMessage, QStringLiteral("150"));
    QTRY_VERIFY(!positions->indexWidget(index));
    QCOMPARE(stored(), before);
    MainWindow::setQuietForTesting(true);

    // In range, as typed.
    positions->edit(index);
    spin = qobject_cast<QSpinBox *>(positions->indexWidget(index));
    QVERIFY(spin);
    spin->selectAll();
    const QString typed = before == 100 ? QStringLiteral("99") : QStringLiteral("100");
    QTest::keyClicks(spin, typed);
    QTest::keyClick(spin, Qt::Key_Return);
    QTRY_COMPARE(stored(), typed.toInt());
}

// Line edits take no more than FieldLimits; a paste that would make a note too
// long is refused and the form says why, with a counter that names the limit.
void TestMainWindow::fieldsSayTheirLimits()
{
    clickIssue(issueId(QStringLiteral("RE-01")));
    IssueOverviewForm *form = m_window->detailPanel()->overview();
    m_window->detailPanel()->tabs()->setCurrentIndex(0);
    QCOMPARE(form->titleEdit()->maxLength(), int(FieldLimits::Title));
    QCOMPARE(form->ownerEdit()->maxLength(), int(FieldLimits::ShortText));
    QCOMPARE(form->scaleLowEdit()->maxLength(), int(FieldLimits::ShortText));
    QCOMPARE(form->scaleHighEdit()->maxLength(), int(FieldLimits::ShortText));
    QCOMPARE(form->categoryCombo()->lineEdit()->maxLength(), int(FieldLimits::ShortText));

    // The issue table's line editors too.
    QTableView *table = m_window->issueTable();
    const int row = table->currentIndex().row();
    for (const auto &[column, limit] :
         {std::pair{int(IssueTableModel::TitleColumn), FieldLimits::Title},
          std::pair{int(IssueTableModel::OwnerColumn), FieldLimits::ShortText}}) {
        const QModelIndex index = m_window->issueModel()->index(row, column);
        table->edit(index);
        auto *line = qobject_cast<QLineEdit *>(table->indexWidget(index));
        QVERIFY(line);
        QCOMPARE(line->maxLength(), int(limit));
        QTest::keyClick(line, Qt::Key_Escape);
        QTRY_VERIFY(!table->indexWidget(index));
    }

    QPlainTextEdit *background = form->textEdit(IssueField::Background);
    QLabel *counter = form->textCounter(IssueField::Background);
    QVERIFY(background && counter);
    const QString text = background->toPlainText();
    QCOMPARE(counter->text(), QStringLiteral("%1 / 20,000").arg(QLocale().toString(text.size())));

    QApplication::clipboard()->setText(QString(FieldLimits::LongText, QLatin1Char('x')));
    background->setFocus();
    background->moveCursor(QTextCursor::End);
    background->paste();
    QCOMPARE(background->toPlainText(), text);
    QVERIFY2(counter->text().contains(QStringLiteral("20,000")) &&
                 counter->text().contains(QStringLiteral("Not added")),
             qPrintable(counter->text()));

    // At the limit, typing adds nothing more; within it, typing works.
    background->setPlainText(QString(FieldLimits::LongText, QLatin1Char('y')));
    background->moveCursor(QTextCursor::End);
    QTest::keyClicks(background, QStringLiteral("z"));
    QCOMPARE(background->toPlainText().size(), FieldLimits::LongText);
    QVERIFY(counter->text().contains(QStringLiteral("Not added")));
    QTest::keyClick(background, Qt::Key_Backspace);
    QTest::keyClicks(background, QStringLiteral("z"));
    QVERIFY(background->toPlainText().endsWith(QLatin1Char('z')));
    QCOMPARE(counter->text(), QStringLiteral("20,000 / 20,000"));
}

void TestMainWindow::countsReadInTheSingular()
{
    const QString fresh = QDir(m_db->dir()).filePath(QStringLiteral("one.db"));
    QVERIFY(m_window->newDatabase(fresh));
    Issue issue;
    issue.code = QStringLiteral("RE-01");
    issue.title = QStringLiteral("Rare earths");
    m_window->store()->issues().insert(issue, QStringLiteral("New"));
    m_window->issueModel()->refresh();
    QTRY_COMPARE(m_window->countText(), QStringLiteral("Showing 1 of 1 issue"));
    m_window->filterBar()->searchEdit()->setText(QStringLiteral("nothing like it"));
    QTRY_COMPARE(m_window->countText(), QStringLiteral("Showing 0 of 1 issue"));

    QVERIFY(m_window->openDatabase(m_db->path()));
    const qint64 total = sqlValue(QStringLiteral("SELECT COUNT(*) FROM issue")).toLongLong();
    QVERIFY(total > 1);
    m_window->filterBar()->searchEdit()->setText(QStringLiteral("RE-01"));
    QTRY_COMPARE(m_window->countText(), QStringLiteral("Showing %1 of %2 issues")
                                            .arg(m_window->issueModel()->rowCount())
                                            .arg(total));
    QVERIFY(!m_window->countText().contains(QStringLiteral("(s)")));
}

void TestMainWindow::summitCountdown_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("expected");
    QTest::newRow("weeks before") << QDate(2025, 7, 10) << QStringLiteral("in 14 days");
    QTest::newRow("day before") << QDate(2025, 7, 23) << QStringLiteral("tomorrow");
    QTest::newRow("first day") << QDate(2025, 7, 24) << QStringLiteral("starts today");
    QTest::newRow("second day") << QDate(2025, 7, 25) << QStringLiteral("in progress");
    QTest::newRow("day after") << QDate(2025, 7, 26) << QStringLiteral("ended yesterday");
    QTest::newRow("later") << QDate(2025, 8, 4) << QStringLiteral("ended 10 days ago");
}

void TestMainWindow::summitCountdown()
{
    QFETCH(QDate, today);
    QFETCH(QString, expected);
    SummitInfo info;
    info.start = QDate(2025, 7, 24);
    info.end = QDate(2025, 7, 25);
    QCOMPARE(SummitHeader::countdownText(info, today), expected);
    QCOMPARE(SummitHeader::dateRangeText(QDate(2025, 6, 30), QDate(2025, 7, 2)),
             QStringLiteral("30 June – 2 July 2025"));
}

QTEST_MAIN(TestMainWindow)
void TestMainWindow::newIssueOpensItsTitleForTyping()
{
    clickIssue(issueId(QStringLiteral("RE-03")));
    IssueActions *actions = m_window->issueActions();
    QCOMPARE(actions->newIssueAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    QTest::keyClick(m_window->issueTable(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);

    QTableView *table = m_window->issueTable();
    QCOMPARE(m_window->issueModel()->rowCount(), 13);
    const qint64 created = issueId(QStringLiteral("RE-04"));
    QVERIFY(created != 0);
    QCOMPARE(sqlValue(QStringLiteral("SELECT category FROM issue WHERE id = ?"), {created}),
             sqlValue(QStringLiteral("SELECT category FROM issue WHERE code = 'RE-03'")));
    QCOMPARE(m_window->currentIssueId(), created);
    QCOMPARE(table->currentIndex().column(), int(IssueTableModel::TitleColumn));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1); // the new row alone
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(table->indexWidget(table->currentIndex()), editor); // the title's cell editor
    QCOMPARE(editor->selectedText(), QStringLiteral("New issue"));

    // An empty title is refused with a message, and the issue keeps its title.
    editor->clear();
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next event loop turn
    QTRY_VERIFY(m_window->lastError().contains(QStringLiteral("title")));
    QCOMPARE(sqlValue(QStringLiteral("SELECT title FROM issue WHERE id = ?"), {created}).toString(),
             QStringLiteral("New issue"));

    table->edit(table->currentIndex());
    editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Gallium licences"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(
        sqlValue(QStringLiteral("SELECT title FROM issue WHERE id = ?"), {created}).toString(),
        QStringLiteral("Gallium licences"));

    // A colleague sees it.
    {
        Store colleague;
        colleague.open(m_db->path(), Store::OpenMode::ExistingOnly);
        QCOMPARE(colleague.issues().byId(created)->title, QStringLiteral("Gallium licences"));
    }

    m_window->undoAction()->trigger(); // the title
    m_window->undoAction()->trigger(); // the creation
    QCOMPARE(m_window->issueModel()->rowCount(), 12);
    QCOMPARE(sqlValue(QStringLiteral("SELECT COUNT(*) FROM issue WHERE code = 'RE-04'")).toInt(),
             0);
    m_window->redoAction()->trigger();
    m_window->redoAction()->trigger();
    QCOMPARE(m_window->issueModel()->rowCount(), 13);
    QCOMPARE(issueId(QStringLiteral("RE-04")), created);
    QCOMPARE(m_window->issueModel()
                 ->index(m_window->issueModel()->rowOfIssue(created), IssueTableModel::TitleColumn)
                 .data()
                 .toString(),
             QStringLiteral("Gallium licences"));

    // Duplicate: the next code, the same category, the title open for typing.
    clickIssue(created);
    actions->duplicateAction()->trigger();
    const qint64 copy = issueId(QStringLiteral("RE-05"));
    QVERIFY(copy != 0);
    QCOMPARE(m_window->currentIssueId(), copy);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Duplicate RE-04 as RE-05"));
    QCOMPARE(sqlValue(QStringLiteral("SELECT title FROM issue WHERE id = ?"), {copy}).toString(),
             QStringLiteral("Gallium licences (copy)"));
}

namespace {

// What a position says, whatever its row: actor, numbers, stance, source.
QStringList positionContents(const QList<Position> &positions)
{
    QStringList contents;
    for (const Position &p : positions)
        contents.append(QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                            .arg(p.actorId)
                            .arg(p.position)
                            .arg(p.salience)
                            .arg(p.clout)
                            .arg(p.stance, p.source)
                            .arg(p.illustrative));
    contents.sort();
    return contents;
}

} // namespace

// A desk officer duplicates an issue to split it: the copy starts with the
// original's positions; undo takes the copy away with them, redo brings both.
void TestMainWindow::duplicateCopiesThePositions()
{
    Store &store = *m_window->store();
    const qint64 re1 = issueId(QStringLiteral("RE-01"));
    const QStringList original = positionContents(store.positions().forIssue(re1));
    QVERIFY(original.size() >= 3);
    const int positionsBefore = sqlValue(QStringLiteral("SELECT COUNT(*) FROM position")).toInt();
    clickIssue(re1);
    m_window->issueActions()->duplicateAction()->trigger();
    QTableView *table = m_window->issueTable();
    if (QWidget *editor = table->indexWidget(table->currentIndex()))
        QTest::keyClick(editor, Qt::Key_Escape);
    const qint64 copy = m_window->currentIssueId();
    QVERIFY(copy != re1 && copy != 0);
    QCOMPARE(positionContents(store.positions().forIssue(copy)), original);
    QCOMPARE(positionContents(store.positions().forIssue(re1)), original);
    QCOMPARE(m_window->detailPanel()->positionsView()->model()->rowCount(), original.size());
    QCOMPARE(m_window->undoStack()->count(), 1); // one step

    m_window->undoAction()->trigger();
    QVERIFY(!store.issues().byId(copy));
    QCOMPARE(sqlValue(QStringLiteral("SELECT COUNT(*) FROM position")).toInt(), positionsBefore);
    m_window->redoAction()->trigger();
    QCOMPARE(store.issues().byId(copy)->title,
             store.issues().byId(re1)->title + QStringLiteral(" (copy)"));
    QCOMPARE(positionContents(store.positions().forIssue(copy)), original);
    m_window->undoAction()->trigger();
    QCOMPARE(sqlValue(QStringLiteral("SELECT COUNT(*) FROM position")).toInt(), positionsBefore);
    QCOMPARE(positionContents(store.positions().forIssue(re1)), original);
}

void TestMainWindow::archiveLeavesTheTableUnlessShown()
{
    const qint64 re1 = issueId(QStringLiteral("RE-01"));
    clickIssue(re1);
    IssueActions *actions = m_window->issueActions();
    QCOMPARE(actions->archiveAction()->text(), tr("&Archive Issue"));
    actions->archiveAction()->trigger();
    QCOMPARE(m_window->issueModel()->rowCount(), 11);
    QCOMPARE(m_window->issueModel()->rowOfIssue(re1), -1);
    QVERIFY(
        !sqlValue(QStringLiteral("SELECT archived_at FROM issue WHERE id = ?"), {re1}).isNull());

    actions->showArchivedAction()->trigger();
    QCOMPARE(m_window->issueModel()->rowCount(), 12);
    clickIssue(re1);
    QCOMPARE(actions->archiveAction()->text(), tr("&Restore Issue"));
    QVERIFY(m_window->detailPanel()
                ->findChild<QLabel *>(QStringLiteral("issueSummary"))
                ->text()
                .startsWith(QStringLiteral("Archived ")));
    actions->archiveAction()->trigger();
    QVERIFY(sqlValue(QStringLiteral("SELECT archived_at FROM issue WHERE id = ?"), {re1}).isNull());
    m_window->undoAction()->trigger();
    QVERIFY(
        !sqlValue(QStringLiteral("SELECT archived_at FROM issue WHERE id = ?"), {re1}).isNull());
    actions->showArchivedAction()->trigger();
    QCOMPARE(m_window->issueModel()->rowCount(), 11);
    m_window->undoAction()->trigger(); // the archive itself
    QCOMPARE(m_window->issueModel()->rowCount(), 12);

    // A colleague archives one: it leaves this window's table when the window notices.
    const qint64 tr1 = issueId(QStringLiteral("TR-01"));
    {
        Store colleague;
        colleague.open(m_db->path(), Store::OpenMode::ExistingOnly);
        colleague.issues().setArchived({{tr1, colleague.issues().byId(tr1)->version}}, true);
    }
    m_window->tracking()->watcher()->check();
    QCOMPARE(m_window->issueModel()->rowCount(), 11);
    QCOMPARE(m_window->issueModel()->rowOfIssue(tr1), -1);
}

void TestMainWindow::deleteAsksAndRefusesAnIssueWithHistory()
{
    IssueActions *actions = m_window->issueActions();
    const qint64 re1 = issueId(QStringLiteral("RE-01"));
    clickIssue(re1);
    QString refusal;
    TestSupport::whenShown<QMessageBox>([&refusal](QMessageBox *box) {
        refusal = box->objectName() + QLatin1Char(' ') + box->text();
        box->accept();
    });
    actions->deleteAction()->trigger();
    QVERIFY(refusal.startsWith(QStringLiteral("deleteIssueRefused")));
    QVERIFY(refusal.contains(QStringLiteral("RE-01")));
    QVERIFY(refusal.contains(QStringLiteral("Archive it instead")));
    QCOMPARE(issueId(QStringLiteral("RE-01")), re1);

    actions->newIssueAction()->trigger();
    QTableView *table = m_window->issueTable();
    QWidget *editor = table->indexWidget(table->currentIndex());
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Escape);
    const qint64 created = m_window->currentIssueId();
    QVERIFY(created != re1);
    const QString code =
        sqlValue(QStringLiteral("SELECT code FROM issue WHERE id = ?"), {created}).toString();

    // Cancel keeps it.
    QString question;
    TestSupport::whenShown<QMessageBox>([&question](QMessageBox *box) {
        question = box->text();
        box->reject();
    });
    actions->deleteAction()->trigger();
    QCOMPARE(question, QStringLiteral("Delete %1 “New issue”?").arg(code));
    QCOMPARE(issueId(code), created);

    TestSupport::whenShown<QMessageBox>([](QMessageBox *box) {
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
    actions->deleteAction()->trigger();
    QCOMPARE(sqlValue(QStringLiteral("SELECT COUNT(*) FROM issue WHERE id = ?"), {created}).toInt(),
             0);
    QCOMPARE(m_window->issueModel()->rowCount(), 12);
    QCOMPARE(
        sqlValue(QStringLiteral("SELECT COUNT(*) FROM status_change WHERE issue_id = ?"), {created})
            .toInt(),
        0);
    m_window->undoAction()->trigger();
    QCOMPARE(issueId(code), created);
    QCOMPARE(
        sqlValue(QStringLiteral("SELECT COUNT(*) FROM status_change WHERE issue_id = ?"), {created})
            .toInt(),
        1);
    QVERIFY(m_window->issueModel()->rowOfIssue(created) >= 0);
}

#include "test_main_window.moc"
