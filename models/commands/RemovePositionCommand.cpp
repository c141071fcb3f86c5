#include "RemovePositionCommand.h"

#include "PositionText.h"
#include "store/PositionRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

RemovePositionCommand::RemovePositionCommand(Store &store, qint64 positionId, int seenVersion,
                                             QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store)
{
    try {
        if (const std::optional<Position> position = m_store.positions().byId(positionId))
            m_position = *position;
    } catch (const StoreError &) {
        // Only the label suffers; redo() reports the real problem.
    }
    m_position.id = positionId;
    m_position.version = seenVersion;
    const PositionText::Names names = PositionText::namesOf(store, m_position);
    setText(QCoreApplication::translate("RemovePositionCommand", "Remove position of %1 on %2")
                .arg(names.actor, names.issueCode));
}

void RemovePositionCommand::redo()
{
    try {
        if (m_firstRedo) {
            m_firstRedo = false;
            m_position = m_store.positions().remove(m_position.id, m_position.version);
            return;
        }
        const std::optional<Position> current = m_store.positions().byId(m_position.id);
        if (!current)
            throw StoreError(
                StoreError::Kind::NotFound,
                QCoreApplication::translate("RemovePositionCommand",
                                            "The position no longer exists; \"%1\" was not redone.")
                    .arg(text()));
        if (current->actorId != m_position.actorId ||
            !PositionRepository::sameValues(*current, m_position))
            throw StoreError(StoreError::Kind::Conflict,
                             QCoreApplication::translate(
                                 "RemovePositionCommand",
                                 "Someone else changed this position since; \"%1\" was not redone.")
                                 .arg(text()));
        m_position = m_store.positions().remove(m_position.id, current->version);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}

void RemovePositionCommand::undo()
{
    try {
        m_store.positions().insert(m_position);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}
