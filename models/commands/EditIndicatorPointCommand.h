#pragma once

#include "domain/Indicator.h"

#include <QUndoCommand>

class Store;

// Rewrites one point as a whole. The record has no version: redo writes only
// while the row still holds `before` (what the user saw), undo only while it
// holds `after`, so a colleague's edit in between is never overwritten. A refused
// write marks the command obsolete and reports through Store::reportError.
class EditIndicatorPointCommand : public QUndoCommand
{
public:
    EditIndicatorPointCommand(Store &store, const Indicator &before, const Indicator &after,
                              QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void write(const Indicator &expected, const Indicator &wanted, const QString &notDone);

    Store &m_store;
    Indicator m_before;
    Indicator m_after;
};
