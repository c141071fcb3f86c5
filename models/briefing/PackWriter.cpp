#include "PackWriter.h"

#include "OdtPackWriter.h"
#include "PackHtmlBuilder.h"
#include "PackObjectHandler.h"
#include "PackTextDocument.h"
#include "PdfTextMaps.h"
#include "io/AtomicFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCryptographicHash>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHash>
#include <QHashSeed>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

QFont packFont(qreal pointSize, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    // Named explicitly: without it Chinese falls back to the Japanese CJK face.
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // No ligatures: "fi" drawn as one glyph extracts as U+FB01, so a search for
    // "file" or "Briefing" in the PDF would fail.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// The 1-based page on which each anchor's block starts.
QHash<QString, int> anchorPages(const QTextDocument &document, qreal pageHeight)
{
    QHash<QString, int> pages;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            if (names.isEmpty())
                continue;
            const QRectF rect = layout->blockBoundingRect(block);
            qreal y = rect.top();
            if (block.layout() && block.layout()->lineCount() > 0) {
                const QTextLine line = block.layout()->lineAt(0);
                // The first line's middle: margins above it may sit on the page before.
                y = block.layout()->position().y() + line.y() + line.height() / 2;
            }
            const int page = int(std::floor(y / pageHeight)) + 1;
            for (const QString &name : names) {
                if (!pages.contains(name))
                    pages.insert(name, page);
            }
        }
    }
    return pages;
}

void drawPageFrame(QPainter &painter, const QRectF &page, double dotsPerMm,
                   const PackContent &content, int pageNumber, int pageCount,
                   const QString &continuedSection)
{
    const auto mm = [dotsPerMm](double value) { return value * dotsPerMm; };
    const double left = mm(PackWriter::SideMarginMm);
    const double width = page.width() - 2 * left;
    painter.save();
    painter.setPen(QPen(Qt::black));

    if (!content.marking.isEmpty()) {
        painter.setFont(packFont(11, true));
        painter.drawText(QRectF(0, mm(6), page.width(), mm(8)), Qt::AlignCenter, content.marking);
        painter.drawText(QRectF(0, page.height() - mm(13), page.width(), mm(8)), Qt::AlignCenter,
                         content.marking);
    }

    if (!continuedSection.isEmpty()) {
        painter.setPen(QPen(QColor(0x33, 0x41, 0x5c)));
        QFont font = packFont(7.5);
        font.setItalic(true);
        painter.setFont(font);
        // Titles may be long: the head keeps to one line within the margins, the
        // title shortened with an ellipsis, and still says "(continued)".
        const QString pattern = content.language.translate("PackWriter", "%1 (continued)");
        const QFontMetricsF metrics(font, painter.device());
        const qreal room = width - metrics.horizontalAdvance(pattern.arg(QString()));
        const QString title =
            metrics.elidedText(continuedSection, Qt::ElideRight, std::max(0.0, room));
        painter.drawText(QRectF(left, mm(12), width, mm(5.3)), Qt::AlignLeft | Qt::AlignBottom,
                         pattern.arg(title));
    }

    painter.setPen(QPen(QColor(0x8c, 0x8c, 0x8c), mm(0.2)));
    painter.drawLine(QPointF(left, mm(18)), QPointF(left + width, mm(18)));
    const double footerTop = page.height() - mm(PackWriter::BottomMarginMm) + mm(5);
    painter.drawLine(QPointF(left, footerTop), QPointF(left + width, footerTop));

    painter.setPen(QPen(QColor(0x33, 0x33, 0x33)));
    painter.setFont(packFont(8));
    const QRectF footer(left, footerTop + mm(1.5), width, mm(5));
    const PackOptions &options = content.options;
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                     content.language.translate("PackWriter", "Reg. no. %1 · Copy no. %2")
                         .arg(options.registrationNumber, QString::number(options.copyNumber)));
    painter.drawText(
        footer, Qt::AlignHCenter | Qt::AlignVCenter,
        content.language.translate("PackWriter", "Page %1 of %2").arg(pageNumber).arg(pageCount));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                     content.language.translate("PackWriter", "Generated %1")
                         .arg(content.language.longDate(options.issueDate)));
    painter.restore();
}

