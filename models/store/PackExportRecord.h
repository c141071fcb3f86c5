#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// One briefing pack written to a file: when, by whom, which issues, how marked.
struct PackExportRecord
{
    qint64 id = 0;
    QDateTime exportedAt; // empty: now
    QString exportedBy;   // empty: Store::userName()
    QStringList issueCodes;
    QString classification;
    QString format; // pdf | odt | html
    QString path;
};
