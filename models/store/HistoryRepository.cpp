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

QList<ActivityEntry> HistoryRepository::since(const QDateTime &from, int limit) const
{
    // Times are stored as UTC ISO text of one width, so text order is time order.
    QSqlQuery query = Sql::exec(
        m_store.database(),
        QStringLiteral("SELECT c.id, c.issue_id, c.from_status, c.to_status, c.changed_at, "
                       "c.changed_by, c.reason, i.code, i.title FROM status_change c "
                       "JOIN issue i ON i.id = c.issue_id WHERE c.changed_at >= ? "
                       "ORDER BY c.changed_at DESC, c.id DESC%1")
            .arg(limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()),
        {from.isValid() ? Sql::toText(from) : QString()});
    QList<ActivityEntry> list;
    while (Sql::next(query)) {
        ActivityEntry entry;
        entry.change.id = query.value(0).toLongLong();
        entry.change.issueId = query.value(1).toLongLong();
        if (!query.value(2).isNull())
            entry.change.from = StatusText::fromInt(query.value(2).toInt());
        entry.change.to = StatusText::fromInt(query.value(3).toInt()).value_or(Status::Draft);
        entry.change.changedAt = Sql::toDateTime(query.value(4));
        entry.change.changedBy = query.value(5).toString();
        entry.change.reason = query.value(6).toString();
        entry.code = query.value(7).toString();
        entry.title = query.value(8).toString();
        list.append(entry);
    }
    return list;
}

qint64 HistoryRepository::count() const
{
    return Sql::scalar(m_store.database(), QStringLiteral("SELECT COUNT(*) FROM status_change"))
        .toLongLong();
}

QDateTime HistoryRepository::lastChangeTime() const
{
    const QVariant last = Sql::scalar(m_store.database(),
                                      QStringLiteral("SELECT MAX(changed_at) FROM status_change"));
    return last.isNull() ? QDateTime() : Sql::toDateTime(last);
}
