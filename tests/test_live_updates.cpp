#include "TestSupport.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "issues/IssueActions.h"
#include "issues/IssueDetailPanel.h"
#include "issues/IssueOverviewForm.h"
#include "items/IssueTableModel.h"
#include "store/DataVersionWatcher.h"
#include "store/IssueRepository.h"
#include "store/Store.h"
#include "store/StoreLocation.h"
#include "tracking/TrackingController.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <memory>

// Live updates and a lost connection on a team database: PostgreSQL only (CTest
// runs this with SUMMIT_TEST_BACKEND=postgresql on the test cluster, or on the
// server SUMMIT_TEST_POSTGRES names). Each test gets a database of its own.
namespace {

// Runs `sql` as the server's administrator, on its administration database.
void adminExec(const QString &sql)
{
    const QString name = QStringLiteral("live-admin");
    {
        QSqlDatabase db = TestSupport::addConnection(TestSupport::postgresAdminUrl(), name);
        if (!db.isOpen())
            qFatal("cannot reach the test server: %s", qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        if (!query.exec(sql))
            qFatal("%s failed: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
}

// A fresh team database with the demo summit, dropped with the object.
class TeamDatabase
{
public:
    TeamDatabase() { m_temp.open(true); }
    QString url() const { return m_temp.path(); }
    QString name() const { return StoreLocation::parse(url()).database(); }

    // Ends this database's summit-brief sessions, as a restarted server or a
    // dropped network would.
    void terminateSessions() const
    {
        adminExec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                 "WHERE application_name = 'summit-brief' AND datname = '%1'")
                      .arg(name()));
    }
    // Refuses (or admits again) new connections to this database.
    void allowConnections(bool allow) const
    {
        adminExec(QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS %2")
                      .arg(name(), allow ? QStringLiteral("true") : QStringLiteral("false")));
    }

private:
    TestSupport::TempDatabase m_temp;
};

std::unique_ptr<Store> openAs(const QString &url, const QString &user)
{
    auto store = std::make_unique<Store>();
    store->setUserName(user);
    store->open(url, Store::OpenMode::ExistingOnly);
    return store;
}

} // namespace

class TestLiveUpdates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void colleaguesCommitIsAnnouncedOwnIsNot();
    void burstIsAnnouncedOnce();
    void onlySavedViewsChangedReadsOnlyTheViews();
    void lostConnectionIsReportedAndRestored();
    void windowKeepsSelectionAfterColleaguesChange();
    void windowPausesEditingAndKeepsTypedText();

private:
    std::unique_ptr<TeamDatabase> m_db;
};

void TestLiveUpdates::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SummitBriefTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_live_updates"));
    QSettings().clear();
    MainWindow::setQuietForTesting(true);
}

void TestLiveUpdates::init()
{
    if (!TestSupport::isPostgreSQL())
        QSKIP("Live updates through LISTEN/NOTIFY and reconnecting are about a team database: "
              "run with SUMMIT_TEST_BACKEND=postgresql (ctest -R test_live_updates).");
    m_db = std::make_unique<TeamDatabase>();
}

void TestLiveUpdates::cleanup()
{
    m_db.reset();
}

void TestLiveUpdates::colleaguesCommitIsAnnouncedOwnIsNot()
{
    auto mine = openAs(m_db->url(), QStringLiteral("me"));
    auto colleague = openAs(m_db->url(), QStringLiteral("colleague"));
    DataVersionWatcher watcher(*mine);
    QSignalSpy external(mine.get(), &Store::externalChange);

    const Issue issue = *colleague->issues().byCode(QStringLiteral("NP-01"));
    colleague->issues().setField(issue.id, IssueField::Owner, QStringLiteral("them"),
                                 issue.version);
    QTRY_COMPARE_WITH_TIMEOUT(external.count(), 1, 1000);
    QCOMPARE(mine->issues().byId(issue.id)->owner, QStringLiteral("them"));

    // Its own commit was announced by its repository; the server's echo is not.
    QSignalSpy ownIssue(mine.get(), &Store::issueChanged);
    mine->issues().setField(issue.id, IssueField::Owner, QStringLiteral("me"), issue.version + 1);
    QCOMPARE(ownIssue.count(), 1);
    QTest::qWait(DataVersionWatcher::coalesceMs * 4);
    QCOMPARE(external.count(), 1);

    // The colleague's window hears of it.
    DataVersionWatcher theirWatcher(*colleague);
    QSignalSpy theirs(colleague.get(), &Store::externalChange);
    mine->issues().setField(issue.id, IssueField::Owner, QStringLiteral("me again"),
                            issue.version + 2);
    QTRY_COMPARE_WITH_TIMEOUT(theirs.count(), 1, 1000);
    QCOMPARE(external.count(), 1);
}

