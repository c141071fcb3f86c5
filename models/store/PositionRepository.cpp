#include "PositionRepository.h"

#include "Sql.h"
#include "Store.h"
#include "domain/FieldLimits.h"

#include <QCoreApplication>
#include <QSqlRecord>

#include <optional>

namespace {

const char *const positionSelect =
    "SELECT p.id, p.issue_id, p.actor_id, a.name, a.bloc, p.stance, p.position, p.salience, "
    "p.clout, p.source, p.illustrative, p.version, p.updated_at%1 "
    "FROM position p JOIN actor a ON a.id = p.actor_id ";

QList<Position> positionsFrom(QSqlQuery query)
{
    QList<Position> list;
    const bool consentColumn = query.record().count() > 13;
    while (Sql::next(query)) {
        Position p;
        p.id = query.value(0).toLongLong();
        p.issueId = query.value(1).toLongLong();
        p.actorId = query.value(2).toLongLong();
        p.actorName = query.value(3).toString();
        p.actorBloc = query.value(4).toString();
        p.stance = query.value(5).toString();
        p.position = query.value(6).toInt();
        p.salience = query.value(7).toInt();
        p.clout = query.value(8).toInt();
        p.source = query.value(9).toString();
        p.illustrative = query.value(10).toBool();
        p.version = query.value(11).toInt();
        p.updatedAt = Sql::toDateTime(query.value(12));
        if (consentColumn)
            p.consentNeeded = query.value(13).toBool();
        list.append(p);
    }
    return list;
}

void checkScale(int value, const QString &what)
{
    if (value < 0 || value > 100)
        throw StoreError(
            StoreError::Kind::Invalid,
            QCoreApplication::translate("Store", "%1 must be between 0 and 100, not %2.")
                .arg(what)
                .arg(value));
}

// Refuses text longer than its field may hold (never truncates it).
void checkLength(const QString &text, const QString &label)
{
    if (text.size() > FieldLimits::LongText)
        throw StoreError(
            StoreError::Kind::Invalid,
            QCoreApplication::translate("Store", "The %1 is %2 characters; the limit is %3.")
                .arg(label, QString::number(text.size()), QString::number(FieldLimits::LongText)));
}

} // namespace

bool PositionRepository::hasConsentColumn() const
{
    const QString key = m_store.database().connectionName() + QLatin1Char('|') + m_store.path();
    if (key != m_schemaCheckedFor) {
        m_hasConsentColumn = m_store.schemaVersion() >= 9;
        m_schemaCheckedFor = key;
    }
    return m_hasConsentColumn;
}

QString PositionRepository::select() const
{
    return QString::fromLatin1(positionSelect)
        .arg(hasConsentColumn() ? QStringLiteral(", p.consent_needed") : QString());
}

QList<Position> PositionRepository::forIssue(qint64 issueId) const
{
    return positionsFrom(Sql::exec(
        m_store.database(),
        select() + QStringLiteral("WHERE p.issue_id = ? ORDER BY a.bloc, a.name"), {issueId}));
}

QList<Position> PositionRepository::forActor(qint64 actorId) const
{
    return positionsFrom(Sql::exec(
        m_store.database(), select() + QStringLiteral("WHERE p.actor_id = ? ORDER BY p.issue_id"),
        {actorId}));
}

std::optional<Position> PositionRepository::byId(qint64 id) const
{
    const QList<Position> list = positionsFrom(
        Sql::exec(m_store.database(), select() + QStringLiteral("WHERE p.id = ?"), {id}));
    return list.isEmpty() ? std::nullopt : std::optional<Position>(list.first());
}

std::optional<Position> PositionRepository::byIdForUpdate(qint64 id) const
{
    const QSqlDatabase db = m_store.database();
    const QList<Position> list = positionsFrom(Sql::exec(
        db, select() + QStringLiteral("WHERE p.id = ?") + Sql::forUpdate(db, QStringLiteral("p")),
        {id}));
    return list.isEmpty() ? std::nullopt : std::optional<Position>(list.first());
}

qint64 PositionRepository::count() const
{
    return Sql::scalar(m_store.database(), QStringLiteral("SELECT COUNT(*) FROM position"))
        .toLongLong();
}

