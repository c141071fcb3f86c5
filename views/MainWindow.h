#pragma once

#include "briefing/PackExportDialog.h"
#include "mainwindow/SummitFileController.h"
#include "mainwindow/SummitTabs.h"
#include "store/Store.h"

#include <QMainWindow>
#include <QUrl>

class ActorsView;
class DashboardView;
class IssueActions;
class IssueDetailPanel;
class IssueFilterBar;
class ExchangeController;
class IssueTableModel;
class MatrixView;
class PackController;
class PackageDealsView;
class QAction;
class QFrame;
class QLabel;
class QMenu;
class QPrinter;
class QTabWidget;
class QTableView;
class QUndoStack;
class SummitHeader;
class TrackingController;
class QStackedWidget;
class WelcomePage;
class HelpWindow;

// The one window: it owns the actions, the menus and the undo stack, and wires
// them to the open summit file (SummitFileController: new, open, close, recent)
// and to its tabs (SummitTabs: header, issues, actors, dashboard, matrix).
// Opening another file replaces the store, the models and the undo history; a
// file that cannot be opened leaves the current one open.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows why in a message box and returns false when the file cannot be opened.
    bool openDatabase(const QString &path, Store::OpenMode mode = Store::OpenMode::ExistingOnly);
    // Creates an empty database at a path where no file exists yet.
    bool newDatabase(const QString &path);
    // Writes a fresh demo database to AppSettings::demoDatabasePath() and opens it.
    bool openDemo();
    void closeDatabase();
    // What a start does: the database named on the command line, else the last one
    // used if it is still there, else nothing: the welcome page shows and no file
    // is written until the user chooses.
    void openStartupDatabase(const QString &commandLineLocation);
    // True while no summit is open and the welcome page shows instead of the tabs.
    bool isWelcomeShown() const;
    WelcomePage *welcomePage() const { return m_welcomePage; }
    QAction *closeAction() const { return m_closeAction; }
    QAction *findAction() const { return m_findAction; }
    QAction *userGuideAction() const { return m_userGuideAction; }
    // The guide's page (and anchor) for what the window shows now: the welcome
    // page or the current tab.
    QUrl helpUrlForCurrentView() const;
    // Null until the guide was first shown.
    HelpWindow *helpWindow() const { return m_helpWindow; }
    void showUserGuide();

    // Null when no database is open.
    Store *store() const { return m_files->store(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    SummitFileController *files() const { return m_files; }
    SummitTabs *summitTabs() const { return m_summitTabs; }
    IssueTableModel *issueModel() const { return m_summitTabs->issueModel(); }
    QTableView *issueTable() const { return m_summitTabs->issueTable(); }
    IssueFilterBar *filterBar() const { return m_summitTabs->filterBar(); }
    IssueDetailPanel *detailPanel() const { return m_summitTabs->detailPanel(); }
    ActorsView *actorsView() const { return m_summitTabs->actorsView(); }
    DashboardView *dashboardView() const { return m_summitTabs->dashboardView(); }
    MatrixView *matrixView() const { return m_summitTabs->matrixView(); }
    SummitHeader *summitHeader() const { return m_summitTabs->summitHeader(); }
    QTabWidget *tabs() const { return m_summitTabs->tabs(); }
    TrackingController *tracking() const { return m_tracking; }
    IssueActions *issueActions() const { return m_issueActions; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QString countText() const;
    QAction *exportPackAction() const { return m_exportPackAction; }
    QAction *printPreviewAction() const { return m_printPreviewAction; }
    QAction *printAction() const { return m_printAction; }
    QAction *newAction() const { return m_newAction; }
    QAction *summitPropertiesAction() const { return m_summitPropertiesAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *exportScenarioAction() const { return m_exportScenarioAction; }
    QAction *exportIssueTableAction() const { return m_exportIssueTableAction; }
    QAction *exportKtabAction() const { return m_exportKtabAction; }
    QAction *connectTeamDatabaseAction() const { return m_connectTeamDatabaseAction; }
    // The line at the top saying the summit is open read-only, and why.
    QLabel *readOnlyBanner() const { return m_readOnlyText; }
    // Which summit is open, in the status bar.
    QLabel *summitLabel() const { return m_fileLabel; }
    ExchangeController *exchange() const { return m_exchange; }

    // Paints the briefing pack onto the printer (what print and print preview do);
    // shows why and returns false when it cannot.
    bool printPack(QPrinter *printer, const PackOptions &options);

    // Selects the issue in the table (clearing the filter if it hides it) and
    // shows the Issues tab.
    void selectIssue(qint64 issueId);
    qint64 currentIssueId() const { return m_summitTabs->currentIssueId(); }

    // Tests run without modal boxes: messages go to the status bar and lastError().
    // The issue table's title column keeps room for this many characters before
    // the other columns shrink.
    static constexpr int titleMinimumCharacters = SummitTabs::titleMinimumCharacters;

    // The window's size on first start for a screen of this available area:
    // the usual 1400x900, smaller where that would not fit.
    static QSize fittingSize(const QRect &available);

    // From this many out-of-date issues on, opening a summit prepares its search
    // index with a progress dialog rather than at the first search.
    static constexpr int searchIndexProgressThreshold = 2000;

    static void setQuietForTesting(bool quiet);
    static bool isQuietForTesting();
    QString lastError() const { return m_lastError; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    void onOpened(Store *store);
    // The first build of a large file's search index, with progress and Cancel.
    void buildSearchIndex(Store *store);
    void onAboutToClose();
    void onClosed();
    // Actions that need an open file.
    QList<QAction *> fileActions() const;
    void updateTitle();
    // Editing actions follow whether the open summit can be changed.
    void updateEditing();
    void updateCounts(qint64 shown, qint64 total);
    void restoreLayout();
    void saveLayout();
    void showCritical(const QString &title, const QString &message);
    void showWarning(const QString &message);

    void preferences();
    void about();

    QUndoStack *m_undoStack;
    SummitFileController *m_files = nullptr;
    SummitTabs *m_summitTabs = nullptr;
    PackController *m_pack = nullptr;
    ExchangeController *m_exchange = nullptr;
    bool m_fittedToScreen = false;
    QString m_lastError;

    QLabel *m_countLabel = nullptr;
    QLabel *m_fileLabel = nullptr;
    QFrame *m_readOnlyBanner = nullptr;
    QLabel *m_readOnlyText = nullptr;
    TrackingController *m_tracking = nullptr;
    PackageDealsView *m_packageDeals = nullptr;
    IssueActions *m_issueActions = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openDemoAction = nullptr;
    QAction *m_connectTeamDatabaseAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_toggleDetailsAction = nullptr;
    QList<QAction *> m_showTabActions; // Ctrl+1.. in the tabs' order
    QAction *m_nextPaneAction = nullptr;
    QAction *m_previousPaneAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_summitPropertiesAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportScenarioAction = nullptr;
    QAction *m_exportIssueTableAction = nullptr;
    QAction *m_exportKtabAction = nullptr;
    QAction *m_exportPackAction = nullptr;
    QAction *m_printPreviewAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_findAction = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcomePage = nullptr;
    QWidget *m_summitPage = nullptr;
    QAction *m_userGuideAction = nullptr;
    HelpWindow *m_helpWindow = nullptr;
};
