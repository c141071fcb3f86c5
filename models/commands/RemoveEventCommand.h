#pragma once

#include "domain/Event.h"

#include <QUndoCommand>

class Store;

// Removes one event, as the user saw it: a row a colleague changed since is left
// alone. Undo brings it back with its id and every field. A refused write marks
// the command obsolete and reports through Store::reportError.
class RemoveEventCommand : public QUndoCommand
{
public:
    RemoveEventCommand(Store &store, const Event &seen, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Store &m_store;
    Event m_event;
};
