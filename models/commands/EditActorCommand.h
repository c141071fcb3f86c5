#pragma once

#include "domain/Actor.h"

#include <QUndoCommand>

class Store;

// Changes an actor's fields (name, kind, bloc, role, biography, source,
// illustrative) as one step. The first redo writes against the version the
// dialog was opened at; later undo and redo are refused when a colleague
// changed the actor since.
class EditActorCommand : public QUndoCommand
{
public:
    EditActorCommand(Store &store, const Actor &before, const Actor &after,
                     QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    // True when the two hold the same user-visible fields.
    static bool sameFields(const Actor &a, const Actor &b);

private:
    void write(const Actor &expected, const Actor &wanted, const QString &refusal);

    Store &m_store;
    Actor m_before;
    Actor m_after;
    bool m_firstRedo = true;
};
