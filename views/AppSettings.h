#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <optional>

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
    // The issue table's columns whose saved width the user chose; the others fit
    // their content again.
    QList<int> issueColumnsResized() const;
    void setIssueColumnsResized(const QList<int> &columns);
    bool detailPanelVisible() const;
    void setDetailPanelVisible(bool visible);

    QString lastDatabase() const;
    void setLastDatabase(const QString &path);
    // Most recent first, without duplicates, at most MaxRecentDatabases.
    QStringList recentDatabases() const;
    void addRecentDatabase(const QString &path);
    void clearRecentDatabases();

    // The briefing pack dialog's last choices.
    QString packScope() const; // "all", "filtered" or "selected"
    void setPackScope(const QString &scope);
    int packSections() const; // PackSections as int; every section when never set
    void setPackSections(int sections);
    // Unset until the user exported once: the database's classification applies.
    std::optional<QString> packClassification() const;
    void setPackClassification(const QString &classification);
    QString packRegistrationNumber() const;
    void setPackRegistrationNumber(const QString &number);
    int packCopyNumber() const;
    void setPackCopyNumber(int number);
    QString packPreparedBy() const;
    void setPackPreparedBy(const QString &name);
    QString packFormat() const; // "pdf", "pdfa", "odt" or "html"
    void setPackFormat(const QString &format);
    // The folder the last pack of this database went to; empty when none.
    QString packFolder(const QString &databasePath) const;
    void setPackFolder(const QString &databasePath, const QString &folder);

    // The name recorded in the status history and the pack log (Edit > Your
    // Name); the OS account until set.
    QString userName() const;
    void setUserName(const QString &name); // empty: back to the OS account
    static QString defaultUserName();

    // The window's language (Edit > Preferences): "" follows the system, else "en"
    // or "fr". Read once at start.
    QString language() const;
    void setLanguage(const QString &code);

    // The database a command given no --db uses when none was opened before
    // (AppDataLocation/summit-brief.db); the window writes nothing there on its own.
    static QString defaultDatabasePath();
    // Where "Open demo" writes its fresh copy (AppDataLocation/demo.db).
    static QString demoDatabasePath();

private:
    QSettings m_settings;
};
