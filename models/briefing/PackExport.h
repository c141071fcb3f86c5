#pragma once

#include "PackOptions.h"
#include "io/Progress.h"

#include <QString>

class QPagedPaintDevice;
struct PackContent;
class Store;

// Composes a briefing pack from the store and writes it to path in one step: the
// call the command line and the GUI make. Returns false with a one-line message in
// *error (unknown issue code, unwritable path, ...); on failure no file is created
// and an existing one is left as it was. A written pack is logged in the file's
// pack_export table (which issues, how marked, where), so "what changed since the
// last pack" works whichever way it was exported; if only that log cannot be
// written, the call still succeeds and says so in *logWarning.
// `progress` counts the pages written; when it returns false the export stops as
// a failure does (no file, an existing one untouched, nothing logged).
bool exportPack(Store &store, const PackOptions &options, const QString &path, PackFormat format,
                QString *error, int *pageCount = nullptr, QString *logWarning = nullptr,
                const ProgressCallback &progress = {});
// The same for a pack already composed (BriefingPackComposer), for a caller that
// looks at what it holds before writing it.
bool exportPack(Store &store, const PackContent &content, const QString &path, PackFormat format,
                QString *error, int *pageCount = nullptr, QString *logWarning = nullptr,
                const ProgressCallback &progress = {});

// The same pack painted onto a paged device (a QPrinter, for printing and the
// print preview), with the same markings and page numbers as the PDF.
bool paintPack(Store &store, const PackOptions &options, QPagedPaintDevice *device, QString *error,
               int *pageCount = nullptr);
