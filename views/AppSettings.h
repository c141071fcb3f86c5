#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

// The user's own settings (window layout, recent files), typed so that no key
// string is spelled in more than one place. Settings of a summit live in its
// database instead.
class AppSettings
{
public:
    static constexpr int MaxRecentDatabases = 8;

    AppSettings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray issueSplitterState() const;
    void setIssueSplitterState(const QByteArray &state);
    QByteArray actorSplitterState() const;
    void setActorSplitterState(const QByteArray &state);
    QByteArray issueHeaderState() const;
    void setIssueHeaderState(const QByteArray &state);
    bool detailPanelVisible() const;
    void setDetailPanelVisible(bool visible);

    QString lastDatabase() const;
    void setLastDatabase(const QString &path);
    // Most recent first, without duplicates, at most MaxRecentDatabases.
    QStringList recentDatabases() const;
    void addRecentDatabase(const QString &path);
    void clearRecentDatabases();

    // Where a first start keeps its database (AppDataLocation/summit-brief.db).
    static QString defaultDatabasePath();
    // Where "Open demo" writes its fresh copy (AppDataLocation/demo.db).
    static QString demoDatabasePath();

private:
    QSettings m_settings;
};
