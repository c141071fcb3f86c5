#pragma once

#include <QPointer>
#include <QWidget>

class IssueOverviewForm;
class PositionMapView;
class PositionTableModel;
class QAction;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QUndoStack;
class StatusHistoryModel;
class Store;

// Everything about the selected issue: its editable overview, every actor's
// position on it, and its status history.
class IssueDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit IssueDetailPanel(QWidget *parent = nullptr);

    // All null to show nothing (no database open).
    void setContext(Store *store, QUndoStack *undoStack, PositionTableModel *positions,
                    StatusHistoryModel *history);
    void setIssue(qint64 issueId);
    qint64 issueId() const { return m_issueId; }

    IssueOverviewForm *overview() const { return m_overview; }
    QTableView *positionsView() const { return m_positionsView; }
    QTableView *historyView() const { return m_historyView; }
    PositionMapView *positionMap() const { return m_positionMap; }
    QTabWidget *tabs() const { return m_tabs; }
    QString headerText() const;
    QString positionNoteText() const;

    // The Positions tab's button row and context menu.
    QAction *addPositionAction() const { return m_addPositionAction; }
    QAction *removePositionAction() const { return m_removePositionAction; }
    // Asks for the actor and values, then adds the position as an undo step.
    void addPosition();
    // Removes the selected position as an undo step.
    void removePosition();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reloadHeader();
    void fitColumns();
    void fitHistoryColumns();
    void showTitle();
    void showPositionNote();
    void updatePositionActions();
    void showPositionMenu(const QPoint &position);

    QPointer<Store> m_store;
    QPointer<PositionTableModel> m_positions;
    QPointer<StatusHistoryModel> m_history;
    QPointer<QUndoStack> m_undoStack;
    qint64 m_issueId = 0;
    QString m_fullTitle;

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_code;
    QLabel *m_title;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    IssueOverviewForm *m_overview;
    QTableView *m_positionsView;
    QLabel *m_scaleHint;
    QLabel *m_positionNote;
    QTableView *m_historyView;
    PositionMapView *m_positionMap;
    QAction *m_addPositionAction;
    QAction *m_removePositionAction;
};
