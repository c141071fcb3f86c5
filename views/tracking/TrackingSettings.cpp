#include "TrackingSettings.h"

namespace {
const QString userNameKey = QStringLiteral("tracking/userName");
}

QString TrackingSettings::userName() const
{
    const QString name = m_settings.value(userNameKey).toString().trimmed();
    return name.isEmpty() ? defaultUserName() : name;
}

void TrackingSettings::setUserName(const QString &name)
{
    if (name.trimmed().isEmpty())
        m_settings.remove(userNameKey);
    else
        m_settings.setValue(userNameKey, name.trimmed());
}

QString TrackingSettings::defaultUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}
