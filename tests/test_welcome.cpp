#include "TestSupport.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "briefing/PackExport.h"
#include "help/HelpWindow.h"
#include "io/FileImport.h"
#include "io/IssueCsvExporter.h"
#include "io/ScenarioExporter.h"
#include "mainwindow/SummitTabs.h"
#include "mainwindow/WelcomePage.h"
#include "store/IssueRepository.h"
#include "store/SearchRepository.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

#include <memory>

namespace {

QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

// Every file under the user's data folder: a first start must leave it empty.
QStringList filesInDataFolder()
{
    QStringList files;
    QDirIterator it(dataFolder(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

QStringList issueCodes(QTableView *table)
{
    QStringList codes;
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        codes.append(model->index(row, 0).data().toString());
    return codes;
}

} // namespace

class TestWelcome : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstStartShowsWelcomeAndWritesNothing();
    void missingLastFileShowsWelcome();
    void commandLineDatabaseOpensDirectly();
    void demoButtonOpensTheDemo();
    void demoButtonKeepsAnExistingDemo();
    void recentEntryOpensItsFile();
    void closeSummitReturnsToWelcome();

    void f1OpensThePageOfTheView_data();
    void f1OpensThePageOfTheView();
    void f1OnTheWelcomePage();
    void guideLinksResolve();
    void guideNavigates();

    void cancelledImportLeavesDatabaseUnchanged_data();
    void cancelledImportLeavesDatabaseUnchanged();
    void importProgressReachesTotal_data();
    void importProgressReachesTotal();
    void cancelledPackLeavesNoFile_data();
    void cancelledPackLeavesNoFile();
    void packProgressReachesTotal();
    void cancelledExportLeavesNoFile_data();
    void cancelledExportLeavesNoFile();
    void cancelledSearchIndexBuildLeavesIndexAsItWas();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestWelcome::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SummitBriefTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_welcome"));
    MainWindow::setQuietForTesting(true);
}

void TestWelcome::init()
{
    // A first run: no settings, nothing in the data folder.
    QSettings().clear();
    QDir(dataFolder()).removeRecursively();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
}

void TestWelcome::cleanup()
{
    m_window.reset();
    QSettings().clear();
    QDir(dataFolder()).removeRecursively();
}

void TestWelcome::firstStartShowsWelcomeAndWritesNothing()
{
    m_window->openStartupDatabase(QString());
    QVERIFY(m_window->isWelcomeShown());
    QVERIFY(m_window->welcomePage()->isVisible());
    QVERIFY(!m_window->tabs()->isVisible());
    QCOMPARE(m_window->store(), nullptr);
    QCOMPARE(filesInDataFolder(), QStringList());
    QVERIFY(AppSettings().lastDatabase().isEmpty());
    // Nothing that needs a summit can be started from here.
    QVERIFY(!m_window->closeAction()->isEnabled());
    QVERIFY(!m_window->exportPackAction()->isEnabled());
    QVERIFY(!m_window->printPreviewAction()->isEnabled());
    QVERIFY(!m_window->importAction()->isEnabled());
    QVERIFY(!m_window->findAction()->isEnabled());
    QVERIFY(!m_window->summitPropertiesAction()->isEnabled());
    // The ways in are all there, named for screen readers.
    WelcomePage *page = m_window->welcomePage();
    for (QPushButton *button : {page->demoButton(), page->newSummitButton(), page->openFileButton(),
                                page->teamDatabaseButton()}) {
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        QVERIFY(!button->accessibleName().isEmpty());
        QVERIFY(!button->accessibleName().contains(QLatin1Char('&')));
        QVERIFY(button->text().contains(QLatin1Char('&'))); // a mnemonic
    }
}

void TestWelcome::missingLastFileShowsWelcome()
{
    QTemporaryDir dir;
    const QString gone = dir.filePath(QStringLiteral("moved-away.db"));
    AppSettings().setLastDatabase(gone);
    m_window->openStartupDatabase(QString());
    QVERIFY(m_window->isWelcomeShown());
    QCOMPARE(m_window->store(), nullptr);
    QVERIFY(!QFileInfo::exists(gone));
    QCOMPARE(filesInDataFolder(), QStringList());
}

void TestWelcome::commandLineDatabaseOpensDirectly()
{
    TestSupport::TempDatabase db;
    db.open(true);
    m_window->openStartupDatabase(db.path());
    QVERIFY(m_window->store());
    QVERIFY(!m_window->isWelcomeShown());
    QVERIFY(m_window->tabs()->isVisible());
    QVERIFY(m_window->closeAction()->isEnabled());
    QVERIFY(m_window->exportPackAction()->isEnabled());
}

void TestWelcome::demoButtonOpensTheDemo()
{
    m_window->openStartupDatabase(QString());
    QTest::mouseClick(m_window->welcomePage()->demoButton(), Qt::LeftButton);
    QVERIFY(m_window->store());
    QVERIFY(!m_window->isWelcomeShown());
    QCOMPARE(QFileInfo(m_window->store()->path()).absolutePath(),
             QFileInfo(dataFolder()).absoluteFilePath());
    const QStringList codes = issueCodes(m_window->issueTable());
    QCOMPARE(codes.size(), 12); // the demo scenario's issues
    QVERIFY(codes.contains(QStringLiteral("RE-01")));
    QVERIFY(m_window->exportPackAction()->isEnabled());
}

void TestWelcome::demoButtonKeepsAnExistingDemo()
{
    QTest::mouseClick(m_window->welcomePage()->demoButton(), Qt::LeftButton);
    QVERIFY(m_window->store());
    const QString path = m_window->store()->path();
    m_window->closeDatabase();
    // What was tried in the demo stays: the button opens it again, unwritten.
    TestSupport::execInDatabase(path, QStringLiteral("UPDATE issue SET title = ? WHERE code = ?"),
                                {QStringLiteral("Tried in the demo"), QStringLiteral("RE-01")});
    QVERIFY(m_window->isWelcomeShown());
    QTest::mouseClick(m_window->welcomePage()->demoButton(), Qt::LeftButton);
    QVERIFY(m_window->store());
    QCOMPARE(m_window->store()->path(), path);
    QCOMPARE(TestSupport::valueInFile(path,
                                      QStringLiteral("SELECT title FROM issue WHERE code = ?"),
                                      {QStringLiteral("RE-01")})
                 .toString(),
             QStringLiteral("Tried in the demo"));
}

void TestWelcome::recentEntryOpensItsFile()
{
    TestSupport::TempDatabase first;
    first.open(true);
    TestSupport::TempDatabase second;
    second.open(false);
    QVERIFY(m_window->openDatabase(first.path()));
    QVERIFY(m_window->openDatabase(second.path()));
    m_window->closeDatabase();
    QVERIFY(m_window->isWelcomeShown());

    QListWidget *recent = m_window->welcomePage()->recentList();
    QVERIFY(recent->isVisible());
    QCOMPARE(recent->count(), 2);
    // Most recent first; a click on the older one opens it.
    QVERIFY(recent->item(0)->toolTip().endsWith(QFileInfo(second.path()).fileName()));
    QListWidgetItem *older = recent->item(1);
    QVERIFY(older->toolTip().endsWith(QFileInfo(first.path()).fileName()));
    QTest::mouseClick(recent->viewport(), Qt::LeftButton, {},
                      recent->visualItemRect(older).center());
    QVERIFY(m_window->store());
    QCOMPARE(m_window->store()->path(), QFileInfo(first.path()).absoluteFilePath());
    QVERIFY(!m_window->isWelcomeShown());
    QCOMPARE(issueCodes(m_window->issueTable()).size(), 12);
}

void TestWelcome::closeSummitReturnsToWelcome()
{
    TestSupport::TempDatabase db;
    db.open(true);
    QVERIFY(m_window->openDatabase(db.path()));
    QVERIFY(m_window->closeAction()->isEnabled());
    m_window->closeAction()->trigger();
    QCOMPARE(m_window->store(), nullptr);
    QVERIFY(m_window->isWelcomeShown());
    QVERIFY(m_window->welcomePage()->isVisible());
    QVERIFY(!m_window->closeAction()->isEnabled());
    QVERIFY(!m_window->exportPackAction()->isEnabled());
    // The summit just closed heads the recent list.
    QListWidget *recent = m_window->welcomePage()->recentList();
    QCOMPARE(recent->count(), 1);
    QVERIFY(recent->item(0)->toolTip().endsWith(QFileInfo(db.path()).fileName()));
}

namespace {

QString readGuide(const QString &page)
{
    QFile file(HelpWindow::guideFolder() + QLatin1Char('/') + page);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Whether the page defines this anchor (id="…" or name="…").
bool hasAnchor(const QString &html, const QString &anchor)
{
    const QRegularExpression defined(
        QStringLiteral("\\b(id|name)=\"%1\"").arg(QRegularExpression::escape(anchor)));
    return defined.match(html).hasMatch();
}

// F1 pressed in the main window: the guide's window shows, at the page it names.
void pressF1(MainWindow *window)
{
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : window, Qt::Key_F1);
}

} // namespace

void TestWelcome::f1OpensThePageOfTheView_data()
{
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("heading");
    QTest::newRow("issues") << int(SummitTabs::IssuesTab) << "status.html"
                            << "Update an issue's status";
    QTest::newRow("actors") << int(SummitTabs::ActorsTab) << "build-summit.html#actors"
                            << "Actors";
    QTest::newRow("programme") << int(SummitTabs::ProgrammeTab) << "build-summit.html#programme"
                               << "Programme";
    QTest::newRow("indicators") << int(SummitTabs::IndicatorsTab) << "build-summit.html#indicators"
                                << "Indicators";
    QTest::newRow("dashboard") << int(SummitTabs::DashboardTab) << "forecast.html#dashboard"
                               << "Dashboard";
    QTest::newRow("matrix") << int(SummitTabs::MatrixTab) << "forecast.html#matrix"
                            << "Matrix";
    QTest::newRow("activity") << int(SummitTabs::MatrixTab + 1) << "status.html#activity"
                              << "What changed since the last pack";
}

void TestWelcome::f1OpensThePageOfTheView()
{
    QFETCH(int, tab);
    QFETCH(QString, page);
    QFETCH(QString, heading);
    TestSupport::TempDatabase db;
    db.open(true);
    QVERIFY(m_window->openDatabase(db.path()));
    QVERIFY(tab < m_window->tabs()->count());
    m_window->tabs()->setCurrentIndex(tab);
    pressF1(m_window.get());
    if (QTest::currentTestFailed())
        return;
    HelpWindow *help = m_window->helpWindow();
    QVERIFY(help);
    QVERIFY(help->isVisible());
    QCOMPARE(help->browser()->source(), HelpWindow::guideUrl(page));
    // The page shown holds the anchor and the section the user needs.
    const QString file = page.section(QLatin1Char('#'), 0, 0);
    const QString anchor = page.section(QLatin1Char('#'), 1);
    if (!anchor.isEmpty())
        QVERIFY2(hasAnchor(readGuide(file), anchor), qPrintable(page));
    QVERIFY(help->browser()->toPlainText().contains(heading));
}

void TestWelcome::f1OnTheWelcomePage()
{
    m_window->openStartupDatabase(QString());
    QVERIFY(m_window->isWelcomeShown());
    pressF1(m_window.get());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_window->helpWindow());
    QCOMPARE(m_window->helpWindow()->browser()->source(),
             HelpWindow::guideUrl(QStringLiteral("index.html#first-start")));
    QVERIFY(hasAnchor(readGuide(QStringLiteral("index.html")), QStringLiteral("first-start")));
}

void TestWelcome::guideLinksResolve()
{
    const QStringList pages = QDir(HelpWindow::guideFolder()).entryList({QStringLiteral("*.html")});
    QVERIFY(pages.contains(QStringLiteral("index.html")));
    QVERIFY(pages.size() >= 8);
    const QRegularExpression link(QStringLiteral("<a\\s[^>]*href=\"([^\"]*)\""));
    const QRegularExpression title(QStringLiteral("<title>([^<]*)</title>"));
    QStringList linkedPages;
    int links = 0;
    for (const QString &page : pages) {
        const QString html = readGuide(page);
        QVERIFY2(!html.isEmpty(), qPrintable(page));
        QVERIFY2(!title.match(html).captured(1).trimmed().isEmpty(), qPrintable(page));
        QTextDocument document;
        document.setHtml(html);
        QVERIFY2(!document.metaInformation(QTextDocument::DocumentTitle).isEmpty(),
                 qPrintable(page));
        for (auto it = link.globalMatch(html); it.hasNext();) {
            const QString href = it.next().captured(1);
            ++links;
            const QString target = href.section(QLatin1Char('#'), 0, 0);
            const QString anchor = href.section(QLatin1Char('#'), 1);
            const QString targetPage = target.isEmpty() ? page : target;
            const QString where = page + QStringLiteral(" -> ") + href;
            QVERIFY2(!href.contains(QLatin1Char(':')), qPrintable(where)); // no other site
            QVERIFY2(pages.contains(targetPage), qPrintable(where));
            if (!anchor.isEmpty())
                QVERIFY2(hasAnchor(readGuide(targetPage), anchor), qPrintable(where));
            linkedPages.append(targetPage);
        }
    }
    QVERIFY(links > pages.size());
    // Every page can be reached from another one.
    for (const QString &page : pages)
        QVERIFY2(linkedPages.contains(page), qPrintable(page));
}

void TestWelcome::guideNavigates()
{
    m_window->openStartupDatabase(QString());
    m_window->userGuideAction()->trigger();
    HelpWindow *help = m_window->helpWindow();
    QVERIFY(help);
    help->contentsAction()->trigger();
    QTextBrowser *browser = help->browser();
    QCOMPARE(browser->source(), HelpWindow::guideUrl(QStringLiteral("index.html")));
    QVERIFY(help->windowTitle().contains(QStringLiteral("Summit Brief User Guide")));
    // Follow a link of the contents, relative as written, then back and forward.
    browser->setSource(browser->source().resolved(QUrl(QStringLiteral("shortcuts.html"))));
    QCOMPARE(browser->source(), HelpWindow::guideUrl(QStringLiteral("shortcuts.html")));
    QVERIFY(browser->toPlainText().contains(QStringLiteral("Ctrl+W")));
    QVERIFY(help->windowTitle().startsWith(QStringLiteral("Keyboard shortcuts")));
    QVERIFY(help->backAction()->isEnabled());
    help->backAction()->trigger();
    QCOMPARE(browser->source(), HelpWindow::guideUrl(QStringLiteral("index.html")));
    QVERIFY(help->forwardAction()->isEnabled());
    help->forwardAction()->trigger();
    QCOMPARE(browser->source(), HelpWindow::guideUrl(QStringLiteral("shortcuts.html")));
}

namespace {

// The demo written out as a scenario or an issue table, to import elsewhere.
QString exportDemo(const QString &folder, const QString &kind)
{
    TestSupport::TempDatabase demo;
    std::unique_ptr<Store> store = demo.open(true);
    const QString path = QDir(folder).filePath(QStringLiteral("demo.") + kind);
    if (kind == QLatin1String("json")) {
        ScenarioExporter exporter(*store);
        if (!exporter.writeFile(path))
            return {};
    } else {
        IssueCsvExporter exporter(*store);
        if (!exporter.writeFile(path))
            return {};
    }
    return path;
}

} // namespace

void TestWelcome::cancelledImportLeavesDatabaseUnchanged_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("scenario") << "json";
    QTest::newRow("issue table") << "csv";
}

