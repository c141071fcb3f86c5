#include "RemoveViewCommand.h"

#include "store/SavedViewRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

RemoveViewCommand::RemoveViewCommand(Store &store, const QString &name, QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_name(name.trimmed())
{
    setText(QCoreApplication::translate("RemoveViewCommand", "Remove view \"%1\"").arg(m_name));
}

void RemoveViewCommand::redo()
{
    try {
        SavedViewRepository views(m_store);
        m_view = views.byName(m_name);
        views.remove(m_name);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}

void RemoveViewCommand::undo()
{
    try {
        if (!m_view)
            return;
        SavedView view = *m_view;
        if (SavedViewRepository(m_store).save(view, false, true) ==
            SavedViewRepository::SaveResult::NameTaken)
            throw StoreError(StoreError::Kind::Conflict,
                             QCoreApplication::translate(
                                 "RemoveViewCommand",
                                 "Someone else saved a view named \"%1\" since; \"%2\" was not "
                                 "undone.")
                                 .arg(m_name, text()));
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}
