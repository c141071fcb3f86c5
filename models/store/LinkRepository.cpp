#include "LinkRepository.h"

#include "IssueRepository.h"
#include "Sql.h"
#include "Store.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

const char *const linkColumns =
    "l.id, l.from_issue, l.to_issue, l.kind, l.created_at, l.created_by";

IssueLink linkFrom(const QSqlQuery &query)
{
    IssueLink link;
    link.id = query.value(0).toLongLong();
    link.fromIssue = query.value(1).toLongLong();
    link.toIssue = query.value(2).toLongLong();
    link.kind = LinkKindText::fromKey(query.value(3).toString()).value_or(LinkKind::Relates);
    link.createdAt = Sql::toDateTime(query.value(4));
    link.createdBy = query.value(5).toString();
    return link;
}

// The stored orientation: symmetric kinds with the smaller id first.
void normalize(qint64 &from, qint64 &to, LinkKind kind)
{
    if (LinkKindText::isSymmetric(kind) && from > to)
        std::swap(from, to);
}

} // namespace

qint64 LinkRepository::add(IssueLink &link)
{
    if (link.fromIssue == link.toIssue)
        throw StoreError(
            StoreError::Kind::Invalid,
            QCoreApplication::translate("LinkRepository", "An issue cannot be linked to itself."));
    const QSqlDatabase db = m_store.database();
    Sql::Transaction transaction(db);
    const std::optional<Issue> from = m_store.issues().byId(link.fromIssue);
    const std::optional<Issue> to = m_store.issues().byId(link.toIssue);
    if (!from || !to)
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("LinkRepository", "The issue to link no longer exists."));
    normalize(link.fromIssue, link.toIssue, link.kind);
    if (find(link.fromIssue, link.toIssue, link.kind))
        throw StoreError(
            StoreError::Kind::Invalid,
            QCoreApplication::translate("LinkRepository", "%1 and %2 are already linked that way.")
                .arg(from->code, to->code));
    if (link.kind == LinkKind::Blocks && find(link.toIssue, link.fromIssue, LinkKind::Blocks))
        throw StoreError(
            StoreError::Kind::Invalid,
            QCoreApplication::translate("LinkRepository",
                                        "%1 already blocks %2; two issues cannot block each other.")
                .arg(to->code, from->code));
    if (!link.createdAt.isValid())
        link.createdAt = Sql::toDateTime(Sql::now());
    if (link.createdBy.isEmpty())
        link.createdBy = m_store.userName();
    link.id = Sql::insert(
        db,
        QStringLiteral("INSERT INTO issue_link (from_issue, to_issue, kind, created_at, "
                       "created_by) VALUES (?, ?, ?, ?, ?)"),
        {link.fromIssue, link.toIssue, LinkKindText::key(link.kind), Sql::toText(link.createdAt),
         link.createdBy});

    transaction.commit();
    m_store.notifyLinksChanged(link.fromIssue);
    m_store.notifyLinksChanged(link.toIssue);
    return link.id;
}

void LinkRepository::remove(qint64 linkId)
{
    const QSqlDatabase db = m_store.database();
    Sql::Transaction transaction(db);
    const std::optional<IssueLink> link = byId(linkId);
    if (!link)
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("LinkRepository", "The link no longer exists."));
    Sql::exec(db, QStringLiteral("DELETE FROM issue_link WHERE id = ?"), {linkId});
    transaction.commit();
    m_store.notifyLinksChanged(link->fromIssue);
    m_store.notifyLinksChanged(link->toIssue);
}

std::optional<IssueLink> LinkRepository::byId(qint64 linkId) const
{
    QSqlQuery query = Sql::exec(m_store.database(),
                                QStringLiteral("SELECT %1 FROM issue_link l WHERE l.id = ?")
                                    .arg(QLatin1String(linkColumns)),
                                {linkId});
    return Sql::next(query) ? std::optional<IssueLink>(linkFrom(query)) : std::nullopt;
}

std::optional<IssueLink> LinkRepository::find(qint64 fromIssue, qint64 toIssue, LinkKind kind) const
{
    normalize(fromIssue, toIssue, kind);
    QSqlQuery query =
        Sql::exec(m_store.database(),
                  QStringLiteral("SELECT %1 FROM issue_link l WHERE l.from_issue = ? AND "
                                 "l.to_issue = ? AND l.kind = ?")
                      .arg(QLatin1String(linkColumns)),
                  {fromIssue, toIssue, LinkKindText::key(kind)});
    return Sql::next(query) ? std::optional<IssueLink>(linkFrom(query)) : std::nullopt;
}

QList<LinkedIssue> LinkRepository::forIssue(qint64 issueId) const
{
    QSqlQuery query = Sql::exec(
        m_store.database(),
        QStringLiteral("SELECT %1, o.id, o.code, o.title FROM issue_link l "
                       "JOIN issue o ON o.id = CASE WHEN l.from_issue = ? THEN l.to_issue "
                       "ELSE l.from_issue END "
                       "WHERE l.from_issue = ? OR l.to_issue = ?")
            .arg(QLatin1String(linkColumns)),
        {issueId, issueId, issueId});
    QList<LinkedIssue> list;
    while (Sql::next(query)) {
        LinkedIssue linked;
        linked.link = linkFrom(query);
        linked.outgoing = linked.link.fromIssue == issueId;
        linked.otherIssueId = query.value(6).toLongLong();
        linked.otherCode = query.value(7).toString();
        linked.otherTitle = query.value(8).toString();
        linked.label = LinkKindText::label(linked.link.kind, linked.outgoing);
        list.append(linked);
    }
    std::sort(list.begin(), list.end(), [](const LinkedIssue &a, const LinkedIssue &b) {
        if (a.label != b.label)
            return a.label < b.label;
        return a.otherCode < b.otherCode;
    });
    return list;
}

QList<IssueLink> LinkRepository::all() const
{
    QSqlQuery query = Sql::exec(
        m_store.database(),
        QStringLiteral("SELECT %1 FROM issue_link l JOIN issue f ON f.id = l.from_issue "
                       "JOIN issue t ON t.id = l.to_issue ORDER BY f.code, t.code, l.kind")
            .arg(QLatin1String(linkColumns)));
    QList<IssueLink> list;
    while (Sql::next(query))
        list.append(linkFrom(query));
    return list;
}

qint64 LinkRepository::count() const
{
    return Sql::scalar(m_store.database(), QStringLiteral("SELECT COUNT(*) FROM issue_link"))
        .toLongLong();
}
