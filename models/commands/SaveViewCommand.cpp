#include "SaveViewCommand.h"

#include "store/SavedViewRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

SaveViewCommand::SaveViewCommand(Store &store, const SavedView &view, bool replaceExisting,
                                 QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_view(view), m_replaceExisting(replaceExisting)
{
    m_view.name = m_view.name.trimmed();
    setText(QCoreApplication::translate("SaveViewCommand", "Save view \"%1\"").arg(m_view.name));
}

void SaveViewCommand::redo()
{
    try {
        SavedViewRepository views(m_store);
        m_previous = views.byName(m_view.name);
        SavedView view = m_view;
        if (views.save(view, m_replaceExisting) == SavedViewRepository::SaveResult::NameTaken)
            throw StoreError(
                StoreError::Kind::Conflict,
                QCoreApplication::translate(
                    "SaveViewCommand", "A view named \"%1\" already exists; it was not replaced.")
                    .arg(m_view.name));
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}

void SaveViewCommand::undo()
{
    try {
        SavedViewRepository views(m_store);
        if (m_previous) {
            SavedView previous = *m_previous;
            views.save(previous, true, true);
        } else {
            views.remove(m_view.name);
        }
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}
