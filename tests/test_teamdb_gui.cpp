#include "DialogScript.h"
#include "TestConfig.h"
#include "TestSupport.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "charts/DashboardView.h"
#include "issues/IssueActions.h"
#include "issues/IssueDetailPanel.h"
#include "issues/IssueFilterBar.h"
#include "items/IssueTableModel.h"
#include "mainwindow/SummitFileController.h"
#include "mainwindow/TeamDatabaseDialog.h"
#include "store/SearchRepository.h"
#include "store/Store.h"
#include "tracking/TrackingController.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <memory>

using TestSupport::whenShown;

namespace {

// Nothing listens on port 1 of the loopback: the connection is refused at once.
const QString unreachableHost = QStringLiteral("127.0.0.1");
constexpr int unreachablePort = 1;
const QString secret = QStringLiteral("S3cret-Pw-4711");

// Every value the app keeps in its settings, and the settings file's bytes.
QString everythingInSettings()
{
    QSettings settings;
    settings.sync();
    QString all;
    for (const QString &key : settings.allKeys()) {
        const QVariant value = settings.value(key);
        all += key + QLatin1Char('=') +
               (value.canConvert<QStringList>() ? value.toStringList().join(QLatin1Char('|'))
                                                : value.toString()) +
               QLatin1Char('\n');
    }
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly))
        all += QString::fromUtf8(file.readAll());
    return all;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runApp(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SUMMIT_APP_PATH), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestTeamDbGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dialogBuildsTheUrlFromItsFields();
    void dialogStartsWithTheUsualDefaults();
    void dialogRefusesAnEmptyDatabaseName();
    void refusedConnectionKeepsTheOpenSummitAndNoPassword();
    void passwordInUrlIsNeverSaved();
    void recentListNamesTeamDatabases();
    void settingsKeepNoPasswordFromAUrl();
    void titleAndStatusBarNameTheFile();
    void readOnlySummitShowsBannerAndDisablesEditing();
    void writableSummitHasNoBanner();
    void readOnlyStoreSearchesWithoutWriting();
    void readOnlySummitStillSearchesAndCharts();
    void malformedDbUrlFailsWithOneLine_data();
    void malformedDbUrlFailsWithOneLine();
    void newRefusesATeamDatabaseUrl();

private:
    std::unique_ptr<TestSupport::TempDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void TestTeamDbGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SummitBriefTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_teamdb_gui"));
    QSettings().clear();
    MainWindow::setQuietForTesting(true);
}

