#pragma once

#include "domain/IssueFilter.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

// The SQL condition on the issue table that an IssueFilter stands for, with its
// bound values, so the table and the charts count the same issues. The columns
// are unqualified: use it as `... FROM issue WHERE <sql>`.
//
// Text of three characters or more is looked up in the trigram index for code and
// title (SearchRepository) and among the few distinct categories and owners, so
// a keystroke does not scan 100,000 rows; shorter text is matched with LIKE.
// Either way it is a case-insensitive substring in which '%' and '_' are literal
// (ILIKE on PostgreSQL, whose LIKE heeds case). The connection says which
// engine the SQL is written for.
class IssueFilterSql
{
public:
    // How a condition on the ids of text matches is written.
    enum class Plan
    {
        // "id IN (…)": SQLite reads the matching rows by id (then sorts them).
        // Best when few issues match.
        SeekMatches,
        // "+id IN (…)": the id cannot drive the query, so SQLite walks the
        // index of the ORDER BY and tests each id against the set of matches;
        // best when many match, since a page fills after a short walk.
        // PostgreSQL's planner weighs the two itself: there it is SeekMatches.
        WalkOrder
    };

    QString sql; // empty: every issue
    QVariantList values;

    // The filter's criteria; not showArchived, which only lists of issues apply
    // (archivedCondition): the dashboard's per-day sums have no archived state.
    static IssueFilterSql from(const QSqlDatabase &db, const IssueFilter &filter,
                               Plan plan = Plan::SeekMatches);
    // The archived issues left out, unless the filter shows them too.
    static QString archivedCondition(const IssueFilter &filter);
    // A whole statement, "SELECT COUNT(*) …", counting the issues the filter lets
    // through (archived ones only with showArchived), in the quickest form the
    // filter allows.
    static IssueFilterSql countStatement(const QSqlDatabase &db, const IssueFilter &filter);
    // "SELECT … UNION ALL SELECT …": the ids of the issues whose code, title,
    // category or owner contains `text` (an id may come more than once); empty
    // when the text is too short for the trigram index. For a caller that keeps
    // the matches of one text to read many pages of them.
    static IssueFilterSql textMatchIds(const QSqlDatabase &db, const QString &text);
    // True when the filter reads the full-text index: sync it first
    // (SearchRepository::sync) or the filter misses recent edits.
    static bool usesSearchIndex(const IssueFilter &filter);

    // "id IN (SELECT id FROM issue WHERE …)" for tables that refer to issues;
    // empty when the filter lets every issue through.
    QString issueIdCondition(const QString &idColumn) const;
};
