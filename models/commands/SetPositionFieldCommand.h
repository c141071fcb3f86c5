#pragma once

#include "domain/Position.h"

#include <QUndoCommand>
#include <QVariant>

class Store;

// Changes one field of one position; same contract as SetIssueFieldCommand.
class SetPositionFieldCommand : public QUndoCommand
{
public:
    SetPositionFieldCommand(Store &store, qint64 positionId, PositionField field,
                            const QVariant &oldValue, const QVariant &newValue, int seenVersion,
                            QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Store &m_store;
    qint64 m_positionId;
    PositionField m_field;
    QVariant m_oldValue;
    QVariant m_newValue;
    int m_seenVersion;
    bool m_firstRedo = true;
};
