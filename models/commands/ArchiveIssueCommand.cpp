#include "ArchiveIssueCommand.h"

#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QStringList>

ArchiveIssueCommand::ArchiveIssueCommand(Store &store,
                                         const QList<IssueRepository::IssueVersion> &seen,
                                         bool archive, QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_seen(seen), m_archive(archive)
{
    QString code;
    try {
        if (seen.size() == 1) {
            if (const std::optional<Issue> issue = m_store.issues().byId(seen.first().issueId))
                code = issue->code;
        }
    } catch (const StoreError &) {
        // Only the label suffers; redo() reports the real problem.
    }
    if (seen.size() == 1)
        setText(
            archive
                ? QCoreApplication::translate("ArchiveIssueCommand", "Archive issue %1").arg(code)
                : QCoreApplication::translate("ArchiveIssueCommand", "Restore issue %1").arg(code));
    else
        setText(archive ? QCoreApplication::translate("ArchiveIssueCommand", "Archive %n issue(s)",
                                                      nullptr, int(seen.size()))
                        : QCoreApplication::translate("ArchiveIssueCommand", "Restore %n issue(s)",
                                                      nullptr, int(seen.size())));
}

void ArchiveIssueCommand::redo()
{
    try {
        if (m_firstRedo) {
            m_firstRedo = false;
            m_store.issues().setArchived(m_seen, m_archive);
            return;
        }
        apply(m_archive,
              QCoreApplication::translate("ArchiveIssueCommand",
                                          "Someone else changed %1 since; \"%2\" was not redone."));
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}

void ArchiveIssueCommand::undo()
{
    try {
        apply(!m_archive,
              QCoreApplication::translate("ArchiveIssueCommand",
                                          "Someone else changed %1 since; \"%2\" was not undone."));
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}

// Moves every issue to `archive` if each is still on the other side of it.
void ArchiveIssueCommand::apply(bool archive, const QString &refusal)
{
    QList<IssueRepository::IssueVersion> current;
    QStringList changed;
    for (const IssueRepository::IssueVersion &seen : m_seen) {
        const std::optional<Issue> issue = m_store.issues().byId(seen.issueId);
        if (!issue)
            throw StoreError(
                StoreError::Kind::NotFound,
                QCoreApplication::translate("ArchiveIssueCommand", "The issue no longer exists."));
        if (issue->isArchived() == archive)
            changed.append(issue->code);
        current.append({issue->id, issue->version});
    }
    if (!changed.isEmpty())
        throw StoreError(StoreError::Kind::Conflict,
                         refusal.arg(changed.join(QLatin1String(", ")), text()));
    m_store.issues().setArchived(current, archive);
}
