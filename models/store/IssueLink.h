#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// How two issues relate. "relates" and "tradeoff" read the same both ways;
// "blocks" has a direction (from blocks to).
enum class LinkKind
{
    Relates,
    Blocks,
    Tradeoff
};

namespace LinkKindText {
// Stable key used in the database and files ("blocks").
QString key(LinkKind kind);
std::optional<LinkKind> fromKey(const QString &key);
QList<LinkKind> all();
bool isSymmetric(LinkKind kind);
// Translated, as read from one end: "blocks" / "is blocked by", "relates to",
// "trade-off with".
QString label(LinkKind kind, bool outgoing);
} // namespace LinkKindText

// A link between two issues, stored once.
struct IssueLink
{
    qint64 id = 0;
    qint64 fromIssue = 0;
    qint64 toIssue = 0;
    LinkKind kind = LinkKind::Relates;
    QDateTime createdAt; // empty on add: now
    QString createdBy;   // empty on add: Store::userName()
};
