#include "RemoveActorCommand.h"

#include "EditActorCommand.h"
#include "store/ActorRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

RemoveActorCommand::RemoveActorCommand(Store &store, qint64 actorId, int seenVersion,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store)
{
    m_actor.id = actorId;
    m_actor.version = seenVersion;
    try {
        if (const std::optional<Actor> actor = m_store.actors().byId(actorId))
            m_actor.name = actor->name;
    } catch (const StoreError &) {
        // Only the label suffers; redo() reports the real problem.
    }
    setText(QCoreApplication::translate("RemoveActorCommand", "Remove actor %1").arg(m_actor.name));
}

void RemoveActorCommand::redo()
{
    try {
        if (m_firstRedo) {
            m_firstRedo = false;
            m_actor = m_store.actors().remove(m_actor.id, m_actor.version);
            return;
        }
        const std::optional<Actor> current = m_store.actors().byId(m_actor.id);
        if (!current)
            throw StoreError(
                StoreError::Kind::NotFound,
                QCoreApplication::translate("RemoveActorCommand",
                                            "%1 no longer exists; \"%2\" was not redone.")
                    .arg(m_actor.name, text()));
        if (!EditActorCommand::sameFields(*current, m_actor))
            throw StoreError(
                StoreError::Kind::Conflict,
                QCoreApplication::translate("RemoveActorCommand",
                                            "Someone else changed %1 since; \"%2\" was not redone.")
                    .arg(current->name, text()));
        m_actor = m_store.actors().remove(m_actor.id, current->version);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}

void RemoveActorCommand::undo()
{
    try {
        m_store.actors().insert(m_actor);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}
