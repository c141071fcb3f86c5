#include "ActorRepository.h"

#include "SettingsRepository.h"
#include "Sql.h"
#include "Store.h"
#include "domain/FieldLimits.h"

#include <QCoreApplication>

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

QString tr(const char *text)
{
    return QCoreApplication::translate("Store", text);
}

// Refuses text longer than its field may hold (never truncates it).
void checkLength(const QString &text, qsizetype limit, const QString &label)
{
    if (text.size() > limit)
        throw StoreError(StoreError::Kind::Invalid,
                         tr("The %1 is %2 characters; the limit is %3.")
                             .arg(label, QString::number(text.size()), QString::number(limit)));
}

void validate(const Actor &actor)
{
    if (actor.name.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid, tr("An actor needs a name."));
    checkLength(actor.name.trimmed(), FieldLimits::Title, tr("actor's name"));
    checkLength(actor.role, FieldLimits::ShortText, tr("actor's role"));
    checkLength(actor.biography, FieldLimits::LongText, tr("biography"));
    checkLength(actor.source, FieldLimits::LongText, tr("source"));
    if (!Actor::kinds().contains(actor.kind))
        throw StoreError(StoreError::Kind::Invalid,
                         tr("Unknown kind of actor \"%1\" for %2.").arg(actor.kind, actor.name));
    if (actor.bloc.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid, tr("%1 needs a bloc.").arg(actor.name));
    checkLength(actor.bloc.trimmed(), FieldLimits::Bloc, tr("bloc's name"));
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

qint64 ActorRepository::insert(Actor &actor)
{
    // Trimmed before the duplicate check, which would otherwise miss " Kaja Kallas".
    actor.name = actor.name.trimmed();
    validate(actor);
    if (byName(actor.name))
        throw StoreError(StoreError::Kind::Invalid,
                         tr("An actor named %1 already exists.").arg(actor.name));
    const QString now = Sql::now();
    QSqlQuery query =
        Sql::exec(m_store.database(),
                  QStringLiteral(
                      "INSERT INTO actor (name, kind, bloc, role, biography, source, illustrative, "
                      "version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)"),
                  {actor.name.trimmed(), actor.kind, actor.bloc.trimmed(), actor.role,
                   actor.biography, actor.source, actor.illustrative ? 1 : 0, now});
    actor.id = query.lastInsertId().toLongLong();
    actor.version = 1;
    actor.updatedAt = Sql::toDateTime(now);
    m_store.notifyActorsChanged();
    return actor.id;
}

int ActorRepository::update(const Actor &actor)
{
    validate(actor);
    QSqlQuery query = Sql::exec(
        m_store.database(),
        QStringLiteral(
            "UPDATE actor SET name = ?, kind = ?, bloc = ?, role = ?, biography = ?, source = ?, "
            "illustrative = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?"),
        {actor.name.trimmed(), actor.kind, actor.bloc.trimmed(), actor.role, actor.biography,
         actor.source, actor.illustrative ? 1 : 0, Sql::now(), actor.id, actor.version});
    if (query.numRowsAffected() != 1)
        throw StoreError(
            StoreError::Kind::Conflict,
            tr("Someone else changed %1 since you opened it; your change was not saved.")
                .arg(actor.name));
    m_store.notifyActorsChanged();
    return actor.version + 1;
}