void TestWelcome::cancelledImportLeavesDatabaseUnchanged()
{
    QFETCH(QString, kind);
    TestSupport::TempDatabase target;
    const QString file = exportDemo(target.dir(), kind);
    QVERIFY(!file.isEmpty());
    std::unique_ptr<Store> store = target.open(false);
    const QByteArray before = TestSupport::contentHash(*store);
    int calls = 0;
    int lastTotal = 0;
    // Cancelled midway, as a click on Cancel would.
    const FileImport::Result result =
        FileImport::run(*store, file, ImportPolicy::Replace, false, [&](int done, int total) {
            ++calls;
            lastTotal = total;
            return done < total / 2;
        });
    QVERIFY(calls > 1); // it was asked more than once: some rows were written first
    QVERIFY(lastTotal > 2);
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(TestSupport::contentHash(*store), before);
    QCOMPARE(store->issues().all().size(), 0);
    store.reset();
    QCOMPARE(TestSupport::contentHash(*target.open(false)), before);
}

void TestWelcome::importProgressReachesTotal_data()
{
    cancelledImportLeavesDatabaseUnchanged_data();
}

void TestWelcome::importProgressReachesTotal()
{
    QFETCH(QString, kind);
    TestSupport::TempDatabase target;
    const QString file = exportDemo(target.dir(), kind);
    std::unique_ptr<Store> store = target.open(false);
    QList<int> steps;
    int lastTotal = 0;
    const FileImport::Result result =
        FileImport::run(*store, file, ImportPolicy::Replace, false, [&](int done, int total) {
            steps.append(done);
            lastTotal = total;
            return true;
        });
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!result.cancelled);
    QVERIFY(!steps.isEmpty());
    QCOMPARE(steps.last(), lastTotal);
    QVERIFY(std::is_sorted(steps.cbegin(), steps.cend()));
    QCOMPARE(store->issues().all().size(), 12);
}

