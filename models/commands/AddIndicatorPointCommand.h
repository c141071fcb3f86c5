#pragma once

#include "domain/Indicator.h"

#include <QUndoCommand>

class Store;

// Adds one point (indicator points). Undo removes it again, but only while it is as
// this command left it; redo adds it back under the same id, so later steps on
// the stack still find it. A refused write marks the command obsolete and
// reports through Store::reportError.
class AddIndicatorPointCommand : public QUndoCommand
{
public:
    AddIndicatorPointCommand(Store &store, const Indicator &point, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    qint64 pointId() const { return m_point.id; } // 0 until added
    const Indicator &point() const { return m_point; }

private:
    Store &m_store;
    Indicator m_point;
};
