#include "PdfTextMaps.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QRawFont>
#include <QSet>

#include <algorithm>
#include <optional>

namespace {

struct Replacement
{
    qsizetype at = 0;
    qsizetype length = 0; // bytes replaced
    QByteArray bytes;
};

bool isRadical(char32_t c)
{
    return c >= 0x2E80 && c <= 0x2FDF;
}

qsizetype skipWhitespace(const QByteArray &data, qsizetype at)
{
    while (at < data.size() && (data.at(at) == ' ' || data.at(at) == '\n' || data.at(at) == '\r' ||
                                data.at(at) == '\t'))
        ++at;
    return at;
}

// A non-negative decimal at `at` (after white space): value and the end of its digits.
std::optional<QPair<qint64, qsizetype>> numberAt(const QByteArray &data, qsizetype at)
{
    at = skipWhitespace(data, at);
    const qsizetype start = at;
    qint64 value = 0;
    while (at < data.size() && data.at(at) >= '0' && data.at(at) <= '9')
        value = value * 10 + (data.at(at++) - '0');
    if (at == start)
        return std::nullopt;
    return QPair<qint64, qsizetype>{value, at};
}

// The cross-reference table Qt writes: one section, "xref\n0 N\n" and N entries of
// 20 bytes. Returns the offset of each object's entry (-1 when free) and where the
// entries start.
struct XrefTable
{
    qsizetype tableAt = -1;   // "xref"
    qsizetype entriesAt = -1; // first entry
    qsizetype startxrefValueAt = -1;
    qsizetype startxrefValueEnd = -1;
    QList<qint64> offsets;
};

std::optional<XrefTable> readXref(const QByteArray &pdf)
{
    XrefTable xref;
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return std::nullopt;
    const auto tableAt = numberAt(pdf, startxref + 9);
    if (!tableAt || tableAt->first >= pdf.size() || !pdf.mid(tableAt->first).startsWith("xref"))
        return std::nullopt;
    xref.tableAt = tableAt->first;
    xref.startxrefValueAt = skipWhitespace(pdf, startxref + 9);
    xref.startxrefValueEnd = tableAt->second;
    const auto first = numberAt(pdf, xref.tableAt + 4);
    if (!first || first->first != 0)
        return std::nullopt;
    const auto count = numberAt(pdf, first->second);
    if (!count)
        return std::nullopt;
    xref.entriesAt = skipWhitespace(pdf, count->second);
    if (xref.entriesAt + count->first * 20 > pdf.size())
        return std::nullopt;
    for (qint64 i = 0; i < count->first; ++i) {
        const QByteArray entry = pdf.mid(xref.entriesAt + i * 20, 20);
        if (entry.size() != 20 || (entry.at(17) != 'n' && entry.at(17) != 'f'))
            return std::nullopt;
        xref.offsets.append(entry.at(17) == 'n' ? entry.left(10).toLongLong() : -1);
    }
    // Another section after this one (an incremental update) is not Qt's output.
    if (pdf.indexOf("xref", xref.entriesAt + count->first * 20) != pdf.lastIndexOf("startxref") + 5)
        return std::nullopt;
    return xref;
}

QByteArray inflate(const QByteArray &deflated)
{
    // qUncompress wants the expected size up front, big-endian; it grows past it.
    const quint32 hint = quint32(std::min<qsizetype>(deflated.size() * 8 + 64, 1 << 24));
    QByteArray framed;
    framed.append(char(hint >> 24))
        .append(char(hint >> 16))
        .append(char(hint >> 8))
        .append(char(hint));
    framed.append(deflated);
    return qUncompress(framed);
}

QByteArray deflate(const QByteArray &data)
{
    return qCompress(data).mid(4); // without qCompress's length prefix: a zlib stream
}

// The hex strings between `from` and `to`, in order: "<0001>" gives "0001".
QList<QByteArray> hexTokens(const QByteArray &text, qsizetype from, qsizetype to)
{
    QList<QByteArray> tokens;
    qsizetype at = from;
    while (true) {
        const qsizetype open = text.indexOf('<', at);
        if (open < 0 || open >= to)
            break;
        const qsizetype close = text.indexOf('>', open);
        if (close < 0 || close > to)
            break;
        tokens.append(text.mid(open + 1, close - open - 1));
        at = close + 1;
    }
    return tokens;
}

QString utf16FromHex(const QByteArray &hex)
{
    QString text;
    for (qsizetype i = 0; i + 4 <= hex.size(); i += 4)
        text.append(QChar(char16_t(hex.mid(i, 4).toUInt(nullptr, 16))));
    return text;
}

QByteArray hexFromUtf16(const QString &text)
{
    QByteArray hex;
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex;
}

// Parses a CMap's bfchar and bfrange sections into code -> text. Codes keep their
// hex width (2 bytes in Qt's maps).
struct CMap
{
    QByteArray head; // up to the first mapping section
    QByteArray tail; // from the end of the last one
    int codeDigits = 4;
    QMap<quint32, QString> map;
};

std::optional<CMap> parseCMap(const QByteArray &text)
{
    CMap cmap;
    const qsizetype firstSection = text.indexOf("beginbf");
    if (firstSection < 0)
        return std::nullopt;
    const qsizetype headEnd = text.lastIndexOf('\n', firstSection) + 1;
    cmap.head = text.left(headEnd);
    qsizetype lastEnd = headEnd;
    qsizetype at = headEnd;
    while (true) {
        const qsizetype chars = text.indexOf("beginbfchar", at);
        const qsizetype ranges = text.indexOf("beginbfrange", at);
        if (chars < 0 && ranges < 0)
            break;
        const bool isRange = chars < 0 || (ranges >= 0 && ranges < chars);
        const qsizetype begin = isRange ? ranges + 12 : chars + 11;
        const qsizetype end = text.indexOf(isRange ? "endbfrange" : "endbfchar", begin);
        if (end < 0)
            return std::nullopt;
        if (!isRange) {
            const QList<QByteArray> tokens = hexTokens(text, begin, end);
            if (tokens.size() % 2 != 0)
                return std::nullopt;
            for (qsizetype i = 0; i < tokens.size(); i += 2) {
                cmap.codeDigits = int(tokens.at(i).size());
                cmap.map.insert(tokens.at(i).toUInt(nullptr, 16), utf16FromHex(tokens.at(i + 1)));
            }
        } else {
            // Each line: <lo> <hi> <first> (incrementing) or <lo> <hi> [<a> <b> ...].
            qsizetype line = begin;
            while (line < end) {
                qsizetype lineEnd = text.indexOf('\n', line);
                if (lineEnd < 0 || lineEnd > end)
                    lineEnd = end;
                const QList<QByteArray> tokens = hexTokens(text, line, lineEnd);
                if (!tokens.isEmpty()) {
                    if (tokens.size() < 3)
                        return std::nullopt;
                    const quint32 lo = tokens.at(0).toUInt(nullptr, 16);
                    const quint32 hi = tokens.at(1).toUInt(nullptr, 16);
                    if (hi < lo || hi - lo > 0xFFFF)
                        return std::nullopt;
                    cmap.codeDigits = int(tokens.at(0).size());
                    const bool isArray = text.mid(line, lineEnd - line).contains('[');
                    for (quint32 code = lo; code <= hi; ++code) {
                        if (isArray) {
                            if (qsizetype(code - lo) + 2 < tokens.size())
                                cmap.map.insert(code, utf16FromHex(tokens.at(code - lo + 2)));
                        } else {
                            QString target = utf16FromHex(tokens.at(2));
                            if (target.isEmpty())
                                return std::nullopt;
                            target.back() = QChar(char16_t(target.back().unicode() + (code - lo)));
                            cmap.map.insert(code, target);
                        }
                    }
                }
                line = lineEnd + 1;
            }
        }
        lastEnd = end + (isRange ? 10 : 9);
        at = lastEnd;
    }
    cmap.tail = text.mid(lastEnd);
    return cmap;
}

QByteArray writeCMap(const CMap &cmap)
{
    QByteArray out = cmap.head;
    // At most 100 entries a section, as the CMap format says.
    const QList<quint32> codes = cmap.map.keys();
    for (qsizetype start = 0; start < codes.size(); start += 100) {
        const qsizetype count = std::min<qsizetype>(100, codes.size() - start);
        out += QByteArray::number(count) + " beginbfchar\n";
        for (qsizetype i = start; i < start + count; ++i) {
            const quint32 code = codes.at(i);
            out += '<' +
                   QByteArray::number(code, 16).rightJustified(cmap.codeDigits, '0').toUpper() +
                   "> <" + hexFromUtf16(cmap.map.value(code)) + ">\n";
        }
        out += "endbfchar";
        if (start + count < codes.size())
            out += '\n';
    }
    return out + cmap.tail;
}

} // namespace

