#include "HeadlessCommands.h"

#include "AppSettings.h"
#include "briefing/BriefingPackComposer.h"
#include "briefing/PackExport.h"
#include "forecast/ForecastReport.h"
#include "io/CommandActions.h"
#include "io/DemoScenario.h"
#include "io/SummitCopy.h"
#include "io/SummitFile.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>
#include <functional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

const QString errorPrefix = QStringLiteral("summit-brief: ");

// The one line a failing command prints.
int failure(QTextStream &err, const QString &message)
{
    err << errorPrefix << message << Qt::endl;
    return 1;
}

// Runs an action that writes its own error lines, each of which gets the prefix
// every line on stderr starts with.
int withPrefixedErrors(QTextStream &err, const std::function<int(QTextStream &)> &action)
{
    QString captured;
    int status = 0;
    {
        QTextStream stream(&captured);
        status = action(stream);
        stream.flush();
    }
    for (const QString &line : captured.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        err << errorPrefix << line << Qt::endl;
    return status;
}

// Commands that only read never upgrade or change the file; pack reads and logs
// the export; the others write.
Store::OpenMode openModeOf(CommandLine::Action action)
{
    switch (action) {
    case CommandLine::Action::Forecast:
    case CommandLine::Action::Export:
        return Store::OpenMode::ReadOnly;
    case CommandLine::Action::Pack:
        return Store::OpenMode::NoUpgrade;
    default:
        return Store::OpenMode::ExistingOnly;
    }
}

QString databasePathOf(const CommandLine &command)
{
    if (!command.databasePath.isEmpty())
        return command.databasePath;
    const QString last = AppSettings().lastDatabase();
    return last.isEmpty() ? AppSettings::defaultDatabasePath() : last;
}

// What --issues and --status asked for, as the user typed them.
QString filterOf(const CommandLine &command)
{
    QStringList parts;
    if (!command.issueCodes.isEmpty())
        parts << QStringLiteral("--issues %1").arg(command.issueCodes.join(QLatin1Char(',')));
    if (!command.statuses.isEmpty()) {
        QStringList names;
        for (Status status : command.statuses)
            names << StatusText::key(status);
        parts << QStringLiteral("--status %1").arg(names.join(QLatin1Char(',')));
    }
    return parts.isEmpty() ? QCoreApplication::translate("HeadlessCommands", "the whole database")
                           : parts.join(QLatin1Char(' '));
}

int runPack(Store &store, const CommandLine &command, QTextStream &out, QTextStream &err)
{
    const QString formatName =
        command.format.isEmpty() ? QFileInfo(command.outPath).suffix() : command.format;
    const std::optional<PackFormat> format = packFormatFromName(formatName);
    if (!format)
        return failure(
            err, QCoreApplication::translate("HeadlessCommands",
                                             "Unknown pack format \"%1\"; use pdf, odt or html.")
                     .arg(formatName));
    PackOptions options;
    options.issueCodes = command.issueCodes;
    options.statuses = command.statuses;
    options.classification = command.classification;
    options.issueDate = command.date;
    options.registrationNumber = command.registrationNumber;
    options.copyNumber = command.copyNumber;
    options.preparedBy = command.preparedBy;
    options.pdfA = command.pdfA;
    options.language = command.language;
    const PackContent content = BriefingPackComposer(store).compose(options);
    // A pack without issues is refused unless asked for: the script that exports the
    // night before then fails where someone looks (exit status, cron mail), and last
    // night's good pack at the same path is not replaced by an empty one.
    if (content.briefs.isEmpty()) {
        if (!command.allowEmpty)
            return failure(err, QCoreApplication::translate(
                                    "HeadlessCommands",
                                    "No issue matches %1; nothing was written (--allow-empty "
                                    "writes the pack anyway).")
                                    .arg(filterOf(command)));
        // "warning:" untranslated, for scripts that look for it.
        err << errorPrefix << QStringLiteral("warning: ")
            << QCoreApplication::translate("HeadlessCommands",
                                           "No issue matches %1; the pack has no briefs.")
                   .arg(filterOf(command))
            << Qt::endl;
    }
    QString error;
    int pages = 0;
    QString logWarning;
    if (!exportPack(store, content, command.outPath, *format, &error, &pages, &logWarning))
        return failure(err, error);
    if (!logWarning.isEmpty())
        err << errorPrefix << logWarning << Qt::endl;
    if (*format == PackFormat::Pdf)
        out << QCoreApplication::translate("HeadlessCommands", "Wrote %1 (%n page(s)).", nullptr,
                                           pages)
                   .arg(command.outPath)
            << Qt::endl;
    else
        out << QCoreApplication::translate("HeadlessCommands", "Wrote %1.").arg(command.outPath)
            << Qt::endl;
    return 0;
}

// A password never shows: the URL as --db takes it.
QString shownLocation(const QString &location)
{
    const StoreLocation parsed = StoreLocation::parse(location);
    return parsed.isValid() ? parsed.toString() : location;
}

int runCopy(const CommandLine &command, QTextStream &out, QTextStream &err)
{
#ifdef Q_OS_UNIX
    // Progress only for a person watching: a script gets its one line.
    const bool showProgress = isatty(fileno(stderr));
#else
    const bool showProgress = false;
#endif
    QElapsedTimer clock;
    clock.start();
    qint64 lastShown = -1;
    const auto progress = [&](const QString &table, qint64 done, qint64 total) {
        if (!showProgress || (clock.elapsed() - lastShown < 500 && done < total))
            return;
        lastShown = clock.elapsed();
        err << '\r'
            << QCoreApplication::translate("HeadlessCommands", "Copying %1: %2 of %3 rows…")
                   .arg(table)
                   .arg(done)
                   .arg(total)
            << QStringLiteral("\x1b[K") << Qt::flush;
    };
    const auto clearProgress = [&] {
        if (showProgress && lastShown >= 0)
            err << QStringLiteral("\r\x1b[K") << Qt::flush;
    };
    QList<SummitCopy::TableCount> counts;
    try {
        counts = SummitCopy::copy(command.copyFrom, command.copyTo, progress);
    } catch (const StoreError &error) {
        clearProgress();
        return failure(err, error.message());
    }
    clearProgress();
    const auto rows = [&counts](const char *table) {
        return int(SummitCopy::rowsOf(counts, QLatin1String(table)));
    };
    // Counted first: lupdate 6.4 stops on a call in the count argument of translate().
    const int issueRows = rows("issue");
    const int actorRows = rows("actor");
    const int positionRows = rows("position");
    const int statusChangeRows = rows("status_change");
    const int issueLinkRows = rows("issue_link");
    const int savedViewRows = rows("saved_view");
    const int eventRows = rows("event");
    const int indicatorRows = rows("indicator");
    const int packExportRows = rows("pack_export");
    const QStringList parts = {
        QCoreApplication::translate("HeadlessCommands", "%n issue(s)", nullptr, issueRows),
        QCoreApplication::translate("HeadlessCommands", "%n actor(s)", nullptr, actorRows),
        QCoreApplication::translate("HeadlessCommands", "%n position(s)", nullptr, positionRows),
        QCoreApplication::translate("HeadlessCommands", "%n status change(s)", nullptr,
                                    statusChangeRows),
        QCoreApplication::translate("HeadlessCommands", "%n link(s)", nullptr, issueLinkRows),
        QCoreApplication::translate("HeadlessCommands", "%n saved view(s)", nullptr, savedViewRows),
        QCoreApplication::translate("HeadlessCommands", "%n event(s)", nullptr, eventRows),
        QCoreApplication::translate("HeadlessCommands", "%n indicator(s)", nullptr, indicatorRows),
        QCoreApplication::translate("HeadlessCommands", "%n pack export(s)", nullptr,
                                    packExportRows)};
    out << QCoreApplication::translate("HeadlessCommands", "Copied %1 to %2: %3 (%4 s).")
               .arg(shownLocation(command.copyFrom), shownLocation(command.copyTo),
                    parts.join(QStringLiteral(", ")),
                    QString::number(double(clock.elapsed()) / 1000.0, 'f', 1))
        << Qt::endl;
    return 0;
}

} // namespace