// Qt's collapsed table borders cost about half of the layout and of the painting
// (every cell edge looks up its neighbours, on every page). Separate borders of half
// the width draw the same single line: each cell's edge beside its neighbour's, and
// the table's own edge beside the outer cells'.
void separateTableBorders(QTextDocument &document)
{
    QList<QTextFrame *> frames = document.rootFrame()->childFrames();
    while (!frames.isEmpty()) {
        QTextFrame *frame = frames.takeLast();
        frames.append(frame->childFrames());
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        QTextTableFormat format = table->format();
        if (!format.borderCollapse())
            continue;
        format.setBorderCollapse(false);
        format.setBorder(format.border() / 2);
        table->setFormat(format);
    }
}

// Where lines sit on the pages of a laid-out document, in the layout's units.
class PageGeometry
{
public:
    PageGeometry(const QTextDocument &document, qreal pageHeight)
        : m_layout(document.documentLayout()), m_pageHeight(pageHeight)
    {
    }

    // The top of a block's line in document coordinates (table cells included).
    qreal lineTop(const QTextBlock &block, int line) const
    {
        const QTextLayout *layout = block.layout();
        return m_layout->blockBoundingRect(block).top() - layout->boundingRect().top() +
               layout->lineAt(line).y();
    }
    // 0-based page of a line, by its middle: margins may reach onto the page before.
    int page(const QTextBlock &block, int line) const
    {
        return pageOf(lineTop(block, line) + block.layout()->lineAt(line).height() / 2);
    }
    int pageOf(qreal y) const { return int(std::floor(y / m_pageHeight)); }
    qreal pageHeight() const { return m_pageHeight; }

private:
    const QAbstractTextDocumentLayout *m_layout;
    qreal m_pageHeight;
};

bool hasText(const QTextBlock &block)
{
    return block.isValid() && block.length() > 1 && block.layout() &&
           block.layout()->lineCount() > 0;
}

bool isHeading(const QTextBlock &block)
{
    return block.blockFormat().headingLevel() > 0;
}

QTextBlock previousWithText(QTextBlock block)
{
    for (block = block.previous(); block.isValid() && !hasText(block); block = block.previous()) {
    }
    return block;
}

QTextBlock nextWithText(QTextBlock block)
{
    for (block = block.next(); block.isValid() && !hasText(block); block = block.next()) {
    }
    return block;
}

bool breaksBefore(const QTextBlock &block)
{
    return block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
}

void breakBefore(const QTextBlock &block)
{
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(block).setBlockFormat(format);
}

// What must move to the next page with `block`: the headings right above it on its page.
QTextBlock withHeadingsAbove(const PageGeometry &pages, const QTextBlock &block)
{
    QTextBlock first = block;
    const int page = pages.page(block, 0);
    for (QTextBlock above = previousWithText(block);
         above.isValid() && isHeading(above) && !breaksBefore(first) &&
         pages.page(above, above.layout()->lineCount() - 1) == page;
         above = previousWithText(above))
        first = above;
    return first;
}

// Rows of up to this many lines are not split over two pages.
constexpr int ShortRowLines = 6;

struct RowExtent
{
    bool valid = false;
    int lines = 0; // of its tallest cell
    int firstPage = 0;
    int lastPage = 0;
    qreal top = 0; // of its highest first line
};

