#include "DialogScript.h"
#include "TestSupport.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "issues/IssueActions.h"
#include "issues/IssueDetailPanel.h"
#include "issues/IssueFilterBar.h"
#include "issues/IssueOverviewForm.h"
#include "items/ActivityModel.h"
#include "items/IssueTableModel.h"
#include "items/PositionTableModel.h"
#include "store/DataVersionWatcher.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/Store.h"
#include "tracking/ActivityView.h"
#include "tracking/ConflictDialog.h"
#include "tracking/IssueLinksView.h"
#include "tracking/OwnerDelegate.h"
#include "tracking/SearchResultsView.h"
#include "tracking/StatusReasonDialog.h"
#include "tracking/TrackingController.h"
#include "tracking/UserNameDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextCursor>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace {

using TestSupport::whenShown;
// Reads what the delegate would paint.
struct OwnerProbe : OwnerDelegate
{
    using OwnerDelegate::initStyleOption;
};
} // namespace

class TestTrackingGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void statusChangeAsksForReason();
    void cancelledReasonKeepsStatus();
    void searchShowsEscapedRankedResults();
    void bulkEditIsOneUndoStep();
    void overviewEditsOwnerLikelihoodAndPack();
    void activityShowsChangesSince();
    void activityCountEqualsRowsShown();
    void linksReadFromEachEnd();
    void savedViewsApplyFilterAndSort();
    void savedViewRemembersShowArchived();
    void colleagueChangeShowsAndConflictAsks();
    void staleFormEditAsks_data();
    void staleFormEditAsks();
    void formEditAfterColleagueSavedAnotherFieldIsSaved();
    void stalePositionEditAsks_data();
    void stalePositionEditAsks();
    void statusReasonIsRequired();
    void asksUserNameOnceWhenUnknown();
    void bulkDialogsOpenOnCurrentValues();
    void settingTheSameStatusRecordsNothing();
    void reasonDialogListsManyWithACount();
    void bulkQuestionNamesAFewAndCountsTheRest();

private:
    QVariant sqlValue(const QString &sql, const QVariantList &values = {}) const;
    qint64 issueId(const QString &code) const;
    QString codeAt(int n) const;
    void selectIssues(const QList<qint64> &ids);

    // Waits for the window to notice a colleague's commit, as its timer would.
    void noticeColleague();

    std::unique_ptr<TestSupport::TempDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void TestTrackingGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SummitBriefTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_tracking_gui"));
    QSettings().clear();
    MainWindow::setQuietForTesting(true);
}

void TestTrackingGui::init()
{
    m_db = std::make_unique<TestSupport::TempDatabase>();
    m_db->open(true);
    // A known user: the name is asked only when none is (asksUserNameOnceWhenUnknown).
    AppSettings().setUserName(QStringLiteral("Test Desk"));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDatabase(m_db->path()));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestTrackingGui::cleanup()
{
    StatusReasonDialog::setScriptForTesting({});
    ConflictDialog::setScriptForTesting({});
    UserNameDialog::setScriptForTesting({});
    m_window.reset();
    m_db.reset();
    QSettings().clear();
}

QVariant TestTrackingGui::sqlValue(const QString &sql, const QVariantList &values) const
{
    return TestSupport::valueInFile(m_db->path(), sql, values);
}

qint64 TestTrackingGui::issueId(const QString &code) const
{
    return sqlValue(QStringLiteral("SELECT id FROM issue WHERE code = ?"), {code}).toLongLong();
}

QString TestTrackingGui::codeAt(int n) const
{
    return sqlValue(QStringLiteral("SELECT code FROM issue ORDER BY code LIMIT 1 OFFSET ?"), {n})
        .toString();
}

void TestTrackingGui::selectIssues(const QList<qint64> &ids)
{
    QTableView *table = m_window->issueTable();
    table->clearSelection();
    for (qint64 id : ids) {
        const int row = m_window->issueModel()->rowOfIssue(id);
        QVERIFY(row >= 0);
        const QModelIndex index = m_window->issueModel()->index(row, IssueTableModel::CodeColumn);
        QTest::mouseClick(table->viewport(), Qt::LeftButton,
                          ids.size() > 1 ? Qt::ControlModifier : Qt::NoModifier,
                          table->visualRect(index).center());
    }
    QCOMPARE(m_window->tracking()->selectedIssueIds().size(), ids.size());
}

void TestTrackingGui::statusChangeAsksForReason()
{
    m_window->tracking()->setUserName(QStringLiteral("Anna Desk"));
    const qint64 id = issueId(codeAt(0));
    selectIssues({id});
    const int before =
        sqlValue(QStringLiteral("SELECT status FROM issue WHERE id = ?"), {id}).toInt();
    const Status to = before == int(Status::Agreed) ? Status::Stalled : Status::Agreed;

    QString shownChange;
    QString shownWho;
    StatusReasonDialog::setScriptForTesting([&](StatusReasonDialog &dialog) {
        shownChange = dialog.findChild<QLabel *>(QStringLiteral("changeLabel"))->text();
        shownWho = dialog.findChild<QLabel *>(QStringLiteral("whoLabel"))->text();
        return std::optional<QString>(QStringLiteral("Agreed at the sherpa meeting"));
    });

    // Through the StatusDelegate's combo box in the table.
    QTableView *table = m_window->issueTable();
    const QModelIndex statusIndex = m_window->issueModel()->index(
        m_window->issueModel()->rowOfIssue(id), IssueTableModel::StatusColumn);
    table->edit(statusIndex);
    auto *combo = qobject_cast<QComboBox *>(table->indexWidget(statusIndex));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(int(to)));
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(sqlValue(QStringLiteral("SELECT status FROM issue WHERE id = ?"), {id}).toInt(),
                 int(to));
    QCOMPARE(shownChange, QStringLiteral("%1 → %2").arg(StatusText::label(Status(before)),
                                                        StatusText::label(to)));
    QCOMPARE(shownWho, QStringLiteral("Anna Desk"));
    QCOMPARE(sqlValue(QStringLiteral("SELECT reason || '|' || changed_by FROM status_change "
                                     "WHERE issue_id = ? ORDER BY id DESC LIMIT 1"),
                      {id})
                 .toString(),
             QStringLiteral("Agreed at the sherpa meeting|Anna Desk"));

    // Through the overview form's Status combo.
    QComboBox *formStatus = m_window->detailPanel()->overview()->statusCombo();
    QCOMPARE(formStatus->currentData().toInt(), int(to));
    StatusReasonDialog::setScriptForTesting([](StatusReasonDialog &dialog) {
        dialog.reasonEdit()->setText(QStringLiteral("  Beijing readout  "));
        return std::optional<QString>(dialog.reason());
    });
    formStatus->setCurrentIndex(formStatus->findData(int(Status::Converging)));
    emit formStatus->activated(formStatus->currentIndex());
    QCOMPARE(sqlValue(QStringLiteral("SELECT status FROM issue WHERE id = ?"), {id}).toInt(),
             int(Status::Converging));
    QCOMPARE(sqlValue(QStringLiteral("SELECT reason FROM status_change WHERE issue_id = ? "
                                     "ORDER BY id DESC LIMIT 1"),
                      {id})
                 .toString(),
             QStringLiteral("Beijing readout"));
}