int runHeadlessCommand(const CommandLine &command, QTextStream &out, QTextStream &err)
{
    if (command.action == CommandLine::Action::WriteDemo) {
        QString error;
        QString backup;
        if (!DemoScenario::write(command.demoPath, command.force, &error, &backup))
            return failure(err, error);
        if (backup.isEmpty())
            out << QCoreApplication::translate("HeadlessCommands", "Wrote the demo database to %1.")
                       .arg(command.demoPath)
                << Qt::endl;
        else
            out << QCoreApplication::translate(
                       "HeadlessCommands",
                       "Wrote the demo database to %1 (the database it replaced is in %2).")
                       .arg(command.demoPath, backup)
                << Qt::endl;
        return 0;
    }

    if (command.action == CommandLine::Action::NewSummit) {
        const QString &path = command.arguments.first();
        QString error;
        if (!SummitFile::create(path, command.summit, &error))
            return failure(err, error);
        // The file just made is the one the next commands mean: "new" then "import"
        // without --db fills it, not whichever file the app had open last.
        AppSettings().setLastDatabase(QFileInfo(path).absoluteFilePath());
        out << QCoreApplication::translate(
                   "HeadlessCommands",
                   "Wrote the new summit database %1; commands without --db now use it.")
                   .arg(path)
            << Qt::endl;
        return 0;
    }

    if (command.action == CommandLine::Action::Copy)
        return runCopy(command, out, err);

    Store store;
    try {
        // A password written into a team database's URL serves this run only.
        const StoreLocation location = StoreLocation::parse(databasePathOf(command));
        if (!location.isValid())
            return failure(err, location.error());
        store.setPassword(location.password());
        store.open(location.toString(), openModeOf(command.action));
        // The name the window records (Edit > Your Name), so a script's changes
        // and packs are attributed the same way.
        if (const QString name = AppSettings().userName(); !name.isEmpty())
            store.setUserName(name);
        switch (command.action) {
        case CommandLine::Action::Pack:
            return runPack(store, command, out, err);
        case CommandLine::Action::Forecast:
            out << forecastReport(store, command.arguments.first(), command.json);
            out.flush();
            return 0;
        case CommandLine::Action::Import: {
            const std::optional<ImportPolicy> policy =
                CommandActions::importPolicy(command.onExisting);
            if (!policy)
                return failure(err,
                               QCoreApplication::translate(
                                   "HeadlessCommands",
                                   "Unknown --on-existing choice \"%1\"; use ask, skip or replace.")
                                   .arg(command.onExisting));
            return withPrefixedErrors(err, [&](QTextStream &errors) {
                return CommandActions::runImport(store, command.arguments.first(), *policy, out,
                                                 errors);
            });
        }
        case CommandLine::Action::Export: {
            const std::optional<CommandActions::ExportFormat> format =
                CommandActions::exportFormat(command.format);
            if (!format)
                return failure(err, QCoreApplication::translate(
                                        "HeadlessCommands",
                                        "Unknown export format \"%1\"; use json, csv or ktab.")
                                        .arg(command.format));
            return withPrefixedErrors(err, [&](QTextStream &errors) {
                return CommandActions::runExport(store, *format, command.outPath, out, errors,
                                                 command.issueCodes);
            });
        }
        case CommandLine::Action::SetStatus:
            return withPrefixedErrors(err, [&](QTextStream &errors) {
                return CommandActions::runStatus(store, command.arguments.at(0),
                                                 command.arguments.at(1), command.reason, out,
                                                 errors);
            });
        default:
            return failure(err, QCoreApplication::translate("HeadlessCommands", "Nothing to do."));
        }
    } catch (const StoreError &error) {
        return failure(err, error.message());
    }
}
