#pragma once

#include "IssueLink.h"
#include "LinkedIssue.h"

#include <QList>

#include <optional>

class Store;

// Links between issues. A symmetric link is stored with the smaller issue id
// first, so "A relates to B" and "B relates to A" are one link.
class LinkRepository
{
public:
    explicit LinkRepository(Store &store) : m_store(store) {}

    // Throws StoreError::Invalid for a self link, a duplicate, or a "blocks"
    // whose reverse exists; NotFound for a missing issue. Sets link.id (and
    // createdAt/createdBy if empty); returns the id.
    qint64 add(IssueLink &link);
    // Throws StoreError::NotFound if the link is gone.
    void remove(qint64 linkId);
    std::optional<IssueLink> byId(qint64 linkId) const;
    std::optional<IssueLink> find(qint64 fromIssue, qint64 toIssue, LinkKind kind) const;
    // Both directions, ordered by label then the other issue's code.
    QList<LinkedIssue> forIssue(qint64 issueId) const;
    // Every link, ordered by the codes at both ends, then kind.
    QList<IssueLink> all() const;
    qint64 count() const;

private:
    Store &m_store;
};
