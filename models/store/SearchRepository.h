#pragma once

#include "SearchResult.h"
#include "io/Progress.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

class Store;

// Full-text search over issues: code, title, objective, lines, background and the
// names and stances of the actors with a position on the issue. SQLite's FTS5
// (trigram tokenizer) and PostgreSQL's issue_search table (pg_trgm index on its
// `document`) live behind this class; nothing else names them.
//
// The query is taken literally: it is split at white space and every word must
// occur (as a substring, case-insensitive) somewhere in the issue's text.
// Quotes, AND, OR, NOT, * and - are ordinary characters. Words of one or two
// characters (王毅, EU) cannot use the trigram index and are matched with LIKE.
// On PostgreSQL every word is an ILIKE on the document, which the trigram index
// serves from three characters on; ranking is bm25 computed in SQL.
class SearchRepository
{
public:
    // Markers around matched text in SearchResult::snippet (control characters,
    // which never occur in text a person typed).
    static constexpr QChar matchStart = QChar(u'\x02');
    static constexpr QChar matchEnd = QChar(u'\x03');
    // Beyond this many matches bm25 ranking would read every match; such a query
    // returns the first matches by id, those with every word in the code or
    // title first, unranked.
    static constexpr int maxRankedMatches = 500;
    // With several words, each must be in at most this many issues to rank.
    static constexpr int maxRankedWordMatches = 2000;

    explicit SearchRepository(Store &store) : m_store(store) {}

    // Up to `limit` issues, best first. Brings the index up to date first.
    QList<SearchResult> search(const QString &text, int limit = 50);

    // An SQL condition on issue.id selecting the issues whose text matches, with
    // its bound values, for the issue table's filter. Empty for empty text.
    struct Condition
    {
        QString sql;
        QVariantList values;
    };
    static Condition issueCondition(const QSqlDatabase &db, const QString &text);

    // Trigrams need this many characters; shorter text cannot use the index.
    static constexpr int minIndexedLength = 3;
    // "SELECT rowid FROM issue_fts WHERE …" (issue_search on PostgreSQL): the ids
    // of issues whose code or title
    // contains `text` as typed (one substring, spaces included), ignoring case in
    // any script. Empty for text shorter than minIndexedLength. The index must be
    // synced first.
    static Condition headingSubstringIds(const QSqlDatabase &db, const QString &text);

    // Rewrites the documents of issues changed since the last sync (the triggers
    // note them). Cheap when nothing changed; returns how many were rewritten.
    // On PostgreSQL the server's summit_search_refresh() does it with its owner's
    // rights, so a reader's search is as fresh as an editor's. A SQLite file
    // opened read-only is searched as last indexed (nothing is rewritten).
    int sync();
    // The same on a SQLite file, in steps of syncStep issues reported to `progress`
    // (the first build of a large file's index takes a while). When `progress`
    // returns false the index is left as it was, still to be brought up to date,
    // and *cancelled is set. Without a callback, or on PostgreSQL, as sync().
    int sync(const ProgressCallback &progress, bool *cancelled);
    static constexpr int syncStep = 500;
    // How many issues' documents are out of date.
    int staleCount() const;

    // The snippet as rich text: HTML-escaped, matches in <b>…</b>.
    static QString snippetToHtml(const QString &snippet);

private:
    void markArchived(QList<SearchResult> &results) const;

    Store &m_store;
};