void TestTrackingGui::cancelledReasonKeepsStatus()
{
    const qint64 id = issueId(codeAt(1));
    selectIssues({id});
    const int before =
        sqlValue(QStringLiteral("SELECT status FROM issue WHERE id = ?"), {id}).toInt();
    const int history =
        sqlValue(QStringLiteral("SELECT COUNT(*) FROM status_change WHERE issue_id = ?"), {id})
            .toInt();
    const Status to = before == int(Status::Closed) ? Status::Open : Status::Closed;
    int asked = 0;
    StatusReasonDialog::setScriptForTesting([&asked](StatusReasonDialog &) {
        ++asked;
        return std::optional<QString>();
    });

    QComboBox *formStatus = m_window->detailPanel()->overview()->statusCombo();
    formStatus->setCurrentIndex(formStatus->findData(int(to)));
    emit formStatus->activated(formStatus->currentIndex());
    QCOMPARE(asked, 1);
    QCOMPARE(formStatus->currentData().toInt(), before);

    QTableView *table = m_window->issueTable();
    const QModelIndex statusIndex = m_window->issueModel()->index(
        m_window->issueModel()->rowOfIssue(id), IssueTableModel::StatusColumn);
    table->edit(statusIndex);
    auto *combo = qobject_cast<QComboBox *>(table->indexWidget(statusIndex));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(int(to)));
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_VERIFY(!table->indexWidget(statusIndex));
    QCOMPARE(asked, 2);
    QCOMPARE(sqlValue(QStringLiteral("SELECT status FROM issue WHERE id = ?"), {id}).toInt(),
             before);
    QCOMPARE(sqlValue(QStringLiteral("SELECT COUNT(*) FROM status_change WHERE issue_id = ?"), {id})
                 .toInt(),
             history);
    QCOMPARE(statusIndex.data(IssueTableModel::RawValueRole).toInt(), before);
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void TestTrackingGui::searchShowsEscapedRankedResults()
{
    const qint64 target = issueId(codeAt(2));
    {
        Store colleague;
        colleague.open(m_db->path(), Store::OpenMode::ExistingOnly);
        const int version =
            sqlValue(QStringLiteral("SELECT version FROM issue WHERE id = ?"), {target}).toInt();
        colleague.issues().setField(target, IssueField::Background,
                                    QStringLiteral("Wombat <img src=x> clause"), version);
    }
    selectIssues({issueId(codeAt(0))});

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *search = m_window->filterBar()->fullTextEdit();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("wombat"));
    SearchResultsView *results = m_window->tracking()->searchResults();
    QTRY_COMPARE(m_window->issueModel()->rowCount(), 1);
    QTRY_VERIFY(results->isVisible());
    QCOMPARE(results->count(), 1);
    QCOMPARE(results->issueIdAt(0), target);
    const QString html = results->htmlAt(0);
    QVERIFY2(html.contains(QStringLiteral("<b>Wombat</b>")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("&lt;img src=x&gt;")), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("<img")), qPrintable(html));
    QCOMPARE(m_window->issueModel()->filter().searchText, QStringLiteral("wombat"));

    QTest::mouseClick(results->viewport(), Qt::LeftButton, {},
                      results->visualItemRect(results->item(0)).center());
    QTRY_COMPARE(m_window->currentIssueId(), target);
    QCOMPARE(m_window->detailPanel()->issueId(), target);

    search->clear();
    QTRY_VERIFY(!results->isVisible());
    QTRY_COMPARE(qint64(m_window->issueModel()->rowCount()), m_window->issueModel()->totalCount());
}

void TestTrackingGui::bulkEditIsOneUndoStep()
{
    const QList<qint64> ids = {issueId(codeAt(0)), issueId(codeAt(1)), issueId(codeAt(2))};
    selectIssues(ids);
    const QString in = QStringLiteral("(%1, %2, %3)").arg(ids[0]).arg(ids[1]).arg(ids[2]);
    const auto countWhere = [&](const QString &condition) {
        return sqlValue(QStringLiteral("SELECT COUNT(*) FROM issue WHERE id IN %1 AND %2")
                            .arg(in, condition))
            .toInt();
    };
    const int historyBefore =
        sqlValue(QStringLiteral("SELECT COUNT(*) FROM status_change WHERE issue_id IN ") + in)
            .toInt();
    // Only a real change is recorded: an issue already Stalled gets no entry.
    const int moving = countWhere(QStringLiteral("status <> %1").arg(int(Status::Stalled)));
    QVERIFY(moving > 0);

    TrackingController *tracking = m_window->tracking();
    QVERIFY(tracking->setSelectedField(IssueField::Priority, int(Priority::Low)));
    QCOMPARE(countWhere(QStringLiteral("priority = %1").arg(int(Priority::Low))), 3);
    QCOMPARE(m_window->undoStack()->count(), 1);

    QVERIFY(tracking->setSelectedField(IssueField::Status, int(Status::Stalled),
                                       QStringLiteral("Talks paused")));
    QCOMPARE(countWhere(QStringLiteral("status = %1").arg(int(Status::Stalled))), 3);
    QCOMPARE(sqlValue(QStringLiteral("SELECT COUNT(*) FROM status_change WHERE issue_id IN ") + in)
                 .toInt(),
             historyBefore + moving);
    QCOMPARE(sqlValue(QStringLiteral("SELECT COUNT(*) FROM status_change WHERE reason = "
                                     "'Talks paused' AND issue_id IN ") +
                      in)
                 .toInt(),
             moving);

    QVERIFY(tracking->setSelectedField(IssueField::Owner, QStringLiteral("Trade desk")));
    QCOMPARE(countWhere(QStringLiteral("owner = 'Trade desk'")), 3);
    QCOMPARE(m_window->undoStack()->count(), 3);

    m_window->undoAction()->trigger();
    QCOMPARE(countWhere(QStringLiteral("owner = 'Trade desk'")), 0);
    QCOMPARE(countWhere(QStringLiteral("status = %1").arg(int(Status::Stalled))), 3);
    m_window->undoAction()->trigger();
    QVERIFY(countWhere(QStringLiteral("status = %1").arg(int(Status::Stalled))) < 3);
}

void TestTrackingGui::overviewEditsOwnerLikelihoodAndPack()
{
    const qint64 id = issueId(codeAt(0));
    selectIssues({id});
    IssueOverviewForm *form = m_window->detailPanel()->overview();

    QComboBox *likelihood = form->likelihoodCombo();
    const int target = likelihood->findData(QStringLiteral("unlikely"));
    QVERIFY(target >= 0);
    likelihood->setCurrentIndex(target);
    emit likelihood->activated(target);
    QCOMPARE(sqlValue(QStringLiteral("SELECT likelihood FROM issue WHERE id = ?"), {id}).toString(),
             QStringLiteral("unlikely"));

    QCheckBox *inPack = form->inPackCheck();
    const bool wasIn = inPack->isChecked();
    QTest::mouseClick(inPack, Qt::LeftButton, {}, QPoint(6, inPack->height() / 2));
    QCOMPARE(sqlValue(QStringLiteral("SELECT in_pack FROM issue WHERE id = ?"), {id}).toBool(),
             !wasIn);

    // An issue without an owner stands out in the table.
    QLineEdit *owner = form->ownerEdit();
    owner->selectAll();
    owner->setFocus();
    QTest::keyClick(owner, Qt::Key_Delete);
    QTest::keyClick(owner, Qt::Key_Return);
    QCOMPARE(sqlValue(QStringLiteral("SELECT owner FROM issue WHERE id = ?"), {id}).toString(),
             QString());
    QTableView *table = m_window->issueTable();
    const QModelIndex ownerIndex = m_window->issueModel()->index(
        m_window->issueModel()->rowOfIssue(id), IssueTableModel::OwnerColumn);
    auto *delegate = static_cast<OwnerProbe *>(
        qobject_cast<OwnerDelegate *>(table->itemDelegateForColumn(IssueTableModel::OwnerColumn)));
    QVERIFY(delegate);
    QStyleOptionViewItem option;
    option.initFrom(table);
    delegate->initStyleOption(&option, ownerIndex);
    QCOMPARE(option.text, OwnerDelegate::noOwnerText());
    QVERIFY(option.font.italic());

    QTest::keyClicks(owner, QStringLiteral("Climate desk"));
    QTest::keyClick(owner, Qt::Key_Return);
    QCOMPARE(sqlValue(QStringLiteral("SELECT owner FROM issue WHERE id = ?"), {id}).toString(),
             QStringLiteral("Climate desk"));
    QStyleOptionViewItem owned;
    owned.initFrom(table);
    delegate->initStyleOption(&owned, ownerIndex);
    QCOMPARE(owned.text, QStringLiteral("Climate desk"));
    QVERIFY(!owned.font.italic());
}

