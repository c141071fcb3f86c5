#include "PackExport.h"

#include "BriefingPackComposer.h"
#include "PackWriter.h"
#include "store/PackExportRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

QString formatKey(PackFormat format)
{
    switch (format) {
    case PackFormat::Odt:
        return QStringLiteral("odt");
    case PackFormat::Html:
        return QStringLiteral("html");
    case PackFormat::Pdf:
        break;
    }
    return QStringLiteral("pdf");
}

} // namespace

bool exportPack(Store &store, const PackOptions &options, const QString &path, PackFormat format,
                QString *error, int *pageCount, QString *logWarning,
                const ProgressCallback &progress)
{
    PackContent content;
    try {
        content = BriefingPackComposer(store).compose(options);
    } catch (const StoreError &e) {
        if (error)
            *error = e.message();
        return false;
    }
    return exportPack(store, content, path, format, error, pageCount, logWarning, progress);
}

bool exportPack(Store &store, const PackContent &content, const QString &path, PackFormat format,
                QString *error, int *pageCount, QString *logWarning,
                const ProgressCallback &progress)
{
    if (!PackWriter::write(content, format, path, error, pageCount, progress))
        return false;
    // A reader's account may not write to a team database, the log included; the
    // reader cannot change that, so the pack is written without a warning.
    if (store.isReaderAccount())
        return true;
    // A log of what left the building, not an edit of the summit: no undo step.
    try {
        PackExportRecord record;
        for (const PackContent::Brief &brief : std::as_const(content.briefs))
            record.issueCodes.append(brief.issue.code);
        record.classification = content.marking;
        record.format = formatKey(format);
        record.path = QFileInfo(path).absoluteFilePath();
        PackExportRepository(store).record(record);
    } catch (const StoreError &e) {
        if (logWarning)
            *logWarning = QCoreApplication::translate(
                              "PackExport", "The pack was written to %1, but not logged: %2")
                              .arg(QDir::toNativeSeparators(path), e.message());
    }
    return true;
}

bool paintPack(Store &store, const PackOptions &options, QPagedPaintDevice *device, QString *error,
               int *pageCount)
{
    try {
        const PackContent content = BriefingPackComposer(store).compose(options);
        return PackWriter::paint(content, device, error, pageCount);
    } catch (const StoreError &e) {
        if (error)
            *error = e.message();
        return false;
    }
}
