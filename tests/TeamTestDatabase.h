#pragma once

// Stores for the copy, roles and race tests: a file, or a database of its own on
// the test server (TestSupport::TempDatabase), whichever backend CTest runs.

#include "TestSupport.h"

#include "store/StoreLocation.h"

#include <QTemporaryDir>

#include <memory>

namespace {

inline bool onPostgreSQL()
{
    return TestSupport::isPostgreSQL();
}

// Runs `sql` on `database` of the test server, as its administrator.
inline void adminExec(const QString &database, const QString &sql)
{
    const StoreLocation admin = StoreLocation::parse(TestSupport::postgresAdminUrl());
    StoreLocation target =
        StoreLocation::teamDatabase(admin.host(), admin.port(), database, admin.user());
    QString url = target.toString();
    if (!admin.password().isEmpty())
        url.replace(QStringLiteral("://%1@").arg(admin.user()),
                    QStringLiteral("://%1:%2@").arg(admin.user(), admin.password()));
    TestSupport::execInDatabase(url, sql);
}

// A place to copy to or to share: a file that does not exist yet in a temporary
// folder, or (teamDatabase) a new, empty database on the test server, dropped
// afterwards. A team database is only handed out on the PostgreSQL run.
class Target
{
public:
    explicit Target(bool teamDatabase = onPostgreSQL())
    {
        if (teamDatabase && onPostgreSQL()) {
            m_team = std::make_unique<TestSupport::TempDatabase>();
            m_location = m_team->path();
            return;
        }
        m_location = m_dir.filePath(QStringLiteral("copy.db"));
    }
    Q_DISABLE_COPY_MOVE(Target)

    QString location() const { return m_location; }
    // The team database's name; empty for a file.
    QString database() const
    {
        return m_team ? StoreLocation::parse(m_location).database() : QString();
    }
    // A folder for other files (and the file's own folder).
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestSupport::TempDatabase> m_team;
    QString m_location;
};

} // namespace
