#include "EditEventCommand.h"

#include "store/EventRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

EditEventCommand::EditEventCommand(Store &store, const Event &before, const Event &after,
                                   QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_before(EventRepository::normalized(before)),
      m_after(EventRepository::normalized(after))
{
    m_after.id = m_before.id;
    setText(
        QCoreApplication::translate("EditEventCommand", "Edit event \"%1\"").arg(m_before.title));
}

void EditEventCommand::redo()
{
    write(m_before, m_after,
          QCoreApplication::translate(
              "EditEventCommand",
              "Someone else changed the event \"%1\" since; \"%2\" was not done."));
}

void EditEventCommand::undo()
{
    write(m_after, m_before,
          QCoreApplication::translate(
              "EditEventCommand",
              "Someone else changed the event \"%1\" since; \"%2\" was not undone."));
}

void EditEventCommand::write(const Event &expected, const Event &wanted, const QString &notDone)
{
    try {
        const std::optional<Event> current = m_store.events().byId(expected.id);
        if (!current)
            throw StoreError(StoreError::Kind::NotFound,
                             QCoreApplication::translate("EditEventCommand",
                                                         "The event \"%1\" no longer exists.")
                                 .arg(expected.title));
        if (*current != expected)
            throw StoreError(StoreError::Kind::Conflict, notDone.arg(expected.title, text()));
        m_store.events().update(wanted);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}
