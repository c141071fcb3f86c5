#pragma once

#include <QPointer>
#include <QWidget>

class ActorListModel;
class QLabel;
class QListView;
class QSplitter;
class QStandardItemModel;
class QTableView;
class Store;

// The actors of the summit: who they are, where their information comes from,
// and where they stand on each issue. Double-clicking an issue opens it.
class ActorsView : public QWidget
{
    Q_OBJECT
public:
    explicit ActorsView(QWidget *parent = nullptr);

    // Both null when no database is open.
    void setContext(Store *store, ActorListModel *actors);
    void selectActor(qint64 actorId);
    qint64 currentActorId() const { return m_actorId; }

    QListView *actorList() const { return m_list; }
    QTableView *issueTable() const { return m_issues; }
    QSplitter *splitter() const { return m_splitter; }
    QString nameText() const;

signals:
    void issueActivated(qint64 issueId);

private:
    void showActor(qint64 actorId);
    void reload() { showActor(m_actorId); }

    QPointer<Store> m_store;
    QPointer<ActorListModel> m_actors;
    qint64 m_actorId = 0;

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
