#pragma once

#include "domain/Indicator.h"

#include <QUndoCommand>

class Store;

// Removes one point, as the user saw it: a row a colleague changed since is left
// alone. Undo brings it back with its id and every field. A refused write marks
// the command obsolete and reports through Store::reportError.
class RemoveIndicatorPointCommand : public QUndoCommand
{
public:
    RemoveIndicatorPointCommand(Store &store, const Indicator &seen,
                                QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Store &m_store;
    Indicator m_point;
};
