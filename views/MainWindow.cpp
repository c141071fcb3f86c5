#include "MainWindow.h"

#include "AppSettings.h"
#include "PreferencesDialog.h"
#include "deals/PackageDealsView.h"
#include "help/HelpWindow.h"
#include "i18n/PluralForms.h"
#include "issues/IssueActions.h"
#include "issues/IssueDetailPanel.h"
#include "items/IssueTableModel.h"
#include "mainwindow/ExchangeController.h"
#include "mainwindow/PackController.h"
#include "mainwindow/WelcomePage.h"
#include "store/SearchRepository.h"
#include "store/StoreError.h"
#include "store/StoreLocation.h"
#include "tracking/ActivityView.h"
#include "tracking/TrackingController.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrinter>
#include <QProgressDialog>
#include <QScreen>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

bool s_quietForTesting = false;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_undoStack(new QUndoStack(this)),
      m_files(new SummitFileController(this, m_undoStack))
{
    PluralForms::install(); // the window's counts read "1 issue", not "1 issue(s)"
    setObjectName(QStringLiteral("mainWindow"));
    createActions();
    createCentralArea();
    createMenus();
    m_tracking = new TrackingController(this);
    // After the activity tab, which tracking adds.
    m_packageDeals = new PackageDealsView(this);
    tabs()->addTab(m_packageDeals, tr("Package deals"));
    connect(m_packageDeals, &PackageDealsView::issueActivated, this, &MainWindow::selectIssue);
    // Last in the Edit menu, after what tracking adds there, where desktop programs keep it.
    m_editMenu->addSeparator();
    QAction *preferences = m_editMenu->addAction(tr("Pr&eferences…"));
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setStatusTip(tr("The language of the window"));
    connect(preferences, &QAction::triggered, this, &MainWindow::preferences);

    // Which summit is open stays in view while messages come and go.
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_fileLabel->setContentsMargins(0, 0, fontMetrics().averageCharWidth() * 2, 0);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addPermanentWidget(m_fileLabel);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_files, &SummitFileController::opened, this, &MainWindow::onOpened);
    connect(m_files, &SummitFileController::aboutToClose, this, &MainWindow::onAboutToClose);
    connect(m_files, &SummitFileController::closed, this, &MainWindow::onClosed);
    connect(m_files, &SummitFileController::failed, this, &MainWindow::showCritical);
    connect(m_files, &SummitFileController::statusMessage, statusBar(), &QStatusBar::showMessage);

    restoreLayout();
    closeDatabase();
}

MainWindow::~MainWindow()
{
    // The models and the commands on the stack refer to the store: let go of them first.
    closeDatabase();
}

void MainWindow::setQuietForTesting(bool quiet)
{
    s_quietForTesting = quiet;
}

bool MainWindow::isQuietForTesting()
{
    return s_quietForTesting;
}

