#include "RemoveIndicatorPointCommand.h"

#include "store/IndicatorRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

RemoveIndicatorPointCommand::RemoveIndicatorPointCommand(Store &store, const Indicator &seen,
                                                         QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_point(IndicatorRepository::normalized(seen))
{
    setText(QCoreApplication::translate("RemoveIndicatorPointCommand", "Remove a point of \"%1\"")
                .arg(m_point.name));
}

void RemoveIndicatorPointCommand::redo()
{
    try {
        const std::optional<Indicator> current = m_store.indicators().byId(m_point.id);
        if (!current)
            throw StoreError(
                StoreError::Kind::Conflict,
                QCoreApplication::translate(
                    "RemoveIndicatorPointCommand",
                    "Someone else removed the point of \"%1\" already; \"%2\" was not done.")
                    .arg(m_point.name, text()));
        if (*current != m_point)
            throw StoreError(
                StoreError::Kind::Conflict,
                QCoreApplication::translate(
                    "RemoveIndicatorPointCommand",
                    "Someone else changed the point of \"%1\" since; \"%2\" was not done.")
                    .arg(m_point.name, text()));
        m_store.indicators().remove(m_point.id);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}

void RemoveIndicatorPointCommand::undo()
{
    try {
        Indicator restored = m_point;
        m_store.indicators().insert(restored);
        m_point = restored;
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}
