#pragma once

#include "domain/Status.h"

#include <QUndoCommand>

class Store;

// Changes an issue's status with a reason. History is append-only: undo appends
// the reverse change (attributed, "Undo: …"), it never deletes the entry.
class ChangeStatusCommand : public QUndoCommand
{
public:
    ChangeStatusCommand(Store &store, qint64 issueId, Status from, Status to, int seenVersion,
                        const QString &reason, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Store &m_store;
    qint64 m_issueId;
    Status m_from;
    Status m_to;
    int m_seenVersion;
    QString m_reason;
    bool m_firstRedo = true;
};
