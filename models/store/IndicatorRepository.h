#pragma once

#include "domain/Indicator.h"

#include <QList>
#include <QStringList>

#include <optional>

class Store;

// Indicator points (a dated value of a named series). Same contract as
// EventRepository; writes are announced by Store::indicatorsChanged.
class IndicatorRepository
{
public:
    explicit IndicatorRepository(Store &store) : m_store(store) {}

    QList<Indicator> all() const; // by name, then date
    std::optional<Indicator> byId(qint64 id) const;
    // The series' names, sorted, and the unit of a series (its latest point's);
    // empty when the series has no point.
    QStringList seriesNames() const;
    QString unitOf(const QString &series) const;
    // As EventRepository::insert.
    qint64 insert(Indicator &indicator);
    void update(const Indicator &indicator);
    void remove(qint64 id);

    // Name and unit trimmed: what insert() and update() write.
    static Indicator normalized(Indicator indicator);
    // Throws StoreError::Invalid naming the first problem.
    static void validate(const Indicator &indicator);

private:
    Store &m_store;
};
