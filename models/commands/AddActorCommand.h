#pragma once

#include "domain/Actor.h"

#include <QUndoCommand>

class Store;

// Adds an actor. Undo removes it (refused once a colleague gave it a position or
// changed it); redo brings it back with the same id.
class AddActorCommand : public QUndoCommand
{
public:
    AddActorCommand(Store &store, const Actor &actor, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    // 0 until the first redo succeeded.
    qint64 actorId() const { return m_actor.id; }

private:
    Store &m_store;
    Actor m_actor; // as the store holds it after the last redo
};
