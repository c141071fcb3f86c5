#pragma once

#include <QPointer>
#include <QWidget>

class QListWidget;
class QPushButton;
class QUndoStack;
class Store;

// The links of one issue, each read from this end ("blocks RE-02"), with adding
// and removing through undo commands. Double-clicking a link shows the other issue.
class IssueLinksView : public QWidget
{
    Q_OBJECT
public:
    explicit IssueLinksView(QWidget *parent = nullptr);

    void setContext(Store *store, QUndoStack *undoStack);
    void setIssue(qint64 issueId);
    qint64 issueId() const { return m_issueId; }
    void reload();

    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QString textAt(int row) const;

    // Adds a link of `kindKey` ("blocks") to the issue with this code; what "Add
    // link…" does after asking. False, with a message, when it cannot.
    bool addLink(const QString &kindKey, const QString &otherCode);
    void removeCurrent();

signals:
    void issueActivated(qint64 issueId);

private:
    void addInteractive();

    QPointer<Store> m_store;
    QPointer<QUndoStack> m_undoStack;
    qint64 m_issueId = 0;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
};
