#pragma once

#include "domain/Status.h"

#include <QDate>
#include <QFlags>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QPainter;

// The parts of a pack after the cover and contents, which are always there.
enum class PackSection
{
    Programme = 0x1,
    SteeringNote = 0x2,
    Briefs = 0x4,
    Annexes = 0x8,
    All = 0xf
};
Q_DECLARE_FLAGS(PackSections, PackSection)
Q_DECLARE_OPERATORS_FOR_FLAGS(PackSections)

enum class PackFormat
{
    Pdf,
    Odt,
    Html
};

// "pdf", "odt", "html"/"htm" (case-insensitive), for the command line and file dialogs.
std::optional<PackFormat> packFormatFromName(const QString &name);

// What goes into a briefing pack and how it is marked. Everything here is printed
// as given; only empty fields fall back to the database's settings or defaults.
struct PackOptions
{
    QStringList issueCodes; // empty = every issue; an unknown code is an error
    QList<Status> statuses; // empty = any status
    QString classification; // empty = the database's default; "UNCLASSIFIED" = no marking
    QDate issueDate;        // printed as date of issue and generation date; invalid = today
    QString registrationNumber;
    int copyNumber = 1;
    QString preparedBy;   // empty = the store's user name
    QString handlingNote; // empty = a standard one-line note
    bool pdfA = false;    // PDF/A-1b instead of plain PDF
    PackSections sections = PackSection::All;
    // The language of the pack's own text, dates and numbers: "en" or "fr" (see
    // PackLanguage); empty = the application's language.
    QString language;
    // Draws an issue's position map instead of the pack's own PositionMapPainter,
    // under its positions table, into `target` (the painter's coordinates; the
    // map's shape is PackHtmlBuilder::positionMapSizeMm()). Asked only for issues
    // with positions; PDF and print get the painting as vectors, HTML and ODT a
    // picture of it. Returns false when it painted nothing.
    std::function<bool(qint64 issueId, QPainter *painter, const QRectF &target)> positionMap;
};
