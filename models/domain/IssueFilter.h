#pragma once

#include "Priority.h"
#include "Status.h"

#include <QList>
#include <QString>

#include <optional>

// What the issue table shows. Applied in SQL with bound values, never by
// filtering loaded rows (a proxy would see only the fetched part of 100,000).
struct IssueFilter
{
    QString text;           // substring of code, title, category or owner; case-insensitive
    QList<Status> statuses; // empty: any status
    QString category;       // empty: any category
    std::optional<Priority> priority;
    // Full-text search over the issue's texts and its actors' names and stances
    // (SearchRepository): every word must occur somewhere.
    QString searchText;
    // Archived issues are left out unless this is on. Not a criterion of its
    // own: isEmpty() ignores it, so "no filter" still means every live issue.
    bool showArchived = false;

    bool isEmpty() const
    {
        return text.isEmpty() && statuses.isEmpty() && category.isEmpty() && !priority &&
               searchText.trimmed().isEmpty();
    }
    bool operator==(const IssueFilter &other) const = default;
};
