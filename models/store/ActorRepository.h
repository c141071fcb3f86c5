#pragma once

#include "domain/Actor.h"

#include <QList>
#include <QStringList>

#include <optional>

class Store;

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
    qint64 insert(Actor &actor);
    // Whole-row update with optimistic locking; returns the new version.
    int update(const Actor &actor);

private:
    Store &m_store;
};
