#pragma once

#include <QPointer>
#include <QWidget>

class ActorListModel;
class QAction;
class QLabel;
class QListView;
class QSplitter;
class QStandardItemModel;
class QTableView;
class QToolBar;
class QUndoCommand;
class QUndoStack;
class Store;

// The actors of the summit: who they are, where their information comes from,
// and where they stand on each issue. Double-clicking an issue opens it. Actors
// are added, edited (double-click), merged and removed here, each an undo step.
class ActorsView : public QWidget
{
    Q_OBJECT
public:
    explicit ActorsView(QWidget *parent = nullptr);

    // All null when no database is open; without an undo stack nothing is edited.
    void setContext(Store *store, ActorListModel *actors, QUndoStack *undoStack = nullptr);
    void selectActor(qint64 actorId);
    qint64 currentActorId() const { return m_actorId; }

    QListView *actorList() const { return m_list; }
    QTableView *issueTable() const { return m_issues; }
    QSplitter *splitter() const { return m_splitter; }
    QString nameText() const;

    QAction *addActorAction() const { return m_addAction; }
    QAction *editActorAction() const { return m_editAction; }
    QAction *mergeActorAction() const { return m_mergeAction; }
    QAction *removeActorAction() const { return m_removeAction; }
    QToolBar *toolBar() const { return m_toolBar; }

    // Each opens its dialog (none for removal) and pushes the undo command.
    void addActor();
    void editActor();
    void mergeActor();
    void removeActor();

signals:
    void issueActivated(qint64 issueId);

private:
    void showActor(qint64 actorId);
    void reload() { showActor(m_actorId); }
    void updateActions();
    void showContextMenu(const QPoint &position);
    QStringList blocChoices() const;
    // Pushes the command; returns the store's message when it was refused
    // (the command is then gone), empty when it was done.
    QString push(QUndoCommand *command);

    QPointer<Store> m_store;
    QPointer<ActorListModel> m_actors;
    QPointer<QUndoStack> m_undoStack;
    qint64 m_actorId = 0;

    QToolBar *m_toolBar;
    QAction *m_addAction;
    QAction *m_editAction;
    QAction *m_mergeAction;
    QAction *m_removeAction;
    QSplitter *m_splitter;
    QListView *m_list;
    QLabel *m_name;
    QLabel *m_role;
    QLabel *m_kind;
    QLabel *m_illustrative;
    QLabel *m_biography;
    QLabel *m_source;
    QLabel *m_issuesTitle;
    QTableView *m_issues;
    QStandardItemModel *m_issueModel;
};
