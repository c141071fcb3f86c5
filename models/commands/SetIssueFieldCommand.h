#pragma once

#include "domain/Issue.h"

#include <QUndoCommand>
#include <QVariant>

class Store;

// Changes one field of one issue. The first redo() writes only if the row is
// still at the version the user saw (a colleague's edit is never overwritten);
// undo() and later redo() write only if the field still holds what this command
// wrote. A refused write marks the command obsolete and reports through
// Store::errorOccurred, so the stack never claims an edit that did not happen.
class SetIssueFieldCommand : public QUndoCommand
{
public:
    SetIssueFieldCommand(Store &store, qint64 issueId, IssueField field, const QVariant &oldValue,
                         const QVariant &newValue, int seenVersion, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Store &m_store;
    qint64 m_issueId;
    IssueField m_field;
    QVariant m_oldValue;
    QVariant m_newValue;
    int m_seenVersion;
    bool m_firstRedo = true;
};
