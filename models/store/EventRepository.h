#pragma once

#include "domain/Event.h"

#include <QList>

#include <optional>

class Store;

// The programme: meetings and deadlines. Every write validates the whole record
// (StoreError::Invalid with a message for the user), runs in a transaction and
// is announced by Store::eventsChanged.
class EventRepository
{
public:
    explicit EventRepository(Store &store) : m_store(store) {}

    QList<Event> all() const; // by date
    std::optional<Event> byId(qint64 id) const;
    // Adds the event; with event.id set (redo, undo of a removal) under that id,
    // unless another event holds it now. Sets event.id; returns it.
    qint64 insert(Event &event);
    // Writes the whole record; NotFound when it is gone.
    void update(const Event &event);
    // NotFound when it is gone.
    void remove(qint64 id);

    // Title and place trimmed, kind as stored: what insert() and update() write.
    static Event normalized(Event event);
    // Throws StoreError::Invalid naming the first problem.
    static void validate(const Event &event);

private:
    Store &m_store;
};
