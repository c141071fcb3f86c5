#include "EditActorCommand.h"

#include "store/ActorRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

EditActorCommand::EditActorCommand(Store &store, const Actor &before, const Actor &after,
                                   QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_before(before), m_after(after)
{
    m_after.id = before.id;
    m_after.name = m_after.name.trimmed();
    setText(m_before.name == m_after.name
                ? QCoreApplication::translate("EditActorCommand", "Edit actor %1").arg(m_after.name)
                : QCoreApplication::translate("EditActorCommand", "Edit actor %1 (now %2)")
                      .arg(m_before.name, m_after.name));
}

bool EditActorCommand::sameFields(const Actor &a, const Actor &b)
{
    return a.name == b.name && a.kind == b.kind && a.bloc == b.bloc && a.role == b.role &&
           a.biography == b.biography && a.source == b.source && a.illustrative == b.illustrative;
}

void EditActorCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        try {
            Actor wanted = m_after;
            wanted.version = m_before.version;
            m_store.actors().update(wanted);
        } catch (const StoreError &error) {
            setObsolete(true);
            m_store.reportError(error);
        }
        return;
    }
    write(m_before, m_after,
          QCoreApplication::translate("EditActorCommand",
                                      "Someone else changed %1 since; \"%2\" was not redone."));
}

void EditActorCommand::undo()
{
    write(m_after, m_before,
          QCoreApplication::translate("EditActorCommand",
                                      "Someone else changed %1 since; \"%2\" was not undone."));
}

void EditActorCommand::write(const Actor &expected, const Actor &wanted, const QString &refusal)
{
    try {
        const std::optional<Actor> current = m_store.actors().byId(m_before.id);
        if (!current)
            throw StoreError(StoreError::Kind::NotFound,
                             QCoreApplication::translate(
                                 "EditActorCommand", "%1 no longer exists; \"%2\" was not applied.")
                                 .arg(expected.name, text()));
        if (!sameFields(*current, expected))
            throw StoreError(StoreError::Kind::Conflict, refusal.arg(current->name, text()));
        Actor row = wanted;
        row.version = current->version;
        m_store.actors().update(row);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}
