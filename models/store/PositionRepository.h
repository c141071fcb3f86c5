#pragma once

#include "domain/Position.h"

#include <QList>
#include <QVariant>

#include <optional>

class Store;

class PositionRepository
{
public:
    explicit PositionRepository(Store &store) : m_store(store) {}

    QList<Position> forIssue(qint64 issueId) const; // ordered by actor bloc, name
    QList<Position> forActor(qint64 actorId) const;
    std::optional<Position> byId(qint64 id) const;
    qint64 count() const;
    qint64 insert(Position &position);
    // Deletes every position on the issue (an import replacing the issue).
    void removeForIssue(qint64 issueId);
    // Same contract as IssueRepository::setField.
    int setField(qint64 id, PositionField field, const QVariant &value, int expectedVersion);

    static QString columnOf(PositionField field);
    static QVariant valueOf(const Position &position, PositionField field);

private:
    Store &m_store;
};
