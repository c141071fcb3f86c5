#pragma once

#include "StoreError.h"
#include "StoreLocation.h"

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

// One summit: a SQLite file, or a team database on a PostgreSQL server (see
// StoreLocation). Opens it (SQLite: foreign keys, WAL, busy timeout), migrates it
// (SQLite: after a backup), and hands out the repositories. Every mutation goes through a
// repository and is announced by a signal, so item models refresh from the store, the truth.
class Store : public QObject
{
    Q_OBJECT
public:
    enum class OpenMode
    {
        CreateIfMissing,
        ExistingOnly,
        // An existing file for a command that only reads (forecast, export): opened
        // read-only, never upgraded. An older version is read if this version can
        // (see oldestReadableVersion()); otherwise it is refused.
        ReadOnly,
        // An existing file for a command that reads and logs (pack): never
        // upgraded; read-only when the file or its folder cannot be written.
        NoUpgrade
    };

    explicit Store(QObject *parent = nullptr);
    ~Store() override;

    // Throws StoreError. A file that is not a Summit Brief database, is corrupt or
    // comes from a newer version is refused and left byte for byte as it was.
    // targetVersion > 0 stops the migrations there (tests build older files with it).
    // `location` is a file path or postgresql://USER@HOST:PORT/DBNAME; a team
    // database must exist on the server (CreateIfMissing creates its tables).
    void open(const QString &location, OpenMode mode = OpenMode::CreateIfMissing,
              int targetVersion = 0);
    void close();
    bool isOpen() const;

    // The password for the next open of a team database, kept in memory only
    // (also for reconnecting). Empty: libpq's PGPASSWORD or ~/.pgpass.
    void setPassword(const QString &password) { m_password = password; }

    // The file path, or the team database's URL (StoreLocation::toString()).
    QString path() const { return m_path; }
    StoreLocation location() const { return m_location; }
    bool isTeamDatabase() const { return m_location.isPostgreSQL(); }
    // True when the server's roles allow this account to read only (a reader):
    // isReadOnly() is then true as well.
    bool isReaderAccount() const { return m_readerAccount; }
    // A second connection to the same summit under `connectionName`, opened, for a
    // worker thread; read-only when this one is. The caller removes it with
    // QSqlDatabase::removeDatabase. Throws StoreError.
    QSqlDatabase openWorkerConnection(const QString &connectionName) const;
    QSqlDatabase database() const;
    int schemaVersion() const;
    static int latestSchemaVersion();
    // The oldest version the repositories can read without upgrading the file.
    static int oldestReadableVersion();
    // True when the connection cannot write (OpenMode::ReadOnly, or NoUpgrade on a
    // file or folder that is not writable).
    bool isReadOnly() const { return m_readOnly; }
    // Where the copy made before the last migration went; empty if none was needed.
    QString lastBackupPath() const { return m_backupPath; }

    // Files larger than this are not checked page by page on open: PRAGMA
    // quick_check reads the whole file (0.4 s of CPU, 2.5 s on a busy machine, for
    // the 269 MB of 100,000 issues). Damage found later is still reported.
    static constexpr qint64 quickCheckLimitBytes = 64LL * 1024 * 1024;
    // Backups kept per database file (FILE.backup-v<version>-<time>.db); older ones
    // are removed after a new one is written.
    static constexpr int backupsKept = 3;
    // The backups of `path` beside it, newest first.
    static QStringList backupsOf(const QString &path);
    // Copies the database at `path` (of schema `version`) to a new backup beside it,
    // written under a temporary name and renamed when complete, then keeps only the
    // newest backupsKept. Returns the backup's path; throws StoreError (Io) and
    // leaves no partial file when it fails.
    static QString backUp(const QString &path, int version);
    // The schema version of the Summit Brief database at `path`, read without
    // writing to it; throws StoreError when it is not one.
    static int versionOf(const QString &path);

    // Who is recorded in the status history (defaults to the OS account, else
    // "unknown"): never empty, so a blank name keeps the default.
    QString userName() const { return m_userName; }
    // The OS account: $USER, $LOGNAME, the password database; empty if none.
    static QString accountName();
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
    void notifyEventsChanged() { emit eventsChanged(); }
    void notifyIndicatorsChanged() { emit indicatorsChanged(); }
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
    // The programme (events) or the indicator points were added to, edited or cut.
    void eventsChanged();
    void indicatorsChanged();
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
    void checkIntegrity();
    void checkReadable();
    void migrate(int targetVersion);

    void openSQLite(const QString &path, OpenMode mode);
    void openPostgreSQL(OpenMode mode, int targetVersion);
    void checkIsPostgreSQLDatabase();
    void migratePostgreSQL(int targetVersion);
    void createPostgreSQLVersionTable();

    QString m_connectionName;
    QString m_path;
    StoreLocation m_location;
    QString m_password;
    bool m_readerAccount = false;
    QString m_backupPath;
    QString m_userName;
    bool m_readOnly = false;
    bool m_conflictAsked = false;
    std::unique_ptr<IssueRepository> m_issues;
    std::unique_ptr<ActorRepository> m_actors;
    std::unique_ptr<PositionRepository> m_positions;
    std::unique_ptr<HistoryRepository> m_history;
    std::unique_ptr<EventRepository> m_events;
    std::unique_ptr<IndicatorRepository> m_indicators;
    std::unique_ptr<SettingsRepository> m_settings;
};
