#pragma once

#include "domain/Event.h"

#include <QUndoCommand>

class Store;

// Rewrites one event as a whole. The record has no version: redo writes only
// while the row still holds `before` (what the user saw), undo only while it
// holds `after`, so a colleague's edit in between is never overwritten. A refused
// write marks the command obsolete and reports through Store::reportError.
class EditEventCommand : public QUndoCommand
{
public:
    EditEventCommand(Store &store, const Event &before, const Event &after,
                     QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void write(const Event &expected, const Event &wanted, const QString &notDone);

    Store &m_store;
    Event m_before;
    Event m_after;
};
