#include "OdtPageStyle.h"

#include "PackContent.h"
#include "PackHtmlBuilder.h"

#include <QDate>
#include <QList>

#include <algorithm>
#include <array>

namespace {

constexpr quint32 LocalSignature = 0x04034b50;
constexpr quint32 CentralSignature = 0x02014b50;
constexpr quint32 EndSignature = 0x06054b50;
constexpr int CentralHeaderSize = 46;
constexpr int EndRecordSize = 22;

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xffffffffu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

quint32 read32(const QByteArray &data, qsizetype at)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData() + at);
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
}

quint16 read16(const QByteArray &data, qsizetype at)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData() + at);
    return quint16(p[0] | p[1] << 8);
}

void put16(QByteArray &out, quint16 value)
{
    out.append(char(value & 0xff)).append(char(value >> 8));
}

void put32(QByteArray &out, quint32 value)
{
    put16(out, quint16(value & 0xffff));
    put16(out, quint16(value >> 16));
}

void set16(QByteArray &data, qsizetype at, quint16 value)
{
    data[at] = char(value & 0xff);
    data[at + 1] = char(value >> 8);
}

void set32(QByteArray &data, qsizetype at, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        data[at + i] = char((value >> (8 * i)) & 0xff);
}

struct Entry
{
    QByteArray name;
    QByteArray central; // the central directory record, offset to be rewritten
    quint32 offset = 0; // of the local header in the original
};

// A stored (uncompressed) entry: its local header and data, and its central record.
void addStored(QByteArray &zip, QByteArray &central, const QByteArray &name, const QByteArray &data,
               quint16 dosDate)
{
    const quint32 offset = quint32(zip.size());
    const quint32 crc = crc32(data);
    put32(zip, LocalSignature);
    put16(zip, 20);      // version needed
    put16(zip, 0x0800);  // UTF-8 names
    put16(zip, 0);       // stored
    put16(zip, 0);       // time
    put16(zip, dosDate); // date
    put32(zip, crc);
    put32(zip, quint32(data.size()));
    put32(zip, quint32(data.size()));
    put16(zip, quint16(name.size()));
    put16(zip, 0);
    zip.append(name).append(data);

    put32(central, CentralSignature);
    put16(central, 20); // made by
    put16(central, 20); // needed
    put16(central, 0x0800);
    put16(central, 0);
    put16(central, 0);
    put16(central, dosDate);
    put32(central, crc);
    put32(central, quint32(data.size()));
    put32(central, quint32(data.size()));
    put16(central, quint16(name.size()));
    put16(central, 0); // extra
    put16(central, 0); // comment
    put16(central, 0); // disk
    put16(central, 0); // internal attributes
    put32(central, 0); // external attributes
    put32(central, offset);
    central.append(name);
}

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

QByteArray OdtPageStyle::stylesXml(const PackContent &content)
{
    const PackOptions &options = content.options;
    const QByteArray marking = escaped(content.marking);
    const QByteArray reference =
        escaped(tr("Reg. no. %1 · Copy no. %2")
                    .arg(options.registrationNumber, QString::number(options.copyNumber)));
    const QByteArray generated =
        escaped(tr("Generated %1").arg(PackHtmlBuilder::longDate(options.issueDate)));
    // "Page n of N" with the page fields in place of the numbers.
    QByteArray page = escaped(tr("Page %1 of %2"));
    page.replace("%1", "<text:page-number text:select-page=\"current\"/>");
    page.replace("%2", "<text:page-count/>");

    QByteArray xml;
    xml += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<office:document-styles"
           " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
           " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
           " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
           " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
           " office:version=\"1.2\">\n"
           "<office:automatic-styles>\n"
           "<style:page-layout style:name=\"PackPage\">"
           "<style:page-layout-properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\""
           " fo:margin-top=\"0.8cm\" fo:margin-bottom=\"0.8cm\" fo:margin-left=\"2cm\""
           " fo:margin-right=\"2cm\"/>"
           "<style:header-style><style:header-footer-properties fo:min-height=\"0cm\""
           " fo:margin-bottom=\"0.6cm\"/></style:header-style>"
           "<style:footer-style><style:header-footer-properties fo:min-height=\"0cm\""
           " fo:margin-top=\"0.6cm\"/></style:footer-style>"
           "</style:page-layout>\n"
           "<style:style style:name=\"PackMarking\" style:family=\"paragraph\">"
           "<style:paragraph-properties fo:text-align=\"center\"/>"
           "<style:text-properties style:font-name=\"DejaVu Sans\" fo:font-family=\"'DejaVu Sans'\""
           " fo:font-size=\"11pt\" fo:font-weight=\"bold\"/></style:style>\n"
           "<style:style style:name=\"PackFooter\" style:family=\"paragraph\">"
           "<style:paragraph-properties fo:text-align=\"center\"/>"
           "<style:text-properties fo:font-family=\"'DejaVu Sans'\" fo:font-size=\"8pt\""
           " fo:color=\"#333333\"/></style:style>\n"
           "</office:automatic-styles>\n"
           "<office:master-styles>\n"
           "<style:master-page style:name=\"Standard\" style:page-layout-name=\"PackPage\">";
    xml += "<style:header>";
    if (!marking.isEmpty())
        xml += "<text:p text:style-name=\"PackMarking\">" + marking + "</text:p>";
    xml += "</style:header><style:footer>";
    xml += "<text:p text:style-name=\"PackFooter\">" + reference + " · " + page + " · " +
           generated + "</text:p>";
    if (!marking.isEmpty())
        xml += "<text:p text:style-name=\"PackMarking\">" + marking + "</text:p>";
    xml += "</style:footer></style:master-page>\n</office:master-styles>\n"
           "</office:document-styles>\n";
    return xml;
}

