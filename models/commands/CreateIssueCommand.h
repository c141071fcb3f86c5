#pragma once

#include "domain/Issue.h"
#include "domain/Position.h"
#include "store/IssueRepository.h"

#include <QUndoCommand>

class Store;

// Creates an issue (New Issue, or Duplicate Issue with a copied Issue and the
// original's positions, all in one transaction). Undo deletes it, with its
// creation entry and positions, if it is still as this command left it;
// redo puts back the same row under the same id, so later commands on the stack
// still find it. A refused step marks the command obsolete and reports through
// Store::errorOccurred, as ChangeStatusCommand does.
class CreateIssueCommand : public QUndoCommand
{
public:
    // `text` names the step on the undo stack; empty: "Create issue CODE".
    CreateIssueCommand(Store &store, const Issue &issue, const QString &text = QString(),
                       QUndoCommand *parent = nullptr);
    // The new issue starts with these positions (their actors and values; their
    // ids and issue are its own).
    CreateIssueCommand(Store &store, const Issue &issue, const QList<Position> &positions,
                       const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    // The new issue's id after the first redo(); 0 if it was refused.
    qint64 issueId() const { return m_created.id; }

private:
    void insert();

    Store &m_store;
    Issue m_created;
    QList<Position> m_positions;
    IssueRepository::DeletedIssue m_removed;
    bool m_firstRedo = true;
};
