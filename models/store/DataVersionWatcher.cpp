#include "DataVersionWatcher.h"

#include "Sql.h"
#include "Store.h"

DataVersionWatcher::DataVersionWatcher(Store &store, int intervalMs, QObject *parent)
    : QObject(parent), m_store(store)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DataVersionWatcher::check);
    // A file opened afresh is read afresh: its first value is only remembered.
    connect(&m_store, &Store::reset, this, [this] {
        if (m_store.path() != m_path)
            m_lastVersion = -1;
    });
    m_timer.start();
    check();
}

bool DataVersionWatcher::check()
{
    if (!m_store.isOpen()) {
        m_lastVersion = -1;
        return false;
    }
    qint64 version = -1;
    try {
        version =
            Sql::scalar(m_store.database(), QStringLiteral("PRAGMA data_version")).toLongLong();
        m_errorReported = false;
    } catch (const StoreError &error) {
        // Reported once, not every half second.
        if (!m_errorReported)
            m_store.reportError(error);
        m_errorReported = true;
        return false;
    }
    const bool sameFile = m_path == m_store.path() && m_lastVersion >= 0;
    const bool changed = sameFile && version != m_lastVersion;
    m_path = m_store.path();
    m_lastVersion = version;
    if (changed)
        m_store.notifyExternalChange();
    return changed;
}