void TestTrackingGui::activityShowsChangesSince()
{
    ActivityView *activity = m_window->tracking()->activityView();
    QTabWidget *tabs = m_window->tabs();
    QCOMPARE(tabs->tabText(tabs->indexOf(activity)), QStringLiteral("Activity"));
    // No pack was exported from this file: the week before its latest change
    // (the demo's history ends on 14 July 2025), so its last changes show.
    const QDateTime since = activity->sinceEdit()->dateTime();
    QCOMPARE(since.toUTC(), QDateTime(QDate(2025, 7, 7), QTime(9, 0), QTimeZone::utc()));
    QVERIFY(activity->model()->rowCount() > 0);

    const qint64 id = issueId(codeAt(3));
    selectIssues({id});
    QVERIFY(m_window->tracking()->setSelectedField(IssueField::Status, int(Status::Stalled),
                                                   QStringLiteral("No reply")));
    tabs->setCurrentWidget(activity);
    ActivityModel *model = activity->model();
    QTRY_VERIFY(model->rowCount() >= 1);
    QCOMPARE(model->index(0, ActivityModel::CodeColumn).data().toString(), codeAt(3));
    QCOMPARE(model->index(0, ActivityModel::WhyColumn).data().toString(),
             QStringLiteral("No reply"));

    // A later "since" hides it.
    activity->sinceEdit()->setDateTime(QDateTime::currentDateTime().addDays(1));
    QCOMPARE(model->rowCount(), 0);
    activity->sinceEdit()->setDateTime(QDateTime::currentDateTime().addDays(-1));
    QCOMPARE(model->index(0, ActivityModel::CodeColumn).data().toString(), codeAt(3));

    selectIssues({issueId(codeAt(0))});
    tabs->setCurrentWidget(activity);
    QTableView *table = activity->table();
    const QRect cell = table->visualRect(model->index(0, ActivityModel::CodeColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_COMPARE(m_window->currentIssueId(), id);
    QCOMPARE(tabs->currentIndex(), 0);
}

// The count beside "Since" is the number of rows listed, also after changes the
// model picks up by itself: a colleague's commit and this window's own edit.
void TestTrackingGui::activityCountEqualsRowsShown()
{
    ActivityView *activity = m_window->tracking()->activityView();
    ActivityModel *model = activity->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->tabs()->setCurrentWidget(activity);
    const auto shownCount = [&] { return activity->countLabel()->text(); };
    const auto countOfRows = [&] {
        return model->rowCount() == 1 ? QStringLiteral("1 change")
                                      : QStringLiteral("%1 changes").arg(model->rowCount());
    };
    const int before = model->rowCount();
    QVERIFY(before > 0);
    QCOMPARE(shownCount(), countOfRows());

    // A colleague changes a status today (the command line does the same).
    Store other;
    other.open(m_db->path(), Store::OpenMode::ExistingOnly);
    // A status each issue does not hold yet: the history records changes only.
    const auto anotherStatus = [&](qint64 issue) {
        return other.issues().byId(issue)->status == Status::Stalled ? Status::Converging
                                                                     : Status::Stalled;
    };
    const qint64 id = issueId(codeAt(2));
    other.issues().changeStatus(id, anotherStatus(id), other.issues().byId(id)->version,
                                QStringLiteral("test"));
    noticeColleague();
    QTRY_COMPARE(model->rowCount(), before + 1);
    QCOMPARE(activity->table()->model()->rowCount(), before + 1);
    QCOMPARE(shownCount(), countOfRows());

    // This window's own change, and its undo.
    selectIssues({issueId(codeAt(3))});
    QVERIFY(m_window->tracking()->setSelectedField(
        IssueField::Status, int(anotherStatus(issueId(codeAt(3)))), QStringLiteral("No reply")));
    QTRY_COMPARE(model->rowCount(), before + 2);
    QCOMPARE(shownCount(), countOfRows());
    m_window->undoStack()->undo();
    QCOMPARE(shownCount(), countOfRows());

    // One row: the singular.
    activity->sinceEdit()->setDateTime(QDateTime::currentDateTime().addSecs(-3600));
    QTRY_VERIFY(model->rowCount() >= 1);
    QCOMPARE(shownCount(), countOfRows());
}

void TestTrackingGui::linksReadFromEachEnd()
{
    const QString a = codeAt(0);
    const QString b = codeAt(1);
    const int demoLinks = sqlValue(QStringLiteral("SELECT COUNT(*) FROM issue_link")).toInt();
    selectIssues({issueId(a)});
    IssueLinksView *links = m_window->tracking()->linksView();
    QTabWidget *tabs = m_window->detailPanel()->tabs();
    QCOMPARE(tabs->tabText(tabs->indexOf(links)), QStringLiteral("Links"));
    tabs->setCurrentWidget(links);
    QTRY_VERIFY(links->list()->isVisible());
    QCOMPARE(links->issueId(), issueId(a));

    QVERIFY(links->addLink(QStringLiteral("blocks"), b));
    QCOMPARE(sqlValue(QStringLiteral("SELECT COUNT(*) FROM issue_link WHERE from_issue = ? AND "
                                     "to_issue = ? AND kind = 'blocks'"),
                      {issueId(a), issueId(b)})
                 .toInt(),
             1);
    QCOMPARE(links->list()->count(), 1);
    QVERIFY2(links->textAt(0).startsWith(QStringLiteral("blocks ") + b),
             qPrintable(links->textAt(0)));

    // Double-click goes to the other end, which reads it the other way.
    QListWidget *list = links->list();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(0)).center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {},
                       list->visualItemRect(list->item(0)).center());
    QTRY_COMPARE(m_window->currentIssueId(), issueId(b));
    QTRY_COMPARE(links->issueId(), issueId(b));
    QVERIFY2(links->textAt(0).startsWith(QStringLiteral("is blocked by ") + a),
             qPrintable(links->textAt(0)));

    list->setCurrentRow(0);
    QVERIFY(links->removeButton()->isEnabled());
    QTest::mouseClick(links->removeButton(), Qt::LeftButton);
    QCOMPARE(sqlValue(QStringLiteral("SELECT COUNT(*) FROM issue_link")).toInt(), demoLinks);
    m_window->undoAction()->trigger();
    QCOMPARE(sqlValue(QStringLiteral("SELECT COUNT(*) FROM issue_link")).toInt(), demoLinks + 1);
    QVERIFY(links->textAt(0).startsWith(QStringLiteral("is blocked by ") + a));
}

