#pragma once

#include "domain/IssueFilter.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// A named way of looking at the issue table: its filter (with the search text
// and whether archived issues are listed) and its sort. Stored as JSON in saved_view.definition.
struct SavedView
{
    QString name;
    IssueFilter filter;
    int sortColumn = 0; // IssueColumns::Column
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    QString createdBy; // filled by SavedViewRepository::save()
    QDateTime createdAt;

    // The definition: filter, search text and sort, with stable keys
    // ("sort_column": "due_date"), so a file stays readable across versions.
    QJsonObject toJson() const;
    // Reads what it knows and ignores the rest (a newer version's keys, an
    // unknown status), so a view saved elsewhere still opens.
    static SavedView fromJson(const QString &name, const QJsonObject &definition);

    bool operator==(const SavedView &other) const
    {
        return name == other.name && filter == other.filter && sortColumn == other.sortColumn &&
               sortOrder == other.sortOrder;
    }
};
