#include "ActorRepository.h"

#include "PositionRepository.h"
#include "SettingsRepository.h"
#include "Sql.h"
#include "Store.h"
#include "domain/FieldLimits.h"

#include <QCoreApplication>
#include <QSet>

namespace {

const char *const actorSelect =
    "SELECT id, name, kind, bloc, role, biography, source, illustrative, "
    "version, updated_at FROM actor ";

QList<Actor> actorsFrom(QSqlQuery query)
{
    QList<Actor> list;
    while (Sql::next(query)) {
        Actor a;
        a.id = query.value(0).toLongLong();
        a.name = query.value(1).toString();
        a.kind = query.value(2).toString();
        a.bloc = query.value(3).toString();
        a.role = query.value(4).toString();
        a.biography = query.value(5).toString();
        a.source = query.value(6).toString();
        a.illustrative = query.value(7).toBool();
        a.version = query.value(8).toInt();
        a.updatedAt = Sql::toDateTime(query.value(9));
        list.append(a);
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

void validate(const Actor &actor)
{
    if (actor.name.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate("Store", "An actor needs a name."));
    checkLength(actor.name.trimmed(), FieldLimits::Title,
                QCoreApplication::translate("Store", "actor's name"));
    checkLength(actor.role, FieldLimits::ShortText,
                QCoreApplication::translate("Store", "actor's role"));
    checkLength(actor.biography, FieldLimits::LongText,
                QCoreApplication::translate("Store", "biography"));
    checkLength(actor.source, FieldLimits::LongText,
                QCoreApplication::translate("Store", "source"));
    if (actor.bloc.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate("Store", "%1 needs a bloc.").arg(actor.name));
    checkLength(actor.bloc.trimmed(), FieldLimits::Bloc,
                QCoreApplication::translate("Store", "bloc's name"));
    if (!Actor::kinds().contains(actor.kind))
        throw StoreError(
            StoreError::Kind::Invalid,
            QCoreApplication::translate("Store", "Unknown kind of actor \"%1\" for %2.")
                .arg(actor.kind, actor.name));
}

} // namespace

QStringList ActorRepository::blocs() const
{
    QStringList used;
    QSqlQuery query = Sql::exec(m_store.database(),
                                QStringLiteral("SELECT DISTINCT bloc FROM actor ORDER BY bloc"));
    while (Sql::next(query))
        used.append(query.value(0).toString());
    const SummitInfo summit = m_store.settings().summit();
    return Actor::blocs(summit.ourBloc, summit.counterpartBloc, used);
}

QList<Actor> ActorRepository::all() const
{
    return actorsFrom(Sql::exec(m_store.database(), QLatin1String(actorSelect) +
                                                        QStringLiteral("ORDER BY bloc, name")));
}

std::optional<Actor> ActorRepository::byId(qint64 id) const
{
    const QList<Actor> list = actorsFrom(Sql::exec(
        m_store.database(), QLatin1String(actorSelect) + QStringLiteral("WHERE id = ?"), {id}));
    return list.isEmpty() ? std::nullopt : std::optional<Actor>(list.first());
}

std::optional<Actor> ActorRepository::byName(const QString &name) const
{
    const QList<Actor> list = actorsFrom(Sql::exec(
        m_store.database(), QLatin1String(actorSelect) + QStringLiteral("WHERE name = ?"), {name}));
    return list.isEmpty() ? std::nullopt : std::optional<Actor>(list.first());
}

std::optional<Actor> ActorRepository::byIdForUpdate(qint64 id) const
{
    const QSqlDatabase db = m_store.database();
    const QList<Actor> list = actorsFrom(Sql::exec(
        db, QLatin1String(actorSelect) + QStringLiteral("WHERE id = ?") + Sql::forUpdate(db),
        {id}));
    return list.isEmpty() ? std::nullopt : std::optional<Actor>(list.first());
}

qint64 ActorRepository::insert(Actor &actor)
{
    // Trimmed before the duplicate check, which would otherwise miss " Kaja Kallas".
    actor.name = actor.name.trimmed();
    validate(actor);
    const QSqlDatabase db = m_store.database();
    Sql::Transaction transaction(db);
    checkNameFree(actor.name, actor.id);
    if (actor.id != 0 && byId(actor.id))
        throw StoreError(StoreError::Kind::Conflict,
                         QCoreApplication::translate(
                             "ActorRepository",
                             "An actor added since took the place of %1; it cannot come back.")
                             .arg(actor.name));
    insertRow(actor);
    transaction.commit();
    m_store.notifyActorsChanged();
    return actor.id;
}

void ActorRepository::insertRow(Actor &actor)
{
    const QString now = Sql::now();
    // A row that comes back is a new version of the one removed, so an edit begun
    // on the old one is refused.
    const int version = actor.id != 0 ? actor.version + 1 : 1;
    qint64 newId = 0;
    try {
        newId = Sql::insert(
            m_store.database(),
            QStringLiteral(
                "INSERT INTO actor (id, name, kind, bloc, role, biography, source, "
                "illustrative, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {actor.id != 0 ? QVariant(actor.id) : QVariant(QMetaType(QMetaType::LongLong)),
             actor.name, actor.kind, actor.bloc.trimmed(), actor.role, actor.biography,
             actor.source, actor.illustrative ? 1 : 0, version, now});
    } catch (const StoreError &error) {
        throw refusedBloc(error, actor);
    }
    if (actor.id == 0)
        actor.id = newId;
    actor.version = version;
    actor.updatedAt = Sql::toDateTime(now);
}

void ActorRepository::checkNameFree(const QString &name, qint64 ownId) const
{
    // "Narendra Modi" and "narendra modi" are one person: names compare without case
    // (in every script, which SQL's NOCASE does not), over the file's few actors.
    QSqlQuery query = Sql::exec(m_store.database(), QStringLiteral("SELECT id, name FROM actor"));
    while (Sql::next(query)) {
        const QString other = query.value(1).toString();
        if (query.value(0).toLongLong() != ownId && other.compare(name, Qt::CaseInsensitive) == 0)
            throw StoreError(
                StoreError::Kind::Invalid,
                QCoreApplication::translate("ActorRepository", "An actor named %1 already exists.")
                    .arg(other));
    }
}

StoreError ActorRepository::refusedBloc(const StoreError &error, const Actor &actor)
{
    // A file whose schema still lists the blocs it accepts refuses any other
    // through a CHECK constraint: say which bloc, not the SQL.
    if (error.kind() == StoreError::Kind::Sql &&
        error.message().contains(QLatin1String("CHECK constraint"), Qt::CaseInsensitive) &&
        error.message().contains(QLatin1String("bloc")))
        return StoreError(StoreError::Kind::Invalid,
                          QCoreApplication::translate(
                              "ActorRepository",
                              "This file does not accept the bloc \"%1\" yet (for %2); choose "
                              "one of its blocs.")
                              .arg(actor.bloc, actor.name));
    return error;
}

int ActorRepository::update(const Actor &actor)
{
    validate(actor);
    const QString name = actor.name.trimmed();
    const QSqlDatabase db = m_store.database();
    Sql::Transaction transaction(db);
    checkNameFree(name, actor.id);
    QSqlQuery query;
    try {
        query = Sql::exec(
            db,
            QStringLiteral("UPDATE actor SET name = ?, kind = ?, bloc = ?, role = ?, "
                           "biography = ?, source = ?, illustrative = ?, version = version + 1, "
                           "updated_at = ? WHERE id = ? AND version = ?"),
            {name, actor.kind, actor.bloc.trimmed(), actor.role, actor.biography, actor.source,
             actor.illustrative ? 1 : 0, Sql::now(), actor.id, actor.version});
    } catch (const StoreError &error) {
        throw refusedBloc(error, actor);
    }
    if (query.numRowsAffected() != 1) {
        if (!byId(actor.id))
            throw StoreError(
                StoreError::Kind::NotFound,
                QCoreApplication::translate("ActorRepository",
                                            "%1 no longer exists; your change was not saved.")
                    .arg(name));
        throw StoreError(
            StoreError::Kind::Conflict,
            QCoreApplication::translate(
                "ActorRepository",
                "Someone else changed %1 since you opened it; your change was not saved.")
                .arg(name));
    }
    transaction.commit();
    m_store.notifyActorsChanged();
    return actor.version + 1;
}

qint64 ActorRepository::positionCount(qint64 id) const
{
    return Sql::scalar(m_store.database(),
                       QStringLiteral("SELECT COUNT(*) FROM position WHERE actor_id = ?"), {id})
        .toLongLong();
}

Actor ActorRepository::remove(qint64 id, int expectedVersion)
{
    const QSqlDatabase db = m_store.database();
    Sql::Transaction transaction(db);
    const std::optional<Actor> actor = byIdForUpdate(id);
    if (!actor)
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("ActorRepository", "The actor no longer exists."));
    if (expectedVersion != 0 && actor->version != expectedVersion)
        throw StoreError(StoreError::Kind::Conflict,
                         QCoreApplication::translate(
                             "ActorRepository",
                             "Someone else changed %1 since you opened it; it was not removed.")
                             .arg(actor->name));
    const qint64 positions = positionCount(id);
    if (positions > 0)
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate(
                             "ActorRepository",
                             "%1 holds a position on %n issue(s): merge the actor into another "
                             "or remove those positions first.",
                             nullptr, int(positions))
                             .arg(actor->name));
    Sql::exec(db, QStringLiteral("DELETE FROM actor WHERE id = ?"), {id});
    transaction.commit();
    m_store.notifyActorsChanged();
    return *actor;
}

