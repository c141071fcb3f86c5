#include "RemoveLinkCommand.h"

#include "store/IssueRepository.h"
#include "store/LinkRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

RemoveLinkCommand::RemoveLinkCommand(Store &store, qint64 linkId, QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store)
{
    m_link.id = linkId;
    QString from;
    QString to;
    try {
        if (const std::optional<IssueLink> link = LinkRepository(store).byId(linkId)) {
            m_link = *link;
            m_known = true;
            if (const std::optional<Issue> issue = store.issues().byId(link->fromIssue))
                from = issue->code;
            if (const std::optional<Issue> issue = store.issues().byId(link->toIssue))
                to = issue->code;
        }
    } catch (const StoreError &) {
        // Only the label suffers; redo() reports the real problem.
    }
    setText(QCoreApplication::translate("RemoveLinkCommand", "Remove link %1 %2 %3")
                .arg(from, LinkKindText::label(m_link.kind, true), to));
}

void RemoveLinkCommand::redo()
{
    try {
        LinkRepository links(m_store);
        const std::optional<IssueLink> current =
            m_known ? links.find(m_link.fromIssue, m_link.toIssue, m_link.kind) : std::nullopt;
        if (!current)
            throw StoreError(StoreError::Kind::Conflict,
                             QCoreApplication::translate(
                                 "RemoveLinkCommand",
                                 "Someone else removed the link already; \"%1\" was not done.")
                                 .arg(text()));
        links.remove(current->id);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}

void RemoveLinkCommand::undo()
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
