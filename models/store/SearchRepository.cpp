#include "SearchRepository.h"

#include "Sql.h"
#include "Store.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace {

// The document's columns, in the order of issue_fts.
const char *const documentColumns[] = {"code",          "title",           "eu_objective",
                                       "lines_to_take", "defensive_lines", "background",
                                       "actors",        "stances"};

// bm25 weights per column: a match in the code or title counts most.
const char *const rankExpression = "bm25(issue_fts, 10.0, 5.0, 2.0, 1.0, 1.0, 1.0, 3.0, 1.0)";

// How many characters of context a snippet shows (trigram tokens are characters).
constexpr int snippetTokens = 48;
// A query is cut to this many words, so a pasted paragraph stays one quick query.
constexpr int maxWords = 16;

struct Query
{
    QString match;          // FTS5 expression of the long words; empty if none
    QStringList quoted;     // each long word as its own FTS5 expression
    QStringList longWords;  // the same words as typed, for PostgreSQL
    QStringList shortWords; // one or two characters: matched with LIKE
    QStringList words;      // every word, for snippets made here
    bool isEmpty() const { return match.isEmpty() && shortWords.isEmpty(); }
};

int characterCount(const QString &word)
{
    return int(word.toUcs4().size());
}

// Every word becomes a quoted FTS5 string, so nothing the user typed is read as
// FTS syntax (AND, NOT, *, ^, column filters); a quote is doubled inside one.
Query parse(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    Query query;
    QStringList quoted;
    QSet<QString> seen;
    for (const QString &word : text.split(space, Qt::SkipEmptyParts)) {
        if (seen.contains(word))
            continue;
        seen.insert(word);
        if (query.words.size() == maxWords)
            break;
        query.words.append(word);
        if (characterCount(word) < 3) {
            query.shortWords.append(word);
        } else {
            query.longWords.append(word);
            QString escaped = word;
            escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
            quoted.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
        }
    }
    query.match = quoted.join(QLatin1Char(' '));
    query.quoted = quoted;
    return query;
}