namespace PdfTextMaps {

int restoreIdeographs(QByteArray &pdf, const QString &printedText, const QRawFont &font)
{
    const QList<uint> printed = printedText.toUcs4();
    const QSet<uint> used(printed.cbegin(), printed.cend());
    // The printed ideographs by glyph, for the radicals Unicode gives no twin for.
    QHash<quint32, QString> ideographByGlyph;
    if (font.isValid()) {
        for (const uint c : used) {
            if (c < 0x2E80 || isRadical(c))
                continue;
            const char32_t code = c;
            const QString character = QString::fromUcs4(&code, 1);
            const QList<quint32> glyphs = font.glyphIndexesForString(character);
            if (glyphs.size() == 1 && glyphs.first() != 0)
                ideographByGlyph.insert(glyphs.first(), character);
        }
    }
    // The ideograph a radical stands for, where the font shares their glyph.
    const auto ideographFor = [&](const QString &target) -> QString {
        if (target.size() != 1 || !isRadical(target.at(0).unicode()))
            return target;
        QString twin = target.normalized(QString::NormalizationForm_KC);
        if (twin.size() != 1 || twin == target) {
            const QList<quint32> glyphs =
                font.isValid() ? font.glyphIndexesForString(target) : QList<quint32>();
            twin = glyphs.size() == 1 ? ideographByGlyph.value(glyphs.first()) : QString();
        }
        if (twin.isEmpty() || twin == target)
            return target;
        if (used.contains(target.at(0).unicode()) && !used.contains(twin.at(0).unicode()))
            return target;
        return twin;
    };

    const std::optional<XrefTable> xref = readXref(pdf);
    if (!xref)
        return 0;
    QSet<qint64> seen;
    QList<Replacement> replacements;
    int changed = 0;
    for (qsizetype at = pdf.indexOf("/ToUnicode "); at >= 0;
         at = pdf.indexOf("/ToUnicode ", at + 1)) {
        const auto object = numberAt(pdf, at + 11);
        if (!object || seen.contains(object->first) || object->first >= xref->offsets.size())
            continue;
        seen.insert(object->first);
        const qint64 objectAt = xref->offsets.at(object->first);
        if (objectAt < 0 ||
            !pdf.mid(objectAt).startsWith(QByteArray::number(object->first) + " 0 obj"))
            return 0;
        const qsizetype streamKeyword = pdf.indexOf("stream", objectAt);
        if (streamKeyword < 0)
            return 0;
        const QByteArray dictionary = pdf.mid(objectAt, streamKeyword - objectAt);
        const qsizetype lengthKey = dictionary.indexOf("/Length");
        if (lengthKey < 0)
            return 0;
        const auto length = numberAt(pdf, objectAt + lengthKey + 7);
        // An indirect length ("/Length 12 0 R") is not what Qt writes.
        if (!length || pdf.mid(skipWhitespace(pdf, length->second), 1) == "0")
            return 0;
        qsizetype dataAt = streamKeyword + 6;
        if (pdf.mid(dataAt, 2) == "\r\n")
            dataAt += 2;
        else if (pdf.mid(dataAt, 1) == "\n")
            ++dataAt;
        else
            return 0;
        const bool deflated = dictionary.contains("/FlateDecode");
        const QByteArray data = pdf.mid(dataAt, length->first);
        const QByteArray text = deflated ? inflate(data) : data;
        std::optional<CMap> cmap = parseCMap(text);
        if (text.isEmpty() || !cmap)
            return 0;
        int changedHere = 0;
        for (auto it = cmap->map.begin(); it != cmap->map.end(); ++it) {
            const QString ideograph = ideographFor(it.value());
            if (ideograph != it.value()) {
                it.value() = ideograph;
                ++changedHere;
            }
        }
        if (changedHere == 0)
            continue;
        changed += changedHere;
        const QByteArray rewritten = writeCMap(*cmap);
        const QByteArray stream = deflated ? deflate(rewritten) : rewritten;
        const qsizetype lengthDigitsAt = skipWhitespace(pdf, objectAt + lengthKey + 7);
        replacements.append(
            {lengthDigitsAt, length->second - lengthDigitsAt, QByteArray::number(stream.size())});
        replacements.append({dataAt, length->first, stream});
    }
    if (replacements.isEmpty())
        return 0;

    std::sort(replacements.begin(), replacements.end(),
              [](const Replacement &a, const Replacement &b) { return a.at < b.at; });
    const auto moved = [&replacements](qint64 offset) {
        qint64 shift = 0;
        for (const Replacement &r : std::as_const(replacements)) {
            if (r.at < offset)
                shift += r.bytes.size() - r.length;
        }
        return offset + shift;
    };
    QByteArray out;
    out.reserve(pdf.size() + 4096);
    qsizetype copied = 0;
    for (const Replacement &r : std::as_const(replacements)) {
        out += pdf.mid(copied, r.at - copied);
        out += r.bytes;
        copied = r.at + r.length;
    }
    // Everything from the last change up to the cross-reference table, then a new
    // table with every offset moved, then the trailer with the new table's place.
    out += pdf.mid(copied, xref->tableAt - copied);
    out += pdf.mid(xref->tableAt, xref->entriesAt - xref->tableAt);
    for (qsizetype i = 0; i < xref->offsets.size(); ++i) {
        const qint64 offset = xref->offsets.at(i);
        QByteArray entry = pdf.mid(xref->entriesAt + i * 20, 20);
        if (offset >= 0)
            entry.replace(0, 10, QByteArray::number(moved(offset)).rightJustified(10, '0'));
        out += entry;
    }
    const qsizetype entriesEnd = xref->entriesAt + xref->offsets.size() * 20;
    out += pdf.mid(entriesEnd, xref->startxrefValueAt - entriesEnd);
    out += QByteArray::number(moved(xref->tableAt));
    out += pdf.mid(xref->startxrefValueEnd);
    pdf = out;
    return changed;
}

} // namespace PdfTextMaps
