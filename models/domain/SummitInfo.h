#pragma once

#include <QDate>
#include <QString>

// Settings that belong to the file, not to the user (kept in the settings table).
struct SummitInfo
{
    QString name;
    QString place;
    QDate start;
    QDate end;
    QString classification;

    // Whole days from `today` to the first day of the summit (negative once it began).
    qint64 daysRemaining(const QDate &today) const
    {
        return start.isValid() ? today.daysTo(start) : 0;
    }
};