QString likePattern(const QString &word)
{
    QString pattern = word;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    pattern.replace(QLatin1Char('%'), QLatin1String("\\%"));
    pattern.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

// "(code LIKE ? OR title LIKE ? ...)" for each short word, AND-ed.
SearchRepository::Condition shortWordCondition(const QStringList &words)
{
    SearchRepository::Condition condition;
    QStringList parts;
    for (const QString &word : words) {
        QStringList columns;
        for (const char *column : documentColumns) {
            columns.append(QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(column)));
            condition.values.append(likePattern(word));
        }
        parts.append(QLatin1Char('(') + columns.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    }
    condition.sql = parts.join(QLatin1String(" AND "));
    return condition;
}

// The WHERE clause on issue_fts for the whole query.
SearchRepository::Condition ftsCondition(const Query &query)
{
    SearchRepository::Condition condition;
    QStringList parts;
    if (!query.match.isEmpty()) {
        parts.append(QStringLiteral("issue_fts MATCH ?"));
        condition.values.append(query.match);
    }
    if (!query.shortWords.isEmpty()) {
        const SearchRepository::Condition like = shortWordCondition(query.shortWords);
        parts.append(like.sql);
        condition.values += like.values;
    }
    condition.sql = parts.join(QLatin1String(" AND "));
    return condition;
}

// The WHERE clause on issue_search (PostgreSQL) for the whole query: every word
// a case-insensitive substring of the document, whose columns are joined by
// spaces, which no word holds. The trigram index serves words of three
// characters or more; shorter ones are checked on the rows it finds (or by a
// scan when the query has no longer word, as SQLite's LIKE does).
SearchRepository::Condition documentCondition(const Query &query)
{
    SearchRepository::Condition condition;
    QStringList parts;
    for (const QString &word : query.words) {
        parts.append(QStringLiteral("document ILIKE ? ESCAPE '\\'"));
        condition.values.append(likePattern(word));
    }
    condition.sql = parts.join(QLatin1String(" AND "));
    return condition;
}

// FTS5's bm25 weights, for the same columns (see rankExpression).
constexpr double columnWeights[] = {10.0, 5.0, 2.0, 1.0, 1.0, 1.0, 3.0, 1.0};

// FTS5's inverse document frequency of a word in `matches` of `documents`.
double inverseFrequency(qint64 documents, qint64 matches)
{
    const double idf =
        std::log((double(documents) - double(matches) + 0.5) / (double(matches) + 0.5));
    return idf > 0 ? idf : 1e-6;
}

// bm25 as FTS5 computes it (k1 = 1.2, b = 0.75), in SQL over the columns of a
// subquery `m` that also has `tokens` (the row's trigrams) and `average_tokens`:
// for each long word, its weighted number of occurrences in the columns. Binds
// each word (lowered by the server, as its ILIKE folds case) and its idf.
SearchRepository::Condition bm25Expression(const QStringList &words, const QList<double> &idfs)
{
    SearchRepository::Condition score;
    QStringList rows;
    for (qsizetype i = 0; i < words.size(); ++i) {
        rows.append(QStringLiteral("(lower(CAST(? AS text)), CAST(? AS double precision))"));
        score.values += QVariantList{words.at(i), idfs.at(i)};
    }
    QStringList hits;
    int column = 0;
    for (const char *name : documentColumns) {
        hits.append(QStringLiteral("%1 * (char_length(lower(m.%2)) - char_length(replace(lower("
                                   "m.%2), w.word, ''))) / char_length(w.word)")
                        .arg(columnWeights[column++])
                        .arg(QLatin1String(name)));
    }
    score.sql = QStringLiteral("(SELECT SUM(w.idf * t.hits * 2.2 / (t.hits + 1.2 * (0.25 + 0.75 * "
                               "m.tokens / GREATEST(m.average_tokens, 1)))) FROM (VALUES %1) "
                               "AS w (word, idf) CROSS JOIN LATERAL (SELECT CAST(%2 AS double "
                               "precision) AS hits) AS t)")
                    .arg(rows.join(QLatin1String(", ")), hits.join(QLatin1String(" + ")));
    return score;
}

// A snippet made here, for matches FTS5 cannot mark (short words, LIKE) and on
// PostgreSQL: the
// column holding most words, a window around the first, every word marked.
QString localSnippet(const QStringList &columns, const QStringList &words)
{
    // The column holding the most of the words, the first of equals (the code and
    // title come first), as FTS5's snippet() prefers the column with most hits.
    qsizetype best = -1;
    int bestCount = 0;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const int found = int(std::count_if(words.cbegin(), words.cend(), [&](const QString &w) {
            return columns.at(i).contains(w, Qt::CaseInsensitive);
        }));
        if (found > bestCount) {
            best = i;
            bestCount = found;
        }
    }
    if (best >= 0) {
        const QString &text = columns.at(best);
        int first = -1;
        for (const QString &word : words) {
            const int at = text.indexOf(word, 0, Qt::CaseInsensitive);
            if (at >= 0 && (first < 0 || at < first))
                first = at;
        }
        // As FTS5's snippet(): a text that fits is shown whole, a longer one from
        // a little before the match, but never a window cut short by its end.
        const int from = qMax(0, qMin(first - snippetTokens / 3, int(text.size()) - snippetTokens));
        const int to = qMin(int(text.size()), from + snippetTokens);
        const QString window = text.mid(from, to - from);
        QString marked;
        int i = 0;
        while (i < window.size()) {
            int length = 0;
            for (const QString &word : words) {
                if (window.mid(i, word.size()).compare(word, Qt::CaseInsensitive) == 0)
                    length = qMax(length, int(word.size()));
            }
            if (length > 0) {
                marked += SearchRepository::matchStart + window.mid(i, length) +
                          SearchRepository::matchEnd;
                i += length;
            } else {
                marked += window.at(i);
                ++i;
            }
        }
        if (from > 0)
            marked.prepend(QChar(0x2026));
        if (to < text.size())
            marked.append(QChar(0x2026));
        return marked;
    }
    return {};
}

} // namespace