void PositionRepository::validate(const Position &position) const
{
    checkScale(position.position, QCoreApplication::translate("PositionRepository", "A position"));
    checkScale(position.salience, QCoreApplication::translate("PositionRepository", "Salience"));
    checkScale(position.clout, QCoreApplication::translate("PositionRepository", "Clout"));
    checkLength(position.stance, QCoreApplication::translate("PositionRepository", "stance"));
    checkLength(position.source, QCoreApplication::translate("PositionRepository", "source"));
}

qint64 PositionRepository::insert(Position &position)
{
    insertRow(position);
    m_store.notifyPositionsChanged(position.issueId);
    return position.id;
}

void PositionRepository::insertRow(Position &position)
{
    validate(position);
    const QSqlDatabase db = m_store.database();
    const QString now = Sql::now();
    // A row that comes back is a new version of the one removed.
    const int version = position.id != 0 ? position.version + 1 : 1;
    qint64 newId = 0;
    try {
        // A failed statement aborts a PostgreSQL transaction: under a savepoint the
        // caller's transaction survives for the lookups below (SQLite carries on).
        std::optional<Sql::Transaction> savepoint;
        if (Sql::isPostgreSQL(db))
            savepoint.emplace(db);
        QVariantList values{position.id != 0 ? QVariant(position.id)
                                             : QVariant(QMetaType(QMetaType::LongLong)),
                            position.issueId,
                            position.actorId,
                            position.stance,
                            position.position,
                            position.salience,
                            position.clout,
                            position.source,
                            position.illustrative ? 1 : 0};
        // A file still at an older schema has no consent column.
        const bool withConsent = hasConsentColumn();
        if (withConsent)
            values << (position.consentNeeded ? 1 : 0);
        values << version << now;
        newId = Sql::insert(
            db,
            QStringLiteral(
                "INSERT INTO position (id, issue_id, actor_id, stance, position, salience, clout, "
                "source, illustrative, %1version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "%2?, ?)")
                .arg(withConsent ? QStringLiteral("consent_needed, ") : QString(),
                     withConsent ? QStringLiteral("?, ") : QString()),
            values);
        if (savepoint)
            savepoint->commit();
    } catch (const StoreError &error) {
        // The constraints refused it: look up why only now, so a bulk import pays
        // for one statement per position.
        const QVariant actor = Sql::scalar(
            db, QStringLiteral("SELECT name FROM actor WHERE id = ?"), {position.actorId});
        const QVariant code = Sql::scalar(db, QStringLiteral("SELECT code FROM issue WHERE id = ?"),
                                          {position.issueId});
        // Invalid, as the constraint itself reports it: the position names a row
        // that is not there.
        if (!actor.isValid())
            throw StoreError(
                StoreError::Kind::Invalid,
                QCoreApplication::translate("PositionRepository", "The actor no longer exists."));
        if (!code.isValid())
            throw StoreError(
                StoreError::Kind::Invalid,
                QCoreApplication::translate("PositionRepository", "The issue no longer exists."));
        if (Sql::scalar(
                db,
                QStringLiteral("SELECT COUNT(*) FROM position WHERE issue_id = ? AND actor_id = ?"),
                {position.issueId, position.actorId})
                .toLongLong() > 0)
            throw StoreError(StoreError::Kind::Invalid,
                             QCoreApplication::translate("PositionRepository",
                                                         "%1 already has a position on %2.")
                                 .arg(actor.toString(), code.toString()));
        if (position.id != 0 && byId(position.id))
            throw StoreError(StoreError::Kind::Conflict,
                             QCoreApplication::translate(
                                 "PositionRepository",
                                 "A position added since took the place of %1's on %2; it cannot "
                                 "come back.")
                                 .arg(actor.toString(), code.toString()));
        throw;
    }
    if (position.id == 0)
        position.id = newId;
    position.version = version;
    position.updatedAt = Sql::toDateTime(now);
}

