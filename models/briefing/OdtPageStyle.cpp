#include "OdtPageStyle.h"

#include "PackContent.h"
#include "PackHtmlBuilder.h"

#include <QXmlStreamWriter>

#include <algorithm>
#include <array>
#include <functional>

namespace {

constexpr quint32 LocalSignature = 0x04034b50;
constexpr quint32 CentralSignature = 0x02014b50;
constexpr quint32 EndSignature = 0x06054b50;

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

void put16(QByteArray &out, quint16 value)
{
    out.append(char(value & 0xff)).append(char(value >> 8));
}

void put32(QByteArray &out, quint32 value)
{
    put16(out, quint16(value & 0xffff));
    put16(out, quint16(value >> 16));
}

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

// The PDF's typography (pack.css) as named styles. Sizes are given for Latin,
// Asian and complex text alike, so a Chinese name is as large as the words around it.
struct TextLook
{
    double pointSize = 0; // 0 = inherited
    bool bold = false;
    bool italic = false;
    const char *color = nullptr;
};

struct ParagraphLook
{
    const char *name;         // as users see it
    const char *parent;       // display name, or nullptr
    const char *styleClass;   // text, index, list, extra, chapter
    double spaceAboveCm = -1; // -1 = inherited
    double spaceBelowCm = -1;
    const char *align = nullptr;
    bool pageBreakBefore = false;
    bool keepWithNext = false;
    int outlineLevel = 0;
    TextLook text;
};

QString cm(double value)
{
    return QString::number(value, 'f', 3) + QStringLiteral("cm");
}

QString pt(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral("pt");
}

void writeTextProperties(QXmlStreamWriter &xml, const TextLook &look)
{
    xml.writeStartElement(QStringLiteral("style:text-properties"));
    if (look.pointSize > 0) {
        for (const char *attribute :
             {"fo:font-size", "style:font-size-asian", "style:font-size-complex"})
            xml.writeAttribute(QLatin1String(attribute), pt(look.pointSize));
    }
    if (look.bold) {
        for (const char *attribute :
             {"fo:font-weight", "style:font-weight-asian", "style:font-weight-complex"})
            xml.writeAttribute(QLatin1String(attribute), QStringLiteral("bold"));
    }
    if (look.italic) {
        for (const char *attribute :
             {"fo:font-style", "style:font-style-asian", "style:font-style-complex"})
            xml.writeAttribute(QLatin1String(attribute), QStringLiteral("italic"));
    }
    if (look.color)
        xml.writeAttribute(QStringLiteral("fo:color"), QLatin1String(look.color));
    xml.writeEndElement();
}

void writeFontFaces(QXmlStreamWriter &xml)
{
    xml.writeStartElement(QStringLiteral("office:font-face-decls"));
    for (const char *family : {"DejaVu Sans", "Noto Sans CJK SC"}) {
        xml.writeStartElement(QStringLiteral("style:font-face"));
        xml.writeAttribute(QStringLiteral("style:name"), QLatin1String(family));
        xml.writeAttribute(QStringLiteral("svg:font-family"),
                           QStringLiteral("'%1'").arg(QLatin1String(family)));
        xml.writeAttribute(QStringLiteral("style:font-family-generic"), QStringLiteral("swiss"));
        xml.writeAttribute(QStringLiteral("style:font-pitch"), QStringLiteral("variable"));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

// The text area is 17 cm wide: A4 less 2 cm each side, as in the PDF.
constexpr double TextWidthCm = 17.0;

void writeTabStops(QXmlStreamWriter &xml, const QList<QPair<double, const char *>> &stops,
                   bool dottedLast)
{
    xml.writeStartElement(QStringLiteral("style:tab-stops"));
    for (qsizetype i = 0; i < stops.size(); ++i) {
        xml.writeStartElement(QStringLiteral("style:tab-stop"));
        xml.writeAttribute(QStringLiteral("style:position"), cm(stops.at(i).first));
        if (stops.at(i).second)
            xml.writeAttribute(QStringLiteral("style:type"), QLatin1String(stops.at(i).second));
        if (dottedLast && i == stops.size() - 1) {
            xml.writeAttribute(QStringLiteral("style:leader-style"), QStringLiteral("dotted"));
            xml.writeAttribute(QStringLiteral("style:leader-text"), QStringLiteral("."));
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

// A first line that starts `width` left of the rest, which a tab reaches.
void hangingIndent(QXmlStreamWriter &xml, double width,
                   const QList<QPair<double, const char *>> &stops, bool dottedLast = false)
{
    xml.writeAttribute(QStringLiteral("fo:margin-left"), cm(width));
    xml.writeAttribute(QStringLiteral("fo:text-indent"), cm(-width));
    writeTabStops(xml, stops, dottedLast);
}

void writeParagraphStyle(QXmlStreamWriter &xml, const ParagraphLook &look,
                         const std::function<void()> &moreParagraphProperties = {},
                         const char *listStyle = nullptr)
{
    const QString display = QLatin1String(look.name);
    xml.writeStartElement(QStringLiteral("style:style"));
    xml.writeAttribute(QStringLiteral("style:name"), OdtPageStyle::styleName(display));
    if (OdtPageStyle::styleName(display) != display)
        xml.writeAttribute(QStringLiteral("style:display-name"), display);
    xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    if (look.parent)
        xml.writeAttribute(QStringLiteral("style:parent-style-name"),
                           OdtPageStyle::styleName(QLatin1String(look.parent)));
    if (look.styleClass)
        xml.writeAttribute(QStringLiteral("style:class"), QLatin1String(look.styleClass));
    if (look.outlineLevel > 0) {
        xml.writeAttribute(QStringLiteral("style:default-outline-level"),
                           QString::number(look.outlineLevel));
        // Enter after a heading starts ordinary text.
        xml.writeAttribute(QStringLiteral("style:next-style-name"),
                           OdtPageStyle::styleName(QStringLiteral("Text body")));
    }
    if (listStyle)
        xml.writeAttribute(QStringLiteral("style:list-style-name"),
                           OdtPageStyle::styleName(QLatin1String(listStyle)));
    xml.writeStartElement(QStringLiteral("style:paragraph-properties"));
    if (look.spaceAboveCm >= 0)
        xml.writeAttribute(QStringLiteral("fo:margin-top"), cm(look.spaceAboveCm));
    if (look.spaceBelowCm >= 0)
        xml.writeAttribute(QStringLiteral("fo:margin-bottom"), cm(look.spaceBelowCm));
    if (look.align)
        xml.writeAttribute(QStringLiteral("fo:text-align"), QLatin1String(look.align));
    if (look.pageBreakBefore)
        xml.writeAttribute(QStringLiteral("fo:break-before"), QStringLiteral("page"));
    if (look.keepWithNext)
        xml.writeAttribute(QStringLiteral("fo:keep-with-next"), QStringLiteral("always"));
    if (moreParagraphProperties)
        moreParagraphProperties();
    xml.writeEndElement();
    writeTextProperties(xml, look.text);
    xml.writeEndElement();
}

void writeTextStyle(QXmlStreamWriter &xml, const char *name, const TextLook &look)
{
    const QString display = QLatin1String(name);
    xml.writeStartElement(QStringLiteral("style:style"));
    xml.writeAttribute(QStringLiteral("style:name"), OdtPageStyle::styleName(display));
    if (OdtPageStyle::styleName(display) != display)
        xml.writeAttribute(QStringLiteral("style:display-name"), display);
    xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("text"));
    writeTextProperties(xml, look);
    xml.writeEndElement();
}

// A one-level list style: the label, then a tab to the text, so a bullet never
// runs into its words.
void writeListStyle(QXmlStreamWriter &xml, const char *name, bool numbered)
{
    const QString display = QLatin1String(name);
    xml.writeStartElement(QStringLiteral("text:list-style"));
    xml.writeAttribute(QStringLiteral("style:name"), OdtPageStyle::styleName(display));
    xml.writeAttribute(QStringLiteral("style:display-name"), display);
    for (int level = 1; level <= 3; ++level) {
        // Numbers up to "99." fit before the text; a bullet needs less room.
        const double labelWidth = numbered ? 0.75 : 0.45;
        const double indent = (numbered ? 0.85 : 0.6) * level;
        xml.writeStartElement(numbered ? QStringLiteral("text:list-level-style-number")
                                       : QStringLiteral("text:list-level-style-bullet"));
        xml.writeAttribute(QStringLiteral("text:level"), QString::number(level));
        if (numbered) {
            xml.writeAttribute(QStringLiteral("style:num-suffix"), QStringLiteral("."));
            xml.writeAttribute(QStringLiteral("style:num-format"), QStringLiteral("1"));
        } else {
            xml.writeAttribute(QStringLiteral("text:bullet-char"),
                               level == 1 ? QStringLiteral("•") : QStringLiteral("–"));
        }
        xml.writeStartElement(QStringLiteral("style:list-level-properties"));
        xml.writeAttribute(QStringLiteral("text:list-level-position-and-space-mode"),
                           QStringLiteral("label-alignment"));
        xml.writeStartElement(QStringLiteral("style:list-level-label-alignment"));
        xml.writeAttribute(QStringLiteral("text:label-followed-by"), QStringLiteral("listtab"));
        xml.writeAttribute(QStringLiteral("text:list-tab-stop-position"), cm(indent));
        xml.writeAttribute(QStringLiteral("fo:text-indent"), cm(-labelWidth));
        xml.writeAttribute(QStringLiteral("fo:margin-left"), cm(indent));
        xml.writeEndElement();
        xml.writeEndElement();
        if (!numbered) {
            xml.writeStartElement(QStringLiteral("style:text-properties"));
            xml.writeAttribute(QStringLiteral("style:font-name"), QStringLiteral("DejaVu Sans"));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

constexpr const char *Navy = "#102a54";
constexpr const char *Slate = "#33415c";
constexpr const char *Grey = "#4d4d4d";

void writeNamedStyles(QXmlStreamWriter &xml, const PackLanguage &language)
{
    xml.writeStartElement(QStringLiteral("office:styles"));

    // The default: DejaVu Sans 9.5 pt, with Noto Sans CJK SC for Chinese (named, or
    // the Japanese face is picked), single spacing.
    xml.writeStartElement(QStringLiteral("style:default-style"));
    xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    xml.writeStartElement(QStringLiteral("style:paragraph-properties"));
    xml.writeAttribute(QStringLiteral("fo:line-height"), QStringLiteral("100%"));
    xml.writeAttribute(QStringLiteral("style:writing-mode"), QStringLiteral("lr-tb"));
    xml.writeAttribute(QStringLiteral("style:tab-stop-distance"), cm(1.25));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("style:text-properties"));
    xml.writeAttribute(QStringLiteral("style:font-name"), QStringLiteral("DejaVu Sans"));
    xml.writeAttribute(QStringLiteral("style:font-name-asian"), QStringLiteral("Noto Sans CJK SC"));
    xml.writeAttribute(QStringLiteral("style:font-name-complex"), QStringLiteral("DejaVu Sans"));
    for (const char *attribute :
         {"fo:font-size", "style:font-size-asian", "style:font-size-complex"})
        xml.writeAttribute(QLatin1String(attribute), pt(9.5));
    // The spelling checker's language: the pack's.
    const bool french = language.code() == QLatin1String("fr");
    xml.writeAttribute(QStringLiteral("fo:language"), language.code());
    xml.writeAttribute(QStringLiteral("fo:country"),
                       french ? QStringLiteral("FR") : QStringLiteral("GB"));
    xml.writeAttribute(QStringLiteral("style:language-asian"), QStringLiteral("zh"));
    xml.writeAttribute(QStringLiteral("style:country-asian"), QStringLiteral("CN"));
    xml.writeAttribute(QStringLiteral("fo:hyphenate"), QStringLiteral("false"));
    xml.writeEndElement();
    xml.writeEndElement();

    const auto para = [&xml](const ParagraphLook &look) { writeParagraphStyle(xml, look); };
    para({"Standard", nullptr, "text", 0, 0.13, nullptr, false, false, 0, {}});
    para({"Text body", "Standard", "text", 0, 0.13, nullptr, false, false, 0, {}});
    // Every section starts a page, as in the PDF. The number, a tab, then the title,
    // whose second line stays in the title's column. Tab positions count from the
    // paragraph's indent, as Writer reads them.
    writeParagraphStyle(
        xml,
        {"Heading 1", "Standard", "text", 0, 0.3, nullptr, true, true, 1, {16, true, false, Navy}},
        [&xml] {
            hangingIndent(xml, 3.0, {{0, nullptr}});
        });
    para({"Heading 2",
          "Standard",
          "text",
          0.32,
          0.1,
          nullptr,
          false,
          true,
          2,
          {11, true, false, Navy}});
    para({"Title",
          "Standard",
          "chapter",
          0,
          0.37,
          nullptr,
          false,
          false,
          0,
          {28, true, false, Navy}});
    para({"Subtitle", "Standard", "chapter", 0, 0.1, nullptr, false, false, 0, {16, true}});
    para({"Cover Kicker",
          "Standard",
          "chapter",
          2.6,
          0.16,
          nullptr,
          false,
          false,
          0,
          {10, false, false, "#5a6b85"}});
    para({"Cover Place", "Standard", "chapter", 0, 0.8, nullptr, false, false, 0, {12}});
    para({"Handling", "Standard", "text", 0.37, 0.13, nullptr, false, false, 0, {}});
    para({"Facts",
          "Standard",
          "text",
          0,
          0.16,
          nullptr,
          false,
          false,
          0,
          {8.5, false, false, Slate}});
    para({"Lead", "Standard", "text", 0, 0.21, nullptr, false, false, 0, {}});
    para({"Scale", "Standard", "text", 0, 0.1, nullptr, false, true, 0, {0, false, true}});
    para({"Note",
          "Standard",
          "extra",
          0.08,
          0.13,
          nullptr,
          false,
          false,
          0,
          {8, false, false, Slate}});
    para({"Actor", "Standard", "text", 0.21, 0.03, nullptr, false, true, 0, {}});
    para({"Actor Role",
          "Standard",
          "text",
          0,
          0.05,
          nullptr,
          false,
          true,
          0,
          {0, false, true, Slate}});
    para({"Source Line",
          "Standard",
          "extra",
          0,
          0.13,
          nullptr,
          false,
          false,
          0,
          {8, false, false, Grey}});
    para({"Figure", "Standard", "extra", 0.16, 0.13, nullptr, false, false, 0, {}});
    para({"End Note",
          "Standard",
          "extra",
          0.42,
          0.13,
          nullptr,
          false,
          false,
          0,
          {8, false, false, Grey}});
    para({"Table Contents", "Standard", "extra", 0, 0, nullptr, false, false, 0, {8.5}});
    para({"Table Heading", "Table Contents", "extra", 0, 0, "start", false, false, 0, {8.5, true}});
    para({"Table Number", "Table Contents", "extra", 0, 0, "end", false, false, 0, {}});
    para({"Table Centred", "Table Contents", "extra", 0, 0, "center", false, false, 0, {}});
    para({"Table Code", "Table Contents", "extra", 0, 0, nullptr, false, false, 0, {0, true}});
    para({"Table Source",
          "Table Contents",
          "extra",
          0,
          0,
          nullptr,
          false,
          false,
          0,
          {7.5, false, false, "#333333"}});
    para({"Matrix Heading", "Table Heading", "extra", 0, 0, nullptr, false, false, 0, {7.5}});
    para({"Control Label", "Table Contents", "extra", 0, 0, nullptr, false, false, 0, {10, true}});
    para({"Control Value", "Table Contents", "extra", 0, 0, nullptr, false, false, 0, {10}});
    writeParagraphStyle(xml,
                        {"List Bullet", "Standard", "list", 0, 0.08, nullptr, false, false, 0, {}},
                        {}, "List Bullet");
    writeParagraphStyle(
        xml, {"List Number", "Standard", "list", 0, 0.08, nullptr, false, false, 0, {8.5}}, {},
        "List Number");
    para({"Contents Heading",
          "Standard",
          "index",
          0,
          0.3,
          nullptr,
          true,
          true,
          0,
          {16, true, false, Navy}});
    // The page number at the right margin behind a dotted leader. Writer's own
    // entries (Update Index) are the heading's text with its tab as a space, then
    // that tab: the filled-in entries are the same, so updating changes no line.
    writeParagraphStyle(
        xml, {"Contents 1", "Standard", "index", 0, 0.11, nullptr, false, false, 0, {10}}, [&xml] {
            writeTabStops(xml, {{TextWidthCm, "right"}}, true);
        });
    para({"Header", "Standard", "extra", 0, 0, "center", false, false, 0, {}});
    para({"Marking", "Header", "extra", 0, 0, "center", false, false, 0, {11, true}});
    writeParagraphStyle(
        xml,
        {"Footer",
         "Standard",
         "extra",
         0,
         0.1,
         nullptr,
         false,
         false,
         0,
         {8, false, false, "#333333"}},
        [&xml] {
            xml.writeAttribute(QStringLiteral("fo:border-top"),
                               QStringLiteral("0.5pt solid #8c8c8c"));
            xml.writeAttribute(QStringLiteral("fo:padding-top"), cm(0.1));
            writeTabStops(xml, {{TextWidthCm / 2, "center"}, {TextWidthCm, "right"}}, false);
        });

    writeTextStyle(xml, "Strong Emphasis", {0, true});
    writeTextStyle(xml, "Emphasis", {0, false, true});
    writeTextStyle(xml, "Small", {7.5, false, false, Slate});
    writeTextStyle(xml, "Heading Number", {0, false, false, "#5a6b85"});

    // Pictures sit in the line like a character, without a frame border.
    xml.writeStartElement(QStringLiteral("style:style"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Chart"));
    xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("graphic"));
    xml.writeStartElement(QStringLiteral("style:graphic-properties"));
    xml.writeAttribute(QStringLiteral("style:wrap"), QStringLiteral("none"));
    xml.writeAttribute(QStringLiteral("style:vertical-pos"), QStringLiteral("top"));
    xml.writeAttribute(QStringLiteral("style:vertical-rel"), QStringLiteral("baseline"));
    xml.writeAttribute(QStringLiteral("fo:border"), QStringLiteral("none"));
    xml.writeAttribute(QStringLiteral("fo:padding"), cm(0));
    xml.writeEndElement();
    xml.writeEndElement();

    writeListStyle(xml, "List Bullet", false);
    writeListStyle(xml, "List Number", true);

    // Heading 1 is the outline's first level, which the contents list.
    xml.writeStartElement(QStringLiteral("text:outline-style"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Outline"));
    for (int level = 1; level <= 2; ++level) {
        xml.writeStartElement(QStringLiteral("text:outline-level-style"));
        xml.writeAttribute(QStringLiteral("text:level"), QString::number(level));
        xml.writeAttribute(QStringLiteral("style:num-format"), QString());
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeEndElement(); // office:styles
}

} // namespace

QString OdtPageStyle::styleName(const QString &displayName)
{
    QString name = displayName;
    return name.replace(QLatin1Char(' '), QStringLiteral("_20_"));
}

QByteArray OdtPageStyle::stylesXml(const PackContent &content)
{
    const PackOptions &options = content.options;
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("office:document-styles"));
    for (const auto &[prefix, uri] : std::initializer_list<std::pair<const char *, const char *>>{
             {"office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
             {"style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
             {"text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
             {"fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
             {"svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"}})
        xml.writeAttribute(QStringLiteral("xmlns:") + QLatin1String(prefix), QLatin1String(uri));
    xml.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.2"));
    writeFontFaces(xml);
    writeNamedStyles(xml, content.language);

    xml.writeStartElement(QStringLiteral("office:automatic-styles"));
    xml.writeStartElement(QStringLiteral("style:page-layout"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("PackPage"));
    xml.writeStartElement(QStringLiteral("style:page-layout-properties"));
    xml.writeAttribute(QStringLiteral("fo:page-width"), cm(21));
    xml.writeAttribute(QStringLiteral("fo:page-height"), cm(29.7));
    xml.writeAttribute(QStringLiteral("style:print-orientation"), QStringLiteral("portrait"));
    xml.writeAttribute(QStringLiteral("fo:margin-top"), cm(0.8));
    xml.writeAttribute(QStringLiteral("fo:margin-bottom"), cm(0.8));
    xml.writeAttribute(QStringLiteral("fo:margin-left"), cm(2));
    xml.writeAttribute(QStringLiteral("fo:margin-right"), cm(2));
    xml.writeEndElement();
    for (const char *part : {"style:header-style", "style:footer-style"}) {
        xml.writeStartElement(QLatin1String(part));
        xml.writeStartElement(QStringLiteral("style:header-footer-properties"));
        xml.writeAttribute(QStringLiteral("fo:min-height"), cm(0));
        xml.writeAttribute(qstrcmp(part, "style:header-style") == 0
                               ? QStringLiteral("fo:margin-bottom")
                               : QStringLiteral("fo:margin-top"),
                           cm(0.6));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement(); // page-layout
    xml.writeEndElement(); // automatic-styles

    xml.writeStartElement(QStringLiteral("office:master-styles"));
    xml.writeStartElement(QStringLiteral("style:master-page"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Standard"));
    xml.writeAttribute(QStringLiteral("style:page-layout-name"), QStringLiteral("PackPage"));
    const auto marking = [&xml, &content] {
        xml.writeStartElement(QStringLiteral("text:p"));
        xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Marking"));
        xml.writeCharacters(content.marking);
        xml.writeEndElement();
    };
    if (!content.marking.isEmpty()) {
        xml.writeStartElement(QStringLiteral("style:header"));
        marking();
        xml.writeEndElement();
    }
    xml.writeStartElement(QStringLiteral("style:footer"));
    // As the PDF's footer: the reference left, the page in the middle, the date right.
    xml.writeStartElement(QStringLiteral("text:p"));
    xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Footer"));
    xml.writeCharacters(content.language.translate("OdtPageStyle", "Reg. no. %1 · Copy no. %2")
                            .arg(options.registrationNumber, QString::number(options.copyNumber)));
    xml.writeEmptyElement(QStringLiteral("text:tab"));
    // "Page n of N" with the page fields in place of the numbers.
    const QString page = content.language.translate("OdtPageStyle", "Page %1 of %2");
    const qsizetype first = page.indexOf(QLatin1String("%1"));
    const qsizetype second = page.indexOf(QLatin1String("%2"));
    qsizetype at = 0;
    for (const qsizetype field :
         first < second ? QList<qsizetype>{first, second} : QList<qsizetype>{second, first}) {
        if (field < 0)
            continue;
        xml.writeCharacters(page.mid(at, field - at));
        if (field == first) {
            xml.writeStartElement(QStringLiteral("text:page-number"));
            xml.writeAttribute(QStringLiteral("text:select-page"), QStringLiteral("current"));
            xml.writeCharacters(QStringLiteral("1"));
        } else {
            xml.writeStartElement(QStringLiteral("text:page-count"));
            xml.writeCharacters(QStringLiteral("1"));
        }
        xml.writeEndElement();
        at = field + 2;
    }
    xml.writeCharacters(page.mid(at));
    xml.writeEmptyElement(QStringLiteral("text:tab"));
    xml.writeCharacters(content.language.translate("OdtPageStyle", "Generated %1")
                            .arg(content.language.longDate(options.issueDate)));
    xml.writeEndElement();
    if (!content.marking.isEmpty())
        marking();
    xml.writeEndElement(); // footer
    xml.writeEndElement(); // master-page
    xml.writeEndElement(); // master-styles
    xml.writeEndElement(); // document-styles
    xml.writeEndDocument();
    return bytes;
}

QByteArray OdtPageStyle::storedZip(const QList<ZipEntry> &entries, const QDate &date)
{
    const QDate stamp = date.isValid() ? date : QDate(1980, 1, 1);
    const quint16 dosDate =
        quint16(((std::max(stamp.year(), 1980) - 1980) << 9) | (stamp.month() << 5) | stamp.day());
    QByteArray zip;
    QByteArray central;
    for (const ZipEntry &entry : entries)
        addStored(zip, central, entry.name, entry.data, dosDate);
    const quint16 count = quint16(entries.size());
    const quint32 directory = quint32(zip.size());
    zip.append(central);
    put32(zip, EndSignature);
    put16(zip, 0); // this disk
    put16(zip, 0); // the directory's disk
    put16(zip, count);
    put16(zip, count);
    put32(zip, quint32(central.size()));
    put32(zip, directory);
    put16(zip, 0); // no comment
    return zip;
}