void TestTrackingGui::savedViewsApplyFilterAndSort()
{
    TrackingController *tracking = m_window->tracking();
    QLineEdit *filterText = m_window->filterBar()->searchEdit();
    QTest::keyClicks(filterText, QStringLiteral("rare"));
    QTRY_COMPARE(m_window->issueModel()->filter().text, QStringLiteral("rare"));
    const int shown = m_window->issueModel()->rowCount();
    QVERIFY(shown > 0);
    m_window->issueTable()->horizontalHeader()->setSortIndicator(IssueTableModel::TitleColumn,
                                                                 Qt::DescendingOrder);
    QVERIFY(tracking->saveCurrentView(QStringLiteral("Rare earths"), false));
    QCOMPARE(sqlValue(QStringLiteral("SELECT COUNT(*) FROM saved_view WHERE name = ?"),
                      {QStringLiteral("Rare earths")})
                 .toInt(),
             1);
    // A taken name is refused unless replacing was confirmed.
    QVERIFY(!tracking->saveCurrentView(QStringLiteral("Rare earths"), false));

    m_window->filterBar()->clearFilter();
    m_window->issueTable()->horizontalHeader()->setSortIndicator(IssueTableModel::CodeColumn,
                                                                 Qt::AscendingOrder);
    QTRY_COMPARE(qint64(m_window->issueModel()->rowCount()), m_window->issueModel()->totalCount());

    QMenu *menu = tracking->viewsMenu();
    emit menu->aboutToShow();
    QAction *apply = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == QStringLiteral("Rare earths"))
            apply = action;
    }
    QVERIFY(apply);
    apply->trigger();
    QCOMPARE(filterText->text(), QStringLiteral("rare"));
    QCOMPARE(m_window->issueModel()->rowCount(), shown);
    QCOMPARE(m_window->issueModel()->sortColumn(), int(IssueTableModel::TitleColumn));
    QCOMPARE(m_window->issueModel()->sortOrder(), Qt::DescendingOrder);

    QVERIFY(tracking->removeView(QStringLiteral("Rare earths")));
    QCOMPARE(sqlValue(QStringLiteral("SELECT COUNT(*) FROM saved_view")).toInt(), 0);
}

// Show Archived is part of what a view shows: applying a view saved with it on
// turns it on, and one saved with it off turns it off again.
void TestTrackingGui::savedViewRemembersShowArchived()
{
    TrackingController *tracking = m_window->tracking();
    QAction *showArchived = m_window->issueActions()->showArchivedAction();
    QVERIFY(!showArchived->isChecked());
    QVERIFY(tracking->saveCurrentView(QStringLiteral("Live only"), false));
    showArchived->trigger();
    QVERIFY(showArchived->isChecked());
    QVERIFY(m_window->issueModel()->filter().showArchived);
    QVERIFY(tracking->saveCurrentView(QStringLiteral("Archived too"), false));
    showArchived->trigger();
    QVERIFY(!m_window->issueModel()->filter().showArchived);

    QVERIFY(tracking->applyView(QStringLiteral("Archived too")));
    QVERIFY(showArchived->isChecked());
    QVERIFY(m_window->issueModel()->filter().showArchived);
    QVERIFY(tracking->applyView(QStringLiteral("Live only")));
    QVERIFY(!showArchived->isChecked());
    QVERIFY(!m_window->issueModel()->filter().showArchived);
}

void TestTrackingGui::colleagueChangeShowsAndConflictAsks()
{
    const qint64 id = issueId(codeAt(0));
    selectIssues({id});
    IssueOverviewForm *form = m_window->detailPanel()->overview();
    const auto version = [this, id] {
        return sqlValue(QStringLiteral("SELECT version FROM issue WHERE id = ?"), {id}).toInt();
    };
    const auto title = [this, id] {
        return sqlValue(QStringLiteral("SELECT title FROM issue WHERE id = ?"), {id}).toString();
    };

    Store colleague;
    colleague.open(m_db->path(), Store::OpenMode::ExistingOnly);
    colleague.issues().setField(id, IssueField::Title, QStringLiteral("Colleague's title"),
                                version());
    QTRY_COMPARE(form->titleEdit()->text(), QStringLiteral("Colleague's title"));
    const QModelIndex titleIndex = m_window->issueModel()->index(
        m_window->issueModel()->rowOfIssue(id), IssueTableModel::TitleColumn);
    QTRY_COMPARE(titleIndex.data().toString(), QStringLiteral("Colleague's title"));
    QCOMPARE(m_window->currentIssueId(), id);

    // Saved again by the colleague before the window noticed: the form's edit is stale.
    QString shownTheirs;
    QString shownMine;
    ConflictDialog::setScriptForTesting([&](ConflictDialog &dialog) {
        shownTheirs = dialog.theirsText();
        shownMine = dialog.mineText();
        return ConflictDialog::UseMine;
    });
    colleague.issues().setField(id, IssueField::Title, QStringLiteral("Second title"), version());
    form->titleEdit()->setText(QStringLiteral("My title"));
    emit form->titleEdit()->editingFinished();
    QCOMPARE(shownTheirs, QStringLiteral("Second title"));
    QCOMPARE(shownMine, QStringLiteral("My title"));
    QCOMPARE(title(), QStringLiteral("My title"));
    QCOMPARE(form->titleEdit()->text(), QStringLiteral("My title"));

    ConflictDialog::setScriptForTesting(
        [](ConflictDialog &) { return ConflictDialog::KeepTheirs; });
    colleague.issues().setField(id, IssueField::Title, QStringLiteral("Third title"), version());
    form->titleEdit()->setText(QStringLiteral("Mine again"));
    emit form->titleEdit()->editingFinished();
    QCOMPARE(title(), QStringLiteral("Third title"));
    QCOMPARE(form->titleEdit()->text(), QStringLiteral("Third title"));

    // The same in the table: an edit made on a row the colleague saved since.
    IssueTableModel *model = m_window->issueModel();
    QTRY_COMPARE(
        model->index(model->rowOfIssue(id), IssueTableModel::TitleColumn).data().toString(),
        QStringLiteral("Third title"));
    shownTheirs.clear();
    QString shownField;
    QString shownIntro;
    ConflictDialog::setScriptForTesting([&](ConflictDialog &dialog) {
        shownTheirs = dialog.theirsText();
        shownMine = dialog.mineText();
        shownField = dialog.fieldText();
        shownIntro = dialog.introText();
        return ConflictDialog::UseMine;
    });
    colleague.issues().setField(id, IssueField::Owner, QStringLiteral("Colleague's desk"),
                                version());
    const QModelIndex owner = model->index(model->rowOfIssue(id), IssueTableModel::OwnerColumn);
    QVERIFY(model->setData(owner, QStringLiteral("My desk")));
    // The question names the field and the issue.
    QCOMPARE(shownField,
             model->headerData(IssueTableModel::OwnerColumn, Qt::Horizontal).toString());
    const QString code =
        model->index(model->rowOfIssue(id), IssueTableModel::CodeColumn).data().toString();
    QVERIFY2(shownIntro.contains(shownField + QStringLiteral(" of ") + code),
             qPrintable(shownIntro));
    QCOMPARE(shownTheirs, QStringLiteral("Colleague's desk"));
    QCOMPARE(shownMine, QStringLiteral("My desk"));
    QCOMPARE(sqlValue(QStringLiteral("SELECT owner FROM issue WHERE id = ?"), {id}).toString(),
             QStringLiteral("My desk"));
    // Undo takes the user's write back to the colleague's value, not further.
    m_window->undoStack()->undo();
    QCOMPARE(sqlValue(QStringLiteral("SELECT owner FROM issue WHERE id = ?"), {id}).toString(),
             QStringLiteral("Colleague's desk"));

    // A stale status change: keeping theirs leaves the colleague's status.
    const int before =
        sqlValue(QStringLiteral("SELECT status FROM issue WHERE id = ?"), {id}).toInt();
    const Status colleagues = before == int(Status::Stalled) ? Status::Raised : Status::Stalled;
    colleague.issues().changeStatus(id, colleagues, version(), QStringLiteral("Their reason"));
    StatusReasonDialog::setScriptForTesting(
        [](StatusReasonDialog &) { return std::optional<QString>(QStringLiteral("Mine")); });
    ConflictDialog::setScriptForTesting([&](ConflictDialog &dialog) {
        shownTheirs = dialog.theirsText();
        return ConflictDialog::KeepTheirs;
    });
    const QModelIndex status = model->index(model->rowOfIssue(id), IssueTableModel::StatusColumn);
    QVERIFY(!model->setData(status, int(Status::Agreed)));
    QCOMPARE(shownTheirs, StatusText::label(colleagues));
    QCOMPARE(sqlValue(QStringLiteral("SELECT status FROM issue WHERE id = ?"), {id}).toInt(),
             int(colleagues));
}

