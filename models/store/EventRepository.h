#pragma once

#include "domain/Event.h"

#include <QList>

class Store;

class EventRepository
{
public:
    explicit EventRepository(Store &store) : m_store(store) {}

    QList<Event> all() const; // by date
    qint64 insert(Event &event);

private:
    Store &m_store;
};
