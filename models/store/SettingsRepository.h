#pragma once

#include "domain/SummitInfo.h"

#include <QString>

class Store;

// Settings that travel with the file (summit name, dates, classification).
class SettingsRepository
{
public:
    explicit SettingsRepository(Store &store) : m_store(store) {}

    QString value(const QString &key, const QString &fallback = QString()) const;
    void setValue(const QString &key, const QString &value);

    SummitInfo summit() const;
    void setSummit(const SummitInfo &info);

private:
    Store &m_store;
};
