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

    static QString meetingKind() { return QStringLiteral("meeting"); }
    static QString deadlineKind() { return QStringLiteral("deadline"); }

    // Field by field: an undo step writes only over the record it left.
    bool operator==(const Event &other) const = default;
};
