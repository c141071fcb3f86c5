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
    // The two sides the analysis compares (bloc objective and gap, forecast,
    // dashboard and pack titles, colours). The demo's values are "EU" and "China".
    QString ourBloc = defaultOurBloc();
    QString counterpartBloc = defaultCounterpartBloc();

    static QString defaultOurBloc() { return QStringLiteral("EU"); }
    static QString defaultCounterpartBloc() { return QStringLiteral("China"); }

    // Whole days from `today` to the first day of the summit (negative once it began).
    qint64 daysRemaining(const QDate &today) const
    {
        return start.isValid() ? today.daysTo(start) : 0;
    }
};