namespace {

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

void TestWelcome::cancelledPackLeavesNoFile_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("existing");
    QTest::newRow("pdf, new file") << int(PackFormat::Pdf) << false;
    QTest::newRow("pdf, existing file") << int(PackFormat::Pdf) << true;
    QTest::newRow("odt, existing file") << int(PackFormat::Odt) << true;
    QTest::newRow("html, new file") << int(PackFormat::Html) << false;
}

void TestWelcome::cancelledPackLeavesNoFile()
{
    QFETCH(int, format);
    QFETCH(bool, existing);
    TestSupport::TempDatabase db;
    std::unique_ptr<Store> store = db.open(true);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("pack.out"));
    const QByteArray earlier = "the pack exported yesterday";
    if (existing) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(earlier);
    }
    const QStringList before = filesIn(out.path());
    const QVariant logged =
        TestSupport::valueInFile(db.path(), QStringLiteral("SELECT COUNT(*) FROM pack_export"));
    QString error;
    int calls = 0;
    // Cancelled midway through the pages (the one step of ODT and HTML).
    const bool ok = exportPack(*store, PackOptions(), path, PackFormat(format), &error, nullptr,
                               nullptr, [&](int done, int total) {
                                   ++calls;
                                   return total <= 1 ? done < 1 : done < total / 2;
                               });
    QVERIFY(!ok);
    QVERIFY(calls >= 1);
    QVERIFY(error.contains(QStringLiteral("cancelled")));
    QCOMPARE(filesIn(out.path()), before); // no temporary file left either
    if (existing) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), earlier);
    } else {
        QVERIFY(!QFile::exists(path));
    }
    // Nothing left the building: the pack log is as it was.
    QCOMPARE(
        TestSupport::valueInFile(db.path(), QStringLiteral("SELECT COUNT(*) FROM pack_export")),
        logged);
}

