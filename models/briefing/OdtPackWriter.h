#pragma once

#include "PackContent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

// The pack as an OpenDocument text a desk officer finishes by hand: the same
// sections as the PDF, written straight from the content with the named styles of
// OdtPageStyle (headings, table heading and contents, bullets, the contents with
// its dotted page-number tab), so the whole pack changes by changing a style.
// The contents is a table of contents Writer can update, filled in with every
// section and a page reference that Writer computes when it lays the text out.
// Position maps and indicator charts are PNG pictures of the pack's own painting.
// The same content gives the same bytes: no clock, no random names, every zip
// entry stamped with the date of issue.
class OdtPackWriter
{
    Q_DECLARE_TR_FUNCTIONS(OdtPackWriter)
public:
    static QByteArray document(const PackContent &content);
    static bool write(const PackContent &content, QIODevice *device, QString *error);
};
