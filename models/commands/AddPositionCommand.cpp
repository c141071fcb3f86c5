#include "AddPositionCommand.h"

#include "PositionText.h"
#include "store/PositionRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

AddPositionCommand::AddPositionCommand(Store &store, const Position &position, QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_position(position)
{
    m_position.id = 0;
    const PositionText::Names names = PositionText::namesOf(store, position);
    setText(QCoreApplication::translate("AddPositionCommand", "Add position of %1 on %2")
                .arg(names.actor, names.issueCode));
}

void AddPositionCommand::redo()
{
    try {
        m_store.positions().insert(m_position);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}

void AddPositionCommand::undo()
{
    try {
        const std::optional<Position> current = m_store.positions().byId(m_position.id);
        if (!current)
            throw StoreError(
                StoreError::Kind::NotFound,
                QCoreApplication::translate("AddPositionCommand",
                                            "The position no longer exists; \"%1\" was not undone.")
                    .arg(text()));
        if (current->actorId != m_position.actorId ||
            !PositionRepository::sameValues(*current, m_position))
            throw StoreError(StoreError::Kind::Conflict,
                             QCoreApplication::translate(
                                 "AddPositionCommand",
                                 "Someone else changed this position since; \"%1\" was not undone.")
                                 .arg(text()));
        m_position = m_store.positions().remove(m_position.id, current->version);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}
