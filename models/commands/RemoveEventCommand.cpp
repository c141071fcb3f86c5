#include "RemoveEventCommand.h"

#include "store/EventRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

RemoveEventCommand::RemoveEventCommand(Store &store, const Event &seen, QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_event(EventRepository::normalized(seen))
{
    setText(QCoreApplication::translate("RemoveEventCommand", "Remove event \"%1\"")
                .arg(m_event.title));
}

void RemoveEventCommand::redo()
{
    try {
        const std::optional<Event> current = m_store.events().byId(m_event.id);
        if (!current)
            throw StoreError(
                StoreError::Kind::Conflict,
                QCoreApplication::translate(
                    "RemoveEventCommand",
                    "Someone else removed the event \"%1\" already; \"%2\" was not done.")
                    .arg(m_event.title, text()));
        if (*current != m_event)
            throw StoreError(
                StoreError::Kind::Conflict,
                QCoreApplication::translate(
                    "RemoveEventCommand",
                    "Someone else changed the event \"%1\" since; \"%2\" was not done.")
                    .arg(m_event.title, text()));
        m_store.events().remove(m_event.id);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}

void RemoveEventCommand::undo()
{
    try {
        Event restored = m_event;
        m_store.events().insert(restored);
        m_event = restored;
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}
