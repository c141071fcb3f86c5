#pragma once

#include "ImportPolicy.h"
#include "Progress.h"

#include <QCoreApplication>
#include <QString>

class Store;

// An import of a scenario (.json), issue table (.csv) or KTAB scenario (.csv
// with KTAB's first line and header) chosen by the file's type, for the window: run for real, or as
// a dry run that says what it would change and leaves the database as it was.
class FileImport
{
    Q_DECLARE_TR_FUNCTIONS(FileImport)
public:
    enum class Kind
    {
        Unknown,
        Scenario,   // .json
        IssueTable, // .csv
        Ktab        // .csv whose first lines are a KTAB scenario's (KtabCsvImporter)
    };
    static Kind kindOf(const QString &path);

    struct Result
    {
        bool ok = false;
        // The importer's message (with the line or record and field) when refused.
        QString error;
        // Under Ask: what the database already holds.
        ImportConflicts conflicts;
        // What changes, e.g. "3 new issues, 2 issues replaced, 1 issue kept.".
        QString summary;
        // How many records are added or replaced (0: the import changes nothing).
        int changes = 0;
        // The progress callback stopped it: nothing was written.
        bool cancelled = false;
    };
    static Result run(Store &store, const QString &path, ImportPolicy policy, bool dryRun,
                      const ProgressCallback &progress = {});
};