void TestLiveUpdates::burstIsAnnouncedOnce()
{
    auto mine = openAs(m_db->url(), QStringLiteral("me"));
    auto colleague = openAs(m_db->url(), QStringLiteral("colleague"));
    DataVersionWatcher watcher(*mine);
    QSignalSpy external(mine.get(), &Store::externalChange);
    // Ten commits before this window's event loop runs: one refresh.
    Issue issue = *colleague->issues().byCode(QStringLiteral("NP-01"));
    for (int i = 0; i < 10; ++i)
        issue.version = colleague->issues().setField(
            issue.id, IssueField::Owner, QStringLiteral("desk %1").arg(i), issue.version);
    QTRY_COMPARE_WITH_TIMEOUT(external.count(), 1, 1000);
    QTest::qWait(DataVersionWatcher::coalesceMs * 4);
    QCOMPARE(external.count(), 1);
}

void TestLiveUpdates::onlySavedViewsChangedReadsOnlyTheViews()
{
    auto mine = openAs(m_db->url(), QStringLiteral("me"));
    auto colleague = openAs(m_db->url(), QStringLiteral("colleague"));
    DataVersionWatcher watcher(*mine);
    QSignalSpy external(mine.get(), &Store::externalChange);
    QSignalSpy views(mine.get(), &Store::savedViewsChanged);
    QSqlQuery insert(colleague->database());
    QVERIFY2(insert.exec(QStringLiteral("INSERT INTO saved_view (name, definition, created_by, "
                                        "created_at) VALUES ('Theirs', '{}', 'colleague', "
                                        "'2026-12-01T10:00:00Z')")),
             qPrintable(insert.lastError().text()));
    QTRY_COMPARE_WITH_TIMEOUT(views.count(), 1, 1000);
    QCOMPARE(external.count(), 0);
}

void TestLiveUpdates::lostConnectionIsReportedAndRestored()
{
    auto mine = openAs(m_db->url(), QStringLiteral("me"));
    DataVersionWatcher watcher(*mine);
    watcher.setReconnectDelays(50, 200);
    QSignalSpy lost(mine.get(), &Store::connectionLost);
    QSignalSpy restored(mine.get(), &Store::connectionRestored);
    QSignalSpy external(mine.get(), &Store::externalChange);
    QVERIFY(!mine->isReadOnly());
    Issue issue = *mine->issues().byCode(QStringLiteral("NP-01"));

    // The server goes away and refuses to come back for now.
    m_db->allowConnections(false);
    auto allowAgain = qScopeGuard([this] { m_db->allowConnections(true); });
    m_db->terminateSessions();
    // The next write fails saying so, and the store knows (the undo commands
    // report their errors this way).
    try {
        mine->issues().setField(issue.id, IssueField::Owner, QStringLiteral("lost"), issue.version);
        QFAIL("a write on a dropped connection succeeded");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Disconnected);
        mine->reportError(error);
    }
    QCOMPARE(lost.count(), 1);
    QVERIFY(!mine->isConnected());
    QVERIFY(mine->isReadOnly());
    QVERIFY(mine->isOpen());
    // Every query says the same until it is back, and nothing is announced twice.
    try {
        mine->issues().byId(issue.id);
        QFAIL("a read on a dropped connection succeeded");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Disconnected);
        mine->reportError(error);
    }
    QCOMPARE(lost.count(), 1);
    // Attempts fail while the server refuses, and wait longer each time.
    QTRY_VERIFY_WITH_TIMEOUT(watcher.reconnectDelay() == 200, 5000);
    QCOMPARE(restored.count(), 0);
    QVERIFY(!mine->isConnected());

    allowAgain.dismiss();
    m_db->allowConnections(true);
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 5000);
    QVERIFY(mine->isConnected());
    QVERIFY(!mine->isReadOnly());
    // Everything is read again: colleagues may have saved meanwhile.
    QCOMPARE(external.count(), 1);
    QCOMPARE(mine->issues().byId(issue.id)->owner, issue.owner);
    issue.version =
        mine->issues().setField(issue.id, IssueField::Owner, QStringLiteral("back"), issue.version);
    auto colleague = openAs(m_db->url(), QStringLiteral("colleague"));
    QCOMPARE(colleague->issues().byId(issue.id)->owner, QStringLiteral("back"));
    // It listens again.
    colleague->issues().setField(issue.id, IssueField::Owner, QStringLiteral("theirs"),
                                 issue.version);
    QTRY_COMPARE_WITH_TIMEOUT(external.count(), 2, 1000);

    // Dropped while idle: the watcher's own check notices, and it comes back.
    colleague.reset();
    m_db->terminateSessions();
    QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 2, DataVersionWatcher::connectionCheckMs * 3);
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 2, 5000);
    QCOMPARE(mine->issues().byId(issue.id)->owner, QStringLiteral("theirs"));
}