Position PositionRepository::remove(qint64 id, int expectedVersion)
{
    const QSqlDatabase db = m_store.database();
    Sql::Transaction transaction(db);
    const std::optional<Position> position = byIdForUpdate(id);
    if (!position)
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("PositionRepository", "The position no longer exists."));
    if (expectedVersion != 0 && position->version != expectedVersion)
        throw StoreError(StoreError::Kind::Conflict,
                         QCoreApplication::translate(
                             "PositionRepository",
                             "Someone else changed %1's position since you opened it; it was not "
                             "removed.")
                             .arg(position->actorName));
    Sql::exec(db, QStringLiteral("DELETE FROM position WHERE id = ?"), {id});
    transaction.commit();
    m_store.notifyPositionsChanged(position->issueId);
    return *position;
}

void PositionRepository::removeForIssue(qint64 issueId)
{
    Sql::exec(m_store.database(), QStringLiteral("DELETE FROM position WHERE issue_id = ?"),
              {issueId});
    m_store.notifyPositionsChanged(issueId);
}

int PositionRepository::setField(qint64 id, PositionField field, const QVariant &value,
                                 int expectedVersion)
{
    QVariant stored = value.toString();
    if (field == PositionField::ConsentNeeded) {
        stored = value.toBool() ? 1 : 0;
    } else if (field == PositionField::Position || field == PositionField::Salience ||
               field == PositionField::Clout) {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok)
            throw StoreError(StoreError::Kind::Invalid,
                             QCoreApplication::translate(
                                 "PositionRepository", "Enter a whole number between 0 and 100."));
        checkScale(number, field == PositionField::Position
                               ? QCoreApplication::translate("PositionRepository", "A position")
                           : field == PositionField::Salience
                               ? QCoreApplication::translate("PositionRepository", "Salience")
                               : QCoreApplication::translate("PositionRepository", "Clout"));
        stored = number;
    } else {
        checkLength(stored.toString(),
                    field == PositionField::Stance
                        ? QCoreApplication::translate("PositionRepository", "stance")
                        : QCoreApplication::translate("PositionRepository", "source"));
    }
    const QSqlDatabase db = m_store.database();
    Sql::Transaction transaction(db);
    QSqlQuery query = Sql::exec(db,
                                QStringLiteral("UPDATE position SET %1 = ?, version = version + 1, "
                                               "updated_at = ? WHERE id = ? AND version = ?")
                                    .arg(columnOf(field)),
                                {stored, Sql::now(), id, expectedVersion});
    if (query.numRowsAffected() != 1) {
        const std::optional<Position> current = byId(id);
        if (!current)
            throw StoreError(StoreError::Kind::NotFound,
                             QCoreApplication::translate("PositionRepository",
                                                         "The position no longer exists."));
        throw StoreError(StoreError::Kind::Conflict,
                         QCoreApplication::translate(
                             "PositionRepository",
                             "Someone else changed this position since you opened it; your change "
                             "was not saved."))
            .withCurrent(valueOf(*current, field), current->version);
    }
    const qint64 issueId =
        Sql::scalar(db, QStringLiteral("SELECT issue_id FROM position WHERE id = ?"), {id})
            .toLongLong();
    transaction.commit();
    m_store.notifyPositionsChanged(issueId);
    return expectedVersion + 1;
}

bool PositionRepository::sameValues(const Position &a, const Position &b)
{
    return a.issueId == b.issueId && a.stance == b.stance && a.position == b.position &&
           a.salience == b.salience && a.clout == b.clout && a.source == b.source &&
           a.illustrative == b.illustrative && a.consentNeeded == b.consentNeeded;
}

QString PositionRepository::columnOf(PositionField field)
{
    switch (field) {
    case PositionField::Stance:
        return QStringLiteral("stance");
    case PositionField::Position:
        return QStringLiteral("position");
    case PositionField::Salience:
        return QStringLiteral("salience");
    case PositionField::Clout:
        return QStringLiteral("clout");
    case PositionField::Source:
        return QStringLiteral("source");
    case PositionField::ConsentNeeded:
        return QStringLiteral("consent_needed");
    }
    return {};
}

QVariant PositionRepository::valueOf(const Position &position, PositionField field)
{
    switch (field) {
    case PositionField::Stance:
        return position.stance;
    case PositionField::Position:
        return position.position;
    case PositionField::Salience:
        return position.salience;
    case PositionField::Clout:
        return position.clout;
    case PositionField::Source:
        return position.source;
    case PositionField::ConsentNeeded:
        return position.consentNeeded;
    }
    return {};
}