void TestWelcome::packProgressReachesTotal()
{
    TestSupport::TempDatabase db;
    std::unique_ptr<Store> store = db.open(true);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("pack.pdf"));
    QList<int> steps;
    int lastTotal = 0;
    QString error;
    int pages = 0;
    QVERIFY2(exportPack(*store, PackOptions(), path, PackFormat::Pdf, &error, &pages, nullptr,
                        [&](int done, int total) {
                            steps.append(done);
                            lastTotal = total;
                            return true;
                        }),
             qPrintable(error));
    QVERIFY(pages > 2);
    QCOMPARE(lastTotal, pages);
    QCOMPARE(steps.first(), 0);
    QCOMPARE(steps.last(), pages);
    QCOMPARE(steps.size(), pages + 1);
    QVERIFY(QFileInfo(path).size() > 0);
}

void TestWelcome::cancelledExportLeavesNoFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("existing");
    QTest::newRow("scenario, new file") << "json" << false;
    QTest::newRow("scenario, existing file") << "json" << true;
    QTest::newRow("issue table, new file") << "csv" << false;
    QTest::newRow("issue table, existing file") << "csv" << true;
}

void TestWelcome::cancelledExportLeavesNoFile()
{
    QFETCH(QString, kind);
    QFETCH(bool, existing);
    TestSupport::TempDatabase db;
    std::unique_ptr<Store> store = db.open(true);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("export.") + kind);
    const QByteArray earlier = "exported yesterday";
    if (existing) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(earlier);
    }
    const QStringList before = filesIn(out.path());
    int calls = 0;
    int lastDone = 0;
    int lastTotal = 0;
    const auto cancelHalfway = [&](int done, int total) {
        ++calls;
        lastDone = done;
        lastTotal = total;
        return done < total / 2;
    };
    bool ok = false;
    bool cancelled = false;
    if (kind == QLatin1String("json")) {
        ScenarioExporter exporter(*store);
        exporter.setProgress(cancelHalfway);
        ok = exporter.writeFile(path);
        cancelled = exporter.wasCancelled();
    } else {
        IssueCsvExporter exporter(*store);
        exporter.setProgress(cancelHalfway);
        ok = exporter.writeFile(path);
        cancelled = exporter.wasCancelled();
    }
    QVERIFY(!ok);
    QVERIFY(cancelled);
    QCOMPARE(lastTotal, 12);
    QCOMPARE(lastDone, 6);
    QVERIFY(calls > 1);
    QCOMPARE(filesIn(out.path()), before);
    if (existing) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), earlier);
    } else {
        QVERIFY(!QFile::exists(path));
    }

    // Not cancelled: every issue counted, and the file written.
    QList<int> steps;
    const auto record = [&](int done, int total) {
        steps.append(done);
        lastTotal = total;
        return true;
    };
    if (kind == QLatin1String("json")) {
        ScenarioExporter exporter(*store);
        exporter.setProgress(record);
        QVERIFY(exporter.writeFile(path));
    } else {
        IssueCsvExporter exporter(*store);
        exporter.setProgress(record);
        QVERIFY(exporter.writeFile(path));
    }
    QCOMPARE(steps.last(), 12);
    QCOMPARE(lastTotal, 12);
    QVERIFY(QFileInfo(path).size() > earlier.size());
}

