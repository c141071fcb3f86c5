#pragma once

// Until the test suite's own PostgreSQL fixture hands out team databases: a
// store to test on, a file or a database of its own on the server that
// SUMMIT_TEST_POSTGRES names (an account that may create databases and roles).

#include "store/StoreLocation.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtGlobal>

namespace {

// The backend under test: a team database on the server named by
// SUMMIT_TEST_POSTGRES when SUMMIT_TEST_BACKEND=postgresql, else a file.
bool onPostgreSQL()
{
    return qEnvironmentVariable("SUMMIT_TEST_BACKEND") == QLatin1String("postgresql");
}

QString adminUrl()
{
    return qEnvironmentVariable("SUMMIT_TEST_POSTGRES");
}

// Runs `sql` as the server's administrator on `database` (a connection of its own).
void adminExec(const QString &database, const QString &sql)
{
    const StoreLocation admin = StoreLocation::parse(adminUrl());
    const QString name = QStringLiteral("team-test-admin");
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(admin.host());
        db.setPort(admin.port());
        db.setDatabaseName(database);
        db.setUserName(admin.user());
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SET client_min_messages = warning")) ||
                !query.exec(sql))
                failure = query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!failure.isEmpty())
        qFatal("%s: %s", qPrintable(sql), qPrintable(failure));
}

// A place to copy to: a file that does not exist yet in a temporary folder, or
// a new, empty database on the test server, dropped afterwards.
class Target
{
public:
    explicit Target(bool teamDatabase = onPostgreSQL())
    {
        if (!teamDatabase) {
            m_location = m_dir.filePath(QStringLiteral("copy.db"));
            return;
        }
        m_database = QStringLiteral("summit_copy_%1")
                         .arg(QRandomGenerator::global()->generate64() % 1000000000000ULL);
        adminExec(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(m_database));
        StoreLocation admin = StoreLocation::parse(adminUrl());
        m_location =
            StoreLocation::teamDatabase(admin.host(), admin.port(), m_database, admin.user())
                .toString();
    }
    ~Target()
    {
        if (!m_database.isEmpty())
            adminExec(QStringLiteral("postgres"),
                      QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
    }
    Q_DISABLE_COPY_MOVE(Target)

    QString location() const { return m_location; }
    QString database() const { return m_database; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_location;
    QString m_database;
};

} // namespace
