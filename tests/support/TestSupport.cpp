#include "TestSupport.h"

#include "io/DemoScenario.h"
#include "io/ScenarioImporter.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <stdexcept>

namespace TestSupport {

TempDatabase::TempDatabase()
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary directory");
}

std::unique_ptr<Store> TempDatabase::open(bool demo) const
{
    auto store = std::make_unique<Store>();
    store->setUserName(QStringLiteral("desk.officer"));
    store->open(path());
    if (demo) {
        ScenarioImporter importer(*store);
        if (!importer.importFile(DemoScenario::resourcePath()))
            throw std::runtime_error(importer.errorString().toStdString());
    }
    return store;
}

QVariant valueInFile(const QString &path, const QString &sql, const QVariantList &values)
{
    const QString name = QStringLiteral("valueInFile");
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open the test database %s", qPrintable(path));
        QSqlQuery query(db);
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            qFatal("query failed: %s", qPrintable(sql));
        result = query.value(0);
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QByteArray contentHash(Store &store)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList tables = store.database().tables();
    tables.sort();
    for (const QString &table : tables) {
        hash.addData(table.toUtf8());
        QSqlQuery query(store.database());
        query.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table));
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i) {
                hash.addData(query.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f"));
            }
            hash.addData(QByteArrayView("\x1e"));
        }
    }
    return hash.result().toHex();
}

ToolResult runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolResult result;
    if (!process.waitForFinished(180000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    return result;
}

QStringList pdfPages(const QString &path, bool layout)
{
    QProcess process;
    process.start(
        QStringLiteral("pdftotext"),
        {layout ? QStringLiteral("-layout") : QStringLiteral("-raw"), path, QStringLiteral("-")});
    if (!process.waitForFinished(180000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace TestSupport
