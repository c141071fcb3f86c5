#pragma once

#include "domain/Position.h"

#include <QUndoCommand>

class Store;

// Adds one actor's position on one issue. Undo removes it (refused once a
// colleague changed it); redo brings it back with the same id.
class AddPositionCommand : public QUndoCommand
{
public:
    AddPositionCommand(Store &store, const Position &position, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    // 0 until the first redo succeeded.
    qint64 positionId() const { return m_position.id; }

private:
    Store &m_store;
    Position m_position; // as the store holds it after the last redo
};
