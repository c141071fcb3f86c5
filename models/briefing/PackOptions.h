#pragma once

#include "domain/Status.h"

#include <QDate>
#include <QFlags>
#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

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
    // Optional picture of an issue's positions, drawn at sizeMm (width, height in
    // millimetres) under the positions table; a null image leaves it out.
    std::function<QImage(qint64 issueId, const QSizeF &sizeMm)> positionMap;
};
