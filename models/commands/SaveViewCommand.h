#pragma once

#include "store/SavedView.h"

#include <QUndoCommand>

#include <optional>

class Store;

// Saves a view of the issue table under its name. Ask first (SavedViewRepository
// ::byName) whether the name is taken, then push with replaceExisting; a taken
// name without it is refused like a conflict: the command becomes obsolete and
// reports through Store::reportError. Undo brings back the view it replaced, or
// removes the new one.
class SaveViewCommand : public QUndoCommand
{
public:
    SaveViewCommand(Store &store, const SavedView &view, bool replaceExisting,
                    QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Store &m_store;
    SavedView m_view;
    bool m_replaceExisting;
    std::optional<SavedView> m_previous;
};
