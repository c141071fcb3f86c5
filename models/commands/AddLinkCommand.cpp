#include "AddLinkCommand.h"

#include "store/IssueRepository.h"
#include "store/LinkRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace {

QString codeOf(Store &store, qint64 issueId)
{
    try {
        if (const std::optional<Issue> issue = store.issues().byId(issueId))
            return issue->code;
    } catch (const StoreError &) {
        // Only the label suffers; redo() reports the real problem.
    }
    return {};
}

} // namespace

AddLinkCommand::AddLinkCommand(Store &store, qint64 fromIssue, qint64 toIssue, LinkKind kind,
                               QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store)
{
    m_link.fromIssue = fromIssue;
    m_link.toIssue = toIssue;
    m_link.kind = kind;
    setText(QCoreApplication::translate("AddLinkCommand", "Link %1 %2 %3")
                .arg(codeOf(store, fromIssue), LinkKindText::label(kind, true),
                     codeOf(store, toIssue)));
}

void AddLinkCommand::redo()
{
    try {
        IssueLink link = m_link;
        link.id = 0;
        LinkRepository(m_store).add(link);
        m_link = link;
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}

void AddLinkCommand::undo()
{
    try {
        LinkRepository links(m_store);
        const std::optional<IssueLink> current =
            links.find(m_link.fromIssue, m_link.toIssue, m_link.kind);
        if (!current)
            throw StoreError(
                StoreError::Kind::Conflict,
                QCoreApplication::translate(
                    "AddLinkCommand", "Someone else removed the link since; \"%1\" was not undone.")
                    .arg(text()));
        links.remove(current->id);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}
