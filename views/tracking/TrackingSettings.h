#pragma once

#include <QSettings>
#include <QString>

// The user's own settings for issue tracking, typed over QSettings.
class TrackingSettings
{
public:
    // The name recorded in the status history; the OS account until set.
    QString userName() const;
    void setUserName(const QString &name);
    static QString defaultUserName();

private:
    QSettings m_settings;
};