void TestTrackingGui::noticeColleague()
{
    // What the watcher's timer does every half second, now (it may have done it already).
    m_window->tracking()->watcher()->check();
}

void TestTrackingGui::staleFormEditAsks_data()
{
    QTest::addColumn<int>("field");
    QTest::newRow("title (line edit)") << int(IssueField::Title);
    QTest::newRow("owner (line edit)") << int(IssueField::Owner);
    QTest::newRow("scale low (line edit)") << int(IssueField::ScaleLow);
    QTest::newRow("category (editable combo)") << int(IssueField::Category);
    QTest::newRow("objective (text edit)") << int(IssueField::EuObjective);
    QTest::newRow("background (text edit)") << int(IssueField::Background);
    QTest::newRow("status (combo box)") << int(IssueField::Status);
    QTest::newRow("priority (combo box)") << int(IssueField::Priority);
    QTest::newRow("likelihood (combo box)") << int(IssueField::Likelihood);
    QTest::newRow("due date (date edit)") << int(IssueField::DueDate);
    QTest::newRow("in pack (check box)") << int(IssueField::InPack);
}

// Window A starts an edit, a colleague (another Store on the file) saves the same
// field, A's form refreshes under the edit, then A saves: A is asked, and
// keeping theirs leaves the colleague's value in the file.
void TestTrackingGui::staleFormEditAsks()
{
    QFETCH(int, field);
    const IssueField edited = IssueField(field);
    const qint64 id = issueId(codeAt(0));
    selectIssues({id});
    IssueDetailPanel *panel = m_window->detailPanel();
    panel->tabs()->setCurrentIndex(0);
    IssueOverviewForm *form = panel->overview();
    Store colleague;
    colleague.open(m_db->path(), Store::OpenMode::ExistingOnly);
    const auto stored = [&] {
        return IssueRepository::valueOf(*colleague.issues().byId(id), edited);
    };
    const auto version = [&] { return colleague.issues().byId(id)->version; };

    // Due dates are edited on an issue that has one.
    if (edited == IssueField::DueDate) {
        colleague.issues().setField(id, IssueField::DueDate, QDate(2025, 7, 1), version());
        noticeColleague();
        QVERIFY(form->dueDateEdit()->isEnabled());
    }
    const Issue before = *colleague.issues().byId(id);
    QVariant theirs;
    QVariant mine;
    const auto otherThan = [](const QList<int> &values, const QList<int> &taken) {
        for (int value : values) {
            if (!taken.contains(value))
                return value;
        }
        return values.first();
    };

    // A starts editing.
    QLineEdit *line = edited == IssueField::Title      ? form->titleEdit()
                      : edited == IssueField::Owner    ? form->ownerEdit()
                      : edited == IssueField::ScaleLow ? form->scaleLowEdit()
                      : edited == IssueField::Category ? form->categoryCombo()->lineEdit()
                                                       : nullptr;
    QPlainTextEdit *text = form->textEdit(edited);
    QComboBox *combo = edited == IssueField::Status       ? form->statusCombo()
                       : edited == IssueField::Priority   ? form->priorityCombo()
                       : edited == IssueField::Likelihood ? form->likelihoodCombo()
                                                          : nullptr;
    QList<int> comboValues;
    if (combo) {
        for (int i = 0; i < combo->count(); ++i)
            comboValues.append(combo->itemData(i).toInt());
    }
    if (line) {
        (edited == IssueField::Category ? static_cast<QWidget *>(form->categoryCombo()) : line)
            ->setFocus();
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("Mine"));
        theirs = QStringLiteral("Colleague desk");
        mine = QStringLiteral("Mine");
    } else if (text) {
        text->setFocus();
        text->moveCursor(QTextCursor::End);
        QTest::keyClicks(text, QStringLiteral(" Mine"));
        theirs = QStringLiteral("Colleague's text");
        mine = text->toPlainText();
    } else if (edited == IssueField::Likelihood) {
        combo->setFocus();
        QStringList keys;
        for (int i = 0; i < combo->count(); ++i)
            keys.append(combo->itemData(i).toString());
        const QString current = LikelihoodText::key(before.likelihood);
        keys.removeAll(current);
        theirs = keys.at(0);
        mine = keys.at(1);
    } else if (combo) {
        combo->setFocus();
        const int current = IssueRepository::valueOf(before, edited).toInt();
        theirs = otherThan(comboValues, {current});
        mine = otherThan(comboValues, {current, theirs.toInt()});
    } else if (edited == IssueField::DueDate) {
        form->dueDateEdit()->setFocus();
        theirs = QDate(2025, 7, 3);
        mine = QDate(2025, 7, 10);
        form->dueDateEdit()->setDate(mine.toDate()); // typed, not saved while in the field
    } else {
        form->inPackCheck()->setFocus();
        theirs = !before.inPack;
        mine = before.inPack;
    }
    QVERIFY(QApplication::focusWidget());

    // The colleague saves the same field; A's window notices and refreshes.
    if (edited == IssueField::Status)
        colleague.issues().changeStatus(id, Status(theirs.toInt()), version(),
                                        QStringLiteral("Their reason"));
    else
        colleague.issues().setField(id, edited, theirs, version());
    noticeColleague();
    if (line)
        QCOMPARE(line->text(), mine.toString()); // A's typing stays
    if (text)
        QCOMPARE(text->toPlainText(), mine.toString());

    int asked = 0;
    QString shownTheirs;
    QString shownMine;
    ConflictDialog::setScriptForTesting([&](ConflictDialog &dialog) {
        ++asked;
        shownTheirs = dialog.theirsText();
        shownMine = dialog.mineText();
        return ConflictDialog::KeepTheirs;
    });
    StatusReasonDialog::setScriptForTesting(
        [](StatusReasonDialog &) { return std::optional<QString>(QStringLiteral("Mine")); });

    // A saves the way the field saves.
    if (line) {
        QTest::keyClick(line, Qt::Key_Return);
    } else if (text) {
        form->ownerEdit()->setFocus(); // leaving the text saves it
    } else if (combo) {
        const int row = combo->findData(mine);
        QVERIFY(row >= 0);
        combo->setCurrentIndex(row);
        emit combo->activated(row);
    } else if (edited == IssueField::DueDate) {
        form->ownerEdit()->setFocus(); // leaving the date saves it
    } else {
        QCOMPARE(form->inPackCheck()->isChecked(), theirs.toBool()); // refreshed
        // On the box itself: a check box laid out wide takes clicks on its box and label.
        QTest::mouseClick(form->inPackCheck(), Qt::LeftButton, {},
                          QPoint(6, form->inPackCheck()->height() / 2));
    }

    QCOMPARE(asked, 1);
    // The question says it all: no "not saved" warning before it.
    QCOMPARE(m_window->lastError(), QString());
    QCOMPARE(shownTheirs, ConflictDialog::issueValueText(edited, theirs));
    QCOMPARE(shownMine, ConflictDialog::issueValueText(edited, mine));
    QCOMPARE(stored().toString(), theirs.toString());

    // Asked again, the user's value goes over the colleague's.
    if (line || text) {
        const QString again = QStringLiteral("Mine again");
        if (line) {
            line->setFocus();
            line->selectAll();
            QTest::keyClicks(line, again);
        } else {
            text->setFocus();
            text->selectAll();
            QTest::keyClicks(text, again);
        }
        colleague.issues().setField(id, edited, QStringLiteral("Colleague again"), version());
        noticeColleague();
        ConflictDialog::setScriptForTesting([&](ConflictDialog &) {
            ++asked;
            return ConflictDialog::UseMine;
        });
        if (line)
            QTest::keyClick(line, Qt::Key_Return);
        else
            form->ownerEdit()->setFocus();
        QCOMPARE(asked, 2);
        QCOMPARE(stored().toString(), again);
    }
}