void MainWindow::createActions()
{
    m_issueActions = new IssueActions(m_undoStack, this);
    m_newAction = new QAction(tr("&New…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setObjectName(QStringLiteral("newAction"));
    m_newAction->setStatusTip(tr("Start a file for a new summit"));
    connect(m_newAction, &QAction::triggered, m_files, &SummitFileController::newSummitInteractive);

    m_openAction =
        new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a Summit Brief database"));
    connect(m_openAction, &QAction::triggered, m_files,
            &SummitFileController::openDatabaseInteractive);

    m_openDemoAction = new QAction(tr("Open &Demo"), this);
    m_openDemoAction->setStatusTip(
        tr("Write a fresh copy of the EU–China summit demo and open it"));
    connect(m_openDemoAction, &QAction::triggered, this, &MainWindow::openDemo);

    m_connectTeamDatabaseAction = new QAction(tr("Connect to &Team Database…"), this);
    m_connectTeamDatabaseAction->setObjectName(QStringLiteral("connectTeamDatabaseAction"));
    m_connectTeamDatabaseAction->setStatusTip(
        tr("Open a summit the delegation shares on a PostgreSQL server"));
    connect(m_connectTeamDatabaseAction, &QAction::triggered, m_files,
            &SummitFileController::connectTeamDatabaseInteractive);

    m_closeAction = new QAction(tr("&Close Summit"), this);
    m_closeAction->setObjectName(QStringLiteral("closeAction"));
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setStatusTip(tr("Close this summit and go back to the welcome page"));
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeDatabase);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z on Linux; Ctrl+Y too, as office programs have taught many users.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Y));
    m_redoAction->setShortcuts(redoKeys);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    // Connected after the stack's own: nothing to undo or redo on a read-only summit.
    connect(m_undoStack, &QUndoStack::canUndoChanged, this, [this](bool can) {
        m_undoAction->setEnabled(can && store() && !store()->isReadOnly());
    });
    connect(m_undoStack, &QUndoStack::canRedoChanged, this, [this](bool can) {
        m_redoAction->setEnabled(can && store() && !store()->isReadOnly());
    });

    m_toggleDetailsAction = new QAction(tr("Issue &Details"), this);
    m_toggleDetailsAction->setCheckable(true);
    m_toggleDetailsAction->setChecked(true);
    m_toggleDetailsAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_toggleDetailsAction->setStatusTip(tr("Show or hide the details of the selected issue"));

    // One per tab, in the tabs' order, so Ctrl+N is the Nth tab.
    const QList<QPair<QString, QString>> tabTexts = {
        {tr("&Issues"), QStringLiteral("showIssuesAction")},
        {tr("&Actors"), QStringLiteral("showActorsAction")},
        {tr("&Programme"), QStringLiteral("showProgrammeAction")},
        {tr("I&ndicators"), QStringLiteral("showIndicatorsAction")},
        {tr("Das&hboard"), QStringLiteral("showDashboardAction")},
        {tr("&Matrix"), QStringLiteral("showMatrixAction")},
        {tr("Ac&tivity"), QStringLiteral("showActivityAction")},
        {tr("Pac&kage Deals"), QStringLiteral("showPackageDealsAction")}};
    for (qsizetype i = 0; i < tabTexts.size(); ++i) {
        auto *action = new QAction(tabTexts[i].first, this);
        action->setObjectName(tabTexts[i].second);
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + int(i))));
        m_showTabActions.append(action);
    }

    // F6 as in most desktop programs: the next area of the window, not the next field.
    m_nextPaneAction = new QAction(tr("Ne&xt Pane"), this);
    m_nextPaneAction->setObjectName(QStringLiteral("nextPaneAction"));
    m_nextPaneAction->setShortcut(QKeySequence(Qt::Key_F6));
    m_nextPaneAction->setStatusTip(
        tr("Move the keyboard focus between the issue table, the issue details and the filter"));
    m_previousPaneAction = new QAction(tr("Pre&vious Pane"), this);
    m_previousPaneAction->setObjectName(QStringLiteral("previousPaneAction"));
    m_previousPaneAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));

    m_exportPackAction = new QAction(tr("&Export Briefing Pack…"), this);
    m_exportPackAction->setObjectName(QStringLiteral("exportPackAction"));
    m_exportPackAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportPackAction->setStatusTip(tr("Write the briefing pack as PDF, ODT or HTML"));
    connect(m_exportPackAction, &QAction::triggered, this,
            [this] { m_pack->exportPackInteractive(); });
    m_printPreviewAction = new QAction(tr("Print Pre&view…"), this);
    m_printPreviewAction->setObjectName(QStringLiteral("printPreviewAction"));
    m_printPreviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_printPreviewAction, &QAction::triggered, this,
            [this] { m_pack->printPreviewInteractive(); });
    m_printAction = new QAction(tr("&Print…"), this);
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, [this] { m_pack->printInteractive(); });

    m_importAction = new QAction(tr("&Import…"), this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setStatusTip(
        tr("Add a scenario (JSON), an issue table (CSV) or a KTAB scenario (CSV) to this "
           "summit, after a preview"));
    connect(m_importAction, &QAction::triggered, this, [this] { m_exchange->importInteractive(); });
    m_exportScenarioAction = new QAction(tr("&Scenario JSON…"), this);
    m_exportScenarioAction->setObjectName(QStringLiteral("exportScenarioAction"));
    m_exportScenarioAction->setStatusTip(
        tr("Write the whole summit as a scenario file another database can import"));
    connect(m_exportScenarioAction, &QAction::triggered, this,
            [this] { m_exchange->exportScenarioInteractive(); });
    m_exportIssueTableAction = new QAction(tr("&Issue Table CSV…"), this);
    m_exportIssueTableAction->setObjectName(QStringLiteral("exportIssueTableAction"));
    m_exportIssueTableAction->setStatusTip(tr("Write the issues as a table for a spreadsheet"));
    connect(m_exportIssueTableAction, &QAction::triggered, this,
            [this] { m_exchange->exportIssueTableInteractive(); });
    m_exportKtabAction = new QAction(tr("&KTAB Scenario CSV…"), this);
    m_exportKtabAction->setObjectName(QStringLiteral("exportKtabAction"));
    m_exportKtabAction->setStatusTip(
        tr("Write the selected issues (or every issue with positions) as an input file for "
           "KTAB's Spatial Model of Politics"));
    connect(m_exportKtabAction, &QAction::triggered, this,
            [this] { m_exchange->exportKtabInteractive(); });

    m_summitPropertiesAction = new QAction(tr("&Properties…"), this);
    m_summitPropertiesAction->setObjectName(QStringLiteral("summitPropertiesAction"));
    m_summitPropertiesAction->setStatusTip(
        tr("The summit's name, place, dates, marking and the two sides compared"));
    connect(m_summitPropertiesAction, &QAction::triggered, m_files,
            &SummitFileController::editPropertiesInteractive);

    m_userGuideAction = new QAction(tr("&User Guide"), this);
    m_userGuideAction->setObjectName(QStringLiteral("userGuideAction"));
    m_userGuideAction->setShortcut(QKeySequence::HelpContents);
    m_userGuideAction->setStatusTip(tr("How to do each task, at the page for what you see now"));
    connect(m_userGuideAction, &QAction::triggered, this, &MainWindow::showUserGuide);

    m_aboutAction = new QAction(tr("&About Summit Brief"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addAction(m_openDemoAction);
    file->addAction(m_connectTeamDatabaseAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this,
            [this] { m_files->fillRecentMenu(m_recentMenu); });
    m_files->fillRecentMenu(m_recentMenu);
    file->addSeparator();
    file->addAction(m_importAction);
    QMenu *exportMenu = file->addMenu(tr("E&xport"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    exportMenu->addAction(m_exportScenarioAction);
    exportMenu->addAction(m_exportIssueTableAction);
    exportMenu->addAction(m_exportKtabAction);
    file->addSeparator();
    file->addAction(m_exportPackAction);
    file->addAction(m_printPreviewAction);
    file->addAction(m_printAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    m_findAction = edit->addAction(tr("&Find Issues…"));
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_summitTabs, &SummitTabs::focusFind);
    m_editMenu = edit;

    QMenu *summit = menuBar()->addMenu(tr("&Summit"));
    summit->setObjectName(QStringLiteral("summitMenu"));
    summit->addAction(m_summitPropertiesAction);

    m_issueActions->addTo(menuBar()->addMenu(tr("&Issue")));

    // What a desk does most, one click away; the menus hold the rest.
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_issueActions->newIssueAction());
    bar->addAction(m_issueActions->duplicateAction());
    bar->addAction(m_issueActions->archiveAction());
    bar->addSeparator();
    bar->addAction(m_exportPackAction);
    bar->addAction(m_printPreviewAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addActions(m_showTabActions);
    view->addSeparator();
    view->addAction(m_toggleDetailsAction);
    view->addAction(m_nextPaneAction);
    view->addAction(m_previousPaneAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_userGuideAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createCentralArea()
{
    m_summitTabs = new SummitTabs(this);
    connect(m_summitTabs, &SummitTabs::countsChanged, this, &MainWindow::updateCounts);
    connect(m_summitTabs, &SummitTabs::warning, this, &MainWindow::showWarning);
    connect(m_toggleDetailsAction, &QAction::toggled, detailPanel(), &QWidget::setVisible);
    for (qsizetype i = 0; i < m_showTabActions.size(); ++i)
        connect(m_showTabActions[i], &QAction::triggered, this, [this, i] {
            if (i < tabs()->count())
                tabs()->setCurrentIndex(int(i));
        });
    connect(m_nextPaneAction, &QAction::triggered, this, [this] { m_summitTabs->cyclePane(true); });
    connect(m_previousPaneAction, &QAction::triggered, this,
            [this] { m_summitTabs->cyclePane(false); });
    // Not a modal box: the summit stays readable, the banner says why it cannot change.
    m_readOnlyBanner = new QFrame(this);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setFrameShape(QFrame::StyledPanel);
    m_readOnlyBanner->setAutoFillBackground(true);
    QPalette bannerPalette = m_readOnlyBanner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x3d, 0x2e, 0x00));
    m_readOnlyBanner->setPalette(bannerPalette);
    m_readOnlyText = new QLabel(m_readOnlyBanner);
    m_readOnlyText->setObjectName(QStringLiteral("readOnlyText"));
    m_readOnlyText->setTextFormat(Qt::RichText);
    m_readOnlyText->setWordWrap(true);
    auto *bannerLayout = new QHBoxLayout(m_readOnlyBanner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    bannerLayout->addWidget(m_readOnlyText);
    m_readOnlyBanner->hide();

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_readOnlyBanner);
    centralLayout->addWidget(m_summitTabs, 1);
    m_summitPage = central;

    // No summit open: the ways to open one instead of empty tabs.
    m_welcomePage = new WelcomePage(this);
    connect(m_welcomePage, &WelcomePage::openDemoRequested, m_files,
            &SummitFileController::openOrWriteDemo);
    connect(m_welcomePage, &WelcomePage::newSummitRequested, m_files,
            &SummitFileController::newSummitInteractive);
    connect(m_welcomePage, &WelcomePage::openFileRequested, m_files,
            &SummitFileController::openDatabaseInteractive);
    connect(m_welcomePage, &WelcomePage::connectTeamDatabaseRequested, m_files,
            &SummitFileController::connectTeamDatabaseInteractive);
    connect(m_welcomePage, &WelcomePage::openRecentRequested, this,
            [this](const QString &location) { openDatabase(location); });

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_welcomePage);
    m_pages->addWidget(m_summitPage);
    setCentralWidget(m_pages);
    connect(m_issueActions->showArchivedAction(), &QAction::toggled, m_summitTabs,
            &SummitTabs::setShowArchived);
    connect(m_summitTabs, &SummitTabs::showArchivedChanged, m_issueActions->showArchivedAction(),
            &QAction::setChecked);

    m_exchange = new ExchangeController(m_files, m_summitTabs, m_undoStack, this);
    connect(m_exchange, &ExchangeController::failed, this, &MainWindow::showCritical);
    connect(m_exchange, &ExchangeController::statusMessage, statusBar(), &QStatusBar::showMessage);

    m_pack = new PackController(m_files, m_summitTabs, this);
    connect(m_pack, &PackController::failed, this, &MainWindow::showCritical);
    connect(m_pack, &PackController::warning, this, &MainWindow::showWarning);
    connect(m_pack, &PackController::statusMessage, this,
            [this](const QString &message, int timeout) {
                if (message.isEmpty())
                    statusBar()->clearMessage();
                else
                    statusBar()->showMessage(message, timeout);
            });
}

bool MainWindow::openDatabase(const QString &path, Store::OpenMode mode)
{
    return m_files->openDatabase(path, mode);
}

bool MainWindow::newDatabase(const QString &path)
{
    return m_files->newDatabase(path);
}

bool MainWindow::openDemo()
{
    return m_files->openDemo();
}

void MainWindow::closeDatabase()
{
    m_files->closeDatabase();
}

void MainWindow::openStartupDatabase(const QString &commandLineLocation)
{
    if (!commandLineLocation.isEmpty()) {
        openDatabase(commandLineLocation, Store::OpenMode::ExistingOnly);
        return;
    }
    const QString last = AppSettings().lastDatabase();
    if (!last.isEmpty() && (StoreLocation::isTeamDatabase(last) || QFileInfo::exists(last)))
        openDatabase(last, Store::OpenMode::ExistingOnly);
}

bool MainWindow::isWelcomeShown() const
{
    return m_pages->currentWidget() == m_welcomePage;
}

void MainWindow::buildSearchIndex(Store *store)
{
    // A small summit's index is brought up to date unnoticed at the first search.
    if (store->isReadOnly() || store->isTeamDatabase())
        return;
    try {
        SearchRepository search(*store);
        if (search.staleCount() < searchIndexProgressThreshold)
            return;
        QProgressDialog progress(tr("Preparing the search of this summit…"), tr("Cancel"), 0, 0,
                                 this);
        progress.setObjectName(QStringLiteral("searchIndexProgress"));
        progress.setWindowTitle(tr("Summit Brief"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(500);
        progress.setAutoReset(false);
        progress.setAutoClose(false);
        bool cancelled = false;
        search.sync(
            [&progress](int done, int total) {
                progress.setMaximum(total);
                progress.setValue(done);
                return !progress.wasCanceled();
            },
            &cancelled);
        if (cancelled)
            statusBar()->showMessage(tr("The search index will be prepared at the first search."),
                                     15000);
    } catch (const StoreError &) {
        // The first search brings the index up to date, and says why if it cannot.
    }
}

void MainWindow::onOpened(Store *store)
{
    m_pages->setCurrentWidget(m_summitPage);
    buildSearchIndex(store);
    m_summitTabs->attach(store, m_undoStack);
    m_issueActions->setContext(store, issueModel(), issueTable());
    connect(store, &Store::reset, this, &MainWindow::updateTitle);
    connect(store, &Store::errorOccurred, this, &MainWindow::showWarning);
    updateTitle();
    m_fileLabel->setText(m_files->summitName());
    m_fileLabel->setToolTip(store->isTeamDatabase() ? store->path()
                                                    : QDir::toNativeSeparators(store->path()));
    // First: what follows may stop to show an error, and the banner says why
    // the summit cannot change in the meantime too.
    updateEditing();
    m_tracking->attach(store);
    m_packageDeals->setStore(store);
    updateEditing(); // again, after the tracking actions took their state
}

void MainWindow::updateEditing()
{
    const QString reason = m_files->readOnlyReason();
    const bool writable = store() && reason.isEmpty();
    m_readOnlyText->setText(
        reason.isEmpty()
            ? QString()
            : tr("<b>This summit is open read-only.</b> %1").arg(reason.toHtmlEscaped()));
    m_readOnlyBanner->setVisible(!reason.isEmpty());
    for (QAction *action : fileActions())
        action->setEnabled(store() != nullptr);
    // Reading, searching, charts and packs stay; what would change the summit goes.
    m_summitPropertiesAction->setEnabled(writable);
    m_importAction->setEnabled(writable);
    // The stack enables these as it fills; a read-only summit has nothing to undo.
    if (!writable) {
        m_undoAction->setEnabled(false);
        m_redoAction->setEnabled(false);
    }
}

void MainWindow::onAboutToClose()
{
    // What is being typed is saved before the file goes.
    m_summitTabs->commitPending();
    m_tracking->attach(nullptr);
    m_packageDeals->setStore(nullptr);
    m_issueActions->setContext(nullptr, nullptr, nullptr);
    m_undoStack->clear();
    m_summitTabs->detach();
}

QList<QAction *> MainWindow::fileActions() const
{
    QList<QAction *> actions{m_summitPropertiesAction,
                             m_importAction,
                             m_exportScenarioAction,
                             m_exportIssueTableAction,
                             m_exportKtabAction,
                             m_exportPackAction,
                             m_printPreviewAction,
                             m_printAction,
                             m_closeAction,
                             m_findAction,
                             m_toggleDetailsAction,
                             m_nextPaneAction,
                             m_previousPaneAction};
    actions.append(m_showTabActions);
    return actions;
}

void MainWindow::onClosed()
{
    m_summitTabs->detach();
    m_fileLabel->clear();
    m_fileLabel->setToolTip(QString());
    m_readOnlyBanner->hide();
    for (QAction *action : fileActions())
        action->setEnabled(false);
    updateCounts(0, 0);
    updateTitle();
    m_welcomePage->refreshRecent();
    const bool hadFocus = m_summitPage->isAncestorOf(QApplication::focusWidget());
    m_pages->setCurrentWidget(m_welcomePage);
    if (hadFocus || !QApplication::focusWidget())
        m_welcomePage->setFocus();
}

void MainWindow::selectIssue(qint64 issueId)
{
    m_summitTabs->selectIssue(issueId);
}

QString MainWindow::countText() const
{
    return m_countLabel->text();
}

void MainWindow::updateCounts(qint64 shown, qint64 total)
{
    if (!store()) {
        m_countLabel->clear();
        return;
    }
    m_countLabel->setText(tr("Showing %1 of %n issue(s)", nullptr, int(total)).arg(shown));
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_files->windowTitle());
}

void MainWindow::restoreLayout()
{
    const AppSettings settings;
    const QByteArray geometry = settings.windowGeometry();
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1400, 900);
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        resize(fittingSize(available));
        move(available.center() - rect().center());
    }
    restoreState(settings.windowState());
    m_summitTabs->restoreLayout(settings);
    m_toggleDetailsAction->setChecked(settings.detailPanelVisible());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_fittedToScreen || isMaximized() || isFullScreen() || !screen())
        return;
    m_fittedToScreen = true;
    // A geometry saved on a bigger screen: all of the window on this one, frame
    // and status bar included.
    const QRect available = screen()->availableGeometry();
    const QSize frameExtra = frameGeometry().size() - size();
    if (frameGeometry().width() > available.width() ||
        frameGeometry().height() > available.height())
        resize(size().boundedTo(available.size() - frameExtra));
    const QRect frame = frameGeometry();
    if (!available.contains(frame))
        // Still too big (its minimum size): the top left corner shows.
        move(qMax(available.left(), qMin(frame.x(), available.right() + 1 - frame.width())),
             qMax(available.top(), qMin(frame.y(), available.bottom() + 1 - frame.height())));
}

QSize MainWindow::fittingSize(const QRect &available)
{
    // Some room left around it for the window frame and the desktop's panels.
    return QSize(1400, 900).boundedTo(available.size() * 0.92);
}

void MainWindow::saveLayout()
{
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    m_summitTabs->saveLayout(settings);
    settings.setDetailPanelVisible(m_toggleDetailsAction->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_summitTabs->commitPending();
    saveLayout();
    event->accept();
}

void MainWindow::showCritical(const QString &title, const QString &message)
{
    m_lastError = message;
    if (s_quietForTesting) {
        statusBar()->showMessage(message, 15000);
        return;
    }
    QMessageBox box(QMessageBox::Critical, tr("Summit Brief"), title, QMessageBox::Ok, this);
    box.setInformativeText(message);
    box.exec();
}

void MainWindow::showWarning(const QString &message)
{
    m_lastError = message;
    if (s_quietForTesting) {
        statusBar()->showMessage(message, 15000);
        return;
    }
    QMessageBox::warning(this, tr("Summit Brief"), message);
}

QUrl MainWindow::helpUrlForCurrentView() const
{
    if (isWelcomeShown())
        return HelpWindow::guideUrl(QStringLiteral("index.html#first-start"));
    QWidget *current = tabs()->currentWidget();
    if (qobject_cast<ActivityView *>(current))
        return HelpWindow::guideUrl(QStringLiteral("status.html#activity"));
    if (qobject_cast<PackageDealsView *>(current))
        return HelpWindow::guideUrl(QStringLiteral("forecast.html#package-deals"));
    switch (tabs()->indexOf(current)) {
    case SummitTabs::IssuesTab:
        return HelpWindow::guideUrl(QStringLiteral("status.html"));
    case SummitTabs::ActorsTab:
        return HelpWindow::guideUrl(QStringLiteral("build-summit.html#actors"));
    case SummitTabs::ProgrammeTab:
        return HelpWindow::guideUrl(QStringLiteral("build-summit.html#programme"));
    case SummitTabs::IndicatorsTab:
        return HelpWindow::guideUrl(QStringLiteral("build-summit.html#indicators"));
    case SummitTabs::DashboardTab:
        return HelpWindow::guideUrl(QStringLiteral("forecast.html#dashboard"));
    case SummitTabs::MatrixTab:
        return HelpWindow::guideUrl(QStringLiteral("forecast.html#matrix"));
    default:
        return HelpWindow::guideUrl(QStringLiteral("index.html"));
    }
}

void MainWindow::showUserGuide()
{
    if (!m_helpWindow)
        m_helpWindow = new HelpWindow(this);
    m_helpWindow->showPage(helpUrlForCurrentView());
}

void MainWindow::preferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && dialog.languageChanged())
        statusBar()->showMessage(
            tr("The new language takes effect the next time Summit Brief starts."));
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Summit Brief"),
        tr("<h3>Summit Brief %1</h3>"
           "<p>Negotiation issues, actors' positions and briefing packs for a delegation "
           "preparing a summit.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

bool MainWindow::printPack(QPrinter *printer, const PackOptions &options)
{
    return m_pack->printPack(printer, options);
}
