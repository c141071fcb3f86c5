#include "AppSettings.h"

#include "store/StoreLocation.h"

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
const QString issueColumnsResized = QStringLiteral("window/issueColumnsResized");
const QString detailPanelVisible = QStringLiteral("window/detailPanelVisible");
const QString lastDatabase = QStringLiteral("files/lastDatabase");
const QString recentDatabases = QStringLiteral("files/recentDatabases");
const QString packScope = QStringLiteral("pack/scope");
const QString packSections = QStringLiteral("pack/sections");
const QString packClassification = QStringLiteral("pack/classification");
const QString packRegistrationNumber = QStringLiteral("pack/registrationNumber");
const QString packCopyNumber = QStringLiteral("pack/copyNumber");
const QString packPreparedBy = QStringLiteral("pack/preparedBy");
const QString packFormat = QStringLiteral("pack/format");
const QString packFolders = QStringLiteral("pack/folderByDatabase");
const QString userName = QStringLiteral("tracking/userName");
const QString language = QStringLiteral("ui/language");
} // namespace Key
} // namespace

namespace {
// A file by its absolute path; a team database by its URL (never with a password).
QString databaseKey(const QString &location)
{
    return StoreLocation::isTeamDatabase(location) ? StoreLocation::parse(location).toString()
                                                   : QFileInfo(location).absoluteFilePath();
}
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

QList<int> AppSettings::issueColumnsResized() const
{
    QList<int> columns;
    const QVariantList values = m_settings.value(Key::issueColumnsResized).toList();
    for (const QVariant &value : values)
        columns.append(value.toInt());
    return columns;
}

void AppSettings::setIssueColumnsResized(const QList<int> &columns)
{
    QVariantList values;
    for (int column : columns)
        values.append(column);
    m_settings.setValue(Key::issueColumnsResized, values);
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
    // A password written into a team database's URL is never kept.
    m_settings.setValue(Key::lastDatabase, StoreLocation::isTeamDatabase(path)
                                               ? StoreLocation::parse(path).toString()
                                               : path);
}

QStringList AppSettings::recentDatabases() const
{
    return m_settings.value(Key::recentDatabases).toStringList();
}

void AppSettings::addRecentDatabase(const QString &path)
{
    const QString absolute = databaseKey(path);
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

QString AppSettings::packScope() const
{
    return m_settings.value(Key::packScope, QStringLiteral("all")).toString();
}

void AppSettings::setPackScope(const QString &scope)
{
    m_settings.setValue(Key::packScope, scope);
}

int AppSettings::packSections() const
{
    return m_settings.value(Key::packSections, 0xf).toInt();
}

void AppSettings::setPackSections(int sections)
{
    m_settings.setValue(Key::packSections, sections);
}

std::optional<QString> AppSettings::packClassification() const
{
    if (!m_settings.contains(Key::packClassification))
        return std::nullopt;
    return m_settings.value(Key::packClassification).toString();
}

void AppSettings::setPackClassification(const QString &classification)
{
    m_settings.setValue(Key::packClassification, classification);
}

QString AppSettings::packRegistrationNumber() const
{
    return m_settings.value(Key::packRegistrationNumber).toString();
}

void AppSettings::setPackRegistrationNumber(const QString &number)
{
    m_settings.setValue(Key::packRegistrationNumber, number);
}

int AppSettings::packCopyNumber() const
{
    return m_settings.value(Key::packCopyNumber, 1).toInt();
}

void AppSettings::setPackCopyNumber(int number)
{
    m_settings.setValue(Key::packCopyNumber, number);
}

QString AppSettings::packPreparedBy() const
{
    return m_settings.value(Key::packPreparedBy).toString();
}

void AppSettings::setPackPreparedBy(const QString &name)
{
    m_settings.setValue(Key::packPreparedBy, name);
}

QString AppSettings::packFormat() const
{
    return m_settings.value(Key::packFormat, QStringLiteral("pdf")).toString();
}

void AppSettings::setPackFormat(const QString &format)
{
    m_settings.setValue(Key::packFormat, format);
}

QString AppSettings::packFolder(const QString &databasePath) const
{
    const QString database = databaseKey(databasePath);
    return m_settings.value(Key::packFolders).toMap().value(database).toString();
}

void AppSettings::setPackFolder(const QString &databasePath, const QString &folder)
{
    const QString database = databaseKey(databasePath);
    QVariantMap folders = m_settings.value(Key::packFolders).toMap();
    folders.insert(database, folder);
    m_settings.setValue(Key::packFolders, folders);
}

QString AppSettings::userName() const
{
    const QString name = m_settings.value(Key::userName).toString().trimmed();
    return name.isEmpty() ? defaultUserName() : name;
}

void AppSettings::setUserName(const QString &name)
{
    if (name.trimmed().isEmpty())
        m_settings.remove(Key::userName);
    else
        m_settings.setValue(Key::userName, name.trimmed());
}

QString AppSettings::defaultUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
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

QString AppSettings::language() const
{
    return m_settings.value(Key::language).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    if (code.isEmpty())
        m_settings.remove(Key::language);
    else
        m_settings.setValue(Key::language, code);
}