SearchRepository::Condition SearchRepository::issueCondition(const QSqlDatabase &db,
                                                             const QString &text)
{
    const Query query = parse(text);
    if (query.isEmpty())
        return {};
    if (Sql::isPostgreSQL(db)) {
        const Condition where = documentCondition(query);
        return {QStringLiteral("id IN (SELECT issue_id FROM issue_search WHERE %1)").arg(where.sql),
                where.values};
    }
    const Condition where = ftsCondition(query);
    return {QStringLiteral("id IN (SELECT rowid FROM issue_fts WHERE %1)").arg(where.sql),
            where.values};
}

SearchRepository::Condition SearchRepository::headingSubstringIds(const QSqlDatabase &db,
                                                                  const QString &text)
{
    if (characterCount(text) < minIndexedLength)
        return {};
    if (Sql::isPostgreSQL(db)) {
        // The trigram index finds the documents holding the text; the code and
        // title are then checked on those rows alone.
        const QString pattern = likePattern(text);
        return {QStringLiteral("SELECT issue_id FROM issue_search WHERE document ILIKE ? ESCAPE "
                               "'\\' AND (code ILIKE ? ESCAPE '\\' OR title ILIKE ? ESCAPE '\\')"),
                {pattern, pattern, pattern}};
    }
    // One quoted FTS5 string: the whole text is a phrase of consecutive trigrams,
    // which is a substring match; nothing in it is read as query syntax.
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return {QStringLiteral("SELECT rowid FROM issue_fts WHERE issue_fts MATCH ?"),
            {QStringLiteral("{code title} : \"%1\"").arg(escaped)}};
}

int SearchRepository::sync()
{
    const QSqlDatabase db = m_store.database();
    if (!Sql::scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM search_stale)")).toBool())
        return 0;
    if (Sql::isPostgreSQL(db)) {
        if (!m_store.isReadOnly())
            return Sql::scalar(db, QStringLiteral("SELECT summit_search_refresh()")).toInt();
        // A read-only connection's transactions are read-only by default, which
        // would stop the function's writes whatever its rights; a store that is
        // read-only never has a transaction of its own open here.
        Sql::exec(db, QStringLiteral("BEGIN READ WRITE"));
        try {
            const int rewritten =
                Sql::scalar(db, QStringLiteral("SELECT summit_search_refresh()")).toInt();
            Sql::exec(db, QStringLiteral("COMMIT"));
            return rewritten;
        } catch (const StoreError &) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            throw;
        }
    }
    // A file opened read-only is searched as its writers left the index (they
    // bring it up to date before closing); trying to write would only refuse the
    // search.
    if (m_store.isReadOnly())
        return 0;
    // One statement for all stale documents: FTS5 then writes its index once.
    Sql::Transaction transaction(db);
    const int stale = Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM search_stale")).toInt();
    Sql::exec(db, QStringLiteral("DELETE FROM issue_fts WHERE rowid IN "
                                 "(SELECT issue_id FROM search_stale)"));
    Sql::exec(
        db, QStringLiteral(
                "INSERT INTO issue_fts (rowid, code, title, eu_objective, lines_to_take, "
                "defensive_lines, background, actors, stances) "
                "SELECT i.id, i.code, i.title, i.eu_objective, i.lines_to_take, i.defensive_lines, "
                "i.background, "
                "COALESCE((SELECT group_concat(n, '; ') FROM (SELECT a.name AS n FROM position p "
                "JOIN actor a ON a.id = p.actor_id WHERE p.issue_id = i.id ORDER BY a.name)), ''), "
                "COALESCE((SELECT group_concat(s, '; ') FROM (SELECT p.stance AS s FROM position p "
                "JOIN actor a ON a.id = p.actor_id WHERE p.issue_id = i.id ORDER BY a.name)), '') "
                "FROM issue i WHERE i.id IN (SELECT issue_id FROM search_stale)"));
    Sql::exec(db, QStringLiteral("DELETE FROM search_stale"));
    transaction.commit();
    return stale;
}

