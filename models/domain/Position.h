#pragma once

#include <QDateTime>
#include <QString>

// One actor's position on one issue, on the issue's own 0–100 scale.
struct Position
{
    qint64 id = 0;
    qint64 issueId = 0;
    qint64 actorId = 0;
    QString actorName; // filled by reads, ignored by writes
    QString actorBloc; // filled by reads, ignored by writes
    QString stance;
    int position = 50;
    int salience = 50;
    int clout = 50;
    QString source;
    bool illustrative = false;
    // This actor's agreement is needed for any outcome (the issue's Consent rule).
    bool consentNeeded = false;
    int version = 1;
    QDateTime updatedAt;
};

enum class PositionField
{
    Stance,
    Position,
    Salience,
    Clout,
    Source,
    ConsentNeeded // bool
};
