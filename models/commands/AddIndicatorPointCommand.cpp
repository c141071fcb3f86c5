#include "AddIndicatorPointCommand.h"

#include "store/IndicatorRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

AddIndicatorPointCommand::AddIndicatorPointCommand(Store &store, const Indicator &point,
                                                   QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_point(IndicatorRepository::normalized(point))
{
    m_point.id = 0;
    setText(QCoreApplication::translate("AddIndicatorPointCommand", "Add a point to \"%1\"")
                .arg(m_point.name));
}

void AddIndicatorPointCommand::redo()
{
    try {
        Indicator added = m_point;
        m_store.indicators().insert(added);
        m_point = added;
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}

void AddIndicatorPointCommand::undo()
{
    try {
        const std::optional<Indicator> current = m_store.indicators().byId(m_point.id);
        if (!current)
            throw StoreError(
                StoreError::Kind::Conflict,
                QCoreApplication::translate(
                    "AddIndicatorPointCommand",
                    "Someone else removed the point of \"%1\" already; \"%2\" was not undone.")
                    .arg(m_point.name, text()));
        if (*current != m_point)
            throw StoreError(
                StoreError::Kind::Conflict,
                QCoreApplication::translate(
                    "AddIndicatorPointCommand",
                    "Someone else changed the point of \"%1\" since; \"%2\" was not undone.")
                    .arg(m_point.name, text()));
        m_store.indicators().remove(m_point.id);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}
