#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

struct PackContent;

// Gives an ODT written by QTextDocumentWriter the pack's page style: a master page
// whose header carries the classification marking and whose footer carries the
// marking, the registration number, "Page n of N" and the date, so the marking is on
// every page in LibreOffice too (Qt's ODF writer writes no styles.xml, hence no page
// headers). Works on the zip as bytes: every entry is copied as it is; styles.xml is
// added and the manifest rewritten, both stored uncompressed.
class OdtPageStyle
{
    Q_DECLARE_TR_FUNCTIONS(OdtPageStyle)
public:
    // False, with *error set and `odt` unchanged, when the zip is not one it can read.
    static bool apply(QByteArray &odt, const PackContent &content, QString *error);
    // The styles.xml it adds.
    static QByteArray stylesXml(const PackContent &content);
};
