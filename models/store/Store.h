#pragma once

#include "StoreError.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class IssueRepository;
class ActorRepository;
class PositionRepository;
class HistoryRepository;
class EventRepository;
class IndicatorRepository;
class SettingsRepository;

// One SQLite file. Opens it (foreign keys, WAL, busy timeout), migrates it after a
// backup, and hands out the repositories. Every mutation goes through a repository
// and is announced by a signal, so item models refresh from the store, the truth.
class Store : public QObject
{
    Q_OBJECT
public:
    enum class OpenMode
    {
        CreateIfMissing,
        ExistingOnly
    };

    explicit Store(QObject *parent = nullptr);
    ~Store() override;

    // Throws StoreError. A file that is not a Summit Brief database, is corrupt or
    // comes from a newer version is refused and left byte for byte as it was.
    // targetVersion > 0 stops the migrations there (tests build older files with it).
    void open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing,
              int targetVersion = 0);
    void close();
    bool isOpen() const;

    QString path() const { return m_path; }
    QSqlDatabase database() const;
    int schemaVersion() const;
    static int latestSchemaVersion();
    // Where the copy made before the last migration went; empty if none was needed.
    QString lastBackupPath() const { return m_backupPath; }

    // Who is recorded in the status history (defaults to the OS account).
    QString userName() const { return m_userName; }
    // A blank name falls back to the account's: history never records an empty "by".
    void setUserName(const QString &name);

    IssueRepository &issues();
    ActorRepository &actors();
    PositionRepository &positions();
    HistoryRepository &history();
    EventRepository &events();
    IndicatorRepository &indicators();
    SettingsRepository &settings();

    // Announcements, emitted by the repositories after a successful commit.
    void notifyIssueChanged(qint64 issueId) { emit issueChanged(issueId); }
    void notifyPositionsChanged(qint64 issueId) { emit positionsChanged(issueId); }
    void notifyActorsChanged() { emit actorsChanged(); }
    void notifyReset() { emit reset(); }
    void notifyLinksChanged(qint64 issueId) { emit linksChanged(issueId); }
    void notifySavedViewsChanged() { emit savedViewsChanged(); }
    void notifyExternalChange() { emit externalChange(); }
    // For errors caught where no caller can show them (undo commands).
    void reportError(const QString &message) { emit errorOccurred(message); }
    // As above; a refused stale edit also announces the value a colleague saved.
    void reportError(const StoreError &error)
    {
        const bool conflict =
            error.kind() == StoreError::Kind::Conflict && error.currentValue().isValid();
        if (!(conflict && m_conflictAsked))
            emit errorOccurred(error.message());
        if (conflict)
            emit conflictOccurred(error.message(), error.currentValue());
    }

    // While one is alive, a refused stale edit is announced by conflictOccurred
    // only: its caller asks the user which value stays, so no message should say
    // "not saved" first.
    class ConflictQuestion
    {
    public:
        explicit ConflictQuestion(Store &store) : m_store(store), m_before(store.m_conflictAsked)
        {
            store.m_conflictAsked = true;
        }
        ~ConflictQuestion() { m_store.m_conflictAsked = m_before; }
        Q_DISABLE_COPY_MOVE(ConflictQuestion)

    private:
        Store &m_store;
        bool m_before;
    };

signals:
    void issueChanged(qint64 issueId);
    void positionsChanged(qint64 issueId);
    void actorsChanged();
    // Many rows changed at once (import, another file): reload everything.
    void reset();
    // Links of this issue (either end) were added or removed.
    void linksChanged(qint64 issueId);
    void savedViewsChanged();
    // Another connection (a colleague's Summit Brief) committed to the file;
    // emitted by DataVersionWatcher. Views re-read what they show.
    void externalChange();
    void errorOccurred(const QString &message);
    // Follows errorOccurred for a refused stale edit: currentValue is what the
    // store holds now, in the type the repository's valueOf() gives.
    void conflictOccurred(const QString &message, const QVariant &currentValue);

private:
    void configureConnection();
    void checkIsDatabase();
    void migrate(int targetVersion);

    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    QString m_userName;
    bool m_conflictAsked = false;
    std::unique_ptr<IssueRepository> m_issues;
    std::unique_ptr<ActorRepository> m_actors;
    std::unique_ptr<PositionRepository> m_positions;
    std::unique_ptr<HistoryRepository> m_history;
    std::unique_ptr<EventRepository> m_events;
    std::unique_ptr<IndicatorRepository> m_indicators;
    std::unique_ptr<SettingsRepository> m_settings;
};
