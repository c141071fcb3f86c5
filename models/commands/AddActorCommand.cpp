#include "AddActorCommand.h"

#include "EditActorCommand.h"
#include "store/ActorRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

AddActorCommand::AddActorCommand(Store &store, const Actor &actor, QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_actor(actor)
{
    m_actor.id = 0;
    m_actor.name = m_actor.name.trimmed();
    setText(QCoreApplication::translate("AddActorCommand", "Add actor %1").arg(m_actor.name));
}

void AddActorCommand::redo()
{
    try {
        m_store.actors().insert(m_actor);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}

void AddActorCommand::undo()
{
    try {
        const std::optional<Actor> current = m_store.actors().byId(m_actor.id);
        if (!current)
            throw StoreError(StoreError::Kind::NotFound,
                             QCoreApplication::translate(
                                 "AddActorCommand", "%1 no longer exists; \"%2\" was not undone.")
                                 .arg(m_actor.name, text()));
        // A colleague's edit since is not thrown away silently.
        if (!EditActorCommand::sameFields(*current, m_actor))
            throw StoreError(
                StoreError::Kind::Conflict,
                QCoreApplication::translate("AddActorCommand",
                                            "Someone else changed %1 since; \"%2\" was not undone.")
                    .arg(current->name, text()));
        m_actor = m_store.actors().remove(m_actor.id, current->version);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}