bool OdtPageStyle::apply(QByteArray &odt, const PackContent &content, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // The end record: the last 22 bytes (the writer adds no zip comment).
    const qsizetype end = odt.size() - EndRecordSize;
    if (end < 0 || read32(odt, end) != EndSignature)
        return fail(tr("The ODT document is not a zip archive this program can read."));
    const quint16 count = read16(odt, end + 10);
    const quint32 centralOffset = read32(odt, end + 16);

    QList<Entry> entries;
    qsizetype at = centralOffset;
    for (int i = 0; i < count; ++i) {
        if (at + CentralHeaderSize > end || read32(odt, at) != CentralSignature)
            return fail(tr("The ODT document's zip directory is damaged."));
        const qsizetype length =
            CentralHeaderSize + read16(odt, at + 28) + read16(odt, at + 30) + read16(odt, at + 32);
        Entry entry;
        entry.name = odt.mid(at + CentralHeaderSize, read16(odt, at + 28));
        entry.central = odt.mid(at, length);
        entry.offset = read32(odt, at + 42);
        entries.append(entry);
        at += length;
    }
    // Each entry's local header and data run up to the next entry's (or the directory).
    QList<quint32> starts;
    for (const Entry &entry : std::as_const(entries))
        starts.append(entry.offset);
    starts.append(centralOffset);
    std::sort(starts.begin(), starts.end());

    const QDate date =
        content.options.issueDate.isValid() ? content.options.issueDate : QDate(1980, 1, 1);
    const quint16 dosDate =
        quint16(((std::max(date.year(), 1980) - 1980) << 9) | (date.month() << 5) | date.day());

    QByteArray zip;
    QByteArray central;
    QByteArray manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
        " manifest:version=\"1.2\">\n"
        " <manifest:file-entry manifest:media-type=\"application/vnd.oasis.opendocument.text\""
        " manifest:full-path=\"/\"/>\n";
    for (const Entry &entry : std::as_const(entries)) {
        if (entry.name == "META-INF/manifest.xml" || entry.name == "styles.xml")
            continue;
        const auto next = std::upper_bound(starts.cbegin(), starts.cend(), entry.offset);
        if (next == starts.cend())
            return fail(tr("The ODT document's zip directory is damaged."));
        QByteArray record = entry.central;
        set32(record, 42, quint32(zip.size()));
        QByteArray local = odt.mid(entry.offset, *next - entry.offset);
        if (local.size() < 30 || read32(local, 0) != LocalSignature)
            return fail(tr("The ODT document's zip directory is damaged."));
        // Qt stamps each file with the time of writing; the date of issue stands
        // in for it, so the same pack is the same file (as the PDF is).
        set16(record, 12, 0);
        set16(record, 14, dosDate);
        set16(local, 10, 0);
        set16(local, 12, dosDate);
        zip.append(local);
        central.append(record);
        if (entry.name == "mimetype")
            continue;
        // Qt's ODF writer stores pictures as PNG (the pack's pictures have no alpha
        // channel and full quality) and the text as content.xml.
        const QByteArray type = entry.name.startsWith("Pictures/") ? "image/png" : "text/xml";
        manifest += " <manifest:file-entry manifest:media-type=\"" + type +
                    "\" manifest:full-path=\"" + entry.name + "\"/>\n";
    }
    manifest += " <manifest:file-entry manifest:media-type=\"text/xml\""
                " manifest:full-path=\"styles.xml\"/>\n</manifest:manifest>\n";
    addStored(zip, central, "styles.xml", stylesXml(content), dosDate);
    addStored(zip, central, "META-INF/manifest.xml", manifest, dosDate);

    // The originals, less the manifest (and any styles.xml), plus the two new ones.
    const auto kept = std::count_if(entries.cbegin(), entries.cend(), [](const Entry &entry) {
        return entry.name != "META-INF/manifest.xml" && entry.name != "styles.xml";
    });
    const quint16 total = quint16(kept + 2);
    const quint32 directory = quint32(zip.size());
    zip.append(central);
    put32(zip, EndSignature);
    put16(zip, 0); // this disk
    put16(zip, 0); // the directory's disk
    put16(zip, total);
    put16(zip, total);
    put32(zip, quint32(central.size()));
    put32(zip, directory);
    put16(zip, 0); // no comment
    odt = zip;
    return true;
}
