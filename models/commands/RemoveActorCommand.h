#pragma once

#include "domain/Actor.h"

#include <QUndoCommand>

class Store;

// Removes an actor that holds no position (one with positions is refused with
// a message). Undo brings it back with its id.
class RemoveActorCommand : public QUndoCommand
{
public:
    RemoveActorCommand(Store &store, qint64 actorId, int seenVersion,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Store &m_store;
    Actor m_actor; // as it was when last removed
    bool m_firstRedo = true;
};
