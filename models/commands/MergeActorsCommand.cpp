#include "MergeActorsCommand.h"

#include "EditActorCommand.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

MergeActorsCommand::MergeActorsCommand(Store &store, qint64 fromId, qint64 intoId,
                                       int seenFromVersion, QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_fromId(fromId), m_intoId(intoId),
      m_seenFromVersion(seenFromVersion)
{
    QString from;
    QString into;
    try {
        if (const std::optional<Actor> actor = m_store.actors().byId(fromId))
            from = actor->name;
        if (const std::optional<Actor> actor = m_store.actors().byId(intoId))
            into = actor->name;
    } catch (const StoreError &) {
        // Only the label suffers; redo() reports the real problem.
    }
    setText(QCoreApplication::translate("MergeActorsCommand", "Merge %1 into %2").arg(from, into));
}

void MergeActorsCommand::redo()
{
    try {
        if (m_firstRedo) {
            m_firstRedo = false;
            m_merge = m_store.actors().merge(m_fromId, m_intoId, m_seenFromVersion);
            return;
        }
        const std::optional<Actor> current = m_store.actors().byId(m_fromId);
        if (!current)
            throw StoreError(
                StoreError::Kind::NotFound,
                QCoreApplication::translate("MergeActorsCommand",
                                            "%1 no longer exists; \"%2\" was not redone.")
                    .arg(m_merge.removed.name, text()));
        if (!EditActorCommand::sameFields(*current, m_merge.removed))
            throw StoreError(
                StoreError::Kind::Conflict,
                QCoreApplication::translate("MergeActorsCommand",
                                            "Someone else changed %1 since; \"%2\" was not redone.")
                    .arg(current->name, text()));
        m_merge = m_store.actors().merge(m_fromId, m_intoId, current->version);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}

void MergeActorsCommand::undo()
{
    try {
        m_store.actors().unmerge(m_merge);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}
