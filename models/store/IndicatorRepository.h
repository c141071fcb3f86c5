#pragma once

#include "domain/Indicator.h"

#include <QList>

class Store;

class IndicatorRepository
{
public:
    explicit IndicatorRepository(Store &store) : m_store(store) {}

    QList<Indicator> all() const; // by name, then date
    qint64 insert(Indicator &indicator);

private:
    Store &m_store;
};
