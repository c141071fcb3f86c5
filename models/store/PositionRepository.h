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
    // Inserts one actor's position on one issue; sets position.id and version.
    // A position with an id (an undone removal coming back) keeps it, as a new
    // version of that row. A second position of the actor on the issue, or a
    // value outside 0–100, is refused with a message.
    qint64 insert(Position &position);
    // insert() without its announcement, for a caller inside its own transaction.
    void insertRow(Position &position);
    // Removes the position if still at expectedVersion (0: any); returns it as it was.
    Position remove(qint64 id, int expectedVersion = 0);
    // Deletes every position on the issue (an import replacing the issue).
    void removeForIssue(qint64 issueId);
    // Same contract as IssueRepository::setField.
    int setField(qint64 id, PositionField field, const QVariant &value, int expectedVersion);

    // True when the two hold the same values (stance, numbers, source,
    // illustrative), whoever holds them: what undo checks a colleague left alone.
    static bool sameValues(const Position &a, const Position &b);

    static QString columnOf(PositionField field);
    static QVariant valueOf(const Position &position, PositionField field);

private:
    // The SELECT of every read, with consent_needed when the file has it (schema
    // 9): an older file is still read by the commands that never upgrade it.
    QString select() const;
    bool hasConsentColumn() const;
    void validate(const Position &position) const;
    // byId() for a write's version check: locks the row on PostgreSQL.
    std::optional<Position> byIdForUpdate(qint64 id) const;

    Store &m_store;
    mutable QString m_schemaCheckedFor;
    mutable bool m_hasConsentColumn = false;
};
