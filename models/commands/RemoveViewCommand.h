#pragma once

#include "store/SavedView.h"

#include <QUndoCommand>

#include <optional>

class Store;

// Removes a saved view; undo saves it again. Same refusal contract as
// SaveViewCommand.
class RemoveViewCommand : public QUndoCommand
{
public:
    RemoveViewCommand(Store &store, const QString &name, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Store &m_store;
    QString m_name;
    std::optional<SavedView> m_view;
};
