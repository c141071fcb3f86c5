#pragma once

#include "store/IssueRepository.h"

#include <QUndoCommand>

class Store;

// Deletes an issue whose history holds only its creation, with its positions
// and links (IssueRepository::remove). Undo puts back the same rows; a later
// redo deletes again only an issue still as the undo left it.
class DeleteIssueCommand : public QUndoCommand
{
public:
    DeleteIssueCommand(Store &store, qint64 issueId, int seenVersion,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Store &m_store;
    qint64 m_issueId;
    int m_seenVersion;
    IssueRepository::DeletedIssue m_removed;
    bool m_firstRedo = true;
};