RowExtent rowExtent(const PageGeometry &pages, QTextTable *table, int row)
{
    RowExtent extent;
    extent.top = std::numeric_limits<qreal>::max();
    extent.firstPage = std::numeric_limits<int>::max();
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (cell.row() != row || cell.rowSpan() > 1)
            return {};
        int lines = 0;
        for (auto it = cell.begin(); !it.atEnd(); ++it) {
            const QTextBlock block = it.currentBlock();
            if (it.currentFrame() || !block.isValid() || !block.layout())
                return {}; // a nested table or frame: left as Qt lays it out
            const int count = block.layout()->lineCount();
            if (count == 0)
                continue;
            if (lines == 0) {
                extent.top = std::min(extent.top, pages.lineTop(block, 0));
                extent.firstPage = std::min(extent.firstPage, pages.page(block, 0));
            }
            extent.lastPage = std::max(extent.lastPage, pages.page(block, count - 1));
            lines += count;
        }
        extent.lines = std::max(extent.lines, lines);
    }
    extent.valid = extent.lines > 0;
    return extent;
}

// The block that starts each table row (its first cell's first block), by block
// number: the scan below meets every block, and most are no row's start.
QHash<int, QPair<QTextTable *, int>> rowStarts(const QTextDocument &document)
{
    QHash<int, QPair<QTextTable *, int>> starts;
    QList<QTextFrame *> frames = document.rootFrame()->childFrames();
    while (!frames.isEmpty()) {
        QTextFrame *frame = frames.takeLast();
        frames.append(frame->childFrames());
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        for (int row = 0; row < table->rows(); ++row) {
            const QTextTableCell cell = table->cellAt(row, 0);
            if (cell.row() == row)
                starts.insert(cell.firstCursorPosition().block().blockNumber(), {table, row});
        }
    }
    return starts;
}

