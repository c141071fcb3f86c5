#include "HistoryRepository.h"

#include "Sql.h"
#include "Store.h"

QList<StatusChange> HistoryRepository::forIssue(qint64 issueId) const
{
    QSqlQuery query =
        Sql::exec(m_store.database(),
                  QStringLiteral("SELECT id, issue_id, from_status, to_status, changed_at, "
                                 "changed_by, reason FROM status_change WHERE issue_id = ? "
                                 "ORDER BY id"),
                  {issueId});
    QList<StatusChange> list;
    while (Sql::next(query)) {
        StatusChange change;
        change.id = query.value(0).toLongLong();
        change.issueId = query.value(1).toLongLong();
        if (!query.value(2).isNull())
            change.from = StatusText::fromInt(query.value(2).toInt());
        change.to = StatusText::fromInt(query.value(3).toInt()).value_or(Status::Draft);
        change.changedAt = Sql::toDateTime(query.value(4));
        change.changedBy = query.value(5).toString();
        change.reason = query.value(6).toString();
        list.append(change);
    }
    return list;
}

qint64 HistoryRepository::count() const
{
    return Sql::scalar(m_store.database(), QStringLiteral("SELECT COUNT(*) FROM status_change"))
        .toLongLong();
}