// Only the edited field matters: a colleague's save of another field is shown,
// and the user's edit is saved over it without a question.
void TestTrackingGui::formEditAfterColleagueSavedAnotherFieldIsSaved()
{
    const qint64 id = issueId(codeAt(0));
    selectIssues({id});
    IssueOverviewForm *form = m_window->detailPanel()->overview();
    m_window->detailPanel()->tabs()->setCurrentIndex(0);
    QLineEdit *owner = form->ownerEdit();
    owner->setFocus();
    owner->selectAll();
    QTest::keyClicks(owner, QStringLiteral("My desk"));

    Store colleague;
    colleague.open(m_db->path(), Store::OpenMode::ExistingOnly);
    colleague.issues().setField(id, IssueField::Title, QStringLiteral("Colleague's title"),
                                colleague.issues().byId(id)->version);
    noticeColleague();
    QCOMPARE(form->titleEdit()->text(), QStringLiteral("Colleague's title"));
    int asked = 0;
    ConflictDialog::setScriptForTesting([&](ConflictDialog &) {
        ++asked;
        return ConflictDialog::KeepTheirs;
    });
    QTest::keyClick(owner, Qt::Key_Return);
    QCOMPARE(asked, 0);
    QCOMPARE(colleague.issues().byId(id)->owner, QStringLiteral("My desk"));
    QCOMPARE(colleague.issues().byId(id)->title, QStringLiteral("Colleague's title"));
}

void TestTrackingGui::stalePositionEditAsks_data()
{
    QTest::addColumn<int>("column");
    QTest::newRow("stance (multi-line editor)") << int(PositionTableModel::StanceColumn);
    QTest::newRow("source (line edit)") << int(PositionTableModel::SourceColumn);
    QTest::newRow("salience (spin box)") << int(PositionTableModel::SalienceColumn);
    QTest::newRow("position (spin box)") << int(PositionTableModel::PositionColumn);
}

// An editor open in the positions table while a colleague saves the same cell:
// the refresh keeps what the user typed, and saving it asks.
void TestTrackingGui::stalePositionEditAsks()
{
    QFETCH(int, column);
    const qint64 id = issueId(QStringLiteral("RE-01"));
    selectIssues({id});
    IssueDetailPanel *panel = m_window->detailPanel();
    panel->tabs()->setCurrentIndex(1);
    QTableView *view = panel->positionsView();
    QVERIFY(view->model()->rowCount() > 0);
    const QModelIndex index = view->model()->index(0, column);
    const qint64 positionId = index.data(PositionTableModel::PositionIdRole).toLongLong();
    const PositionField field = column == PositionTableModel::StanceColumn   ? PositionField::Stance
                                : column == PositionTableModel::SourceColumn ? PositionField::Source
                                : column == PositionTableModel::SalienceColumn
                                    ? PositionField::Salience
                                    : PositionField::Position;
    const bool number = field != PositionField::Stance && field != PositionField::Source;
    const int current = index.data().toInt();
    const QVariant theirs =
        number ? QVariant(current == 10 ? 11 : 10) : QVariant(QStringLiteral("Colleague's stance"));
    const QVariant mine =
        number ? QVariant(current == 42 ? 43 : 42) : QVariant(QStringLiteral("My stance"));

    view->setCurrentIndex(index);
    view->edit(index);
    QWidget *editor = view->indexWidget(index);
    QVERIFY(editor);
    auto *line = qobject_cast<QLineEdit *>(editor);
    auto *spin = qobject_cast<QSpinBox *>(editor);
    auto *text = qobject_cast<QPlainTextEdit *>(editor);
    QVERIFY(line || spin || text);
    if (text) {
        text->selectAll();
    } else {
        QLineEdit *typing = line ? line : spin->findChild<QLineEdit *>();
        typing->selectAll();
    }
    QTest::keyClicks(editor, mine.toString());

    Store colleague;
    colleague.open(m_db->path(), Store::OpenMode::ExistingOnly);
    colleague.positions().setField(positionId, field, theirs,
                                   colleague.positions().byId(positionId)->version);
    noticeColleague();
    // The colleague's value shows in the table; the editor keeps the user's.
    QCOMPARE(view->indexWidget(index), editor);
    QCOMPARE(line ? line->text() : text ? text->toPlainText() : spin->cleanText(), mine.toString());

    int asked = 0;
    QString shownTheirs;
    QString shownMine;
    QString shownField;
    QString shownIntro;
    ConflictDialog::setScriptForTesting([&](ConflictDialog &dialog) {
        ++asked;
        shownTheirs = dialog.theirsText();
        shownMine = dialog.mineText();
        shownField = dialog.fieldText();
        shownIntro = dialog.introText();
        return ConflictDialog::KeepTheirs;
    });
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!view->indexWidget(index));
    QCOMPARE(asked, 1);
    // The question names the field, as the column does, and whose position it is.
    QCOMPARE(shownField, view->model()->headerData(column, Qt::Horizontal).toString());
    const QString actor = colleague.positions().byId(positionId)->actorName;
    QVERIFY(!actor.isEmpty());
    QVERIFY2(shownIntro.contains(shownField + QStringLiteral(" of ") + actor),
             qPrintable(shownIntro));
    QCOMPARE(m_window->lastError(), QString());
    QCOMPARE(shownTheirs, theirs.toString());
    QCOMPARE(shownMine, mine.toString());
    const Position stored = *colleague.positions().byId(positionId);
    QCOMPARE(PositionRepository::valueOf(stored, field).toString(), theirs.toString());
    QCOMPARE(view->model()->index(0, column).data().toString(), theirs.toString());
}

void TestTrackingGui::statusReasonIsRequired()
{
    const qint64 id = issueId(codeAt(0));
    selectIssues({id});
    const int before =
        sqlValue(QStringLiteral("SELECT status FROM issue WHERE id = ?"), {id}).toInt();
    bool checked = false;
    StatusReasonDialog::setScriptForTesting([&](StatusReasonDialog &dialog) {
        checked = true;
        // Says a reason is needed and waits for one: blank is not a reason.
        [&] {
            QVERIFY2(dialog.hintText().contains(QStringLiteral("reason is needed")),
                     qPrintable(dialog.hintText()));
            QVERIFY(!dialog.okButton()->isEnabled());
            QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("   "));
            QVERIFY(!dialog.okButton()->isEnabled());
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("Agreed"));
            QVERIFY(dialog.okButton()->isEnabled());
        }();
        return std::optional<QString>();
    });
    QComboBox *status = m_window->detailPanel()->overview()->statusCombo();
    const int row = status->findData(before == int(Status::Agreed) ? int(Status::Stalled)
                                                                   : int(Status::Agreed));
    status->setCurrentIndex(row);
    emit status->activated(row);
    QVERIFY(checked);
    QCOMPARE(sqlValue(QStringLiteral("SELECT status FROM issue WHERE id = ?"), {id}).toInt(),
             before);
}

