#include "AddEventCommand.h"

#include "store/EventRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

AddEventCommand::AddEventCommand(Store &store, const Event &event, QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_event(EventRepository::normalized(event))
{
    m_event.id = 0;
    setText(QCoreApplication::translate("AddEventCommand", "Add event \"%1\"").arg(m_event.title));
}

void AddEventCommand::redo()
{
    try {
        Event added = m_event;
        m_store.events().insert(added);
        m_event = added;
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}

void AddEventCommand::undo()
{
    try {
        const std::optional<Event> current = m_store.events().byId(m_event.id);
        if (!current)
            throw StoreError(
                StoreError::Kind::Conflict,
                QCoreApplication::translate(
                    "AddEventCommand",
                    "Someone else removed the event \"%1\" already; \"%2\" was not undone.")
                    .arg(m_event.title, text()));
        if (*current != m_event)
            throw StoreError(
                StoreError::Kind::Conflict,
                QCoreApplication::translate(
                    "AddEventCommand",
                    "Someone else changed the event \"%1\" since; \"%2\" was not undone.")
                    .arg(m_event.title, text()));
        m_store.events().remove(m_event.id);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}
