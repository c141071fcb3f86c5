#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

struct Actor
{
    qint64 id = 0;
    QString name;
    QString kind; // delegation | institution | member_state | company | person
    QString bloc; // EU | China | Russia | US | Iran | Japan | Other
    QString role;
    QString biography;
    QString source;
    bool illustrative = false;
    int version = 1;
    QDateTime updatedAt;

    static QStringList kinds();
    static QStringList blocs();
};
