#pragma once

#include "PackExportRecord.h"

#include <QDateTime>
#include <QList>

class Store;

// The log of briefing packs exported from this file, so "what changed since the
// last pack" has a default starting point.
class PackExportRepository
{
public:
    explicit PackExportRepository(Store &store) : m_store(store) {}

    // Appends the record (filling in when and who if empty); returns its id.
    qint64 record(PackExportRecord &record);
    QList<PackExportRecord> all() const; // newest first
    // Invalid when no pack was ever exported from this file.
    QDateTime lastExportTime() const;

private:
    Store &m_store;
};
