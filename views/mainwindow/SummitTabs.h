#pragma once

#include <QHash>
#include <QList>
#include <QWidget>

class ActorListModel;
class ActorsView;
class AppSettings;
class DashboardView;
class IndicatorsView;
class IssueDetailPanel;
class IssueFilterBar;
class IssueTableModel;
class MatrixView;
class PositionMatrixModel;
class PositionTableModel;
class ProgrammeView;
class QModelIndex;
class QSplitter;
class QTabWidget;
class QTableView;
class QUndoStack;
class StatusHistoryModel;
class Store;
class SummitHeader;

// The window's central area for the open summit: the summit header above the
// tabs (issues with their filter, table and details; actors; programme;
// indicators; dashboard; matrix),
// the item models behind them, the issue selection and the issue table's
// column widths. The window owns the actions and the store; this shows the store.
class SummitTabs : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        IssuesTab = 0,
        ActorsTab = 1,
        ProgrammeTab = 2,
        IndicatorsTab = 3,
        DashboardTab = 4,
        MatrixTab = 5
    };

    // The issue table's title column keeps room for this many characters before
    // the other columns shrink.
    static constexpr int titleMinimumCharacters = 28;

    explicit SummitTabs(QWidget *parent = nullptr);
    ~SummitTabs() override;

    // Shows `store` (models built on it, changes pushed on `undoStack`); null
    // shows nothing. The previous models go, after what is typed is saved.
    void attach(Store *store, QUndoStack *undoStack);
    void detach();

    IssueTableModel *issueModel() const { return m_issueModel; }
    QTableView *issueTable() const { return m_issueTable; }
    IssueFilterBar *filterBar() const { return m_filterBar; }
    IssueDetailPanel *detailPanel() const { return m_detailPanel; }
    ActorsView *actorsView() const { return m_actorsView; }
    ProgrammeView *programmeView() const { return m_programmeView; }
    IndicatorsView *indicatorsView() const { return m_indicatorsView; }
    DashboardView *dashboardView() const { return m_dashboard; }
    MatrixView *matrixView() const { return m_matrixView; }
    SummitHeader *summitHeader() const { return m_summitHeader; }
    QTabWidget *tabs() const { return m_tabs; }
    QSplitter *issueSplitter() const { return m_issueSplitter; }

    // Selects the issue in the table (clearing the filter if it hides it) and
    // shows the Issues tab.
    void selectIssue(qint64 issueId);
    qint64 currentIssueId() const { return m_currentIssueId; }
    QStringList selectedIssueCodes() const;
    // Archived issues are listed (greyed) too.
    void setShowArchived(bool show);
    bool showArchived() const { return m_showArchived; }
    // Puts the keyboard in the filter bar's full-text field.
    void focusFind();
    // F6 / Shift+F6: the issue table, the detail panel and the filter bar in turn.
    void cyclePane(bool forward);
    // Saves what is being typed in the details.
    void commitPending();

    void restoreLayout(const AppSettings &settings);
    void saveLayout(AppSettings &settings);

signals:
    // The issue table shows `shown` of the `total` issues (0, 0 with no store).
    void countsChanged(qint64 shown, qint64 total);
    // A store error while refreshing what the tabs show.
    void warning(const QString &message);
    void showArchivedChanged(bool show);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createIssueTable();
    void showColumnMenu(const QPoint &position);
    // Title keeps its room at any width; the other columns shrink first.
    void fitIssueColumns();
    QByteArray issueHeaderState();
    void applyFilter();
    void reselectCurrentIssue();
    void onCurrentRowChanged(const QModelIndex &current);
    void updateSummit();
    void updateCategories();

    Store *m_store = nullptr;
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
    bool m_showArchived = false;

    SummitHeader *m_summitHeader = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_issueSplitter = nullptr;
    IssueFilterBar *m_filterBar = nullptr;
    QTableView *m_issueTable = nullptr;
    IssueDetailPanel *m_detailPanel = nullptr;
    ActorsView *m_actorsView = nullptr;
    ProgrammeView *m_programmeView = nullptr;
    IndicatorsView *m_indicatorsView = nullptr;
    DashboardView *m_dashboard = nullptr;
    MatrixView *m_matrixView = nullptr;
};
