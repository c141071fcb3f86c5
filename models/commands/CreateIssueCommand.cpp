#include "CreateIssueCommand.h"

#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CreateIssueCommand", text);
}

} // namespace

CreateIssueCommand::CreateIssueCommand(Store &store, const Issue &issue, const QString &text,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_created(issue)
{
    setText(text.isEmpty() ? tr("Create issue %1").arg(issue.code.trimmed()) : text);
}

void CreateIssueCommand::redo()
{
    try {
        if (m_firstRedo) {
            m_firstRedo = false;
            m_store.issues().insert(m_created);
            return;
        }
        m_store.issues().restore(m_removed);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}

void CreateIssueCommand::undo()
{
    try {
        const std::optional<Issue> current = m_store.issues().byId(m_created.id);
        if (!current)
            throw StoreError(StoreError::Kind::NotFound, tr("The issue no longer exists."));
        if (!IssueRepository::sameContent(*current, m_created) ||
            m_store.issues().hasHistoryBeyondCreation(m_created.id))
            throw StoreError(StoreError::Kind::Conflict,
                             tr("Someone else changed %1 since; \"%2\" was not undone.")
                                 .arg(current->code, text()));
        m_removed = m_store.issues().remove(m_created.id, current->version);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}
