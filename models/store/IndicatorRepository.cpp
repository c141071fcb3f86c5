#include "IndicatorRepository.h"

#include "Sql.h"
#include "Store.h"

#include <QCoreApplication>

QList<Indicator> IndicatorRepository::all() const
{
    QSqlQuery query =
        Sql::exec(m_store.database(),
                  QStringLiteral("SELECT id, name, observed_on, value, unit, source, illustrative "
                                 "FROM indicator ORDER BY name, observed_on, id"));
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

qint64 IndicatorRepository::insert(Indicator &indicator)
{
    if (indicator.name.trimmed().isEmpty() || !indicator.observedOn.isValid())
        throw StoreError(
            StoreError::Kind::Invalid,
            QCoreApplication::translate("Store", "An indicator needs a name and a date."));
    QSqlQuery query =
        Sql::exec(m_store.database(),
                  QStringLiteral("INSERT INTO indicator (name, observed_on, value, unit, source, "
                                 "illustrative) VALUES (?, ?, ?, ?, ?, ?)"),
                  {indicator.name, Sql::toText(indicator.observedOn), indicator.value,
                   indicator.unit, indicator.source, indicator.illustrative ? 1 : 0});
    indicator.id = query.lastInsertId().toLongLong();
    return indicator.id;
}
