#pragma once

#include <QString>

// One issue found by SearchRepository::search().
struct SearchResult
{
    qint64 issueId = 0;
    QString code;
    QString title;
    // bm25 score, lower is better; 0 when the query matched too many issues to
    // rank (then title and code matches come first).
    double rank = 0;
    bool ranked = true;
    // Plain text around the first match, with each matched part between
    // SearchRepository::matchStart and matchEnd. Turn it into rich text only
    // with SearchRepository::snippetToHtml(), which escapes the rest.
    QString snippet;
    bool archived = false; // shown marked; the issue table hides it unless asked
};