ActorMerge ActorRepository::merge(qint64 fromId, qint64 intoId, int expectedFromVersion)
{
    if (fromId == intoId)
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate("ActorRepository",
                                                     "An actor cannot be merged into itself."));
    const QSqlDatabase db = m_store.database();
    Sql::Transaction transaction(db);
    const std::optional<Actor> from = byIdForUpdate(fromId);
    const std::optional<Actor> into = byIdForUpdate(intoId);
    if (!from || !into)
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate(
                "ActorRepository", "One of the two actors no longer exists; nothing was merged."));
    if (expectedFromVersion != 0 && from->version != expectedFromVersion)
        throw StoreError(StoreError::Kind::Conflict,
                         QCoreApplication::translate(
                             "ActorRepository",
                             "Someone else changed %1 since you opened it; it was not merged.")
                             .arg(from->name));
    ActorMerge result;
    result.removed = *from;
    result.intoId = intoId;
    QSet<qint64> intoIssues;
    QSqlQuery held =
        Sql::exec(db, QStringLiteral("SELECT issue_id FROM position WHERE actor_id = ?"), {intoId});
    while (Sql::next(held))
        intoIssues.insert(held.value(0).toLongLong());
    const QList<Position> positions = m_store.positions().forActor(fromId);
    const QString now = Sql::now();
    QSet<qint64> issues;
    for (const Position &position : positions) {
        issues.insert(position.issueId);
        if (intoIssues.contains(position.issueId)) {
            result.dropped.append(position);
            Sql::exec(db, QStringLiteral("DELETE FROM position WHERE id = ?"), {position.id});
        } else {
            result.moved.append(position);
            Sql::exec(db,
                      QStringLiteral("UPDATE position SET actor_id = ?, version = version + 1, "
                                     "updated_at = ? WHERE id = ?"),
                      {intoId, now, position.id});
        }
    }
    Sql::exec(db, QStringLiteral("DELETE FROM actor WHERE id = ?"), {fromId});
    transaction.commit();
    m_store.notifyActorsChanged();
    for (const qint64 issueId : std::as_const(issues))
        m_store.notifyPositionsChanged(issueId);
    return result;
}

