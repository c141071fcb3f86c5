#include "IndicatorRepository.h"

#include "Sql.h"
#include "Store.h"

#include "domain/FieldLimits.h"

#include <QCoreApplication>

#include <cmath>

namespace {

const char *const indicatorSelect =
    "SELECT id, name, observed_on, value, unit, source, illustrative FROM indicator ";

QList<Indicator> indicatorsFrom(QSqlQuery query)
{
    QList<Indicator> list;
    while (Sql::next(query)) {
        Indicator i;
        i.id = query.value(0).toLongLong();
        i.name = query.value(1).toString();
        i.observedOn = Sql::toDate(query.value(2));
        i.value = query.value(3).toDouble();
        i.unit = query.value(4).toString();
        i.source = query.value(5).toString();
        i.illustrative = query.value(6).toBool();
        list.append(i);
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

} // namespace

QList<Indicator> IndicatorRepository::all() const
{
    return indicatorsFrom(
        Sql::exec(m_store.database(), QLatin1String(indicatorSelect) +
                                          QStringLiteral("ORDER BY name, observed_on, id")));
}

std::optional<Indicator> IndicatorRepository::byId(qint64 id) const
{
    const QList<Indicator> list = indicatorsFrom(Sql::exec(
        m_store.database(), QLatin1String(indicatorSelect) + QStringLiteral("WHERE id = ?"), {id}));
    return list.isEmpty() ? std::nullopt : std::optional<Indicator>(list.first());
}

QStringList IndicatorRepository::seriesNames() const
{
    QSqlQuery query = Sql::exec(
        m_store.database(), QStringLiteral("SELECT DISTINCT name FROM indicator ORDER BY name"));
    QStringList names;
    while (Sql::next(query))
        names.append(query.value(0).toString());
    return names;
}

QString IndicatorRepository::unitOf(const QString &series) const
{
    return Sql::scalar(m_store.database(),
                       QStringLiteral("SELECT unit FROM indicator WHERE name = ? "
                                      "ORDER BY observed_on DESC, id DESC LIMIT 1"),
                       {series.trimmed()})
        .toString();
}

Indicator IndicatorRepository::normalized(Indicator indicator)
{
    indicator.name = indicator.name.trimmed();
    indicator.unit = indicator.unit.trimmed();
    return indicator;
}

void IndicatorRepository::validate(const Indicator &indicator)
{
    if (indicator.name.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate("IndicatorRepository",
                                                     "An indicator point needs a series name."));
    checkLength(indicator.name.trimmed(), FieldLimits::Title,
                QCoreApplication::translate("IndicatorRepository", "series name"));
    if (!indicator.observedOn.isValid())
        throw StoreError(
            StoreError::Kind::Invalid,
            QCoreApplication::translate("IndicatorRepository", "A point of \"%1\" needs a date.")
                .arg(indicator.name.trimmed()));
    if (!std::isfinite(indicator.value))
        throw StoreError(
            StoreError::Kind::Invalid,
            QCoreApplication::translate("IndicatorRepository",
                                        "A point of \"%1\" needs a value that is a number.")
                .arg(indicator.name.trimmed()));
    checkLength(indicator.unit.trimmed(), FieldLimits::ShortText,
                QCoreApplication::translate("IndicatorRepository", "unit"));
    checkLength(indicator.source, FieldLimits::LongText,
                QCoreApplication::translate("IndicatorRepository", "indicator's source"));
}

qint64 IndicatorRepository::insert(Indicator &indicator)
{
    indicator = normalized(indicator);
    validate(indicator);
    const QSqlDatabase db = m_store.database();
    Sql::Transaction transaction(db);
    // The id asked for (redo, undo of a removal), unless a colleague's point took it.
    const bool keepId = indicator.id > 0 && !byId(indicator.id);
    indicator.id = Sql::insert(
        db,
        QStringLiteral("INSERT INTO indicator (id, name, observed_on, value, unit, source, "
                       "illustrative) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {keepId ? QVariant(indicator.id) : QVariant(), indicator.name,
         Sql::toText(indicator.observedOn), indicator.value, indicator.unit, indicator.source,
         indicator.illustrative ? 1 : 0});

    transaction.commit();
    m_store.notifyIndicatorsChanged();
    return indicator.id;
}

void IndicatorRepository::update(const Indicator &indicator)
{
    const Indicator written = normalized(indicator);
    validate(written);
    const QSqlDatabase db = m_store.database();
    Sql::Transaction transaction(db);
    QSqlQuery query =
        Sql::exec(db,
                  QStringLiteral("UPDATE indicator SET name = ?, observed_on = ?, value = ?, "
                                 "unit = ?, source = ?, illustrative = ? WHERE id = ?"),
                  {written.name, Sql::toText(written.observedOn), written.value, written.unit,
                   written.source, written.illustrative ? 1 : 0, written.id});
    if (query.numRowsAffected() != 1)
        throw StoreError(StoreError::Kind::NotFound,
                         QCoreApplication::translate("IndicatorRepository",
                                                     "The point of \"%1\" no longer exists.")
                             .arg(written.name));
    transaction.commit();
    m_store.notifyIndicatorsChanged();
}

void IndicatorRepository::remove(qint64 id)
{
    const QSqlDatabase db = m_store.database();
    Sql::Transaction transaction(db);
    QSqlQuery query = Sql::exec(db, QStringLiteral("DELETE FROM indicator WHERE id = ?"), {id});
    if (query.numRowsAffected() != 1)
        throw StoreError(StoreError::Kind::NotFound,
                         QCoreApplication::translate("IndicatorRepository",
                                                     "The indicator point no longer exists."));
    transaction.commit();
    m_store.notifyIndicatorsChanged();
}