void TestTeamDbGui::init()
{
    m_db = std::make_unique<TestSupport::TempDatabase>();
    m_db->open(true); // the demo scenario
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDatabase(m_db->path()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTeamDbGui::cleanup()
{
    m_window.reset();
    m_db.reset();
    QSettings().clear();
}

void TestTeamDbGui::dialogBuildsTheUrlFromItsFields()
{
    TeamDatabaseDialog dialog;
    dialog.hostEdit()->setText(QStringLiteral(" db.delegation.example "));
    dialog.portEdit()->setValue(6543);
    dialog.databaseEdit()->setText(QStringLiteral("eu_china"));
    dialog.userEdit()->setText(QStringLiteral("desk1"));
    dialog.passwordEdit()->setText(secret);
    const StoreLocation location = dialog.location();
    QVERIFY2(location.isValid(), qPrintable(location.error()));
    QVERIFY(location.isPostgreSQL());
    QCOMPARE(location.toString(),
             QStringLiteral("postgresql://desk1@db.delegation.example:6543/eu_china"));
    QCOMPARE(location.displayName(), QStringLiteral("eu_china on db.delegation.example"));
    QCOMPARE(dialog.password(), secret);
    QVERIFY(!location.toString().contains(secret));

    // Filled again from a recent team database, the password left to type.
    TeamDatabaseDialog again;
    again.setLocation(location);
    QCOMPARE(again.location().toString(), location.toString());
    QVERIFY(again.password().isEmpty());
}

void TestTeamDbGui::dialogStartsWithTheUsualDefaults()
{
    TeamDatabaseDialog dialog;
    QCOMPARE(dialog.hostEdit()->text(), QStringLiteral("localhost"));
    QCOMPARE(dialog.portEdit()->value(), 5432);
    QCOMPARE(dialog.userEdit()->text(), Store::accountName());
    QVERIFY(dialog.databaseEdit()->text().isEmpty());
    QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("passwordNote"));
    QVERIFY(note);
    QVERIFY(note->text().contains(QStringLiteral("PGPASSWORD")));
    QVERIFY(note->text().contains(QStringLiteral("~/.pgpass")));
}

void TestTeamDbGui::dialogRefusesAnEmptyDatabaseName()
{
    TeamDatabaseDialog dialog;
    dialog.databaseEdit()->setText(QStringLiteral("   "));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("teamDatabaseMessage"));
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("database name")),
             qPrintable(message->text()));

    dialog.databaseEdit()->setText(QStringLiteral("eu_china"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestTeamDbGui::refusedConnectionKeepsTheOpenSummitAndNoPassword()
{
    const QString before = m_window->store()->path();
    bool asked = false;
    whenShown<TeamDatabaseDialog>([&asked](TeamDatabaseDialog *dialog) {
        asked = true;
        dialog->hostEdit()->setText(unreachableHost);
        dialog->portEdit()->setValue(unreachablePort);
        dialog->databaseEdit()->setText(QStringLiteral("eu_china"));
        dialog->userEdit()->setText(QStringLiteral("desk1"));
        dialog->passwordEdit()->setText(secret);
        dialog->accept();
    });
    m_window->connectTeamDatabaseAction()->trigger();
    QVERIFY(asked);
    // Shown as other open errors are; the summit that was open stays open.
    QVERIFY(!m_window->lastError().isEmpty());
    QVERIFY(!m_window->lastError().contains(secret));
    QVERIFY(m_window->store());
    QCOMPARE(m_window->store()->path(), before);
    QVERIFY(!everythingInSettings().contains(secret));
    QVERIFY(!AppSettings().recentDatabases().join(QLatin1Char(' ')).contains(secret));
}

void TestTeamDbGui::passwordInUrlIsNeverSaved()
{
    const QString url = QStringLiteral("postgresql://desk1:%1@%2:%3/eu_china")
                            .arg(secret, unreachableHost)
                            .arg(unreachablePort);
    QVERIFY(!m_window->openDatabase(url));
    QVERIFY(!m_window->lastError().contains(secret));
    QVERIFY(m_window->store());
    QCOMPARE(m_window->store()->path(), m_db->path());
    m_window->close(); // saves the window's settings
    const QString settings = everythingInSettings();
    QVERIFY(!settings.isEmpty());
    QVERIFY(!settings.contains(secret));
}

void TestTeamDbGui::recentListNamesTeamDatabases()
{
    const QString url = QStringLiteral("postgresql://desk1@db.delegation.example:5432/eu_china");
    AppSettings().addRecentDatabase(url);
    QMenu menu;
    m_window->files()->fillRecentMenu(&menu);
    QAction *team = nullptr;
    QAction *file = nullptr;
    for (QAction *action : menu.actions()) {
        if (action->statusTip() == url)
            team = action;
        if (action->statusTip() == QDir::toNativeSeparators(m_db->path()))
            file = action;
    }
    QVERIFY2(team, "the team database is in the recent list");
    QVERIFY(file);
    QVERIFY2(team->text().contains(QStringLiteral("eu_china on db.delegation.example")),
             qPrintable(team->text()));
    QVERIFY(!team->text().contains(QStringLiteral("postgresql://")));
    QCOMPARE(team->toolTip(), url);
    QVERIFY(menu.toolTipsVisible());
    // Kept as written: the URL, which --db and the recent list share.
    QCOMPARE(AppSettings().recentDatabases().first(), url);
}

void TestTeamDbGui::settingsKeepNoPasswordFromAUrl()
{
    const QString withPassword =
        QStringLiteral("postgresql://desk1:%1@db.delegation.example/eu_china").arg(secret);
    AppSettings settings;
    settings.addRecentDatabase(withPassword);
    settings.setLastDatabase(withPassword);
    settings.setPackFolder(withPassword, QDir::tempPath());
    const QString url = QStringLiteral("postgresql://desk1@db.delegation.example:5432/eu_china");
    QCOMPARE(settings.recentDatabases().first(), url);
    QCOMPARE(settings.lastDatabase(), url);
    QCOMPARE(settings.packFolder(url), QDir::tempPath());
    QVERIFY(!everythingInSettings().contains(secret));
}

void TestTeamDbGui::titleAndStatusBarNameTheFile()
{
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("test.db")));
    QLabel *label = m_window->summitLabel();
    QCOMPARE(label->text(), QStringLiteral("test.db"));
    QCOMPARE(label->toolTip(), QDir::toNativeSeparators(m_db->path()));
    // Permanent: a passing message does not hide which summit is open.
    m_window->statusBar()->showMessage(QStringLiteral("Something happened"), 5000);
    QVERIFY(label->isVisible());
}