void TestTrackingGui::asksUserNameOnceWhenUnknown()
{
    // No USER in the environment and no name in the settings.
    const QByteArray user = qgetenv("USER");
    const QByteArray userName = qgetenv("USERNAME");
    qunsetenv("USER");
    qunsetenv("USERNAME");
    const auto restore = qScopeGuard([&] {
        if (!user.isEmpty())
            qputenv("USER", user);
        if (!userName.isEmpty())
            qputenv("USERNAME", userName);
    });
    m_window->tracking()->setUserName(QString());
    QVERIFY(AppSettings().userName().isEmpty());

    const qint64 id = issueId(codeAt(0));
    selectIssues({id});
    const auto lastBy = [&] {
        return sqlValue(QStringLiteral("SELECT changed_by FROM status_change WHERE issue_id = ? "
                                       "ORDER BY id DESC LIMIT 1"),
                        {id})
            .toString();
    };
    const auto changes = [&] {
        return sqlValue(QStringLiteral("SELECT COUNT(*) FROM status_change WHERE issue_id = ?"),
                        {id})
            .toInt();
    };
    const int changesBefore = changes();
    int namesAsked = 0;
    QString shownWho;
    StatusReasonDialog::setScriptForTesting([&](StatusReasonDialog &dialog) {
        shownWho = dialog.findChild<QLabel *>(QStringLiteral("whoLabel"))->text();
        return std::optional<QString>(QStringLiteral("Readout"));
    });
    QComboBox *status = m_window->detailPanel()->overview()->statusCombo();
    const auto changeStatusTo = [&](Status to) {
        const int row = status->findData(int(to));
        status->setCurrentIndex(row);
        emit status->activated(row);
    };

    // Cancelled: no name, so no status change.
    UserNameDialog::setScriptForTesting([&](UserNameDialog &) {
        ++namesAsked;
        return std::optional<QString>();
    });
    changeStatusTo(Status::Stalled);
    QCOMPARE(namesAsked, 1);
    QCOMPARE(changes(), changesBefore);

    // Given: recorded with the change and kept; not asked again.
    UserNameDialog::setScriptForTesting([&](UserNameDialog &dialog) {
        ++namesAsked;
        [&] {
            QVERIFY(!dialog.okButton()->isEnabled());
            QTest::keyClicks(dialog.nameEdit(), QStringLiteral("  "));
            QVERIFY(!dialog.okButton()->isEnabled());
            QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Mei Desk"));
            QVERIFY(dialog.okButton()->isEnabled());
        }();
        return std::optional<QString>(dialog.name());
    });
    changeStatusTo(Status::Stalled);
    QCOMPARE(namesAsked, 2);
    QCOMPARE(changes(), changesBefore + 1);
    QCOMPARE(lastBy(), QStringLiteral("Mei Desk"));
    QCOMPARE(shownWho, QStringLiteral("Mei Desk"));
    QCOMPARE(AppSettings().userName(), QStringLiteral("Mei Desk"));

    changeStatusTo(Status::Converging);
    QCOMPARE(namesAsked, 2);
    QCOMPARE(changes(), changesBefore + 2);
    QCOMPARE(lastBy(), QStringLiteral("Mei Desk"));
    QVERIFY(sqlValue(QStringLiteral("SELECT COUNT(*) FROM status_change WHERE "
                                    "TRIM(COALESCE(changed_by, '')) = ''"))
                .toInt() == 0);
}

// Set Status / Set Priority open on the current value; the reason dialog shows
// each selected issue's own current status.
// Choosing the status an issue already has asks no reason and writes no history.
void TestTrackingGui::settingTheSameStatusRecordsNothing()
{
    const qint64 id = issueId(codeAt(0));
    selectIssues({id});
    const QVariant entries =
        sqlValue(QStringLiteral("SELECT COUNT(*) FROM status_change WHERE issue_id = ?"), {id});
    bool reasonAsked = false;
    StatusReasonDialog::setScriptForTesting([&](StatusReasonDialog &) {
        reasonAsked = true;
        return std::optional<QString>(QStringLiteral("Same again"));
    });
    whenShown<QInputDialog>([](QInputDialog *dialog) { dialog->accept(); }); // as it opens
    m_window->tracking()->bulkStatusAction()->trigger();
    QVERIFY(!reasonAsked);
    QCOMPARE(
        sqlValue(QStringLiteral("SELECT COUNT(*) FROM status_change WHERE issue_id = ?"), {id}),
        entries);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("already")),
             qPrintable(m_window->statusBar()->currentMessage()));
    StatusReasonDialog::setScriptForTesting({});
}