void ActorRepository::unmerge(const ActorMerge &merge)
{
    const QSqlDatabase db = m_store.database();
    Sql::Transaction transaction(db);
    const QString name = merge.removed.name;
    const auto refuse = [&name] {
        return StoreError(
            StoreError::Kind::Conflict,
            QCoreApplication::translate(
                "ActorRepository",
                "Someone else changed the positions %1 held since the merge; it was not undone.")
                .arg(name));
    };
    if (!byId(merge.intoId))
        throw StoreError(StoreError::Kind::NotFound,
                         QCoreApplication::translate(
                             "ActorRepository",
                             "The actor %1 was merged into no longer exists; the merge was not "
                             "undone.")
                             .arg(name));
    for (const Position &position : merge.moved) {
        const std::optional<Position> now = m_store.positions().byId(position.id);
        // Compared by value: this window's own edits undone since leave a newer
        // version with the same values.
        if (!now || now->actorId != merge.intoId || !PositionRepository::sameValues(*now, position))
            throw refuse();
    }
    for (const Position &position : merge.dropped) {
        if (m_store.positions().byId(position.id))
            throw refuse();
    }
    Actor actor = merge.removed;
    checkNameFree(actor.name, actor.id);
    if (byId(actor.id))
        throw StoreError(StoreError::Kind::Conflict,
                         QCoreApplication::translate(
                             "ActorRepository",
                             "An actor added since took the place of %1; the merge was not undone.")
                             .arg(name));
    insertRow(actor);
    const QString now = Sql::now();
    QSet<qint64> issues;
    for (const Position &position : merge.moved) {
        issues.insert(position.issueId);
        Sql::exec(db,
                  QStringLiteral("UPDATE position SET actor_id = ?, version = version + 1, "
                                 "updated_at = ? WHERE id = ?"),
                  {actor.id, now, position.id});
    }
    for (Position position : merge.dropped) {
        issues.insert(position.issueId);
        m_store.positions().insertRow(position);
    }
    transaction.commit();
    m_store.notifyActorsChanged();
    for (const qint64 issueId : std::as_const(issues))
        m_store.notifyPositionsChanged(issueId);
}
