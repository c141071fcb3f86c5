#pragma once

#include <QDate>
#include <QString>

struct Event
{
    qint64 id = 0;
    QString title;
    QString kind; // meeting | deadline
    QDate startsOn;
    QDate endsOn;
    QString place;
    QString description;
    QString source;
    bool illustrative = false;
};
