#pragma once

#include "domain/StatusChange.h"

#include <QList>

class Store;

// Reads the append-only status history; IssueRepository writes it.
class HistoryRepository
{
public:
    explicit HistoryRepository(Store &store) : m_store(store) {}

    QList<StatusChange> forIssue(qint64 issueId) const; // oldest first
    qint64 count() const;

private:
    Store &m_store;
};
