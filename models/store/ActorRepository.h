#pragma once

#include "domain/Actor.h"
#include "domain/Position.h"
#include "store/StoreError.h"

#include <QList>
#include <QStringList>

#include <optional>

class Store;

// What merging one actor into another did, kept so it can be undone exactly.
struct ActorMerge
{
    Actor removed;           // the merged actor as it was
    qint64 intoId = 0;       // the actor that kept the positions
    QList<Position> moved;   // its positions now held by intoId, as they were before
    QList<Position> dropped; // its positions on issues where intoId held one already
};

class ActorRepository
{
public:
    explicit ActorRepository(Store &store) : m_store(store) {}

    QList<Actor> all() const; // ordered by bloc, then name
    std::optional<Actor> byId(qint64 id) const;
    std::optional<Actor> byName(const QString &name) const;
    // The blocs to offer for an actor (Actor::blocs): the summit's two sides, the
    // blocs this file's actors use, then the usual ones.
    QStringList blocs() const;
    // Inserts the actor; sets actor.id and actor.version. An actor with an id
    // (an undone removal coming back) keeps it, as a new version of that row.
    // A name another actor has is refused with a message naming it.
    qint64 insert(Actor &actor);
    // Whole-row update with optimistic locking; returns the new version.
    int update(const Actor &actor);
    // Removes an actor that holds no position, if still at expectedVersion (0:
    // any); returns it as it was. One with positions is refused with a message.
    Actor remove(qint64 id, int expectedVersion = 0);
    // Moves fromId's positions to intoId and removes fromId, all or nothing; where
    // both hold a position on one issue, intoId's is kept and fromId's dropped.
    // expectedFromVersion (0: any) refuses a merge of an actor changed since.
    ActorMerge merge(qint64 fromId, qint64 intoId, int expectedFromVersion = 0);
    // Undoes merge(): the removed actor comes back with its id and its positions.
    // Refused (Conflict) when a colleague changed the moved positions since.
    void unmerge(const ActorMerge &merge);
    // How many positions the actor holds.
    qint64 positionCount(qint64 id) const;

    // Throws, naming the other actor, when an actor other than ownId has this name
    // in any letter case (what insert and update refuse; dialogs say it early).
    void checkNameFree(const QString &name, qint64 ownId) const;

private:
    // byId() for a write's version check: locks the row on PostgreSQL.
    std::optional<Actor> byIdForUpdate(qint64 id) const;
    void insertRow(Actor &actor);
    static StoreError refusedBloc(const StoreError &error, const Actor &actor);

    Store &m_store;
};
