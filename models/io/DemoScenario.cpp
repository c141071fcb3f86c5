#include "DemoScenario.h"

#include "ScenarioImporter.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

bool DemoScenario::write(const QString &path, QString *error)
{
    // Built beside the target and renamed over it, so a failure leaves no half file.
    const QString partial = path + QStringLiteral(".partial");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    bool ok = false;
    {
        Store store;
        try {
            store.open(partial);
            ScenarioImporter importer(store);
            ok = importer.importFile(resourcePath());
            if (!ok && error)
                *error = importer.errorString();
        } catch (const StoreError &storeError) {
            if (error)
                *error = storeError.message();
        }
        store.close();
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    if (!ok) {
        QFile::remove(partial);
        return false;
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    if (!QFile::rename(partial, path)) {
        if (error)
            *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        QFile::remove(partial);
        return false;
    }
    return true;
}
