#include "SearchRepository.h"

#include "Sql.h"
#include "Store.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

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
            QString escaped = word;
            escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
            quoted.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
        }
    }
    query.match = quoted.join(QLatin1Char(' '));
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

// The WHERE clause on issue_fts for the whole query, with an optional column
// filter on the long words.
SearchRepository::Condition ftsCondition(const Query &query, const QString &columnFilter = {})
{
    SearchRepository::Condition condition;
    QStringList parts;
    if (!query.match.isEmpty()) {
        parts.append(QStringLiteral("issue_fts MATCH ?"));
        condition.values.append(columnFilter.isEmpty()
                                    ? query.match
                                    : QStringLiteral("%1 : (%2)").arg(columnFilter, query.match));
    }
    if (!query.shortWords.isEmpty()) {
        const SearchRepository::Condition like = shortWordCondition(query.shortWords);
        parts.append(like.sql);
        condition.values += like.values;
    }
    condition.sql = parts.join(QLatin1String(" AND "));
    return condition;
}

// A snippet made here, for matches FTS5 cannot mark (short words, LIKE): the
// first column holding a word, a window around it, every word marked.
QString localSnippet(const QStringList &columns, const QStringList &words)
{
    for (const QString &text : columns) {
        int first = -1;
        for (const QString &word : words) {
            const int at = text.indexOf(word, 0, Qt::CaseInsensitive);
            if (at >= 0 && (first < 0 || at < first))
                first = at;
        }
        if (first < 0)
            continue;
        const int from = qMax(0, first - snippetTokens / 3);
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

SearchRepository::Condition SearchRepository::issueCondition(const QString &text)
{
    const Query query = parse(text);
    if (query.isEmpty())
        return {};
    const Condition where = ftsCondition(query);
    return {QStringLiteral("id IN (SELECT rowid FROM issue_fts WHERE %1)").arg(where.sql),
            where.values};
}

int SearchRepository::sync()
{
    const QSqlDatabase db = m_store.database();
    if (!Sql::scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM search_stale)")).toBool())
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

QList<SearchResult> SearchRepository::search(const QString &text, int limit)
{
    QList<SearchResult> results;
    const Query query = parse(text);
    if (query.isEmpty() || limit <= 0)
        return results;
    sync();
    const QSqlDatabase db = m_store.database();
    const QString columns = QStringLiteral("code, title, eu_objective, lines_to_take, "
                                           "defensive_lines, background, actors, stances");
    const auto read = [&query](QSqlQuery &q, bool ranked) {
        QList<SearchResult> list;
        while (Sql::next(q)) {
            SearchResult result;
            result.issueId = q.value(0).toLongLong();
            result.code = q.value(1).toString();
            result.title = q.value(2).toString();
            result.ranked = ranked;
            result.rank = ranked ? q.value(10).toDouble() : 0.0;
            result.snippet = q.value(9).toString();
            // FTS5 marks only the long words; without them the snippet is made here.
            if (!result.snippet.contains(matchStart)) {
                QStringList document;
                for (int i = 1; i <= 8; ++i)
                    document.append(q.value(i).toString());
                result.snippet = localSnippet(document, query.words);
            }
            list.append(result);
        }
        return list;
    };
    const QString snippet =
        query.match.isEmpty()
            ? QStringLiteral("''")
            : QStringLiteral("snippet(issue_fts, -1, ?, ?, ?, %1)").arg(snippetTokens);
    const QVariantList snippetValues =
        query.match.isEmpty()
            ? QVariantList()
            : QVariantList{QString(matchStart), QString(matchEnd), QString(QChar(0x2026))};

    const Condition where = ftsCondition(query);
    if (query.match.isEmpty()) {
        // Short words only: nothing to rank with, so the first matches by id.
        QSqlQuery rows = Sql::exec(db,
                                   QStringLiteral("SELECT rowid, %1, %2 FROM issue_fts WHERE %3 "
                                                  "ORDER BY rowid LIMIT ?")
                                       .arg(columns, snippet, where.sql),
                                   where.values + QVariantList{limit});
        return read(rows, false);
    }
    // Few matches: rank them all. Many: bm25 would read every one of them (its
    // weights count the documents holding each word), so they are not ranked.
    QSqlQuery counting =
        Sql::exec(db,
                  QStringLiteral("SELECT COUNT(*), MAX(rowid) FROM (SELECT rowid FROM issue_fts "
                                 "WHERE %1 ORDER BY rowid LIMIT ?)")
                      .arg(where.sql),
                  where.values + QVariantList{maxRankedMatches + 1});
    const bool any = Sql::next(counting);
    const int matches = any ? counting.value(0).toInt() : 0;
    const qint64 lastCounted = any ? counting.value(1).toLongLong() : 0;
    if (matches == 0)
        return results;
    if (matches <= maxRankedMatches) {
        QSqlQuery ranked =
            Sql::exec(db,
                      QStringLiteral("SELECT rowid, %1, %2, %3 AS score FROM issue_fts WHERE %4 "
                                     "ORDER BY score, rowid LIMIT ?")
                          .arg(columns, snippet, QLatin1String(rankExpression), where.sql),
                      snippetValues + where.values + QVariantList{limit});
        return read(ranked, true);
    }
    // Unranked: among the matches counted above, those in the code or title
    // first; then the rest by id. The bound keeps a word that is never in a
    // title from making FTS5 read every match.
    const Condition titles = ftsCondition(query, QStringLiteral("{code title}"));
    QSqlQuery first = Sql::exec(db,
                                QStringLiteral("SELECT rowid, %1, %2 FROM issue_fts WHERE %3 "
                                               "AND rowid <= ? ORDER BY rowid LIMIT ?")
                                    .arg(columns, snippet, titles.sql),
                                snippetValues + titles.values + QVariantList{lastCounted, limit});
    results = read(first, false);
    if (results.size() < limit) {
        QSet<qint64> shown;
        for (const SearchResult &result : std::as_const(results))
            shown.insert(result.issueId);
        QSqlQuery rest = Sql::exec(
            db,
            QStringLiteral("SELECT rowid, %1, %2 FROM issue_fts WHERE %3 ORDER BY rowid LIMIT ?")
                .arg(columns, snippet, where.sql),
            snippetValues + where.values + QVariantList{limit + int(shown.size())});
        for (const SearchResult &result : read(rest, false)) {
            if (results.size() == limit)
                break;
            if (!shown.contains(result.issueId))
                results.append(result);
        }
    }
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
