#include "DataVersionWatcher.h"

#include "Sql.h"
#include "Store.h"

#include <QSqlError>

DataVersionWatcher::DataVersionWatcher(Store &store, int intervalMs, QObject *parent)
    : QObject(parent), m_store(store), m_interval(intervalMs)
{
    connect(&m_timer, &QTimer::timeout, this, &DataVersionWatcher::check);
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(coalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &DataVersionWatcher::announce);
    // A file opened afresh is read afresh: its first value is only remembered.
    connect(&m_store, &Store::reset, this, [this] {
        if (m_store.path() != m_path)
            m_lastVersion = -1;
        subscribe();
        configureTimer();
    });
    connect(&m_store, &Store::connectionLost, this, [this] {
        m_changedTables.clear();
        m_coalesce.stop();
        m_reconnectDelay = m_firstReconnectDelay;
        configureTimer();
    });
    // A new connection listens afresh; what changed meanwhile is read by the
    // views on the externalChange() that reconnect() emits.
    connect(&m_store, &Store::connectionRestored, this, [this] {
        subscribe();
        configureTimer();
    });
    subscribe();
    configureTimer();
    check();
}

void DataVersionWatcher::setInterval(int intervalMs)
{
    m_interval = intervalMs;
    configureTimer();
}

void DataVersionWatcher::setReconnectDelays(int firstMs, int maxMs)
{
    m_firstReconnectDelay = firstMs;
    m_maxReconnectDelay = maxMs;
    m_reconnectDelay = firstMs;
    configureTimer();
}

void DataVersionWatcher::configureTimer()
{
    if (!m_store.isTeamDatabase())
        m_timer.setInterval(m_interval);
    else if (m_store.isConnected())
        m_timer.setInterval(connectionCheckMs);
    else
        m_timer.setInterval(m_reconnectDelay);
    m_timer.start();
}

bool DataVersionWatcher::check()
{
    if (!m_store.isOpen()) {
        m_lastVersion = -1;
        return false;
    }
    return m_store.isTeamDatabase() ? checkPostgreSQL() : checkSQLite();
}

bool DataVersionWatcher::checkSQLite()
{
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

bool DataVersionWatcher::checkPostgreSQL()
{
    if (!m_store.isConnected()) {
        tryReconnect();
        return false;
    }
    // libpq marks a connection it found dropped (the notifier read the end of
    // the stream), and Sql::exec then refuses; otherwise one round trip proves
    // the server still answers.
    try {
        Sql::exec(m_store.database(), QStringLiteral("SELECT 1"));
    } catch (const StoreError &error) {
        if (error.kind() == StoreError::Kind::Disconnected)
            m_store.setDisconnected(error.message());
        return false;
    }
    if (m_changedTables.isEmpty())
        return false;
    m_coalesce.stop();
    return announce();
}

void DataVersionWatcher::tryReconnect()
{
    try {
        m_store.reconnect();
        m_reconnectDelay = m_firstReconnectDelay;
    } catch (const StoreError &) {
        // The status bar already says the connection is lost; try again later.
        m_reconnectDelay = qMin(m_reconnectDelay * 2, m_maxReconnectDelay);
    }
    configureTimer();
}

void DataVersionWatcher::subscribe()
{
    if (!m_store.isTeamDatabase() || !m_store.isConnected() || !m_store.isOpen())
        return;
    QSqlDriver *driver = m_store.database().driver();
    if (!driver)
        return;
    const QString name = QString::fromLatin1(channel);
    // After a reconnect the driver is the same object with a new socket: LISTEN again.
    if (!driver->subscribeToNotification(name)) {
        m_store.reportError(
            tr("Live updates from %1 are off: %2").arg(m_store.path(), driver->lastError().text()));
        return;
    }
    if (m_subscribed != driver) {
        m_subscribed = driver;
        connect(driver, &QSqlDriver::notification, this, &DataVersionWatcher::onNotification);
    }
}

void DataVersionWatcher::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                                        const QVariant &payload)
{
    // The store's own commits were announced by its repositories already.
    if (name != QLatin1String(channel) || source == QSqlDriver::SelfSource)
        return;
    m_changedTables.insert(payload.toString());
    // One refresh for a burst (an import, a bulk edit): the first notification
    // opens the window, later ones join it.
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

bool DataVersionWatcher::announce()
{
    if (m_changedTables.isEmpty())
        return false;
    const QSet<QString> tables = std::exchange(m_changedTables, {});
    // Only saved views changed: only the Views menu needs reading again.
    if (tables == QSet<QString>{QStringLiteral("saved_view")})
        m_store.notifySavedViewsChanged();
    else
        m_store.notifyExternalChange();
    return true;
}
