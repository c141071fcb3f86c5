#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

struct PackContent;

// The ODT pack's styles.xml and its zip. The styles are named, as a word processor
// lists them, so a desk officer changes one style rather than every paragraph:
// "Heading 1/2", "Text body", "Table Heading", "Table Contents", "List Bullet",
// "List Number", "Contents Heading", "Contents 1" (page numbers on a right-aligned
// dotted tab stop), the cover's styles, and a default style whose Asian font is
// Noto Sans CJK SC, so "Wang Yi (王毅)" stays one run. The master page's header
// carries the classification marking and its footer the registration number,
// "Page n of N" (page fields) and the date, above the marking again.
class OdtPageStyle
{
public:
    static QByteArray stylesXml(const PackContent &content);

    // A paragraph or text style's name in the XML for the name users see:
    // "Heading 1" is written Heading_20_1, as LibreOffice writes it.
    static QString styleName(const QString &displayName);

    struct ZipEntry
    {
        QByteArray name;
        QByteArray data;
    };
    // An uncompressed zip of the entries in the order given (mimetype first for an
    // ODF package), every entry stamped with `date` at 00:00 so the same pack is
    // the same file.
    static QByteArray storedZip(const QList<ZipEntry> &entries, const QDate &date);
};