void TestLiveUpdates::windowKeepsSelectionAfterColleaguesChange()
{
    AppSettings().setUserName(QStringLiteral("Test Desk"));
    MainWindow window;
    QVERIFY(window.openDatabase(m_db->url()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto colleague = openAs(m_db->url(), QStringLiteral("colleague"));
    const Issue issue = *colleague->issues().byCode(QStringLiteral("NP-01"));
    window.selectIssue(issue.id);
    QCOMPARE(window.currentIssueId(), issue.id);
    IssueOverviewForm *form = window.detailPanel()->overview();
    QCOMPARE(form->titleEdit()->text(), issue.title);

    colleague->issues().setField(issue.id, IssueField::Title, QStringLiteral("Colleague's title"),
                                 issue.version);
    QTRY_COMPARE_WITH_TIMEOUT(form->titleEdit()->text(), QStringLiteral("Colleague's title"), 1000);
    IssueTableModel *model = window.issueModel();
    QCOMPARE(
        model->index(model->rowOfIssue(issue.id), IssueTableModel::TitleColumn).data().toString(),
        QStringLiteral("Colleague's title"));
    QCOMPARE(window.currentIssueId(), issue.id);
    QCOMPARE(window.tracking()->selectedIssueIds(), QList<qint64>{issue.id});
}

void TestLiveUpdates::windowPausesEditingAndKeepsTypedText()
{
    AppSettings().setUserName(QStringLiteral("Test Desk"));
    MainWindow window;
    QVERIFY(window.openDatabase(m_db->url()));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.tracking()->watcher()->setReconnectDelays(50, 200);
    auto colleague = openAs(m_db->url(), QStringLiteral("colleague"));
    const Issue issue = *colleague->issues().byCode(QStringLiteral("NP-01"));
    window.selectIssue(issue.id);
    IssueOverviewForm *form = window.detailPanel()->overview();
    QLineEdit *title = form->titleEdit();
    QLabel *banner = window.tracking()->connectionLabel();
    QVERIFY(!banner->isVisible());

    // Typed, not yet confirmed, when the server goes away.
    const QString typed = QStringLiteral("Typed before the server went away");
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, typed);
    QCOMPARE(title->text(), typed);
    m_db->allowConnections(false);
    auto allowAgain = qScopeGuard([this] { m_db->allowConnections(true); });
    m_db->terminateSessions();

    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), DataVersionWatcher::connectionCheckMs * 3);
    QVERIFY(banner->text().contains(QStringLiteral("lost")));
    // Editing pauses: the actions, the table, the form.
    QVERIFY(!window.issueActions()->newIssueAction()->isEnabled());
    QVERIFY(!window.issueActions()->deleteAction()->isEnabled());
    IssueTableModel *model = window.issueModel();
    const QModelIndex owner =
        model->index(model->rowOfIssue(issue.id), IssueTableModel::OwnerColumn);
    QVERIFY(!(model->flags(owner) & Qt::ItemIsEditable));
    QVERIFY(title->isReadOnly());
    QCOMPARE(title->text(), typed);

    // Confirmed while disconnected: refused with a message, the text stays.
    emit title->editingFinished();
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Not saved yet")),
             qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(title->text(), typed);
    QVERIFY(title->isModified());

    // Back: editing resumes, the text is still there and is saved when confirmed.
    allowAgain.dismiss();
    m_db->allowConnections(true);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 5000);
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Reconnected")));
    QVERIFY(!title->isReadOnly());
    QVERIFY(window.issueActions()->newIssueAction()->isEnabled());
    QVERIFY(model->flags(model->index(model->rowOfIssue(issue.id), IssueTableModel::OwnerColumn)) &
            Qt::ItemIsEditable);
    QCOMPARE(title->text(), typed);
    QCOMPARE(window.currentIssueId(), issue.id);
    colleague = openAs(m_db->url(), QStringLiteral("colleague")); // its session was ended too
    QCOMPARE(colleague->issues().byId(issue.id)->title, issue.title);
    emit title->editingFinished();
    QCOMPARE(colleague->issues().byId(issue.id)->title, typed);
    QCOMPARE(title->text(), typed);
}

QTEST_MAIN(TestLiveUpdates)
#include "test_live_updates.moc"
