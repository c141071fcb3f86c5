#include "DemoScenario.h"

#include "ScenarioImporter.h"
#include "store/BlocGapRepository.h"
#include "store/SearchRepository.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>

bool DemoScenario::write(const QString &path, bool replace, QString *error, QString *backupPath)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString nativePath = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    std::optional<int> replacedVersion;
    if (info.exists() || info.isSymLink()) {
        if (info.isDir())
            return fail(tr("%1 is a folder; nothing was written.").arg(nativePath));
        if (!replace)
            return fail(tr("%1 already exists; nothing was written. Choose a new file name, or "
                           "add --force to replace a Summit Brief database (it is backed up "
                           "first).")
                            .arg(nativePath));
        try {
            replacedVersion = Store::versionOf(path);
        } catch (const StoreError &storeError) {
            return fail(
                tr("--force replaces only a Summit Brief database; %1").arg(storeError.message()));
        }
    }

    // Built beside the target and renamed over it, so a failure leaves no half file.
    const QString partial = path + QStringLiteral(".partial");
    const auto removePartial = [&partial] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")})
            QFile::remove(partial + suffix);
    };
    removePartial();
    QString message;
    bool ok = false;
    {
        Store store;
        try {
            store.open(partial);
            ScenarioImporter importer(store);
            ok = importer.importFile(resourcePath());
            if (!ok)
                message = importer.errorString();
            // Written complete, search index and gaps included, so that even a
            // read-only copy searches and charts in full.
            if (ok) {
                SearchRepository(store).sync();
                BlocGapRepository(store.database()).sync();
            }
        } catch (const StoreError &storeError) {
            message = storeError.message();
        }
        store.close();
    }
    if (!ok) {
        removePartial();
        return fail(message);
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);

    if (replacedVersion) {
        try {
            const QString backup = Store::backUp(path, *replacedVersion);
            if (backupPath)
                *backupPath = backup;
        } catch (const StoreError &storeError) {
            removePartial();
            return fail(tr("Could not back up %1, so it was not replaced: %2")
                            .arg(nativePath, storeError.message()));
        }
        // A journal left beside the old file would be read into the new one.
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    // rename() replaces the target in one step.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) !=
        0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        removePartial();
        return fail(tr("Cannot write %1: %2.").arg(nativePath, reason));
    }
    return true;
}
