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
#include <QSqlError>
#include <QtEndian>

#include <atomic>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Store", text);
}

struct Migration
{
    int version;
    QString resource;
};

QList<Migration> migrations()
{
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/sql"));
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

// Reads the SQLite header without the driver, so a foreign or damaged file is
// refused before anything could write to it.
void checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(
            StoreError::Kind::CannotOpen,
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        throw StoreError(StoreError::Kind::NotADatabase,
                         tr("%1 is empty: it is not a Summit Brief database.")
                             .arg(QDir::toNativeSeparators(path)));
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        throw StoreError(StoreError::Kind::NotADatabase,
                         tr("%1 is not a Summit Brief database (it is not an SQLite file).")
                             .arg(QDir::toNativeSeparators(path)));
    if (header.size() < 100)
        throw StoreError(StoreError::Kind::NotADatabase,
                         tr("%1 is truncated: its SQLite header is incomplete.")
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
        throw StoreError(StoreError::Kind::NotADatabase,
                         tr("%1 is truncated: it holds %2 bytes of the %3 its header announces.")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(size)
                             .arg(qint64(pageSize) * pageCount));
}

QString defaultUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    // Services and sudo shells may not set USER; the home folder names the account.
    if (name.isEmpty())
        name = QDir::home().dirName();
    return name.isEmpty() ? tr("unknown") : name;
}

} // namespace

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

void Store::open(const QString &path, OpenMode mode, int targetVersion)
{
    close();
    const QString nativePath = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    const bool existed = info.exists();
    if (existed && info.isDir())
        throw StoreError(StoreError::Kind::CannotOpen,
                         tr("%1 is a folder, not a database file.").arg(nativePath));
    if (!existed && mode == OpenMode::ExistingOnly)
        throw StoreError(StoreError::Kind::CannotOpen, tr("%1 does not exist.").arg(nativePath));
    if (!existed && !QFileInfo(info.absolutePath()).isWritable())
        throw StoreError(
            StoreError::Kind::CannotOpen,
            tr("Cannot create %1: the folder is not writable or does not exist.").arg(nativePath));
    if (existed)
        checkHeader(path);

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const StoreError error =
                Sql::errorFrom(db.lastError(), tr("Cannot open %1").arg(nativePath));
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            throw error;
        }
    }
    m_path = path;
    m_backupPath.clear();
    try {
        checkIsDatabase();
        configureConnection();
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
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_path.clear();
}

bool Store::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
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

int Store::schemaVersion() const
{
    const QSqlDatabase db = database();
    if (!db.tables().contains(QStringLiteral("schema_migration")))
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
        throw StoreError(StoreError::Kind::NotADatabase,
                         tr("%1 cannot be read as a Summit Brief database: %2")
                             .arg(nativePath, error.message()));
    }
    if (!tables.isEmpty() && !tables.contains(QStringLiteral("schema_migration")))
        throw StoreError(
            StoreError::Kind::NotADatabase,
            tr("%1 is an SQLite database of another program, not a Summit Brief database.")
                .arg(nativePath));
    if (version > latestSchemaVersion())
        throw StoreError(
            StoreError::Kind::NewerVersion,
            tr("%1 was written by a newer Summit Brief (database version %2; this version "
               "reads up to %3). Open it with the newer version; the file was not changed.")
                .arg(nativePath)
                .arg(version)
                .arg(latestSchemaVersion()));
}

void Store::configureConnection()
{
    const QSqlDatabase db = database();
    Sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    // Lets a colleague's instance read while this one writes; persistent per file.
    Sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    Sql::exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
}

void Store::migrate(int targetVersion)
{
    const QSqlDatabase db = database();
    const int current = schemaVersion();
    const QList<Migration> list = migrations();
    if (current >= targetVersion)
        return;

    if (current > 0) {
        m_backupPath =
            QStringLiteral("%1.backup-v%2-%3.db")
                .arg(m_path)
                .arg(current)
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        QFile::remove(m_backupPath);
        try {
            Sql::exec(db, QStringLiteral("VACUUM INTO ?"), {m_backupPath});
        } catch (const StoreError &error) {
            throw StoreError(
                StoreError::Kind::Io,
                tr("Could not back up %1 before upgrading it, so it was left as it was: %2")
                    .arg(QDir::toNativeSeparators(m_path), error.message()));
        }
    } else {
        Sql::exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migration ("
                                     "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"));
    }

    for (const Migration &migration : list) {
        if (migration.version <= current || migration.version > targetVersion)
            continue;
        QFile file(migration.resource);
        if (!file.open(QIODevice::ReadOnly))
            throw StoreError(StoreError::Kind::Sql,
                             tr("Missing migration %1").arg(migration.resource));
        const QString script = QString::fromUtf8(file.readAll());
        Sql::Transaction transaction(db);
        for (const QString &statement : statementsOf(script)) {
            try {
                Sql::exec(db, statement);
            } catch (const StoreError &error) {
                throw StoreError(error.kind(), tr("Upgrading to database version %1 failed: %2")
                                                   .arg(migration.version)
                                                   .arg(error.message()));
            }
        }
        Sql::exec(
            db, QStringLiteral("INSERT INTO schema_migration (version, applied_at) VALUES (?, ?)"),
            {migration.version, Sql::now()});
        transaction.commit();
    }
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