// Moves a short table row split over two pages to the next page, whole; returns
// the block changed, or an invalid block when the row is fine or cannot move.
QTextBlock keepRowTogether(const PageGeometry &pages, QTextTable *table, int row,
                           const QTextBlock &rowStart, QSet<QPair<QTextTable *, int>> &movedRows,
                           QSet<int> &ownBreaks, qreal deviceUnitsPerCssPixel)
{
    const RowExtent extent = rowExtent(pages, table, row);
    if (!extent.valid || extent.lines > ShortRowLines || extent.firstPage == extent.lastPage)
        return {};
    movedRows.insert({table, row});
    if (row <= table->format().headerRowCount()) {
        // The table's first row: the table moves, with a heading right above it.
        const QTextBlock before = previousWithText(table->firstCursorPosition().block());
        if (before.isValid() && isHeading(before) && !breaksBefore(before)) {
            const QTextBlock first = withHeadingsAbove(pages, before);
            breakBefore(first);
            ownBreaks.insert(first.blockNumber());
            return first;
        }
        if (table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            return {};
        QTextTableFormat format = table->format();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        table->setFormat(format);
        return rowStart;
    }
    // A later row: the row above grows to the foot of the page, so this row's first
    // lines no longer fit there and Qt moves the whole row on.
    const qreal extra =
        ((extent.firstPage + 1) * pages.pageHeight() - extent.top + 1) / deviceUnitsPerCssPixel;
    for (int column = 0; column < table->columns(); ++column) {
        QTextTableCell above = table->cellAt(row - 1, column);
        if (above.row() != row - 1 || above.column() != column)
            continue;
        QTextTableCellFormat format = above.format().toTableCellFormat();
        const qreal padding = format.hasProperty(QTextFormat::TableCellBottomPadding)
                                  ? format.bottomPadding()
                                  : table->format().cellPadding();
        format.setBottomPadding(padding + extra);
        above.setFormat(format);
    }
    return rowStart;
}

// Qt breaks pages line by line: a heading can end a page, and a table row can leave
// its last word on the next. In document order, each such break is moved up (a page
// break before the heading, or before a short row) and the layout redone from there.
void keepTogether(QTextDocument &document, qreal pageHeight, qreal deviceUnitsPerCssPixel)
{
    const PageGeometry pages(document, pageHeight);
    const QHash<int, QPair<QTextTable *, int>> rows = rowStarts(document);
    QSet<QPair<QTextTable *, int>> movedRows;
    QSet<int> unbroken;  // blocks whose page break was dropped
    QSet<int> ownBreaks; // blocks given a page break here
    QTextBlock from = document.begin();
    // A pass fixes at most one break in each section (what lies between two of the
    // document's own page breaks, which begin a page whatever comes before), and
    // lays the document out once after it; later breaks of a section wait for the
    // next pass. No break is fixed twice; the bound on passes is a safeguard.
    for (int pass = 0; from.isValid() && pass <= 2 * document.blockCount(); ++pass) {
        document.pageCount(); // lays out what changed
        QTextBlock firstFixed;
        bool sectionFixed = false;
        QTextCursor edit(&document);
        edit.beginEditBlock();
        for (QTextBlock block = from; block.isValid(); block = block.next()) {
            if (!hasText(block))
                continue;
            const QTextBlockFormat format = block.blockFormat();
            const bool sectionStarts =
                (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) &&
                !ownBreaks.contains(block.blockNumber());
            // The section before was changed: where this one starts is known only
            // after the next layout, so its own page break is checked next pass.
            const bool startsAfterChange = sectionFixed && sectionStarts;
            if (sectionFixed && !sectionStarts)
                continue;
            sectionFixed = false;
            QTextBlock fixed;
            const auto rowStart = rows.constFind(block.blockNumber());
            QTextTable *table = rowStart != rows.cend() ? rowStart->first : nullptr;
            // A page break where a page has just begun (a table's bottom margin can
            // reach onto it) would leave that page blank: the break is dropped.
            const bool blockBreaks = format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
            const bool tableBreaks =
                table && rowStart->second == 0 &&
                (table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore);
            if ((blockBreaks || tableBreaks) && !startsAfterChange &&
                !unbroken.contains(block.blockNumber())) {
                const QTextBlock before = previousWithText(block);
                if (before.isValid() &&
                    pages.page(block, 0) >
                        pages.page(before, before.layout()->lineCount() - 1) + 1) {
                    unbroken.insert(block.blockNumber());
                    if (tableBreaks) {
                        QTextTableFormat tableFormat = table->format();
                        tableFormat.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
                        table->setFormat(tableFormat);
                    } else {
                        QTextBlockFormat unbrokenFormat = format;
                        unbrokenFormat.setPageBreakPolicy(format.pageBreakPolicy() &
                                                          ~QTextFormat::PageBreak_AlwaysBefore);
                        QTextCursor(block).setBlockFormat(unbrokenFormat);
                    }
                    fixed = block;
                }
            }
            if (!fixed.isValid() && format.headingLevel() > 0) {
                const QTextBlock next = nextWithText(block);
                if (next.isValid() &&
                    pages.page(block, block.layout()->lineCount() - 1) != pages.page(next, 0)) {
                    const QTextBlock first = withHeadingsAbove(pages, block);
                    if (!breaksBefore(first) && !unbroken.contains(first.blockNumber())) {
                        breakBefore(first);
                        ownBreaks.insert(first.blockNumber());
                        fixed = first;
                    }
                }
            } else if (!fixed.isValid() && table && !movedRows.contains(*rowStart)) {
                fixed = keepRowTogether(pages, table, rowStart->second, block, movedRows, ownBreaks,
                                        deviceUnitsPerCssPixel);
            }
            if (fixed.isValid()) {
                sectionFixed = true;
                if (!firstFixed.isValid() || fixed.position() < firstFixed.position())
                    firstFixed = fixed;
            }
        }
        edit.endEditBlock();
        from = firstFixed;
    }
}

// Overwrites `length` bytes at `at` when `replacement` is exactly that long, so every
// offset in the cross-reference table stays right.
void overwrite(QByteArray &pdf, qsizetype at, qsizetype length, const QByteArray &replacement)
{
    if (at >= 0 && replacement.size() == length && at + length <= pdf.size())
        std::copy(replacement.cbegin(), replacement.cend(), pdf.begin() + at);
}

// The value that follows `key` up to `end`, as (offset, length); (-1, 0) if absent.
QPair<qsizetype, qsizetype> valueAfter(const QByteArray &pdf, const QByteArray &key, char end,
                                       qsizetype from = 0)
{
    const qsizetype keyAt = pdf.indexOf(key, from);
    if (keyAt < 0)
        return {-1, 0};
    const qsizetype start = keyAt + key.size();
    const qsizetype stop = pdf.indexOf(end, start);
    return stop < 0 ? QPair<qsizetype, qsizetype>{-1, 0}
                    : QPair<qsizetype, qsizetype>{start, stop - start};
}

// Qt stamps the PDF with the time of writing (Info and XMP dates) and, for PDF/A, a
// random document ID. The pack's date of issue stands in for the time, and the ID
// becomes a digest of the file, so the same pack is the same file. Same-length
// edits only.
void fixVolatileStamps(QByteArray &pdf, const QDate &issueDate)
{
    const QByteArray digits = issueDate.toString(QStringLiteral("yyyyMMdd")).toLatin1() + "000000";
    // Info: /CreationDate (D:YYYYMMDDHHmmSS<zone>)
    const auto info = valueAfter(pdf, "/CreationDate (D:", ')');
    if (info.first >= 0 && info.second >= digits.size()) {
        const QByteArray zone =
            info.second == digits.size() + 1 ? QByteArray("Z") : QByteArray("+00'00'");
        overwrite(pdf, info.first, info.second, digits + zone);
    }
    // XMP (PDF/A): xmp:CreateDate="YYYY-MM-DDTHH:mm:ss<zone>" and the same for ModifyDate.
    const QByteArray iso = issueDate.toString(Qt::ISODate).toLatin1() + "T00:00:00";
    for (const QByteArray &key :
         {QByteArray(" xmp:CreateDate=\""), QByteArray(" xmp:ModifyDate=\"")}) {
        const auto xmp = valueAfter(pdf, key, '"');
        if (xmp.first >= 0) {
            const QByteArray zone =
                xmp.second == iso.size() + 1 ? QByteArray("Z") : QByteArray("+00:00");
            overwrite(pdf, xmp.first, xmp.second, iso + zone);
        }
    }
    // Trailer (PDF/A): /ID [ <hex> <hex> ]
    const qsizetype idAt = pdf.lastIndexOf("/ID [");
    if (idAt >= 0) {
        const auto first = valueAfter(pdf, "<", '>', idAt);
        const auto second = valueAfter(pdf, "<", '>', first.first);
        if (first.first >= 0 && second.first >= 0) {
            const QByteArray zeros(first.second, '0');
            overwrite(pdf, first.first, first.second, zeros);
            overwrite(pdf, second.first, second.second, zeros);
            const QByteArray id = QCryptographicHash::hash(pdf, QCryptographicHash::Md5).toHex();
            overwrite(pdf, first.first, first.second, id.left(first.second));
            overwrite(pdf, second.first, second.second, id.left(second.second));
        }
    }
}

} // namespace