void TestTeamDbGui::readOnlySummitShowsBannerAndDisablesEditing()
{
    QVERIFY(m_window->openDatabase(m_db->path(), Store::OpenMode::ReadOnly));
    QVERIFY(m_window->store()->isReadOnly());
    QLabel *banner = m_window->readOnlyBanner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("read-only")), qPrintable(banner->text()));

    m_window->issueTable()->selectRow(0);
    QVERIFY(m_window->currentIssueId() != 0);
    IssueActions *issues = m_window->issueActions();
    QVERIFY(!issues->newIssueAction()->isEnabled());
    QVERIFY(!issues->duplicateAction()->isEnabled());
    QVERIFY(!issues->archiveAction()->isEnabled());
    QVERIFY(!issues->deleteAction()->isEnabled());
    QVERIFY(!m_window->summitPropertiesAction()->isEnabled());
    QVERIFY(!m_window->importAction()->isEnabled());
    QVERIFY(!m_window->undoAction()->isEnabled());
    QVERIFY(!m_window->redoAction()->isEnabled());
    QVERIFY(!m_window->tracking()->bulkStatusAction()->isEnabled());
    QVERIFY(!m_window->tracking()->bulkPriorityAction()->isEnabled());
    QVERIFY(!m_window->tracking()->bulkOwnerAction()->isEnabled());
    const QModelIndex title = m_window->issueModel()->index(0, IssueTableModel::TitleColumn);
    QVERIFY(!(m_window->issueModel()->flags(title) & Qt::ItemIsEditable));

    // Reading and exporting stay.
    QVERIFY(m_window->exportPackAction()->isEnabled());
    QVERIFY(m_window->printPreviewAction()->isEnabled());
    QVERIFY(m_window->exportScenarioAction()->isEnabled());
    QVERIFY(m_window->exportIssueTableAction()->isEnabled());

    // Back to a writable file: editing returns, the banner goes.
    QVERIFY(m_window->openDatabase(m_db->path()));
    QVERIFY(!m_window->readOnlyBanner()->isVisible());
    m_window->issueTable()->selectRow(0);
    QVERIFY(issues->newIssueAction()->isEnabled());
    QVERIFY(m_window->summitPropertiesAction()->isEnabled());
    QVERIFY(m_window->importAction()->isEnabled());
    QVERIFY(m_window->issueModel()->flags(title) & Qt::ItemIsEditable);
}

void TestTeamDbGui::writableSummitHasNoBanner()
{
    QVERIFY(!m_window->store()->isReadOnly());
    QVERIFY(!m_window->readOnlyBanner()->isVisible());
    QVERIFY(m_window->importAction()->isEnabled());
}

void TestTeamDbGui::readOnlyStoreSearchesWithoutWriting()
{
    // A summit just imported has its search index still to build.
    TestSupport::TempDatabase db;
    db.open(true);
    QVERIFY(TestSupport::valueInFile(db.path(), QStringLiteral("SELECT COUNT(*) FROM search_stale"))
                .toInt() > 0);
    Store store;
    store.open(db.path(), Store::OpenMode::ReadOnly);
    try {
        SearchRepository(store).search(QStringLiteral("rare"));
    } catch (const StoreError &error) {
        QFAIL(qPrintable(error.message()));
    }
}

