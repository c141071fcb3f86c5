#pragma once

#include <QDate>
#include <QString>

// A dated figure (a price premium, a count) with its unit and source.
struct Indicator
{
    qint64 id = 0;
    QString name;
    QDate observedOn;
    double value = 0;
    QString unit;
    QString source;
    bool illustrative = false;

    // Field by field: an undo step writes only over the record it left.
    bool operator==(const Indicator &other) const = default;
};