void PackWriter::prepare(QTextDocument &document)
{
    document.setDocumentMargin(0);
    document.setDefaultFont(packFont(9.5));
    document.setDefaultStyleSheet(PackHtmlBuilder::styleSheet());
    document.setIndentWidth(24); // CSS pixels, like the stylesheet; the layout scales both
}

void PackWriter::load(QTextDocument &document, const QString &html,
                      const QMap<QUrl, QImage> &images)
{
    document.setHtml(html);
    // <h1>..<h6> also carry a relative size step that Qt adds on top of the
    // stylesheet's point size; drop it so headings print at the size the sheet says.
    QTextCursor cursor(&document);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            if (!format.hasProperty(QTextFormat::FontSizeAdjustment) ||
                !format.hasProperty(QTextFormat::FontPointSize))
                continue;
            format.clearProperty(QTextFormat::FontSizeAdjustment);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
    for (auto it = images.cbegin(); it != images.cend(); ++it)
        document.addResource(QTextDocument::ImageResource, it.key(), it.value());
}

bool PackWriter::writePdf(const PackContent &content, QIODevice *device, QString *error,
                          int *pageCount, const ProgressCallback &progress)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    bool ok = false;
    QString printedText;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(Resolution);
        writer.setCreator(QStringLiteral("Summit Brief"));
        writer.setTitle(content.language.translate("PackWriter", "Briefing pack – %1")
                            .arg(content.summit.name));
        if (content.options.pdfA)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        // The PDF engine writes its embedded fonts in QHash order, which a random
        // seed changes from run to run; a fixed seed while painting keeps the
        // same pack byte for byte the same.
        QHashSeed::setDeterministicGlobalSeed();
        ok = paintPages(content, &writer, error, pageCount, &printedText, progress);
        QHashSeed::resetRandomGlobalSeed();
    }
    if (!ok)
        return false;
    QByteArray bytes = buffer.data();
    // Before the stamps: the PDF/A document ID is a digest of the final bytes.
    PdfTextMaps::restoreIdeographs(
        bytes, printedText, QRawFont::fromFont(packFont(9.5), QFontDatabase::SimplifiedChinese));
    fixVolatileStamps(bytes, content.options.issueDate);
    if (!AtomicFile::writeAll(*device, bytes)) {
        setError(error, tr("Cannot write the PDF: %1").arg(AtomicFile::writeFailure(*device)));
        return false;
    }
    return true;
}

