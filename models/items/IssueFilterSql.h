#pragma once

#include "IssueFilter.h"

#include <QString>
#include <QVariantList>

// The SQL condition on the issue table that an IssueFilter stands for, with its
// bound values, so the table and the charts count the same issues. The columns
// are unqualified: use it as `... FROM issue WHERE <sql>`.
class IssueFilterSql
{
public:
    QString sql; // empty: every issue
    QVariantList values;

    static IssueFilterSql from(const IssueFilter &filter);
    // "id IN (SELECT id FROM issue WHERE …)" for tables that refer to issues;
    // empty when the filter lets every issue through.
    QString issueIdCondition(const QString &idColumn) const;
};
