#pragma once

#include "ImportPolicy.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QTextStream;
class Store;

// What the command line does for import, export and status changes, without
// parsing arguments: each prints one line to `out` on success or one line to
// `err` on failure, leaves the database and files as they were on failure, and
// returns the process exit status.
class CommandActions
{
    Q_DECLARE_TR_FUNCTIONS(CommandActions)
public:
    enum ExitStatus
    {
        Success = 0,
        Failure = 1,     // the file or the database refused; nothing changed
        BadArgument = 2, // unknown format, status or file type
        NeedsChoice = 3  // the database holds some records: choose skip or replace
    };
    enum class ExportFormat
    {
        Json,
        Csv,
        Ktab // KTAB's Spatial Model of Politics input file
    };

    static std::optional<ExportFormat> exportFormat(const QString &name); // "json", "csv", "ktab"
    static std::optional<ImportPolicy>
    importPolicy(const QString &name); // "ask", "skip", "replace"

    // A scenario (.json), issue table (.csv) or KTAB scenario (.csv with KTAB's
    // first line and header), by its extension and first lines.
    static int runImport(Store &store, const QString &path, ImportPolicy policy, QTextStream &out,
                         QTextStream &err);
    // `issueCodes` chooses the issues of a KTAB file (empty: every live issue with
    // positions); the other formats write everything.
    static int runExport(Store &store, ExportFormat format, const QString &outPath,
                         QTextStream &out, QTextStream &err, const QStringList &issueCodes = {});
    // `status` is the English key ("In negotiation"), in any case.
    static int runStatus(Store &store, const QString &code, const QString &status,
                         const QString &reason, QTextStream &out, QTextStream &err);
};