void TestWelcome::cancelledSearchIndexBuildLeavesIndexAsItWas()
{
    TestSupport::TempDatabase db;
    std::unique_ptr<Store> store = db.open(true);
    SearchRepository search(*store);
    search.sync();
    // A large file whose index was never built: issues written by another program.
    const int added = SearchRepository::syncStep * 3 + 7;
    {
        Sql::Transaction transaction(store->database());
        Issue issue = store->issues().all().first();
        for (int i = 0; i < added; ++i) {
            issue.id = 0;
            issue.code = QStringLiteral("ZZ-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
            issue.title = QStringLiteral("Quokkaport clause %1").arg(i + 1);
            store->issues().insert(issue, QStringLiteral("test"));
        }
        transaction.commit();
    }
    QCOMPARE(search.staleCount(), added);
    const auto count = [&](const char *sql) {
        return Sql::scalar(store->database(), QString::fromLatin1(sql)).toInt();
    };
    const int indexed = count("SELECT COUNT(*) FROM issue_fts");

    QList<int> steps;
    bool cancelled = false;
    QCOMPARE(search.sync(
                 [&](int done, int total) {
                     steps.append(done);
                     return done < total / 2;
                 },
                 &cancelled),
             0);
    QVERIFY(cancelled);
    QVERIFY(steps.size() > 2); // some steps were written before the cancel
    QCOMPARE(search.staleCount(), added);
    QCOMPARE(count("SELECT COUNT(*) FROM issue_fts"), indexed);

    steps.clear();
    int lastTotal = 0;
    QCOMPARE(search.sync(
                 [&](int done, int total) {
                     steps.append(done);
                     lastTotal = total;
                     return true;
                 },
                 &cancelled),
             added);
    QVERIFY(!cancelled);
    QCOMPARE(lastTotal, added);
    QCOMPARE(steps.last(), added);
    QCOMPARE(search.staleCount(), 0);
    QCOMPARE(count("SELECT COUNT(*) FROM issue_fts"), indexed + added);
    QCOMPARE(search.search(QStringLiteral("Quokkaport clause 1207")).size(), 1);
}

QTEST_MAIN(TestWelcome)
#include "test_welcome.moc"