void TestTrackingGui::bulkDialogsOpenOnCurrentValues()
{
    Store other;
    other.open(m_db->path(), Store::OpenMode::ExistingOnly);
    const QString firstCode = codeAt(0);
    const QString secondCode = codeAt(1);
    const qint64 first = issueId(firstCode);
    const qint64 second = issueId(secondCode);
    other.issues().changeStatus(first, Status::Open, other.issues().byId(first)->version,
                                QStringLiteral("Set up"));
    other.issues().changeStatus(second, Status::Draft, other.issues().byId(second)->version,
                                QStringLiteral("Set up"));
    other.issues().setField(first, IssueField::Priority, int(Priority::High),
                            other.issues().byId(first)->version);
    noticeColleague();

    // One issue: the question's words are in the singular.
    selectIssues({first});
    QString shownCurrent;
    QString shownLabel;
    whenShown<QInputDialog>([&](QInputDialog *dialog) {
        shownCurrent = dialog->textValue();
        shownLabel = dialog->labelText();
        dialog->reject();
    });
    m_window->tracking()->bulkStatusAction()->trigger();
    QCOMPARE(shownCurrent, StatusText::label(Status::Open));
    // One issue is named, its title shortened to a recognisable start.
    const QString firstTitle = other.issues().byId(first)->title.simplified();
    const QString shownTitleOfFirst =
        firstTitle.size() > 40 ? firstTitle.left(39).trimmed() + QChar(0x2026) : firstTitle;
    QCOMPARE(shownLabel, QStringLiteral("Status of %1 (%2):").arg(firstCode, shownTitleOfFirst));
    QVERIFY(shownLabel.size() < 70);
    whenShown<QInputDialog>([&](QInputDialog *dialog) {
        shownCurrent = dialog->textValue();
        shownLabel = dialog->labelText();
        dialog->reject();
    });
    m_window->tracking()->bulkPriorityAction()->trigger();
    QCOMPARE(shownCurrent, PriorityText::label(Priority::High));
    QCOMPARE(shownLabel, QStringLiteral("Priority of %1 (%2):").arg(firstCode, shownTitleOfFirst));
    whenShown<QInputDialog>([&](QInputDialog *dialog) {
        shownCurrent = dialog->textValue();
        dialog->reject();
    });
    m_window->tracking()->bulkOwnerAction()->trigger();
    QCOMPARE(shownCurrent, other.issues().byId(first)->owner);

    // Two issues: every one's own current status, and the count in the title.
    selectIssues({first, second});
    QString shownChange;
    QString shownTitle;
    StatusReasonDialog::setScriptForTesting([&](StatusReasonDialog &dialog) {
        shownChange = dialog.changeText();
        shownTitle = dialog.windowTitle();
        return std::optional<QString>(QStringLiteral("Both raised in Brussels"));
    });
    QString preselected;
    whenShown<QInputDialog>([&](QInputDialog *dialog) {
        shownLabel = dialog->labelText();
        preselected = dialog->textValue();
        dialog->setTextValue(StatusText::label(Status::Raised));
        dialog->accept();
    });
    m_window->tracking()->bulkStatusAction()->trigger();
    // Their statuses differ, and the question says so; the first one's is preselected.
    const QList<qint64> order = m_window->tracking()->selectedIssueIds();
    const auto now = [&](qint64 id) {
        return id == first ? QStringLiteral("Open (%1)").arg(firstCode)
                           : QStringLiteral("Draft (%1)").arg(secondCode);
    };
    QCOMPARE(shownLabel, QStringLiteral("Status of 2 selected issues, now %1 and %2:")
                             .arg(now(order.at(0)), now(order.at(1))));
    QCOMPARE(preselected, StatusText::label(order.at(0) == first ? Status::Open : Status::Draft));
    QCOMPARE(shownTitle, QStringLiteral("Change status of 2 issues"));
    const auto part = [&](qint64 id) {
        return id == first ? QStringLiteral("%1: Open → Raised").arg(firstCode)
                           : QStringLiteral("%1: Draft → Raised").arg(secondCode);
    };
    QCOMPARE(shownChange, part(order.at(0)) + QStringLiteral("; ") + part(order.at(1)));
    QCOMPARE(
        sqlValue(QStringLiteral("SELECT COUNT(*) FROM issue WHERE status = ? AND id IN (?, ?)"),
                 {int(Status::Raised), first, second})
            .toInt(),
        2);

    // An issue already at the chosen status says so rather than "Raised → Raised".
    other.issues().changeStatus(second, Status::Open, other.issues().byId(second)->version,
                                QStringLiteral("Reopened"));
    noticeColleague();
    selectIssues({first, second});
    StatusReasonDialog::setScriptForTesting([&](StatusReasonDialog &dialog) {
        shownChange = dialog.changeText();
        return std::optional<QString>();
    });
    whenShown<QInputDialog>([&](QInputDialog *dialog) {
        dialog->setTextValue(StatusText::label(Status::Raised));
        dialog->accept();
    });
    m_window->tracking()->bulkStatusAction()->trigger();
    const QList<qint64> again = m_window->tracking()->selectedIssueIds();
    const auto partAgain = [&](qint64 id) {
        return id == first ? QStringLiteral("%1: already Raised").arg(firstCode)
                           : QStringLiteral("%1: Open → Raised").arg(secondCode);
    };
    QCOMPARE(shownChange, partAgain(again.at(0)) + QStringLiteral("; ") + partAgain(again.at(1)));
}

void TestTrackingGui::reasonDialogListsManyWithACount()
{
    QList<qint64> ids;
    for (int n = 0; n < 7; ++n)
        ids.append(issueId(codeAt(n)));
    selectIssues(ids);
    QString shownChange;
    QString shownTitle;
    StatusReasonDialog::setScriptForTesting([&](StatusReasonDialog &dialog) {
        shownChange = dialog.changeText();
        shownTitle = dialog.windowTitle();
        return std::optional<QString>();
    });
    whenShown<QInputDialog>([&](QInputDialog *dialog) {
        dialog->setTextValue(StatusText::label(Status::Closed));
        dialog->accept();
    });
    m_window->tracking()->bulkStatusAction()->trigger();
    QCOMPARE(shownTitle, QStringLiteral("Change status of 7 issues"));
    // Five named with their own status, the rest counted.
    const QStringList parts = shownChange.split(QStringLiteral("; "));
    QCOMPARE(parts.size(), 6);
    QCOMPARE(parts.last(), QStringLiteral("and 2 more"));
    for (int n = 0; n < 5; ++n) {
        const qint64 id = m_window->tracking()->selectedIssueIds().at(n);
        const Status from =
            Status(sqlValue(QStringLiteral("SELECT status FROM issue WHERE id = ?"), {id}).toInt());
        const QString code =
            sqlValue(QStringLiteral("SELECT code FROM issue WHERE id = ?"), {id}).toString();
        QCOMPARE(parts.at(n),
                 from == Status::Closed
                     ? QStringLiteral("%1: already Closed").arg(code)
                     : QStringLiteral("%1: %2 → Closed").arg(code, StatusText::label(from)));
    }
}

// With many issues the first dialog names a few with what they hold now and
// counts the rest; equal values are said once; a title is shown as typed.
void TestTrackingGui::bulkQuestionNamesAFewAndCountsTheRest()
{
    Store other;
    other.open(m_db->path(), Store::OpenMode::ExistingOnly);
    QList<qint64> ids;
    for (int n = 0; n < 5; ++n) {
        const qint64 id = issueId(codeAt(n));
        ids.append(id);
        other.issues().changeStatus(id, n == 1 ? Status::Stalled : Status::Raised,
                                    other.issues().byId(id)->version, QStringLiteral("Set up"));
        other.issues().setField(id, IssueField::Priority, int(Priority::Medium),
                                other.issues().byId(id)->version);
    }
    noticeColleague();
    selectIssues(ids);
    const QList<qint64> order = m_window->tracking()->selectedIssueIds();
    const auto codeOf = [&](qint64 id) {
        return sqlValue(QStringLiteral("SELECT code FROM issue WHERE id = ?"), {id}).toString();
    };
    const auto statusOf = [&](qint64 id) {
        return StatusText::label(Status(
            sqlValue(QStringLiteral("SELECT status FROM issue WHERE id = ?"), {id}).toInt()));
    };
    QString shownLabel;
    whenShown<QInputDialog>([&](QInputDialog *dialog) {
        shownLabel = dialog->labelText();
        dialog->reject();
    });
    m_window->tracking()->bulkStatusAction()->trigger();
    QCOMPARE(shownLabel, QStringLiteral("Status of 5 selected issues, now %1 (%2), %3 (%4), "
                                        "%5 (%6) and 2 more:")
                             .arg(statusOf(order.at(0)), codeOf(order.at(0)), statusOf(order.at(1)),
                                  codeOf(order.at(1)), statusOf(order.at(2)), codeOf(order.at(2))));

    whenShown<QInputDialog>([&](QInputDialog *dialog) {
        shownLabel = dialog->labelText();
        dialog->reject();
    });
    m_window->tracking()->bulkPriorityAction()->trigger();
    QCOMPARE(shownLabel, QStringLiteral("Priority of the 5 selected issues, now all Medium:"));

    // A title that looks like markup is shown as it was typed.
    const qint64 id = ids.first();
    other.issues().setField(id, IssueField::Title, QStringLiteral("<b>Bold</b> claim"),
                            other.issues().byId(id)->version);
    noticeColleague();
    selectIssues({id});
    Qt::TextFormat format = Qt::AutoText;
    whenShown<QInputDialog>([&](QInputDialog *dialog) {
        shownLabel = dialog->labelText();
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->text() == shownLabel)
                format = label->textFormat();
        }
        dialog->reject();
    });
    m_window->tracking()->bulkOwnerAction()->trigger();
    QCOMPARE(shownLabel, QStringLiteral("Owner of %1 (<b>Bold</b> claim):").arg(codeOf(id)));
    QCOMPARE(format, Qt::PlainText);
}

QTEST_MAIN(TestTrackingGui)
#include "test_tracking_gui.moc"
