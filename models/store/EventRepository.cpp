#include "EventRepository.h"

#include "Sql.h"
#include "Store.h"

#include "domain/FieldLimits.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

const char *const eventSelect = "SELECT id, title, kind, starts_on, ends_on, place, description, "
                                "source, illustrative FROM event ";

QList<Event> eventsFrom(QSqlQuery query)
{
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

// Refuses text longer than its field may hold (never truncates it).
void checkLength(const QString &text, qsizetype limit, const QString &label)
{
    if (text.size() > limit)
        throw StoreError(
            StoreError::Kind::Invalid,
            QCoreApplication::translate("Store", "The %1 is %2 characters; the limit is %3.")
                .arg(label, QString::number(text.size()), QString::number(limit)));
}

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

QList<Event> EventRepository::all() const
{
    return eventsFrom(Sql::exec(m_store.database(), QLatin1String(eventSelect) +
                                                        QStringLiteral("ORDER BY starts_on, id")));
}

std::optional<Event> EventRepository::byId(qint64 id) const
{
    const QList<Event> list = eventsFrom(Sql::exec(
        m_store.database(), QLatin1String(eventSelect) + QStringLiteral("WHERE id = ?"), {id}));
    return list.isEmpty() ? std::nullopt : std::optional<Event>(list.first());
}

Event EventRepository::normalized(Event event)
{
    event.title = event.title.trimmed();
    event.place = event.place.trimmed();
    event.kind = event.kind.trimmed().toLower();
    return event;
}

void EventRepository::validate(const Event &event)
{
    if (event.title.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate("EventRepository", "An event needs a title."));
    checkLength(event.title.trimmed(), FieldLimits::Title,
                QCoreApplication::translate("EventRepository", "event's title"));
    if (!event.startsOn.isValid())
        throw StoreError(
            StoreError::Kind::Invalid,
            QCoreApplication::translate("EventRepository", "The event \"%1\" needs a date.")
                .arg(event.title.trimmed()));
    if (event.endsOn.isValid() && event.endsOn < event.startsOn)
        throw StoreError(
            StoreError::Kind::Invalid,
            QCoreApplication::translate("EventRepository",
                                        "The event \"%1\" would end (%2) before it starts (%3).")
                .arg(event.title.trimmed(), dateText(event.endsOn), dateText(event.startsOn)));
    const QString kind = event.kind.trimmed().toLower();
    if (kind != Event::meetingKind() && kind != Event::deadlineKind())
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate(
                             "EventRepository", "An event is a meeting or a deadline, not \"%1\".")
                             .arg(event.kind));
    checkLength(event.place.trimmed(), FieldLimits::ShortText,
                QCoreApplication::translate("EventRepository", "event's place"));
    checkLength(event.description, FieldLimits::LongText,
                QCoreApplication::translate("EventRepository", "event's description"));
    checkLength(event.source, FieldLimits::LongText,
                QCoreApplication::translate("EventRepository", "event's source"));
}

qint64 EventRepository::insert(Event &event)
{
    event = normalized(event);
    validate(event);
    const QSqlDatabase db = m_store.database();
    Sql::Transaction transaction(db);
    // The id asked for (redo, undo of a removal), unless a colleague's event took it.
    const bool keepId = event.id > 0 && !byId(event.id);
    event.id = Sql::insert(
        db,
        QStringLiteral("INSERT INTO event (id, title, kind, starts_on, ends_on, place, "
                       "description, source, illustrative) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {keepId ? QVariant(event.id) : QVariant(), event.title, event.kind,
         Sql::toText(event.startsOn), Sql::toText(event.endsOn), event.place, event.description,
         event.source, event.illustrative ? 1 : 0});

    transaction.commit();
    m_store.notifyEventsChanged();
    return event.id;
}

void EventRepository::update(const Event &event)
{
    const Event written = normalized(event);
    validate(written);
    const QSqlDatabase db = m_store.database();
    Sql::Transaction transaction(db);
    QSqlQuery query = Sql::exec(
        db,
        QStringLiteral("UPDATE event SET title = ?, kind = ?, starts_on = ?, ends_on = ?, "
                       "place = ?, description = ?, source = ?, illustrative = ? WHERE id = ?"),
        {written.title, written.kind, Sql::toText(written.startsOn), Sql::toText(written.endsOn),
         written.place, written.description, written.source, written.illustrative ? 1 : 0,
         written.id});
    if (query.numRowsAffected() != 1)
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("EventRepository", "The event \"%1\" no longer exists.")
                .arg(written.title));
    transaction.commit();
    m_store.notifyEventsChanged();
}

void EventRepository::remove(qint64 id)
{
    const QSqlDatabase db = m_store.database();
    Sql::Transaction transaction(db);
    QSqlQuery query = Sql::exec(db, QStringLiteral("DELETE FROM event WHERE id = ?"), {id});
    if (query.numRowsAffected() != 1)
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("EventRepository", "The event no longer exists."));
    transaction.commit();
    m_store.notifyEventsChanged();
}
