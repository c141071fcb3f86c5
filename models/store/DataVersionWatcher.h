#pragma once

#include <QObject>
#include <QTimer>

class Store;

// Notices commits made to the Store's file by another connection (a colleague's
// Summit Brief on a shared file, the command line) and announces them as
// Store::externalChange(). It polls `PRAGMA data_version`, which only changes
// when another connection commits, so the check costs one tiny query.
class DataVersionWatcher : public QObject
{
    Q_OBJECT
public:
    explicit DataVersionWatcher(Store &store, int intervalMs = 500, QObject *parent = nullptr);

    void setInterval(int intervalMs) { m_timer.setInterval(intervalMs); }
    int interval() const { return m_timer.interval(); }

public slots:
    // Compares now (the timer calls it); true if another connection committed
    // since the last check, in which case Store::externalChange was emitted.
    bool check();

private:
    Store &m_store;
    QTimer m_timer;
    QString m_path; // the file the last value came from; another file starts afresh
    qint64 m_lastVersion = -1;
    bool m_errorReported = false;
};
