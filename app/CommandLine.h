#pragma once

#include "domain/Status.h"
#include "domain/SummitInfo.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// What the command line asked for; parsed before any window exists, so headless
// commands run without a display. A sub-command is the first argument:
//   summit-brief pack --db FILE --out pack.pdf [--format pdf|odt|html] ...
//   summit-brief forecast CODE [--db FILE] [--json]
//   summit-brief import FILE [--db FILE] [--on-existing ask|skip|replace]
//   summit-brief export --format json|csv --out FILE [--db FILE]
//   summit-brief status CODE NEW_STATUS --reason "..." [--db FILE]
//   summit-brief new FILE [--name TEXT] [--place TEXT] [--start DATE] [--end DATE] ...
//   summit-brief copy --from SOURCE --to TARGET
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum class Action
    {
        Gui,
        WriteDemo,
        Pack,
        Forecast,
        Import,
        Export,
        SetStatus,
        NewSummit,
        Copy,
        ShowHelp,
        ShowVersion,
        Error
    };

    Action action = Action::Gui;
    QString databasePath;  // --db
    QString demoPath;      // --demo
    bool force = false;    // --force: --demo may replace a Summit Brief database
    QStringList arguments; // the sub-command's positional arguments
    QString error;
    QString helpText;

    // pack
    QString outPath;
    QString format; // empty: from the output file's suffix
    QStringList issueCodes;
    QList<Status> statuses;
    QString classification;
    QDate date;
    QString registrationNumber;
    int copyNumber = 1;
    QString preparedBy;
    bool pdfA = false;
    bool allowEmpty = false; // --allow-empty: write a pack no issue matched
    QString language;        // --language en|fr; empty: the application's language
    // forecast
    bool json = false;
    // import, status
    QString onExisting; // ask | skip | replace
    QString reason;
    // new: the file is arguments.first(); the classification is in summit too
    SummitInfo summit;
    // copy: a file or a postgresql:// URL each
    QString copyFrom;
    QString copyTo;

    static CommandLine parse(const QStringList &arguments);
    // True when the action needs no window (so no display either).
    bool isHeadless() const { return action != Action::Gui; }
};
