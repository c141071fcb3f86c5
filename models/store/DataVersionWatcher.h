#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSqlDriver>
#include <QTimer>

class Store;

// Notices commits made to the Store's summit by another connection (a colleague's
// Summit Brief, the command line) and announces them as Store::externalChange().
//
// A SQLite file: it polls `PRAGMA data_version`, which only changes when another
// connection commits, so the check costs one tiny query.
//
// A team database: the server notifies channel `summit_change` on every commit
// (the payload names the table); a burst is announced once, within
// coalesceMs. The same watcher looks after the connection: a cheap check every
// connectionCheckMs finds it gone (Store::setDisconnected), and it then tries
// Store::reconnect() after 1, 2, 4… seconds (at most maxReconnectDelayMs).
// QPSQL reads notifications through a QSocketNotifier on the connection's
// socket: the store's connection and this watcher live in the GUI thread.
class DataVersionWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int coalesceMs = 100;
    static constexpr int connectionCheckMs = 2000;
    static constexpr int firstReconnectDelayMs = 1000;
    static constexpr int maxReconnectDelayMs = 16000;
    static constexpr const char *channel = "summit_change";

    explicit DataVersionWatcher(Store &store, int intervalMs = 500, QObject *parent = nullptr);

    // The SQLite polling interval.
    void setInterval(int intervalMs);
    int interval() const { return m_interval; }

    // The wait before the next reconnection attempt (tests shorten it).
    int reconnectDelay() const { return m_reconnectDelay; }
    void setReconnectDelays(int firstMs, int maxMs);

public slots:
    // Compares now (the timer calls it); true if another connection committed
    // since the last check, in which case Store::externalChange was emitted.
    // On a team database: checks the connection (or tries to reconnect), and
    // announces notifications already queued; true if it announced any.
    bool check();

private:
    bool checkSQLite();
    bool checkPostgreSQL();
    void subscribe();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);
    bool announce();
    void tryReconnect();
    void configureTimer();

    Store &m_store;
    QTimer m_timer;
    QTimer m_coalesce;
    int m_interval;
    QString m_path; // the file the last value came from; another file starts afresh
    qint64 m_lastVersion = -1;
    bool m_errorReported = false;
    // Team database: the driver whose notifications are connected, the tables
    // changed since the last announcement, and the reconnection back-off.
    QPointer<QSqlDriver> m_subscribed;
    QSet<QString> m_changedTables;
    int m_firstReconnectDelay = firstReconnectDelayMs;
    int m_maxReconnectDelay = maxReconnectDelayMs;
    int m_reconnectDelay = firstReconnectDelayMs;
};
