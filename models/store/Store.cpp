#include "Store.h"

#include "ActorRepository.h"
#include "EventRepository.h"
#include "HistoryRepository.h"
#include "IndicatorRepository.h"
#include "IssueRepository.h"
#include "PositionRepository.h"
#include "SettingsRepository.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QtEndian>

#include <QScopeGuard>

#include <algorithm>
#include <atomic>
#include <optional>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace {

struct Migration
{
    int version;
    QString resource;
};

// The SQLite scripts are in :/sql, their PostgreSQL counterparts, one per
// version, in :/sql/postgresql.
QList<Migration> migrations(StoreLocation::Backend backend = StoreLocation::Backend::SQLite)
{
    QList<Migration> list;
    const QDir dir(backend == StoreLocation::Backend::PostgreSQL
                       ? QStringLiteral(":/sql/postgresql")
                       : QStringLiteral(":/sql"));
    static const QRegularExpression name(QStringLiteral("^(\\d+)_.*\\.sql$"));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto match = name.match(file);
        if (match.hasMatch())
            list.append({match.captured(1).toInt(), dir.filePath(file)});
    }
    return list;
}

// Splits a migration script into statements: one ends with ';' at the end of a
// line, except inside a trigger body, which ends with 'END;'.
QStringList statementsOf(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    for (const QString &rawLine : script.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(QLatin1String("--")) || (line.isEmpty() && current.isEmpty()))
            continue;
        if (current.isEmpty() &&
            line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += rawLine + QLatin1Char('\n');
        const bool ends = inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(QLatin1Char(';'));
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

// Splits a PostgreSQL script into statements: one ends with ';' at the end of a
// line outside a $$-quoted function body.
QStringList postgreSQLStatementsOf(const QString &script)
{
    QStringList statements;
    QString current;
    bool inBody = false;
    for (const QString &rawLine : script.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (!inBody &&
            (line.startsWith(QLatin1String("--")) || (line.isEmpty() && current.isEmpty())))
            continue;
        current += rawLine + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inBody = !inBody;
        if (!inBody && line.endsWith(QLatin1Char(';'))) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

QString scriptOf(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(
            StoreError::Kind::Sql,
            QCoreApplication::translate("Store", "Missing migration %1").arg(resource));
    return QString::fromUtf8(file.readAll());
}

// Reads the SQLite header without the driver, so a foreign or damaged file is
// refused before anything could write to it.
void checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::CannotOpen,
                         QCoreApplication::translate("Store", "Cannot read %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        throw StoreError(
            StoreError::Kind::NotADatabase,
            QCoreApplication::translate("Store", "%1 is empty: it is not a Summit Brief database.")
                .arg(QDir::toNativeSeparators(path)));
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        throw StoreError(
            StoreError::Kind::NotADatabase,
            QCoreApplication::translate(
                "Store", "%1 is not a Summit Brief database (it is not an SQLite file).")
                .arg(QDir::toNativeSeparators(path)));
    if (header.size() < 100)
        throw StoreError(StoreError::Kind::NotADatabase,
                         QCoreApplication::translate(
                             "Store", "%1 is truncated: its SQLite header is incomplete.")
                             .arg(QDir::toNativeSeparators(path)));
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    // The in-header page count is only trusted when it matches the change counter.
    if (pageCount > 0 && validFor == changeCounter && qint64(pageSize) * pageCount > size)
        throw StoreError(
            StoreError::Kind::NotADatabase,
            QCoreApplication::translate(
                "Store", "%1 is truncated: it holds %2 bytes of the %3 its header announces.")
                .arg(QDir::toNativeSeparators(path))
                .arg(size)
                .arg(qint64(pageSize) * pageCount));
}

// Of several processes opening an old file at once, one upgrades it while the
// others wait for its write lock; an upgrade of a large file takes longer than
// the usual busy timeout.
constexpr int upgradeWaitMs = 120000;
constexpr int busyTimeoutMs = 5000;

QString backupPattern(const QString &fileName)
{
    return QStringLiteral("^%1\\.backup-v(\\d+)-(\\d{8}-\\d{6})(?:-(\\d+))?\\.db$")
        .arg(QRegularExpression::escape(fileName));
}

// Backups that a killed or failed copy left under their temporary name.
void removePartialBackups(const QString &path)
{
    const QFileInfo info(path);
    QDir dir(info.absolutePath());
    for (const QString &name :
         dir.entryList({info.fileName() + QStringLiteral(".backup-v*.db.partial*")}, QDir::Files))
        dir.remove(name);
}

// Codes that differ only in case cannot all stay once codes are unique regardless
// of case (version 5): refused with the codes, before anything is changed.
void checkBeforeMigration(const QSqlDatabase &db, int version, const QString &path)
{
    if (version != 5)
        return;
    QSqlQuery query = Sql::exec(
        db, Sql::isPostgreSQL(db)
                ? QStringLiteral("SELECT string_agg(code, ' / ' ORDER BY code) FROM issue "
                                 "GROUP BY lower(code) HAVING COUNT(*) > 1 ORDER BY 1")
                : QStringLiteral("SELECT group_concat(code, ' / ') FROM issue "
                                 "GROUP BY code COLLATE NOCASE HAVING COUNT(*) > 1 ORDER BY 1"));
    QStringList clashes;
    while (Sql::next(query))
        clashes.append(query.value(0).toString());
    if (!clashes.isEmpty())
        throw StoreError(
            StoreError::Kind::Invalid,
            QCoreApplication::translate(
                "Store",
                "%1 cannot be upgraded: issue codes must now differ by more than upper and lower "
                "case, and these do: %2. Rename or remove all but one of each with the version "
                "of Summit Brief that wrote it, then open it again; it was not changed.")
                .arg(QDir::toNativeSeparators(path), clashes.join(QStringLiteral("; "))));
}

// Run before an upgrade commits: a row left pointing at nothing fails the
// whole upgrade, which is then rolled back.
void checkForeignKeys(const QSqlDatabase &db, const QString &path)
{
    QSqlQuery query = Sql::exec(db, QStringLiteral("PRAGMA foreign_key_check"));
    QStringList broken;
    while (Sql::next(query) && broken.size() < 5)
        broken.append(QCoreApplication::translate("Store", "%1 row %2 refers to a missing %3 row")
                          .arg(query.value(0).toString(), query.value(1).toString(),
                               query.value(2).toString()));
    if (!broken.isEmpty())
        throw StoreError(
            StoreError::Kind::Sql,
            QCoreApplication::translate("Store",
                                        "%1 cannot be upgraded, and was left as it was: %2.")
                .arg(QDir::toNativeSeparators(path), broken.join(QStringLiteral("; "))));
}

QString defaultUserName()
{
    const QString name = Store::accountName();
    return name.isEmpty() ? QCoreApplication::translate("Store", "unknown") : name;
}

} // namespace

QString Store::accountName()
{
    // Services, cron and sudo shells may unset USER; LOGNAME and the password
    // database still name the account. A home folder's name need not (HOME=/srv/home).
    for (const char *variable : {"USER", "LOGNAME"}) {
        if (const QString name = qEnvironmentVariable(variable).trimmed(); !name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    if (const passwd *account = getpwuid(geteuid());
        account && account->pw_name && account->pw_name[0] != '\0')
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return qEnvironmentVariable("USERNAME").trimmed(); // Windows
}

void Store::setUserName(const QString &name)
{
    m_userName = name.trimmed().isEmpty() ? defaultUserName() : name.trimmed();
}

Store::Store(QObject *parent) : QObject(parent), m_userName(defaultUserName())
{
    static std::atomic<int> counter{0};
    m_connectionName = QStringLiteral("summit-store-%1").arg(++counter);
    m_issues = std::make_unique<IssueRepository>(*this);
    m_actors = std::make_unique<ActorRepository>(*this);
    m_positions = std::make_unique<PositionRepository>(*this);
    m_history = std::make_unique<HistoryRepository>(*this);
    m_events = std::make_unique<EventRepository>(*this);
    m_indicators = std::make_unique<IndicatorRepository>(*this);
    m_settings = std::make_unique<SettingsRepository>(*this);
}

Store::~Store()
{
    close();
}

void Store::open(const QString &location, OpenMode mode, int targetVersion)
{
    close();
    const StoreLocation parsed = StoreLocation::parse(location);
    if (!parsed.isValid())
        throw StoreError(StoreError::Kind::CannotOpen, parsed.error());
    m_location = parsed;
    m_readerAccount = false;
    if (parsed.isPostgreSQL()) {
        try {
            openPostgreSQL(mode, targetVersion > 0 ? targetVersion : latestSchemaVersion());
        } catch (const StoreError &) {
            close();
            throw;
        }
        emit reset();
        return;
    }
    const QString &path = location;
    const QString nativePath = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    const bool existed = info.exists();
    const bool forReading = mode == OpenMode::ReadOnly || mode == OpenMode::NoUpgrade;
    if (existed && info.isDir())
        throw StoreError(
            StoreError::Kind::CannotOpen,
            QCoreApplication::translate("Store", "%1 is a folder, not a database file.")
                .arg(nativePath));
    if (!existed && mode != OpenMode::CreateIfMissing)
        throw StoreError(
            StoreError::Kind::CannotOpen,
            QCoreApplication::translate("Store", "%1 does not exist.").arg(nativePath));
    if (!existed && !folder.isWritable())
        throw StoreError(
            StoreError::Kind::CannotOpen,
            QCoreApplication::translate(
                "Store", "Cannot create %1: the folder is not writable or does not exist.")
                .arg(nativePath));
    if (existed)
        checkHeader(path);
    // SQLite writes a journal (or WAL and shared-memory files) beside the file.
    const bool writable = !existed || (info.isWritable() && folder.isWritable());
    if (!writable && !forReading)
        throw StoreError(
            StoreError::Kind::ReadOnly,
            QCoreApplication::translate(
                "Store", "%1 cannot be changed: %2 is read-only. Make it writable or copy the "
                         "file to a folder you can write to; forecast, export and pack can "
                         "still read it.")
                .arg(nativePath, info.isWritable()
                                     ? QCoreApplication::translate("Store", "its folder")
                                     : QCoreApplication::translate("Store", "the file")));
    m_readOnly = mode == OpenMode::ReadOnly || !writable;

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
        db.setDatabaseName(path);
        // A file that could be written is opened read-write even to read, with
        // writes refused (query_only, below), so closing it tidies its -wal and
        // -shm files away as usual.
        if (!writable) {
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
            // A WAL file needs its shared-memory file (-shm), which SQLite cannot create
            // in a folder it cannot write to. Without a -wal file the database file
            // holds everything, and nobody can add one there: it is read as immutable.
            if (!folder.isWritable() && !QFileInfo::exists(path + QStringLiteral("-wal"))) {
                options += QStringLiteral(";QSQLITE_OPEN_URI");
                QUrl url = QUrl::fromLocalFile(info.absoluteFilePath());
                url.setQuery(QStringLiteral("immutable=1"));
                db.setDatabaseName(url.toString(QUrl::FullyEncoded));
            }
        }
        db.setConnectOptions(options);
        if (!db.open()) {
            const StoreError error = Sql::errorFrom(
                db.lastError(),
                QCoreApplication::translate("Store", "Cannot open %1").arg(nativePath));
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            throw error;
        }
        Sql::registerConnection(db, path, m_readOnly);
    }
    m_path = path;
    m_backupPath.clear();
    // Checked again below; a file restored from a backup under the same name is
    // not held against it.
    Sql::setDamaged(path, false);
    try {
        checkIsDatabase();
        checkIntegrity();
        if (forReading)
            checkReadable();
        configureConnection();
        if (!forReading)
            migrate(targetVersion > 0 ? targetVersion : latestSchemaVersion());
    } catch (const StoreError &) {
        close();
        throw;
    }
    emit reset();
}

void Store::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        Sql::unregisterConnection(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_path.clear();
    m_readOnly = false;
    m_readerAccount = false;
    m_disconnected = false;
}

bool Store::isOpen() const
{
    // A team database whose connection dropped is still the open summit: it
    // reconnects, and what the window shows stays.
    if (isTeamDatabase() && !m_path.isEmpty())
        return QSqlDatabase::contains(m_connectionName);
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

void Store::setDisconnected(const QString &message)
{
    if (m_disconnected || !isTeamDatabase() || !QSqlDatabase::contains(m_connectionName))
        return;
    m_disconnected = true;
    // libpq has closed the dead connection's socket, or will: QPSQL's notifier
    // on it must not watch whatever file gets that number next. The connection
    // itself is replaced by reconnect(), where nothing holds on to it.
    if (QSqlDriver *driver = database().driver())
        for (QSocketNotifier *notifier : driver->findChildren<QSocketNotifier *>())
            notifier->setEnabled(false);
    emit connectionLost(message);
}

void Store::reconnect()
{
    if (!isTeamDatabase() || !QSqlDatabase::contains(m_connectionName))
        throw StoreError(StoreError::Kind::CannotOpen,
                         QCoreApplication::translate("Store", "No team database is open."));
    // A new driver, not the old one opened again: QPSQL cannot close a connection
    // that dropped (it keeps the dead socket and its notifier).
    {
        QSqlDatabase old = database();
        Sql::unregisterConnection(old);
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_disconnected = true;
    // A role granted or revoked meanwhile counts from now on.
    m_readOnly = m_openMode == OpenMode::ReadOnly;
    m_readerAccount = false;
    {
        QSqlDatabase db = addPostgreSQLConnection();
        // Registered before it opens: a query while it cannot is Disconnected.
        Sql::registerConnection(db, m_path, m_readOnly);
        if (!db.open())
            throw Sql::connectionErrorFrom(m_location, db.lastError());
    }
    m_disconnected = false;
    try {
        preparePostgreSQLSession(m_targetVersion);
    } catch (const StoreError &) {
        m_disconnected = true;
        throw;
    }
    emit connectionRestored();
    emit externalChange();
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Store::latestSchemaVersion()
{
    const QList<Migration> list = migrations();
    return list.isEmpty() ? 0 : list.last().version;
}

int Store::oldestReadableVersion()
{
    // Version 3 added the columns every issue read names (likelihood, in_pack).
    return 3;
}

int Store::schemaVersion() const
{
    const QSqlDatabase db = database();
    if (Sql::isPostgreSQL(db)) {
        if (Sql::scalar(db, QStringLiteral("SELECT to_regclass('schema_migration') IS NULL"))
                .toBool())
            return 0;
    } else if (!db.tables().contains(QStringLiteral("schema_migration")))
        return 0;
    return Sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migration"))
        .toInt();
}

// Refuses anything that is not an empty file or one of ours, before any write.
void Store::checkIsDatabase()
{
    const QSqlDatabase db = database();
    const QString nativePath = QDir::toNativeSeparators(m_path);
    QStringList tables;
    int version = 0;
    try {
        QSqlQuery query =
            Sql::exec(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        while (Sql::next(query))
            tables.append(query.value(0).toString());
        if (tables.contains(QStringLiteral("schema_migration")))
            version = schemaVersion();
    } catch (const StoreError &error) {
        // A lock, a read-only file or a damaged one is said as such, naming the file.
        if (error.kind() == StoreError::Kind::Busy || error.kind() == StoreError::Kind::ReadOnly ||
            Sql::isDamaged(m_path))
            throw;
        throw StoreError(
            StoreError::Kind::NotADatabase,
            QCoreApplication::translate("Store", "%1 cannot be read as a Summit Brief database: %2")
                .arg(nativePath, error.message()));
    }
    if (!tables.isEmpty() && !tables.contains(QStringLiteral("schema_migration")))
        throw StoreError(
            StoreError::Kind::NotADatabase,
            QCoreApplication::translate(
                "Store",
                "%1 is an SQLite database of another program, not a Summit Brief database.")
                .arg(nativePath));
    if (version > latestSchemaVersion())
        throw StoreError(
            StoreError::Kind::NewerVersion,
            QCoreApplication::translate(
                "Store",
                "%1 was written by a newer Summit Brief (database version %2; this version "
                "reads up to %3). Open it with the newer version; the file was not changed.")
                .arg(nativePath)
                .arg(version)
                .arg(latestSchemaVersion()));
}

void Store::configureConnection()
{
    const QSqlDatabase db = database();
    Sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    if (m_readOnly) {
        Sql::exec(db, QStringLiteral("PRAGMA query_only = ON"));
        return;
    }
    // Lets a colleague's instance read while this one writes; persistent per file.
    Sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    Sql::exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
}

// Pages overwritten in the middle of the file pass the header and schema checks;
// SQLite's quick_check reads every page. A damaged file is refused untouched.
void Store::checkIntegrity()
{
    if (QFileInfo(m_path).size() > quickCheckLimitBytes)
        return;
    QString result;
    try {
        QSqlQuery query = Sql::exec(database(), QStringLiteral("PRAGMA quick_check(1)"));
        if (Sql::next(query))
            result = query.value(0).toString();
    } catch (const StoreError &error) {
        if (error.kind() != StoreError::Kind::NotADatabase)
            throw;
        // The driver's error already names the file and what to do when it could.
        if (Sql::isDamaged(m_path))
            throw;
        Sql::setDamaged(m_path, true);
        throw StoreError(StoreError::Kind::NotADatabase,
                         Sql::damagedMessage(m_path, error.message()));
    }
    if (result != QLatin1String("ok")) {
        // One line: "*** in database main ***\nPage 34: btreeInitPage() returns error code 11".
        result.remove(QStringLiteral("*** in database main ***"));
        result = result.simplified();
        Sql::setDamaged(m_path, true);
        throw StoreError(
            StoreError::Kind::NotADatabase,
            Sql::damagedMessage(
                m_path, QCoreApplication::translate("Store", "integrity check: %1").arg(result)));
    }
}

// A command that only reads never upgrades: it reads an older file if the
// repositories can, and otherwise says how to upgrade it.
void Store::checkReadable()
{
    const int version = schemaVersion();
    if (version < oldestReadableVersion())
        throw StoreError(StoreError::Kind::CannotOpen,
                         QCoreApplication::translate(
                             "Store",
                             "%1 is at database version %2, older than this command reads "
                             "without upgrading it (%3): open this file once with the app (or run "
                             "a write command) to upgrade it.")
                             .arg(QDir::toNativeSeparators(m_path))
                             .arg(version)
                             .arg(oldestReadableVersion()));
}

void Store::migrate(int targetVersion)
{
    const QSqlDatabase db = database();
    if (schemaVersion() >= targetVersion)
        return;

    // The write lock is taken before the version is read again, so of several
    // processes opening an old file at once one upgrades (and backs up) while the
    // others wait, then find it done.
    Sql::exec(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(upgradeWaitMs));
    const auto restoreTimeout = qScopeGuard([&db] {
        QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs));
    });
    // A migration that rebuilds a table (SQLite cannot drop a constraint) drops
    // the old one, which with foreign keys on would delete every row referring
    // to it. The pragma is a no-op inside a transaction, so it is turned off
    // before and on again after; foreign_key_check below vouches for the result.
    Sql::exec(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    const auto restoreForeignKeys =
        qScopeGuard([&db] { QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON")); });
    Sql::Transaction lock(db);
    const int current = schemaVersion();
    if (current >= targetVersion) {
        lock.commit();
        return;
    }

    if (current > 0) {
        // What an upgrade would refuse is said before anything is written.
        for (const Migration &migration : migrations()) {
            if (migration.version > current && migration.version <= targetVersion)
                checkBeforeMigration(db, migration.version, m_path);
        }
        try {
            m_backupPath = backUp(m_path, current);
        } catch (const StoreError &error) {
            throw StoreError(
                StoreError::Kind::Io,
                QCoreApplication::translate(
                    "Store",
                    "Could not back up %1 before upgrading it, so it was left as it was: %2")
                    .arg(QDir::toNativeSeparators(m_path), error.message()));
        }
    } else {
        Sql::exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migration ("
                                     "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"));
    }

    // One transaction for the whole upgrade: all of it or none.
    for (const Migration &migration : migrations()) {
        if (migration.version <= current || migration.version > targetVersion)
            continue;
        QFile file(migration.resource);
        if (!file.open(QIODevice::ReadOnly))
            throw StoreError(StoreError::Kind::Sql,
                             QCoreApplication::translate("Store", "Missing migration %1")
                                 .arg(migration.resource));
        const QString script = QString::fromUtf8(file.readAll());
        for (const QString &statement : statementsOf(script)) {
            try {
                Sql::exec(db, statement);
            } catch (const StoreError &error) {
                throw StoreError(error.kind(),
                                 QCoreApplication::translate(
                                     "Store", "Upgrading to database version %1 failed: %2")
                                     .arg(migration.version)
                                     .arg(error.message()));
            }
        }
        Sql::exec(
            db, QStringLiteral("INSERT INTO schema_migration (version, applied_at) VALUES (?, ?)"),
            {migration.version, Sql::now()});
    }
    checkForeignKeys(db, m_path);
    lock.commit();
}

// A team database: the server holds the data, the roles and the backups, so
// none of the file checks apply; the schema and its version are checked the same.
void Store::openPostgreSQL(OpenMode mode, int targetVersion)
{
    const StoreLocation &location = m_location;
    const QString name = location.toString();
    {
        QSqlDatabase db = addPostgreSQLConnection();
        if (!db.open()) {
            const StoreError error = Sql::connectionErrorFrom(location, db.lastError());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            throw error;
        }
        Sql::registerConnection(db, name, mode == OpenMode::ReadOnly);
    }
    m_path = name;
    m_backupPath.clear();
    m_readOnly = mode == OpenMode::ReadOnly;
    m_disconnected = false;
    m_openMode = mode;
    m_targetVersion = targetVersion;
    preparePostgreSQLSession(targetVersion);
}

QSqlDatabase Store::addPostgreSQLConnection()
{
    const StoreLocation &location = m_location;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid())
        throw StoreError(StoreError::Kind::CannotOpen,
                         QCoreApplication::translate(
                             "Store",
                             "Cannot open %1: the PostgreSQL driver of Qt is not installed "
                             "(Debian package libqt6sql6-psql).")
                             .arg(location.toString()));
    db.setHostName(location.host());
    db.setPort(location.port());
    db.setDatabaseName(location.database());
    db.setUserName(location.user().isEmpty() ? accountName() : location.user());
    const QString password = location.password().isEmpty() ? m_password : location.password();
    if (!password.isEmpty())
        db.setPassword(password);
    db.setConnectOptions(Sql::postgreSQLConnectOptions(location));
    return db;
}

// What every new connection to a team database needs, on open and on reconnect:
// the session's settings, the schema's version checked, a reader recognised, and
// the migrations when the version is behind.
void Store::preparePostgreSQLSession(int targetVersion)
{
    const QString &name = m_path;
    const OpenMode mode = m_openMode;
    const QSqlDatabase db = database();
    // Stored text is compared and sorted as SQLite does it, byte by byte in UTF-8.
    Sql::exec(db, QStringLiteral("SET client_encoding = 'UTF8'"));
    // libpq prints the server's notices on stderr, which a command's one-line
    // output does not want ("relation already exists, skipping").
    Sql::exec(db, QStringLiteral("SET client_min_messages = warning"));
    checkIsPostgreSQLDatabase();
    const bool forReading = mode == OpenMode::ReadOnly || mode == OpenMode::NoUpgrade;
    const int version = schemaVersion();
    if (version > 0) {
        // Readers hold SELECT only: the server refuses their writes whatever the
        // window does, and the window says so before they try.
        m_readerAccount =
            !Sql::scalar(db, QStringLiteral("SELECT has_table_privilege('issue', 'UPDATE')"))
                 .toBool();
        if (m_readerAccount) {
            m_readOnly = true;
            Sql::registerConnection(db, name, true);
        }
    }
    // A reader is refused by the server's grants, which say why; a read-only
    // transaction would only say "read-only" (and stop the search refresh).
    if (mode == OpenMode::ReadOnly)
        Sql::exec(db, QStringLiteral("SET default_transaction_read_only = on"));
    if (forReading || m_readerAccount) {
        if (version < targetVersion && !forReading && version > 0)
            throw StoreError(StoreError::Kind::Denied,
                             QCoreApplication::translate(
                                 "Store",
                                 "%1 is at database version %2 and must be upgraded to %3 by an "
                                 "account that may change it (its owner); yours may only read it.")
                                 .arg(name)
                                 .arg(version)
                                 .arg(targetVersion));
        checkReadable();
        return;
    }
    migratePostgreSQL(targetVersion);
}

void Store::checkIsPostgreSQLDatabase()
{
    const QSqlDatabase db = database();
    QStringList tables;
    QSqlQuery query = Sql::exec(
        db, QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"));
    while (Sql::next(query))
        tables.append(query.value(0).toString());
    if (!tables.isEmpty() && !tables.contains(QStringLiteral("schema_migration")))
        throw StoreError(StoreError::Kind::NotADatabase,
                         QCoreApplication::translate(
                             "Store",
                             "%1 holds tables of another program, not a Summit Brief summit; "
                             "nothing was changed. Use an empty database for a new summit.")
                             .arg(m_path));
    const int version = schemaVersion();
    if (version > latestSchemaVersion())
        throw StoreError(
            StoreError::Kind::NewerVersion,
            QCoreApplication::translate(
                "Store",
                "%1 was written by a newer Summit Brief (database version %2; this version "
                "reads up to %3). Open it with the newer version; the database was not changed.")
                .arg(m_path)
                .arg(version)
                .arg(latestSchemaVersion()));
}

// One transaction per migration, each under an advisory lock, so of several
// clients opening an old database at once one upgrades while the others wait,
// then find it done. The server's own backups cover an upgrade.
void Store::migratePostgreSQL(int targetVersion)
{
    const QSqlDatabase db = database();
    if (schemaVersion() >= targetVersion)
        return;
    const QList<Migration> list = migrations(StoreLocation::Backend::PostgreSQL);
    // What an upgrade would refuse is said before any migration is applied.
    if (const int current = schemaVersion(); current > 0) {
        for (const Migration &migration : list) {
            if (migration.version > current && migration.version <= targetVersion)
                checkBeforeMigration(db, migration.version, m_path);
        }
    }
    bool upgraded = false;
    for (const Migration &migration : list) {
        if (migration.version > targetVersion)
            break;
        Sql::Transaction transaction(db);
        Sql::exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(7473626)"));
        const int current = schemaVersion();
        if (current >= migration.version) {
            transaction.commit();
            continue;
        }
        if (current == 0)
            createPostgreSQLVersionTable();
        for (const QString &statement : postgreSQLStatementsOf(scriptOf(migration.resource))) {
            try {
                Sql::exec(db, statement);
            } catch (const StoreError &error) {
                if (error.kind() == StoreError::Kind::Denied)
                    throw StoreError(StoreError::Kind::Denied,
                                     QCoreApplication::translate(
                                         "Store",
                                         "%1 is at database version %2 and needs upgrading to %3, "
                                         "which only its owner may do; nothing was changed.")
                                         .arg(m_path)
                                         .arg(migration.version - 1)
                                         .arg(targetVersion));
                throw StoreError(error.kind(),
                                 QCoreApplication::translate(
                                     "Store",
                                     "Upgrading %1 to database version %2 failed, and it was left "
                                     "at version %3: %4")
                                     .arg(m_path)
                                     .arg(migration.version)
                                     .arg(migration.version - 1)
                                     .arg(error.message()));
            }
        }
        Sql::exec(
            db, QStringLiteral("INSERT INTO schema_migration (version, applied_at) VALUES (?, ?)"),
            {migration.version, Sql::now()});
        transaction.commit();
        upgraded = true;
    }
    if (upgraded) {
        // Under the same lock: two clients that each applied some of the migrations
        // would otherwise GRANT at once, which PostgreSQL refuses ("tuple concurrently
        // updated").
        Sql::Transaction transaction(db);
        Sql::exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(7473626)"));
        for (const QString &statement :
             postgreSQLStatementsOf(scriptOf(QStringLiteral(":/sql/postgresql/roles.sql"))))
            Sql::exec(db, statement);
        transaction.commit();
    }
}

void Store::createPostgreSQLVersionTable()
{
    try {
        Sql::exec(database(),
                  QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migration ("
                                 "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"));
    } catch (const StoreError &error) {
        if (error.kind() != StoreError::Kind::Denied)
            throw;
        throw StoreError(StoreError::Kind::Denied,
                         QCoreApplication::translate(
                             "Store",
                             "%1 is empty, and your account may not create a summit's tables in "
                             "it. Ask its administrator to make you its owner, or to create the "
                             "summit with the owner's account.")
                             .arg(m_path));
    }
}

QSqlDatabase Store::openWorkerConnection(const QString &connectionName) const
{
    const QSqlDatabase own = database();
    // The clone keeps the file, the password and the connect options.
    QSqlDatabase db = QSqlDatabase::cloneDatabase(own, connectionName);
    if (!db.open()) {
        const StoreError error = Sql::errorFrom(
            db.lastError(), QCoreApplication::translate("Store", "Cannot open %1").arg(m_path));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        throw error;
    }
    return db;
}

QStringList Store::backupsOf(const QString &path)
{
    const QFileInfo info(path);
    const QDir dir(info.absolutePath());
    const QRegularExpression pattern(backupPattern(info.fileName()));
    struct Backup
    {
        QString stamp;
        int serial;
        QString path;
    };
    QList<Backup> found;
    for (const QString &name :
         dir.entryList({info.fileName() + QStringLiteral(".backup-v*.db")}, QDir::Files)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch())
            found.append({match.captured(2), match.captured(3).toInt(), dir.filePath(name)});
    }
    std::sort(found.begin(), found.end(), [](const Backup &a, const Backup &b) {
        return a.stamp != b.stamp ? a.stamp > b.stamp : a.serial > b.serial;
    });
    QStringList paths;
    for (const Backup &backup : std::as_const(found))
        paths.append(backup.path);
    return paths;
}

QString Store::backUp(const QString &path, int version)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.backup-v%2-%3.db").arg(path).arg(version).arg(stamp);
    for (int serial = 2; QFileInfo::exists(target); ++serial)
        target =
            QStringLiteral("%1.backup-v%2-%3-%4.db").arg(path).arg(version).arg(stamp).arg(serial);
    // Written under a name no one takes for a backup, renamed when complete: a
    // killed process or a full disk leaves no broken backup behind.
    const QString partial = target + QStringLiteral(".partial");
    removePartialBackups(path);

    static std::atomic<int> counter{0};
    const QString connectionName = QStringLiteral("summit-backup-%1").arg(++counter);
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1;QSQLITE_OPEN_READONLY").arg(busyTimeoutMs));
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.prepare(QStringLiteral("VACUUM INTO ?"))) {
                failure = query.lastError().text();
            } else {
                query.addBindValue(partial);
                if (!query.exec())
                    failure = query.lastError().text();
            }
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (failure.isEmpty() && !QFile::rename(partial, target))
        failure = QCoreApplication::translate("Store", "cannot rename %1 to %2")
                      .arg(QDir::toNativeSeparators(partial), QDir::toNativeSeparators(target));
    if (!failure.isEmpty()) {
        removePartialBackups(path);
        throw StoreError(StoreError::Kind::Io, failure);
    }
    const QStringList backups = backupsOf(path);
    for (qsizetype i = backupsKept; i < backups.size(); ++i)
        QFile::remove(backups.at(i));
    return target;
}

int Store::versionOf(const QString &path)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    if (!QFileInfo(path).isFile())
        throw StoreError(
            StoreError::Kind::CannotOpen,
            QCoreApplication::translate("Store", "%1 does not exist.").arg(nativePath));
    checkHeader(path);
    static std::atomic<int> counter{0};
    const QString connectionName = QStringLiteral("summit-inspect-%1").arg(++counter);
    std::optional<StoreError> error;
    int version = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1;QSQLITE_OPEN_READONLY").arg(busyTimeoutMs));
        try {
            if (!db.open())
                throw Sql::errorFrom(
                    db.lastError(),
                    QCoreApplication::translate("Store", "Cannot open %1").arg(nativePath));
            QStringList tables;
            QSqlQuery query = Sql::exec(
                db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
            while (Sql::next(query))
                tables.append(query.value(0).toString());
            if (!tables.contains(QStringLiteral("schema_migration")))
                throw StoreError(
                    StoreError::Kind::NotADatabase,
                    QCoreApplication::translate("Store", "%1 is not a Summit Brief database.")
                        .arg(nativePath));
            version = Sql::scalar(db, QStringLiteral(
                                          "SELECT COALESCE(MAX(version), 0) FROM schema_migration"))
                          .toInt();
        } catch (const StoreError &caught) {
            error = caught;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (error)
        throw *error;
    return version;
}

IssueRepository &Store::issues()
{
    return *m_issues;
}

ActorRepository &Store::actors()
{
    return *m_actors;
}

PositionRepository &Store::positions()
{
    return *m_positions;
}

HistoryRepository &Store::history()
{
    return *m_history;
}

EventRepository &Store::events()
{
    return *m_events;
}

IndicatorRepository &Store::indicators()
{
    return *m_indicators;
}

SettingsRepository &Store::settings()
{
    return *m_settings;
}
