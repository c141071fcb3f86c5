#include "StoreLocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace {

const QStringList &schemes()
{
    static const QStringList list{QStringLiteral("postgresql://"), QStringLiteral("postgres://")};
    return list;
}

const QStringList &sslModes()
{
    static const QStringList list{QStringLiteral("disable"),   QStringLiteral("allow"),
                                  QStringLiteral("prefer"),    QStringLiteral("require"),
                                  QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return list;
}

} // namespace

bool StoreLocation::isTeamDatabase(const QString &text)
{
    for (const QString &scheme : schemes()) {
        if (text.trimmed().startsWith(scheme, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

StoreLocation StoreLocation::teamDatabase(const QString &host, int port, const QString &database,
                                          const QString &user)
{
    StoreLocation location;
    location.m_backend = Backend::PostgreSQL;
    location.m_host = host.trimmed().isEmpty() ? QStringLiteral("localhost") : host.trimmed();
    location.m_port = port > 0 ? port : defaultPort;
    location.m_database = database.trimmed();
    location.m_user = user.trimmed();
    if (location.m_database.isEmpty())
        location.m_error =
            QCoreApplication::translate("StoreLocation", "the database name is missing");
    else if (location.m_port > 65535)
        location.m_error =
            QCoreApplication::translate("StoreLocation", "the port must be between 1 and 65535");
    return location;
}

StoreLocation StoreLocation::parse(const QString &text)
{
    StoreLocation location;
    if (!isTeamDatabase(text)) {
        location.m_path = text;
        if (text.trimmed().isEmpty())
            location.m_error =
                QCoreApplication::translate("StoreLocation", "no database was named");
        return location;
    }
    location.m_backend = Backend::PostgreSQL;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid()) {
        // QUrl's own text is a developer's ("source was …; scheme = …").
        location.m_error =
            QCoreApplication::translate(
                "StoreLocation",
                "%1 is not a valid team database address: write postgresql://USER@HOST:PORT/DBNAME "
                "(the port a number from 1 to 65535)")
                .arg(text);
        return location;
    }
    location.m_host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    location.m_port = url.port(defaultPort);
    location.m_user = url.userName();
    location.m_password = url.password();
    QString database = url.path();
    if (database.startsWith(QLatin1Char('/')))
        database.remove(0, 1);
    location.m_database = database;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode") && sslModes().contains(value)) {
            location.m_sslMode = value;
        } else {
            location.m_error =
                QCoreApplication::translate(
                    "StoreLocation", "%1: the option %2=%3 is not understood (only sslmode is)")
                    .arg(text, key, value);
            return location;
        }
    }
    if (database.isEmpty() || database.contains(QLatin1Char('/')))
        location.m_error =
            QCoreApplication::translate(
                "StoreLocation", "%1 names no database: write postgresql://USER@HOST:PORT/DBNAME")
                .arg(location.toString());
    return location;
}

QString StoreLocation::toString() const
{
    if (m_backend == Backend::SQLite)
        return m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    if (!m_user.isEmpty())
        url.setUserName(m_user);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    if (!m_sslMode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + m_sslMode);
    return url.toString(QUrl::FullyEncoded);
}

QString StoreLocation::displayName() const
{
    if (m_backend == Backend::SQLite)
        return QFileInfo(m_path).fileName();
    return QCoreApplication::translate("StoreLocation", "%1 on %2").arg(m_database, m_host);
}
