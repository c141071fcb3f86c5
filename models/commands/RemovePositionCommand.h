#pragma once

#include "domain/Position.h"

#include <QUndoCommand>

class Store;

// Removes one actor's position on one issue; undo brings it back with its id
// and every value it had.
class RemovePositionCommand : public QUndoCommand
{
public:
    RemovePositionCommand(Store &store, qint64 positionId, int seenVersion,
                          QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Store &m_store;
    Position m_position; // as it was when last removed
    bool m_firstRedo = true;
};
