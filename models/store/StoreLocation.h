#pragma once

#include <QString>

// Where a summit is kept: a local SQLite file (the default, for one person) or a
// team database on a PostgreSQL server, written as
//   postgresql://USER@HOST:PORT/DBNAME
// Both travel through the same --db option, QSettings' recent list and the title
// bar, so the location is one string; this class tells them apart. A password is
// never part of it: libpq takes it from PGPASSWORD or ~/.pgpass, or the window
// asks for it and keeps it in memory only.
class StoreLocation
{
public:
    enum class Backend
    {
        SQLite,
        PostgreSQL
    };

    StoreLocation() = default;
    // A path is a SQLite file; "postgresql://" or "postgres://" a team database.
    // isValid() is false for a malformed URL, with the reason in error().
    static StoreLocation parse(const QString &text);
    static bool isTeamDatabase(const QString &text);
    static StoreLocation teamDatabase(const QString &host, int port, const QString &database,
                                      const QString &user);

    bool isValid() const
    {
        return m_error.isEmpty() && (!m_path.isEmpty() || !m_database.isEmpty());
    }
    QString error() const { return m_error; }
    Backend backend() const { return m_backend; }
    bool isPostgreSQL() const { return m_backend == Backend::PostgreSQL; }

    QString path() const { return m_path; } // SQLite only
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    // libpq's sslmode (disable, prefer, require, verify-ca, verify-full); empty for
    // libpq's default.
    QString sslMode() const { return m_sslMode; }
    // A password written into the URL; kept out of toString() and displayName().
    QString password() const { return m_password; }

    // The path, or postgresql://USER@HOST:PORT/DBNAME (never with a password): what
    // --db takes and the recent list keeps.
    QString toString() const;
    // For the title and status bar: the file's name, or "DBNAME on HOST".
    QString displayName() const;

    static constexpr int defaultPort = 5432;

private:
    Backend m_backend = Backend::SQLite;
    QString m_path;
    QString m_host;
    int m_port = defaultPort;
    QString m_database;
    QString m_user;
    QString m_password;
    QString m_sslMode;
    QString m_error;
};
