#pragma once

#include "PackContent.h"
#include "PackOptions.h"
#include "io/Progress.h"

#include <QCoreApplication>
#include <QImage>
#include <QMap>
#include <QRectF>
#include <QString>
#include <QUrl>

class PackObjectHandler;
class PackTextDocument;
class QIODevice;
class QPagedPaintDevice;
class QTextDocument;

// Writes composed pack content as PDF (paged, with markings and page numbers
// painted on every page), ODT or single-file HTML. The options used are the
// content's own (defaults filled in by the composer). Functions return false and
// set *error on failure; the path variants write through QSaveFile, so a failed
// write leaves no file behind and an existing file as it was.
class PackWriter
{
    Q_DECLARE_TR_FUNCTIONS(PackWriter)
public:
    // `progress` counts the pages painted; when it returns false, nothing is
    // written and *error says the export was cancelled.
    static bool writePdf(const PackContent &content, QIODevice *device, QString *error,
                         int *pageCount = nullptr, const ProgressCallback &progress = {});
    // Paints the paged pack, markings and page numbers included, onto any paged
    // device (the PDF writer, or a QPrinter for printing and print preview). Sets
    // the device's page layout to A4 portrait and uses its resolution as it is.
    static bool paint(const PackContent &content, QPagedPaintDevice *device, QString *error,
                      int *pageCount = nullptr);
    // Lays the pack's body out on `device` as paint() prints it, and returns the
    // height of one page's body in the document's units: page n (0-based) holds
    // what lies from n * height to (n + 1) * height.
    static qreal layOut(const PackContent &content, QPagedPaintDevice *device,
                        PackTextDocument &document);
    static bool writeOdt(const PackContent &content, QIODevice *device, QString *error);
    static bool writeHtml(const PackContent &content, QIODevice *device, QString *error);

    // A cancelled write (progress returned false) leaves no file behind and an
    // existing file as it was, like a failed one.
    static bool write(const PackContent &content, PackFormat format, const QString &path,
                      QString *error, int *pageCount = nullptr,
                      const ProgressCallback &progress = {});
    static QString cancelledMessage();

    // Page geometry of the PDF, in millimetres (A4 portrait).
    static constexpr double PageWidthMm = 210.0;
    static constexpr double PageHeightMm = 297.0;
    static constexpr double SideMarginMm = 20.0;
    static constexpr double TopMarginMm = 25.0;    // the top marking sits above the body
    static constexpr double BottomMarginMm = 27.0; // footer line and bottom marking below it
    static constexpr int Resolution = 300;         // dpi; Qt's 1200 default only costs time

private:
    // Sets the device's page layout; the body's place on a page, in device units.
    static QRectF bodyRect(QPagedPaintDevice *device);
    static PackObjectHandler *layOutBody(const PackContent &content, const QString &bodyHtml,
                                         QPagedPaintDevice *device, PackTextDocument &document,
                                         const QRectF &body);
    // paint(), also giving all the text it printed (body, heads and footers).
    static bool paintPages(const PackContent &content, QPagedPaintDevice *device, QString *error,
                           int *pageCount, QString *printedText,
                           const ProgressCallback &progress = {});
    static void prepare(QTextDocument &document);
    static void load(QTextDocument &document, const QString &html,
                     const QMap<QUrl, QImage> &images);
};
