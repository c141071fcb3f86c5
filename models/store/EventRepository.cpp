#include "EventRepository.h"

#include "Sql.h"
#include "Store.h"

#include <QCoreApplication>

QList<Event> EventRepository::all() const
{
    QSqlQuery query =
        Sql::exec(m_store.database(),
                  QStringLiteral("SELECT id, title, kind, starts_on, ends_on, place, description, "
                                 "source, illustrative FROM event ORDER BY starts_on, id"));
    QList<Event> list;
    while (Sql::next(query)) {
        Event e;
        e.id = query.value(0).toLongLong();
        e.title = query.value(1).toString();
        e.kind = query.value(2).toString();
        e.startsOn = Sql::toDate(query.value(3));
        e.endsOn = Sql::toDate(query.value(4));
        e.place = query.value(5).toString();
        e.description = query.value(6).toString();
        e.source = query.value(7).toString();
        e.illustrative = query.value(8).toBool();
        list.append(e);
    }
    return list;
}

qint64 EventRepository::insert(Event &event)
{
    if (event.title.trimmed().isEmpty() || !event.startsOn.isValid())
        throw StoreError(
            StoreError::Kind::Invalid,
            QCoreApplication::translate("Store", "An event needs a title and a start date."));
    QSqlQuery query = Sql::exec(
        m_store.database(),
        QStringLiteral("INSERT INTO event (title, kind, starts_on, ends_on, place, "
                       "description, source, illustrative) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {event.title, event.kind, Sql::toText(event.startsOn), Sql::toText(event.endsOn),
         event.place, event.description, event.source, event.illustrative ? 1 : 0});
    event.id = query.lastInsertId().toLongLong();
    return event.id;
}
