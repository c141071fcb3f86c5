#pragma once

#include <QByteArray>
#include <QString>

class QRawFont;

// Corrections to the text maps (ToUnicode CMaps) of a PDF written by Qt's PDF engine.
namespace PdfTextMaps {

// Qt builds each font's map by looking glyphs up in reverse, lowest code point
// first. Noto Sans CJK draws an ideograph and its radical look-alike with one glyph
// (土 U+571F and ⼟ U+2F1F), so copied or searched text came out as radicals. Every
// map entry that names a radical (Kangxi Radicals, CJK Radicals Supplement) is
// pointed at its unified ideograph instead (Unicode's compatibility twin, or else a
// printed ideograph `font` draws with the radical's glyph), unless `printedText`
// holds the radical and not the ideograph. Streams change length: objects after them move and the
// cross-reference table is rewritten to match. Same input, same bytes. Returns the
// number of map entries changed; a PDF of an unexpected structure is left as it was.
int restoreIdeographs(QByteArray &pdf, const QString &printedText, const QRawFont &font);

} // namespace PdfTextMaps
