#include "DeleteIssueCommand.h"

#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

DeleteIssueCommand::DeleteIssueCommand(Store &store, qint64 issueId, int seenVersion,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_issueId(issueId), m_seenVersion(seenVersion)
{
    QString code;
    try {
        if (const std::optional<Issue> issue = m_store.issues().byId(issueId))
            code = issue->code;
    } catch (const StoreError &) {
        // Only the label suffers; redo() reports the real problem.
    }
    setText(QCoreApplication::translate("DeleteIssueCommand", "Delete issue %1").arg(code));
}

void DeleteIssueCommand::redo()
{
    try {
        if (m_firstRedo) {
            m_firstRedo = false;
            m_removed = m_store.issues().remove(m_issueId, m_seenVersion);
            return;
        }
        const std::optional<Issue> current = m_store.issues().byId(m_issueId);
        if (!current)
            throw StoreError(
                StoreError::Kind::NotFound,
                QCoreApplication::translate("DeleteIssueCommand", "The issue no longer exists."));
        if (!IssueRepository::sameContent(*current, m_removed.issue))
            throw StoreError(
                StoreError::Kind::Conflict,
                QCoreApplication::translate("DeleteIssueCommand",
                                            "Someone else changed %1 since; \"%2\" was not redone.")
                    .arg(current->code, text()));
        m_removed = m_store.issues().remove(m_issueId, current->version);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}

void DeleteIssueCommand::undo()
{
    try {
        m_store.issues().restore(m_removed);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}
