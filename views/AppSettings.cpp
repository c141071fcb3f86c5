#include "AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace {
namespace Key {
const QString windowGeometry = QStringLiteral("window/geometry");
const QString windowState = QStringLiteral("window/state");
const QString issueSplitter = QStringLiteral("window/issueSplitter");
const QString actorSplitter = QStringLiteral("window/actorSplitter");
const QString issueHeader = QStringLiteral("window/issueHeader");
const QString detailPanelVisible = QStringLiteral("window/detailPanelVisible");
const QString lastDatabase = QStringLiteral("files/lastDatabase");
const QString recentDatabases = QStringLiteral("files/recentDatabases");
} // namespace Key
} // namespace

AppSettings::AppSettings() = default;

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(Key::windowGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(Key::windowGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(Key::windowState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(Key::windowState, state);
}

QByteArray AppSettings::issueSplitterState() const
{
    return m_settings.value(Key::issueSplitter).toByteArray();
}

void AppSettings::setIssueSplitterState(const QByteArray &state)
{
    m_settings.setValue(Key::issueSplitter, state);
}

QByteArray AppSettings::actorSplitterState() const
{
    return m_settings.value(Key::actorSplitter).toByteArray();
}

void AppSettings::setActorSplitterState(const QByteArray &state)
{
    m_settings.setValue(Key::actorSplitter, state);
}

QByteArray AppSettings::issueHeaderState() const
{
    return m_settings.value(Key::issueHeader).toByteArray();
}

void AppSettings::setIssueHeaderState(const QByteArray &state)
{
    m_settings.setValue(Key::issueHeader, state);
}

bool AppSettings::detailPanelVisible() const
{
    return m_settings.value(Key::detailPanelVisible, true).toBool();
}

void AppSettings::setDetailPanelVisible(bool visible)
{
    m_settings.setValue(Key::detailPanelVisible, visible);
}

QString AppSettings::lastDatabase() const
{
    return m_settings.value(Key::lastDatabase).toString();
}

void AppSettings::setLastDatabase(const QString &path)
{
    m_settings.setValue(Key::lastDatabase, path);
}

QStringList AppSettings::recentDatabases() const
{
    return m_settings.value(Key::recentDatabases).toStringList();
}

void AppSettings::addRecentDatabase(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recentDatabases();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxRecentDatabases)
        list.removeLast();
    m_settings.setValue(Key::recentDatabases, list);
}

void AppSettings::clearRecentDatabases()
{
    m_settings.remove(Key::recentDatabases);
}

QString AppSettings::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("summit-brief.db"));
}

QString AppSettings::demoDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("demo.db"));
}