int SearchRepository::staleCount() const
{
    return Sql::scalar(m_store.database(), QStringLiteral("SELECT COUNT(*) FROM search_stale"))
        .toInt();
}

int SearchRepository::sync(const ProgressCallback &progress, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    const QSqlDatabase db = m_store.database();
    if (!progress || Sql::isPostgreSQL(db) || m_store.isReadOnly())
        return sync();
    QList<qint64> stale;
    QSqlQuery ids =
        Sql::exec(db, QStringLiteral("SELECT issue_id FROM search_stale ORDER BY issue_id"));
    while (Sql::next(ids))
        stale.append(ids.value(0).toLongLong());
    if (stale.isEmpty())
        return 0;
    const int total = int(stale.size());
    Sql::Transaction transaction(db);
    if (!progress(0, total)) {
        if (cancelled)
            *cancelled = true;
        return 0; // rolled back: nothing was written
    }
    for (int first = 0; first < total; first += syncStep) {
        const int last = qMin(first + syncStep, total) - 1;
        const QVariantList range = {stale.at(first), stale.at(last)};
        Sql::exec(db,
                  QStringLiteral("DELETE FROM issue_fts WHERE rowid IN (SELECT issue_id FROM "
                                 "search_stale WHERE issue_id BETWEEN ? AND ?)"),
                  range);
        Sql::exec(db,
                  QStringLiteral(
                      "INSERT INTO issue_fts (rowid, code, title, eu_objective, lines_to_take, "
                      "defensive_lines, background, actors, stances) "
                      "SELECT i.id, i.code, i.title, i.eu_objective, i.lines_to_take, "
                      "i.defensive_lines, i.background, "
                      "COALESCE((SELECT group_concat(n, '; ') FROM (SELECT a.name AS n FROM "
                      "position p JOIN actor a ON a.id = p.actor_id WHERE p.issue_id = i.id "
                      "ORDER BY a.name)), ''), "
                      "COALESCE((SELECT group_concat(s, '; ') FROM (SELECT p.stance AS s FROM "
                      "position p JOIN actor a ON a.id = p.actor_id WHERE p.issue_id = i.id "
                      "ORDER BY a.name)), '') "
                      "FROM issue i WHERE i.id BETWEEN ? AND ? AND i.id IN "
                      "(SELECT issue_id FROM search_stale)"),
                  range);
        if (!progress(last + 1, total)) {
            if (cancelled)
                *cancelled = true;
            return 0; // rolled back: the index is as it was, still stale
        }
    }
    Sql::exec(db, QStringLiteral("DELETE FROM search_stale"));
    transaction.commit();
    return total;
}

// Archived issues stay findable, marked as such (schema 6 on).
void SearchRepository::markArchived(QList<SearchResult> &results) const
{
    if (results.isEmpty() || m_store.schemaVersion() < 6)
        return;
    QSqlQuery archivedQuery = Sql::exec(
        m_store.database(),
        QStringLiteral("SELECT archived_at IS NOT NULL FROM issue WHERE id = ?"), {qint64(0)});
    for (SearchResult &result : results) {
        archivedQuery.bindValue(0, result.issueId);
        if (!archivedQuery.exec())
            throw Sql::errorFrom(archivedQuery.driver(), archivedQuery.lastError(), QString());
        result.archived = Sql::next(archivedQuery) && archivedQuery.value(0).toBool();
    }
}

