#include "CommandLine.h"

#include <QCommandLineParser>

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Summit Brief: negotiation issues, positions and briefing packs."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Open the database at <file>."), tr("file"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        tr("Write a fresh demo database (EU–China summit) to <file> and exit."),
                                        tr("file"));
    parser.addOption(dbOption);
    parser.addOption(demoOption);

    if (!parser.parse(arguments)) {
        result.action = Action::Error;
        result.error = parser.errorText();
        return result;
    }
    result.helpText = parser.helpText();
    if (parser.isSet(helpOption)) {
        result.action = Action::ShowHelp;
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.action = Action::ShowVersion;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.action = Action::Error;
        result.error = tr("Unknown argument: %1").arg(parser.positionalArguments().first());
        return result;
    }
    result.databasePath = parser.value(dbOption);
    if (parser.isSet(demoOption)) {
        result.action = Action::WriteDemo;
        result.demoPath = parser.value(demoOption);
    }
    return result;
}
