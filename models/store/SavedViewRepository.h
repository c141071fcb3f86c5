#pragma once

#include "SavedView.h"

#include <QList>

#include <optional>

class Store;

// Saved views of the issue table, shared by everyone who opens the file.
class SavedViewRepository
{
public:
    enum class SaveResult
    {
        Saved,
        Replaced,
        NameTaken // nothing was written: ask the user, then save with replaceExisting
    };

    explicit SavedViewRepository(Store &store) : m_store(store) {}

    // Saves under view.name (trimmed; an empty name throws StoreError::Invalid).
    // A name already in use is replaced only with replaceExisting; otherwise the
    // result is NameTaken and the file is unchanged. Stamps createdBy/createdAt
    // with the user and now, unless keepStamp and the view carries both (an
    // import, an undo bringing a view back).
    SaveResult save(SavedView &view, bool replaceExisting = false, bool keepStamp = false);
    QList<SavedView> all() const; // by name
    std::optional<SavedView> byName(const QString &name) const;
    // Throws StoreError::NotFound when no view has this name.
    void remove(const QString &name);

private:
    Store &m_store;
};