QList<SearchResult> SearchRepository::search(const QString &text, int limit)
{
    QList<SearchResult> results;
    const Query query = parse(text);
    if (query.isEmpty() || limit <= 0)
        return results;
    sync();
    const QSqlDatabase db = m_store.database();
    const bool postgreSQL = Sql::isPostgreSQL(db);
    // The same documents, as an FTS5 table (rowid) or a plain one (issue_id).
    const QString table = postgreSQL ? QStringLiteral("issue_search") : QStringLiteral("issue_fts");
    const QString id = postgreSQL ? QStringLiteral("issue_id") : QStringLiteral("rowid");
    const QString columns = QStringLiteral("code, title, eu_objective, lines_to_take, "
                                           "defensive_lines, background, actors, stances");
    const Condition where = postgreSQL ? documentCondition(query) : ftsCondition(query);
    // Few matches: rank them all with bm25. Many: bm25 would read every one of
    // them (its weights count the documents holding each word), so the first
    // matches by id are shown instead, those with every word in the code or
    // title first. Short words alone (LIKE) are never ranked. Candidates are
    // read by code and title; the full text only for the rows returned.
    const int candidateLimit = query.match.isEmpty() ? limit : maxRankedMatches + 1;
    QSqlQuery firstMatches =
        Sql::exec(db,
                  QStringLiteral("SELECT %1, code, title FROM %2 WHERE %3 ORDER BY %1 LIMIT ?")
                      .arg(id, table, where.sql),
                  where.values + QVariantList{candidateLimit});
    QList<SearchResult> candidates;
    while (Sql::next(firstMatches)) {
        SearchResult result;
        result.issueId = firstMatches.value(0).toLongLong();
        result.code = firstMatches.value(1).toString();
        result.title = firstMatches.value(2).toString();
        result.ranked = false;
        candidates.append(result);
    }
    if (candidates.isEmpty())
        return results;
    // bm25 also counts, for each word, every document holding it: with several
    // words, one common word ("export") would make that a scan of the index.
    bool rankable = !query.match.isEmpty() && candidates.size() <= maxRankedMatches;
    QList<qint64> wordMatches;
    for (qsizetype i = 0; rankable && query.quoted.size() > 1 && i < query.quoted.size(); ++i) {
        QSqlQuery word =
            postgreSQL
                ? Sql::exec(db,
                            QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM issue_search "
                                           "WHERE document ILIKE ? ESCAPE '\\' LIMIT ?) AS hit"),
                            {likePattern(query.longWords.at(i)), maxRankedWordMatches + 1})
                : Sql::exec(db,
                            QStringLiteral("SELECT COUNT(*) FROM (SELECT rowid FROM "
                                           "issue_fts WHERE issue_fts MATCH ? LIMIT ?)"),
                            {query.quoted.at(i), maxRankedWordMatches + 1});
        rankable = Sql::next(word) && word.value(0).toInt() <= maxRankedWordMatches;
        wordMatches.append(rankable ? word.value(0).toLongLong() : 0);
    }
    if (rankable && postgreSQL) {
        // bm25 in SQL, as FTS5 has it, but for the length of an average document:
        // FTS5 keeps that of all documents, here it is that of the matches.
        const qint64 documents =
            Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM issue_search")).toLongLong();
        QList<double> idfs;
        for (qsizetype i = 0; i < query.longWords.size(); ++i)
            idfs.append(inverseFrequency(documents, query.longWords.size() > 1
                                                        ? wordMatches.at(i)
                                                        : qint64(candidates.size())));
        const Condition score = bm25Expression(query.longWords, idfs);
        QStringList tokens;
        for (const char *column : documentColumns)
            tokens.append(
                QStringLiteral("GREATEST(char_length(%1) - 2, 0)").arg(QLatin1String(column)));
        QSqlQuery ranked = Sql::exec(
            db,
            QStringLiteral("SELECT m.issue_id, m.code, m.title, m.eu_objective, m.lines_to_take, "
                           "m.defensive_lines, m.background, m.actors, m.stances, %1 AS score "
                           "FROM (SELECT issue_id, %2, %3 AS tokens, AVG(%3) OVER () AS "
                           "average_tokens FROM issue_search WHERE %4) AS m "
                           "ORDER BY score DESC, m.issue_id LIMIT ?")
                .arg(score.sql, columns, tokens.join(QLatin1String(" + ")), where.sql),
            score.values + where.values + QVariantList{limit});
        while (Sql::next(ranked)) {
            SearchResult result;
            result.issueId = ranked.value(0).toLongLong();
            result.code = ranked.value(1).toString();
            result.title = ranked.value(2).toString();
            QStringList document;
            for (int i = 1; i <= 8; ++i)
                document.append(ranked.value(i).toString());
            result.snippet = localSnippet(document, query.words);
            // Lower is better, as FTS5's bm25() returns it.
            result.rank = -ranked.value(9).toDouble();
            result.ranked = true;
            results.append(result);
        }
        markArchived(results);
        return results;
    }
    if (rankable) {
        QSqlQuery ranked =
            Sql::exec(db,
                      QStringLiteral("SELECT rowid, code, title, snippet(issue_fts, -1, ?, ?, ?, "
                                     "%1), %2 AS score FROM issue_fts WHERE %3 "
                                     "ORDER BY score, rowid LIMIT ?")
                          .arg(snippetTokens)
                          .arg(QLatin1String(rankExpression), where.sql),
                      QVariantList{QString(matchStart), QString(matchEnd), QString(QChar(0x2026))} +
                          where.values + QVariantList{limit});
        while (Sql::next(ranked)) {
            SearchResult result;
            result.issueId = ranked.value(0).toLongLong();
            result.code = ranked.value(1).toString();
            result.title = ranked.value(2).toString();
            result.snippet = ranked.value(3).toString();
            result.rank = ranked.value(4).toDouble();
            result.ranked = true;
            results.append(result);
        }
        markArchived(results);
        return results;
    }
    // Unranked: heading matches first (all of them, when every match was read).
    QList<SearchResult> others;
    for (const SearchResult &candidate : std::as_const(candidates)) {
        const QString heading = candidate.code + QLatin1Char(' ') + candidate.title;
        const bool inHeading =
            std::all_of(query.words.cbegin(), query.words.cend(), [&heading](const QString &w) {
                return heading.contains(w, Qt::CaseInsensitive);
            });
        (inHeading ? results : others).append(candidate);
    }
    results += others;
    if (results.size() < limit && !query.match.isEmpty()) {
        QSqlQuery more = Sql::exec(
            db,
            QStringLiteral("SELECT %1, code, title FROM %2 WHERE %3 AND %1 > ? ORDER BY %1 LIMIT ?")
                .arg(id, table, where.sql),
            where.values + QVariantList{candidates.last().issueId, limit - int(results.size())});
        while (Sql::next(more)) {
            SearchResult result;
            result.issueId = more.value(0).toLongLong();
            result.code = more.value(1).toString();
            result.title = more.value(2).toString();
            result.ranked = false;
            results.append(result);
        }
    }
    if (results.size() > limit)
        results.resize(limit);
    // Snippets for the rows shown, made here (FTS5 marks only what it ranks).
    QSqlQuery documentQuery = Sql::exec(
        db, QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(columns, table, id), {qint64(0)});
    for (SearchResult &result : results) {
        documentQuery.bindValue(0, result.issueId);
        if (!documentQuery.exec())
            throw Sql::errorFrom(documentQuery.driver(), documentQuery.lastError(), QString());
        if (!Sql::next(documentQuery))
            continue;
        QStringList document;
        for (int i = 0; i < 8; ++i)
            document.append(documentQuery.value(i).toString());
        result.snippet = localSnippet(document, query.words);
    }
    markArchived(results);
    return results;
}

QString SearchRepository::snippetToHtml(const QString &snippet)
{
    QString html;
    bool open = false;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= snippet.size(); ++i) {
        const bool end = i == snippet.size();
        const QChar c = end ? QChar() : snippet.at(i);
        if (!end && c != matchStart && c != matchEnd)
            continue;
        html += snippet.mid(from, i - from).toHtmlEscaped();
        from = i + 1;
        if (end)
            break;
        if (c == matchStart && !open) {
            html += QLatin1String("<b>");
            open = true;
        } else if (c == matchEnd && open) {
            html += QLatin1String("</b>");
            open = false;
        }
    }
    if (open)
        html += QLatin1String("</b>");
    return html;
}
