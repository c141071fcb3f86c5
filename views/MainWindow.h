#pragma once

#include "briefing/PackExportDialog.h"
#include "store/Store.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class ActorListModel;
class ActorsView;
class DashboardView;
class IssueActions;
class IssueDetailPanel;
class IssueFilterBar;
class IssueTableModel;
class MatrixView;
class PositionMatrixModel;
class PositionTableModel;
class QAction;
class QLabel;
class QMenu;
class QPrinter;
class QSplitter;
class QTabWidget;
class QTableView;
class QUndoStack;
class StatusHistoryModel;
class SummitHeader;
class TrackingController;

// The one window: the summit header, the issues (table, filters, details) and
// the actors. It owns the open database, the undo stack and the item models;
// opening another file replaces all three, and a file that cannot be opened
// leaves the current one open.
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

    // Null when no database is open.
    Store *store() const { return m_store.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    IssueTableModel *issueModel() const { return m_issueModel; }
    QTableView *issueTable() const { return m_issueTable; }
    IssueFilterBar *filterBar() const { return m_filterBar; }
    IssueDetailPanel *detailPanel() const { return m_detailPanel; }
    ActorsView *actorsView() const { return m_actorsView; }
    DashboardView *dashboardView() const { return m_dashboard; }
    MatrixView *matrixView() const { return m_matrixView; }
    SummitHeader *summitHeader() const { return m_summitHeader; }
    QTabWidget *tabs() const { return m_tabs; }
    TrackingController *tracking() const { return m_tracking; }
    IssueActions *issueActions() const { return m_issueActions; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QString countText() const;
    QAction *exportPackAction() const { return m_exportPackAction; }
    QAction *printPreviewAction() const { return m_printPreviewAction; }
    QAction *printAction() const { return m_printAction; }

    // Paints the briefing pack onto the printer (what print and print preview do);
    // shows why and returns false when it cannot.
    bool printPack(QPrinter *printer, const PackOptions &options);

    // Selects the issue in the table (clearing the filter if it hides it) and
    // shows the Issues tab.
    void selectIssue(qint64 issueId);
    qint64 currentIssueId() const { return m_currentIssueId; }

    // Tests run without modal boxes: messages go to the status bar and lastError().
    // The issue table's title column keeps room for this many characters before
    // the other columns shrink.
    static constexpr int titleMinimumCharacters = 28;

    // The window's size on first start for a screen of this available area:
    // the usual 1400x900, smaller where that would not fit.
    static QSize fittingSize(const QRect &available);

    static void setQuietForTesting(bool quiet);
    static bool isQuietForTesting();
    QString lastError() const { return m_lastError; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    void attachModels();
    void showColumnMenu(const QPoint &position);
    // Title keeps its room at any width; the other columns shrink first.
    void fitIssueColumns();
    QByteArray issueHeaderState();
    void applyFilter();
    void reselectCurrentIssue();
    void onCurrentRowChanged(const QModelIndex &current);
    void updateSummit();
    void updateCategories();
    void updateTitle();
    void updateCounts(qint64 shown, qint64 total);
    void updateRecentMenu();
    void restoreLayout();
    void saveLayout();
    void rememberDatabase(const QString &path);
    void showCritical(const QString &title, const QString &message);
    void showWarning(const QString &message);

    void newDatabaseInteractive();
    void openDatabaseInteractive();
    void about();
    void exportPackInteractive();
    // The export dialog's default file and its count of the issues it would brief.
    void prepareDialog(PackExportDialog &dialog);
    void printPreviewInteractive();
    void printInteractive();
    // Asks for the pack to print; false when cancelled or no issue is chosen.
    bool askPrintOptions(PackOptions *options);
    // The codes of the issues the scope names; false, with a message, when none.
    bool packIssueCodes(PackExportDialog::Scope scope, QStringList *codes);
    QStringList selectedIssueCodes() const;
    QString databaseClassification() const;

    std::unique_ptr<Store> m_store;
    QUndoStack *m_undoStack;
    IssueTableModel *m_issueModel = nullptr;
    PositionTableModel *m_positionModel = nullptr;
    StatusHistoryModel *m_historyModel = nullptr;
    ActorListModel *m_actorModel = nullptr;
    PositionMatrixModel *m_matrixModel = nullptr;
    qint64 m_currentIssueId = 0;
    QByteArray m_issueHeaderState;
    QHash<int, int> m_columnPreferences; // issue table column -> width the user chose
    QList<int> m_issueColumnsResized;    // as saved: whose saved widths are the user's
    bool m_fittingColumns = false;
    bool m_fittedToScreen = false;
    QString m_lastError;

    SummitHeader *m_summitHeader = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_issueSplitter = nullptr;
    IssueFilterBar *m_filterBar = nullptr;
    QTableView *m_issueTable = nullptr;
    IssueDetailPanel *m_detailPanel = nullptr;
    ActorsView *m_actorsView = nullptr;
    DashboardView *m_dashboard = nullptr;
    MatrixView *m_matrixView = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_fileLabel = nullptr;
    TrackingController *m_tracking = nullptr;
    IssueActions *m_issueActions = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openDemoAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_toggleDetailsAction = nullptr;
    QAction *m_showIssuesAction = nullptr;
    QAction *m_showActorsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_exportPackAction = nullptr;
    QAction *m_printPreviewAction = nullptr;
    QAction *m_printAction = nullptr;
    QMenu *m_recentMenu = nullptr;
};