bool PackWriter::paint(const PackContent &content, QPagedPaintDevice *device, QString *error,
                       int *pageCount)
{
    return paintPages(content, device, error, pageCount, nullptr);
}

QRectF PackWriter::bodyRect(QPagedPaintDevice *device)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    const double dotsPerMm = device->logicalDpiX() / 25.4;
    return QRectF(SideMarginMm * dotsPerMm, TopMarginMm * dotsPerMm,
                  (PageWidthMm - 2 * SideMarginMm) * dotsPerMm,
                  (PageHeightMm - TopMarginMm - BottomMarginMm) * dotsPerMm);
}

PackObjectHandler *PackWriter::layOutBody(const PackContent &content, const QString &bodyHtml,
                                          QPagedPaintDevice *device, PackTextDocument &document,
                                          const QRectF &body)
{
    prepare(document);
    // Page numbers and maps are objects of a size fixed before layout: one layout
    // pass finds every heading's page, and the numbers are drawn in when painting.
    load(document, bodyHtml, {});
    separateTableBorders(document);
    auto *objects = new PackObjectHandler(content, &document);
    document.documentLayout()->registerHandler(QTextFormat::ImageObject, objects);
    // Laid out in the writer's units, so what is measured is what is printed.
    document.documentLayout()->setPaintDevice(device);
    document.setPageSize(body.size());
    keepTogether(document, body.height(), device->logicalDpiY() / 96.0);
    return objects;
}

qreal PackWriter::layOut(const PackContent &content, QPagedPaintDevice *device,
                         PackTextDocument &document)
{
    const QRectF body = bodyRect(device);
    const PackHtmlBuilder builder(content, PackHtmlBuilder::Target::Paged);
    layOutBody(content, builder.body(), device, document, body);
    return body.height();
}

QString PackWriter::cancelledMessage()
{
    return tr("The export was cancelled; no file was written.");
}

