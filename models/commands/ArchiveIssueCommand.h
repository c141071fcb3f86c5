#pragma once

#include "store/IssueRepository.h"

#include <QList>
#include <QUndoCommand>

class Store;

// Archives issues (they leave the table, packs and charts; row and history
// stay) or restores them, several at once, all or nothing. The first redo()
// writes only if every issue is still at the version the user saw; undo() and
// later redo() only if every issue is still in the state this command left.
class ArchiveIssueCommand : public QUndoCommand
{
public:
    ArchiveIssueCommand(Store &store, const QList<IssueRepository::IssueVersion> &seen,
                        bool archive, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(bool archive, const QString &refusal);

    Store &m_store;
    QList<IssueRepository::IssueVersion> m_seen;
    bool m_archive;
    bool m_firstRedo = true;
};
