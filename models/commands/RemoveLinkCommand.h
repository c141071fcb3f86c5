#pragma once

#include "store/IssueLink.h"

#include <QUndoCommand>

class Store;

// Removes a link between two issues; undo puts it back as it was (same ends,
// kind, author and time). Same refusal contract as AddLinkCommand.
class RemoveLinkCommand : public QUndoCommand
{
public:
    RemoveLinkCommand(Store &store, qint64 linkId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Store &m_store;
    IssueLink m_link;
    bool m_known = false; // the link existed when the command was made
};