bool PackWriter::paintPages(const PackContent &content, QPagedPaintDevice *device, QString *error,
                            int *pageCount, QString *printedText, const ProgressCallback &progress)
{
    const QRectF body = bodyRect(device);
    const int dpi = device->logicalDpiX();
    // A printer may keep margins it cannot print in; the painter's origin is then
    // the printable area's corner, so pages are drawn from the paper's corner.
    const QPoint origin = device->pageLayout().paintRectPixels(dpi).topLeft();
    const double dotsPerMm = dpi / 25.4;
    const QRectF page(0, 0, PageWidthMm * dotsPerMm, PageHeightMm * dotsPerMm);

    const PackHtmlBuilder builder(content, PackHtmlBuilder::Target::Paged);
    const QList<PackHtmlBuilder::Heading> headings = builder.headings();
    PackTextDocument document;
    PackObjectHandler *objects = layOutBody(content, builder.body(), device, document, body);
    const QHash<QString, int> anchors = anchorPages(document, body.height());
    QList<int> found;
    for (const PackHtmlBuilder::Heading &heading : headings)
        found.append(anchors.value(heading.anchor, 0));
    objects->setPageNumbers(found);

    const int pages = document.pageCount();
    // A page that continues a section says which one, so a brief read on its own
    // still names its issue on every page.
    QList<QPair<int, QString>> starts = {{anchors.value(PackHtmlBuilder::contentsAnchor(), 0),
                                          content.language.translate("PackWriter", "Contents")}};
    for (qsizetype i = 0; i < headings.size(); ++i) {
        const PackHtmlBuilder::Heading &heading = headings.at(i);
        starts.append({found.at(i), heading.number.isEmpty()
                                        ? heading.title
                                        : heading.number + QStringLiteral("  ") + heading.title});
    }
    QStringList runningHeads(pages); // the section a page continues, if any
    for (int page = 1; page <= pages; ++page) {
        const QPair<int, QString> *current = nullptr;
        for (const auto &start : std::as_const(starts)) {
            if (start.first > 0 && start.first <= page)
                current = &start;
        }
        if (current && current->first < page)
            runningHeads[page - 1] = current->second;
    }
    if (progress && !progress(0, pages)) {
        setError(error, cancelledMessage());
        return false;
    }
    QPainter painter;
    if (!painter.begin(device)) {
        setError(error, tr("Cannot start writing the PDF."));
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(-origin);
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            device->newPage();
        painter.save();
        painter.translate(body.left(), body.top() - index * body.height());
        // Half a dot inside the page: a line that only touches the boundary belongs
        // to the neighbouring page and must not be drawn (clipped) here as well.
        document.drawContents(
            &painter, QRectF(0, index * body.height() + 0.5, body.width(), body.height() - 1.0));
        painter.restore();
        drawPageFrame(painter, page, dotsPerMm, content, index + 1, pages, runningHeads.at(index));
        if (progress && !progress(index + 1, pages)) {
            painter.end();
            setError(error, cancelledMessage());
            return false;
        }
    }
    if (!painter.end()) {
        setError(error, tr("Cannot finish writing the PDF."));
        return false;
    }
    if (pageCount)
        *pageCount = pages;
    if (printedText) {
        *printedText = document.toPlainText() + content.marking + runningHeads.join(QChar()) +
                       content.options.registrationNumber;
    }
    return true;
}

bool PackWriter::writeOdt(const PackContent &content, QIODevice *device, QString *error)
{
    return OdtPackWriter::write(content, device, error);
}

bool PackWriter::writeHtml(const PackContent &content, QIODevice *device, QString *error)
{
    const PackHtmlBuilder builder(content, PackHtmlBuilder::Target::Web);
    if (!builder.writeWebDocument(device)) {
        setError(error,
                 tr("Cannot write the HTML file: %1").arg(AtomicFile::writeFailure(*device)));
        return false;
    }
    return true;
}

bool PackWriter::write(const PackContent &content, PackFormat format, const QString &path,
                       QString *error, int *pageCount, const ProgressCallback &progress)
{
    if (pageCount)
        *pageCount = 0;
    // ODT and HTML are one step: they can still be cancelled before the file is committed.
    const auto oneStep = [&](bool written) {
        if (written && progress && !progress(1, 1)) {
            setError(error, cancelledMessage());
            return false;
        }
        return written;
    };
    return AtomicFile::write(
        path,
        [&](QIODevice &device) {
            switch (format) {
            case PackFormat::Odt:
                return oneStep(writeOdt(content, &device, error));
            case PackFormat::Html:
                return oneStep(writeHtml(content, &device, error));
            case PackFormat::Pdf:
                break;
            }
            return writePdf(content, &device, error, pageCount, progress);
        },
        error);
}
