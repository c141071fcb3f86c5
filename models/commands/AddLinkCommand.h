#pragma once

#include "store/IssueLink.h"

#include <QUndoCommand>

class Store;

// Links two issues. Undo removes that link; redo adds it again. A refused add
// (self link, duplicate, a colleague removed an issue) marks the command
// obsolete and reports through Store::reportError.
class AddLinkCommand : public QUndoCommand
{
public:
    AddLinkCommand(Store &store, qint64 fromIssue, qint64 toIssue, LinkKind kind,
                   QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    qint64 linkId() const { return m_link.id; } // 0 until added

private:
    Store &m_store;
    IssueLink m_link;
};
