#pragma once

#include "domain/Position.h"

#include <QList>
#include <QObject>
#include <QPointer>

class IssueTableModel;
struct Issue;
class QAction;
class QMenu;
class QTableView;
class QUndoStack;
class QWidget;
class Store;

// The life of an issue in the window: New Issue, Duplicate Issue, Archive or
// Restore Issue, Delete Issue… and Show Archived. Owns the actions, keeps them
// enabled as the current issue allows, and does the work as commands on the
// window's undo stack. The window only places the actions and tells it which
// store, model and table are open.
class IssueActions : public QObject
{
    Q_OBJECT
public:
    IssueActions(QUndoStack *undoStack, QWidget *window);

    // The open file's store, its issue model and the table showing it; all
    // null when no file is open.
    void setContext(Store *store, IssueTableModel *model, QTableView *table);

    QAction *newIssueAction() const { return m_newIssue; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *archiveAction() const { return m_archive; } // says Restore on an archived issue
    QAction *deleteAction() const { return m_delete; }
    QAction *showArchivedAction() const { return m_showArchived; }
    // In menu order; a null entry stands for a separator.
    QList<QAction *> actions() const;
    void addTo(QMenu *menu) const;

    bool showArchived() const;

    void newIssue();
    void duplicateIssue();
    void archiveOrRestoreIssue();
    void deleteIssue();

signals:
    // The window applies its filter again, with or without archived issues.
    void showArchivedChanged(bool shown);

private:
    qint64 currentIssueId() const;
    QString currentCode() const;
    int currentVersion() const;
    bool currentIsArchived() const;
    void updateActions();
    // Pushes the creation and opens the new row's title for typing.
    void create(const Issue &issue, const QString &text = QString(),
                const QList<Position> &positions = {});
    void inform(const QString &objectName, const QString &message) const;

    QPointer<QUndoStack> m_undoStack;
    QWidget *m_window;
    Store *m_store = nullptr;
    QPointer<IssueTableModel> m_model;
    QPointer<QTableView> m_table;
    QList<QMetaObject::Connection> m_connections;
    QAction *m_newIssue;
    QAction *m_duplicate;
    QAction *m_archive;
    QAction *m_delete;
    QAction *m_showArchived;
};
