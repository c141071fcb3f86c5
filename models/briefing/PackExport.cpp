#include "PackExport.h"

#include "BriefingPackComposer.h"
#include "PackWriter.h"
#include "store/StoreError.h"

bool exportPack(Store &store, const PackOptions &options, const QString &path, PackFormat format,
                QString *error, int *pageCount)
{
    try {
        const PackContent content = BriefingPackComposer(store).compose(options);
        return PackWriter::write(content, format, path, error, pageCount);
    } catch (const StoreError &e) {
        if (error)
            *error = e.message();
        return false;
    }
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
