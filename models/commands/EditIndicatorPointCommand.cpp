#include "EditIndicatorPointCommand.h"

#include "store/IndicatorRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

EditIndicatorPointCommand::EditIndicatorPointCommand(Store &store, const Indicator &before,
                                                     const Indicator &after, QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_before(IndicatorRepository::normalized(before)),
      m_after(IndicatorRepository::normalized(after))
{
    m_after.id = m_before.id;
    setText(QCoreApplication::translate("EditIndicatorPointCommand", "Edit a point of \"%1\"")
                .arg(m_before.name));
}

void EditIndicatorPointCommand::redo()
{
    write(m_before, m_after,
          QCoreApplication::translate(
              "EditIndicatorPointCommand",
              "Someone else changed the point of \"%1\" since; \"%2\" was not done."));
}

void EditIndicatorPointCommand::undo()
{
    write(m_after, m_before,
          QCoreApplication::translate(
              "EditIndicatorPointCommand",
              "Someone else changed the point of \"%1\" since; \"%2\" was not undone."));
}

void EditIndicatorPointCommand::write(const Indicator &expected, const Indicator &wanted,
                                      const QString &notDone)
{
    try {
        const std::optional<Indicator> current = m_store.indicators().byId(expected.id);
        if (!current)
            throw StoreError(StoreError::Kind::NotFound,
                             QCoreApplication::translate("EditIndicatorPointCommand",
                                                         "The point of \"%1\" no longer exists.")
                                 .arg(expected.name));
        if (*current != expected)
            throw StoreError(StoreError::Kind::Conflict, notDone.arg(expected.name, text()));
        m_store.indicators().update(wanted);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}
