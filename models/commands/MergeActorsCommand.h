#pragma once

#include "store/ActorRepository.h"

#include <QUndoCommand>

class Store;

// Merges one actor into another: its positions move to the other, except on
// issues where the other holds one already (those are dropped), and it is
// removed. Undo brings it back with its id and its positions as they were.
class MergeActorsCommand : public QUndoCommand
{
public:
    MergeActorsCommand(Store &store, qint64 fromId, qint64 intoId, int seenFromVersion,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Store &m_store;
    qint64 m_fromId;
    qint64 m_intoId;
    int m_seenFromVersion;
    bool m_firstRedo = true;
    ActorMerge m_merge;
};
