#include "ChangeStatusCommand.h"

#include "store/IssueRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

ChangeStatusCommand::ChangeStatusCommand(Store &store, qint64 issueId, Status from, Status to,
                                         int seenVersion, const QString &reason,
                                         QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_issueId(issueId), m_from(from), m_to(to),
      m_seenVersion(seenVersion), m_reason(reason)
{
    QString code;
    try {
        if (const std::optional<Issue> issue = m_store.issues().byId(issueId))
            code = issue->code;
    } catch (const StoreError &) {
        // Only the label suffers; redo() reports the real problem.
    }
    setText(QCoreApplication::translate("ChangeStatusCommand", "Change status of %1 to %2")
                .arg(code, StatusText::label(to)));
}

void ChangeStatusCommand::redo()
{
    try {
        if (m_firstRedo) {
            m_firstRedo = false;
            m_store.issues().changeStatus(m_issueId, m_to, m_seenVersion, m_reason);
            return;
        }
        const std::optional<Issue> current = m_store.issues().byId(m_issueId);
        if (!current)
            throw StoreError(
                StoreError::Kind::NotFound,
                QCoreApplication::translate("ChangeStatusCommand", "The issue no longer exists."));
        if (current->status != m_from)
            throw StoreError(StoreError::Kind::Conflict,
                             QCoreApplication::translate(
                                 "ChangeStatusCommand",
                                 "Someone else changed the status of %1 to %2 since; \"%3\" was "
                                 "not redone.")
                                 .arg(current->code, StatusText::label(current->status), text()));
        m_store.issues().changeStatus(m_issueId, m_to, current->version, m_reason);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}

void ChangeStatusCommand::undo()
{
    try {
        const std::optional<Issue> current = m_store.issues().byId(m_issueId);
        if (!current)
            throw StoreError(
                StoreError::Kind::NotFound,
                QCoreApplication::translate("ChangeStatusCommand", "The issue no longer exists."));
        if (current->status != m_to)
            throw StoreError(StoreError::Kind::Conflict,
                             QCoreApplication::translate(
                                 "ChangeStatusCommand",
                                 "Someone else changed the status of %1 to %2 since; \"%3\" was "
                                 "not undone.")
                                 .arg(current->code, StatusText::label(current->status), text()));
        // History is append-only: undo is recorded as the reverse change.
        const QString reason =
            QCoreApplication::translate("ChangeStatusCommand", "Undo: %1")
                .arg(m_reason.isEmpty()
                         ? QCoreApplication::translate("ChangeStatusCommand", "status change")
                         : m_reason);
        m_store.issues().changeStatus(m_issueId, m_from, current->version, reason);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}
