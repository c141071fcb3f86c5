#include "PackExportRepository.h"

#include "Sql.h"
#include "Store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// Codes are kept as a JSON array, so a code with a comma in it stays one code.
QString codesToText(const QStringList &codes)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(codes)).toJson(QJsonDocument::Compact));
}

QStringList codesFromText(const QString &text)
{
    QStringList codes;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
        codes.append(value.toString());
    return codes;
}

} // namespace

qint64 PackExportRepository::record(PackExportRecord &record)
{
    if (record.format.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate("Store", "A pack export needs a format."));
    if (!record.exportedAt.isValid())
        record.exportedAt = Sql::toDateTime(Sql::now());
    if (record.exportedBy.isEmpty())
        record.exportedBy = m_store.userName();
    record.id = Sql::insert(
        m_store.database(),
        QStringLiteral("INSERT INTO pack_export (exported_at, exported_by, issue_codes, "
                       "classification, format, path) VALUES (?, ?, ?, ?, ?, ?)"),
        {Sql::toText(record.exportedAt), record.exportedBy, codesToText(record.issueCodes),
         record.classification, record.format.trimmed(), record.path});

    return record.id;
}

QList<PackExportRecord> PackExportRepository::all() const
{
    QSqlQuery query = Sql::exec(m_store.database(),
                                QStringLiteral("SELECT id, exported_at, exported_by, issue_codes, "
                                               "classification, format, path FROM pack_export "
                                               "ORDER BY exported_at DESC, id DESC"));
    QList<PackExportRecord> list;
    while (Sql::next(query)) {
        PackExportRecord record;
        record.id = query.value(0).toLongLong();
        record.exportedAt = Sql::toDateTime(query.value(1));
        record.exportedBy = query.value(2).toString();
        record.issueCodes = codesFromText(query.value(3).toString());
        record.classification = query.value(4).toString();
        record.format = query.value(5).toString();
        record.path = query.value(6).toString();
        list.append(record);
    }
    return list;
}

QDateTime PackExportRepository::lastExportTime() const
{
    const QVariant last =
        Sql::scalar(m_store.database(), QStringLiteral("SELECT MAX(exported_at) FROM pack_export"));
    return last.isNull() ? QDateTime() : Sql::toDateTime(last);
}
