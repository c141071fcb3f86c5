#include "SettingsRepository.h"

#include "Sql.h"
#include "Store.h"
#include "StoreError.h"
#include "domain/Actor.h"
#include "domain/FieldLimits.h"

#include <QCoreApplication>

QString SettingsRepository::value(const QString &key, const QString &fallback) const
{
    const QVariant stored = Sql::scalar(
        m_store.database(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return stored.isValid() ? stored.toString() : fallback;
}

void SettingsRepository::setValue(const QString &key, const QString &value)
{
    // Portable upsert (SQLite 3.24+ and PostgreSQL both accept ON CONFLICT).
    Sql::exec(m_store.database(),
              QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
              {key, value});
}

SummitInfo SettingsRepository::summit() const
{
    SummitInfo info;
    info.name = value(QStringLiteral("summit_name"));
    info.place = value(QStringLiteral("summit_place"));
    info.start = QDate::fromString(value(QStringLiteral("summit_start")), Qt::ISODate);
    info.end = QDate::fromString(value(QStringLiteral("summit_end")), Qt::ISODate);
    info.classification = value(QStringLiteral("classification"));
    // Files written before the blocs were settings compared EU with China.
    info.ourBloc = value(QStringLiteral("our_bloc"), SummitInfo::defaultOurBloc());
    info.counterpartBloc =
        value(QStringLiteral("counterpart_bloc"), SummitInfo::defaultCounterpartBloc());
    return info;
}

void SettingsRepository::setSummit(const SummitInfo &info)
{
    // The analysis compares two sides: each a bloc name, and not the same one.
    for (const QString &bloc : {info.ourBloc, info.counterpartBloc}) {
        if (!Actor::isValidBloc(bloc))
            throw StoreError(StoreError::Kind::Invalid,
                             QCoreApplication::translate(
                                 "SettingsRepository",
                                 "A side of the summit must be a bloc name of 1 to %1 characters "
                                 "without spaces around it; \"%2\" is not.")
                                 .arg(FieldLimits::Bloc)
                                 .arg(bloc));
    }
    if (info.ourBloc == info.counterpartBloc)
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate("SettingsRepository",
                                                     "Our side and the counterpart are both %1: "
                                                     "they must be two different blocs.")
                             .arg(info.ourBloc));
    Sql::Transaction transaction(m_store.database());
    setValue(QStringLiteral("summit_name"), info.name);
    setValue(QStringLiteral("summit_place"), info.place);
    setValue(QStringLiteral("summit_start"), info.start.toString(Qt::ISODate));
    setValue(QStringLiteral("summit_end"), info.end.toString(Qt::ISODate));
    setValue(QStringLiteral("classification"), info.classification);
    setValue(QStringLiteral("our_bloc"), info.ourBloc);
    setValue(QStringLiteral("counterpart_bloc"), info.counterpartBloc);
    transaction.commit();
    m_store.notifyReset();
}
