#pragma once

#include "ActivityEntry.h"
#include "domain/StatusChange.h"

#include <QDateTime>

#include <QList>

class Store;

// Reads the append-only status history; IssueRepository writes it.
class HistoryRepository
{
public:
    explicit HistoryRepository(Store &store) : m_store(store) {}

    QList<StatusChange> forIssue(qint64 issueId) const; // oldest first
    // Every issue's status changes at or after `from` (all of them for an invalid
    // time), newest first, with the issue's code and title; at most `limit`
    // (0: no limit).
    QList<ActivityEntry> since(const QDateTime &from, int limit = 0) const;
    qint64 count() const;
    // When the latest change was made; invalid without history.
    QDateTime lastChangeTime() const;

private:
    Store &m_store;
};