void TestTeamDbGui::readOnlySummitStillSearchesAndCharts()
{
    // The window that had it open writable left its search index complete.
    QVERIFY(
        TestSupport::valueInFile(m_db->path(), QStringLiteral("SELECT COUNT(*) FROM search_stale"))
            .toInt() > 0);
    QVERIFY(m_window->openDatabase(m_db->path(), Store::OpenMode::ReadOnly));
    QVERIFY(m_window->store()->isReadOnly());
    QCOMPARE(
        TestSupport::valueInFile(m_db->path(), QStringLiteral("SELECT COUNT(*) FROM search_stale"))
            .toInt(),
        0);

    QLineEdit *search = m_window->filterBar()->fullTextEdit();
    search->setText(QStringLiteral("rare earth"));
    QTRY_COMPARE(m_window->issueModel()->filter().searchText, QStringLiteral("rare earth"));
    QTRY_VERIFY(m_window->issueModel()->rowCount() > 0);
    QVERIFY2(m_window->lastError().isEmpty(), qPrintable(m_window->lastError()));

    // The dashboard charts the summit, filtered by that text and not.
    DashboardView *dashboard = m_window->dashboardView();
    auto *error = dashboard->findChild<QLabel *>(QStringLiteral("dashboardError"));
    QVERIFY(error);
    for (const QString &text : {QStringLiteral("rare earth"), QString()}) {
        search->setText(text);
        QTRY_COMPARE(m_window->issueModel()->filter().searchText, text);
        dashboard->refreshNow();
        QTRY_VERIFY(!dashboard->isRefreshing());
        QVERIFY2(error->isHidden(), qPrintable(error->text()));
        QCOMPARE(dashboard->data().filter.searchText, text);
        QVERIFY(dashboard->data().issueCount > 0);
        QVERIFY(!dashboard->data().gaps.isEmpty());
    }
}

void TestTeamDbGui::malformedDbUrlFailsWithOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString noDatabase = QStringLiteral("postgresql://desk1@db.example:5432/");
    const QString badPort = QStringLiteral("postgresql://desk1@db.example:99999/eu_china");
    const QString badOption = QStringLiteral("postgresql://desk1@db.example/eu_china?x=1");
    QTest::newRow("window") << QStringList{QStringLiteral("--db"), noDatabase};
    QTest::newRow("forecast") << QStringList{QStringLiteral("forecast"), QStringLiteral("RE-01"),
                                             QStringLiteral("--db"), badPort};
    QTest::newRow("status") << QStringList{QStringLiteral("status"),
                                           QStringLiteral("RE-01"),
                                           QStringLiteral("Agreed"),
                                           QStringLiteral("--reason"),
                                           QStringLiteral("test"),
                                           QStringLiteral("--db"),
                                           badOption};
    QTest::newRow("export") << QStringList{QStringLiteral("export"),
                                           QStringLiteral("--format"),
                                           QStringLiteral("json"),
                                           QStringLiteral("--out"),
                                           QStringLiteral("/tmp/x"),
                                           QStringLiteral("--db"),
                                           noDatabase};
}

void TestTeamDbGui::malformedDbUrlFailsWithOneLine()
{
    QFETCH(QStringList, arguments);
    const Run run = runApp(arguments);
    QVERIFY2(run.exitCode > 0, qPrintable(run.err));
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(QStringLiteral("summit-brief: --db: ")),
             qPrintable(lines.first()));
    QVERIFY(run.out.isEmpty());
}

void TestTeamDbGui::newRefusesATeamDatabaseUrl()
{
    const Run run = runApp({QStringLiteral("new"), QStringLiteral("postgresql://u@h/db")});
    QVERIFY2(run.exitCode > 0, qPrintable(run.err));
    QCOMPARE(run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);
    QVERIFY2(run.err.contains(QStringLiteral("team database")), qPrintable(run.err));
}

QTEST_MAIN(TestTeamDbGui)
#include "test_teamdb_gui.moc"
