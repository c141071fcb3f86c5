#include "CommandLine.h"

#include "briefing/PackLanguage.h"
#include "store/StoreLocation.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <utility>

namespace {

QString commandsHelp()
{
    return CommandLine::tr(
        "\nCommands (headless; one line on success, one line on stderr and a non-zero exit on "
        "failure):\n"
        "  pack --db FILE --out FILE   Export a briefing pack (PDF, ODT or HTML).\n"
        "  forecast CODE [--db FILE]   Print the outcome forecast of one issue.\n"
        "  import FILE [--db FILE]     Import a scenario (.json), issue table (.csv) or KTAB "
        "scenario (.csv), all or nothing.\n"
        "  export --format json|csv|ktab --out FILE [--issues CODES] [--db FILE]\n"
        "                              Export the whole database (JSON), the issue table (CSV) or "
        "issues as a KTAB scenario.\n"
        "  status CODE NEW_STATUS --reason TEXT [--db FILE]\n"
        "                              Change an issue's status; the history records it and "
        "why.\n"
        "  new FILE [--name TEXT] [--place TEXT] [--start YYYY-MM-DD] [--end YYYY-MM-DD]\n"
        "      [--classification TEXT] [--our-bloc NAME] [--counterpart NAME]\n"
        "                              Write an empty summit database; never replaces a file.\n"
        "  copy --from SOURCE --to TARGET\n"
        "                              Copy a whole summit, history included, between a file "
        "and a\n"
        "                              team database (postgresql://USER@HOST:PORT/DBNAME), "
        "either way;\n"
        "                              the target must be a new file or an empty database.\n"
        "Without --db, commands use the database the app or \"new\" used last.\n"
        "--db also takes a team database, postgresql://USER@HOST:PORT/DBNAME; the password\n"
        "comes from PGPASSWORD or ~/.pgpass, and is never saved.\n");
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Summit Brief: negotiation issues, positions and briefing packs."));
    parser.addPositionalArgument(QStringLiteral("command"), tr("Optional command (see below)."),
                                 QStringLiteral("[command] [arguments]"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      tr("The database: a <file>, or a team database as "
                                         "postgresql://USER@HOST:PORT/DBNAME."),
                                      tr("file"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        tr("Write a fresh demo database (EU–China summit) to <file> and exit."), tr("file"));
    const QCommandLineOption forceOption(
        QStringLiteral("force"),
        tr("With --demo: replace an existing Summit Brief database (it is backed up first)."));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("pack: the file to write."),
                                       tr("file"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), tr("pack: pdf, odt or html (default: from the file name)."),
        tr("format"));
    const QCommandLineOption issuesOption(
        QStringLiteral("issues"),
        tr("pack and export --format ktab: only these issues, e.g. RE-01,DR-01."), tr("codes"));
    const QCommandLineOption statusOption(
        QStringLiteral("status"), tr("pack: only issues with these statuses, comma-separated."),
        tr("statuses"));
    const QCommandLineOption classificationOption(
        QStringLiteral("classification"),
        tr("pack, new: the marking on every page, e.g. \"EU RESTRICTED\" (pack default: the "
           "database's)."),
        tr("marking"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        tr("pack: the date of issue, YYYY-MM-DD (default: today)."),
                                        tr("date"));
    const QCommandLineOption registrationOption(QStringLiteral("registration"),
                                                tr("pack: the registration number."), tr("number"));
    const QCommandLineOption copyOption(QStringLiteral("copy"), tr("pack: the copy number."),
                                        tr("n"));
    const QCommandLineOption preparedByOption(QStringLiteral("prepared-by"),
                                              tr("pack: who prepared it (default: your account)."),
                                              tr("name"));
    const QCommandLineOption pdfAOption(QStringLiteral("pdfa"), tr("pack: write PDF/A-1b."));
    const QCommandLineOption allowEmptyOption(
        QStringLiteral("allow-empty"),
        tr("pack: write the pack even when no issue matches --issues and --status."));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        tr("pack: the language of the pack's headings, labels and dates, en or fr (default: "
           "the application's)."),
        tr("code"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("forecast: print JSON."));
    const QCommandLineOption onExistingOption(
        QStringLiteral("on-existing"),
        tr("import: what to do with codes already in the database: ask (refuse and list them), "
           "skip or replace."),
        tr("choice"), QStringLiteral("ask"));
    const QCommandLineOption reasonOption(QStringLiteral("reason"),
                                          tr("status: why the status changed."), tr("text"));
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        tr("new: the summit's name (default: the file's name)."),
                                        tr("text"));
    const QCommandLineOption placeOption(QStringLiteral("place"), tr("new: where it meets."),
                                         tr("text"));
    const QCommandLineOption startOption(QStringLiteral("start"),
                                         tr("new: its first day, YYYY-MM-DD."), tr("date"));
    const QCommandLineOption endOption(QStringLiteral("end"),
                                       tr("new: its last day, YYYY-MM-DD (default: the first)."),
                                       tr("date"));
    const QCommandLineOption ourBlocOption(QStringLiteral("our-bloc"),
                                           tr("new: our side's bloc (default: EU)."), tr("name"));
    const QCommandLineOption counterpartOption(QStringLiteral("counterpart"),
                                               tr("new: the counterpart's bloc (default: China)."),
                                               tr("name"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"), tr("copy: the summit to copy, a file or postgresql:// URL."),
        tr("location"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), tr("copy: where to copy it, a new file or an empty team database."),
        tr("location"));
    for (const QCommandLineOption &option :
         {dbOption,     demoOption,         forceOption,       outOption,
          formatOption, issuesOption,       statusOption,      classificationOption,
          dateOption,   registrationOption, copyOption,        preparedByOption,
          pdfAOption,   allowEmptyOption,   jsonOption,        onExistingOption,
          reasonOption, nameOption,         placeOption,       startOption,
          endOption,    ourBlocOption,      counterpartOption, fromOption,
          toOption,     languageOption})
        parser.addOption(option);

    auto fail = [&result](const QString &message) {
        result.action = Action::Error;
        result.error = message;
        return result;
    };

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    // Parsed before the application object exists (headless commands must set up the
    // platform first), so the parser has no program name and writes
    // "<executable_name>"; the installed name is used instead of argv[0]'s path.
    result.helpText = parser.helpText().replace(QStringLiteral("<executable_name>"),
                                                QStringLiteral("summit-brief")) +
                      commandsHelp();
    // --help-all comes with addHelpOption(); Qt's own options need the application
    // object, so it shows the same help rather than starting the window.
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        result.action = Action::ShowHelp;
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.action = Action::ShowVersion;
        return result;
    }
    result.databasePath = parser.value(dbOption);
    // A team database's URL is checked here, so every command and the window refuse a
    // malformed one the same way, before anything is opened.
    if (StoreLocation::isTeamDatabase(result.databasePath)) {
        if (const StoreLocation location = StoreLocation::parse(result.databasePath);
            !location.isValid())
            return fail(tr("--db: %1").arg(location.error()));
    }
    QStringList positional = parser.positionalArguments();
    const QString command = positional.isEmpty() ? QString() : positional.takeFirst();
    result.arguments = positional;

    if (parser.isSet(demoOption)) {
        if (!command.isEmpty())
            return fail(tr("A command cannot be combined with --demo."));
        result.action = Action::WriteDemo;
        result.demoPath = parser.value(demoOption);
        result.force = parser.isSet(forceOption);
        return result;
    }
    if (parser.isSet(forceOption))
        return fail(tr("Use --force only with --demo FILE."));
    if (command.isEmpty())
        return result;

    if (command == QLatin1String("pack")) {
        result.action = Action::Pack;
        if (!positional.isEmpty())
            return fail(tr("pack: Unexpected argument %1.").arg(positional.first()));
        if (result.databasePath.isEmpty())
            return fail(tr("pack: --db FILE is required."));
        result.outPath = parser.value(outOption);
        if (result.outPath.isEmpty())
            return fail(tr("pack: --out FILE is required."));
        result.format = parser.value(formatOption);
        for (const QString &code :
             parser.value(issuesOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
            result.issueCodes.append(code.trimmed());
        for (const QString &name :
             parser.value(statusOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const std::optional<Status> status = StatusText::fromKey(name);
            if (!status)
                return fail(tr("pack: Unknown status \"%1\".").arg(name.trimmed()));
            result.statuses.append(*status);
        }
        result.classification = parser.value(classificationOption);
        if (parser.isSet(dateOption)) {
            result.date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
            if (!result.date.isValid())
                return fail(tr("pack: --date must look like 2025-07-20, not \"%1\".")
                                .arg(parser.value(dateOption)));
        }
        result.registrationNumber = parser.value(registrationOption);
        if (parser.isSet(copyOption)) {
            bool ok = false;
            result.copyNumber = parser.value(copyOption).toInt(&ok);
            if (!ok || result.copyNumber < 1)
                return fail(tr("pack: --copy must be a whole number from 1."));
        }
        result.preparedBy = parser.value(preparedByOption);
        result.pdfA = parser.isSet(pdfAOption);
        result.allowEmpty = parser.isSet(allowEmptyOption);
        if (parser.isSet(languageOption)) {
            result.language = parser.value(languageOption).trimmed().toLower();
            if (!PackLanguage::isCode(result.language))
                return fail(tr("pack: --language must be en or fr, not \"%1\".")
                                .arg(parser.value(languageOption)));
        }
        return result;
    }
    if (command == QLatin1String("forecast")) {
        result.action = Action::Forecast;
        if (positional.size() != 1)
            return fail(
                tr("forecast: Give exactly one issue code, e.g. summit-brief forecast RE-01."));
        result.json = parser.isSet(jsonOption);
        return result;
    }
    if (command == QLatin1String("import")) {
        result.action = Action::Import;
        if (positional.size() != 1)
            return fail(tr("import: Give exactly one file, e.g. summit-brief import issues.csv."));
        result.onExisting = parser.value(onExistingOption);
        return result;
    }
    if (command == QLatin1String("export")) {
        result.action = Action::Export;
        if (!positional.isEmpty())
            return fail(tr("export: Unexpected argument %1.").arg(positional.first()));
        result.format = parser.value(formatOption);
        result.outPath = parser.value(outOption);
        if (result.format.isEmpty() || result.outPath.isEmpty())
            return fail(tr("export: --format json|csv|ktab and --out FILE are required."));
        for (const QString &code :
             parser.value(issuesOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
            result.issueCodes.append(code.trimmed());
        if (!result.issueCodes.isEmpty() &&
            result.format.trimmed().toLower() != QLatin1String("ktab"))
            return fail(tr("export: --issues chooses the issues of a KTAB file (--format ktab); "
                           "json and csv write every issue."));
        return result;
    }
    if (command == QLatin1String("status")) {
        result.action = Action::SetStatus;
        if (positional.size() != 2)
            return fail(
                tr("status: Give an issue code and a status, e.g. summit-brief status RE-01 "
                   "\"In negotiation\" --reason \"...\"."));
        result.reason = parser.value(reasonOption).trimmed();
        if (result.reason.isEmpty())
            return fail(tr("status: --reason TEXT is required: the history records why the "
                           "status changed."));
        return result;
    }
    if (command == QLatin1String("new")) {
        result.action = Action::NewSummit;
        if (positional.size() != 1)
            return fail(tr("new: Give exactly one file, e.g. summit-brief new eu-india.db."));
        if (!result.databasePath.isEmpty())
            return fail(tr("new: Give the file as the argument, not with --db."));
        if (StoreLocation::isTeamDatabase(positional.first()))
            return fail(tr("new: Writes a file; a team database is made on its server, then "
                           "used with --db postgresql://USER@HOST:PORT/DBNAME."));
        SummitInfo &summit = result.summit;
        summit.name = parser.isSet(nameOption) ? parser.value(nameOption)
                                               : QFileInfo(positional.first()).completeBaseName();
        summit.place = parser.value(placeOption);
        summit.classification = parser.value(classificationOption);
        for (const auto &[option, date] :
             {std::pair{&startOption, &summit.start}, std::pair{&endOption, &summit.end}}) {
            if (!parser.isSet(*option))
                continue;
            *date = QDate::fromString(parser.value(*option), Qt::ISODate);
            if (!date->isValid())
                return fail(tr("new: --%1 must be a date like 2025-07-24, not \"%2\".")
                                .arg(option->names().first(), parser.value(*option)));
        }
        if (summit.start.isValid() && !summit.end.isValid())
            summit.end = summit.start;
        if (!summit.start.isValid() && summit.end.isValid())
            return fail(tr("new: --end needs --start."));
        if (parser.isSet(ourBlocOption))
            summit.ourBloc = parser.value(ourBlocOption);
        if (parser.isSet(counterpartOption))
            summit.counterpartBloc = parser.value(counterpartOption);
        return result;
    }
    if (command == QLatin1String("copy")) {
        result.action = Action::Copy;
        if (!positional.isEmpty())
            return fail(tr("copy: Unexpected argument %1.").arg(positional.first()));
        if (!result.databasePath.isEmpty())
            return fail(tr("copy: Give the stores with --from and --to, not with --db."));
        result.copyFrom = parser.value(fromOption);
        result.copyTo = parser.value(toOption);
        if (result.copyFrom.isEmpty() || result.copyTo.isEmpty())
            return fail(tr("copy: --from SOURCE and --to TARGET are required."));
        return result;
    }
    return fail(tr("Unknown command \"%1\"; see summit-brief --help.").arg(command));
}
