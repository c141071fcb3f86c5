#pragma once

#include "domain/Event.h"

#include <QUndoCommand>

class Store;

// Adds one event (events). Undo removes it again, but only while it is as
// this command left it; redo adds it back under the same id, so later steps on
// the stack still find it. A refused write marks the command obsolete and
// reports through Store::reportError.
class AddEventCommand : public QUndoCommand
{
public:
    AddEventCommand(Store &store, const Event &event, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    qint64 eventId() const { return m_event.id; } // 0 until added
    const Event &event() const { return m_event; }

private:
    Store &m_store;
    Event m_event;
};
