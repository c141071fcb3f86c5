#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What the command line asked for; parsed before any window exists, so headless
// commands run without a display.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum class Action {
        Gui,
        WriteDemo,
        ShowHelp,
        ShowVersion,
        Error
    };

    Action action = Action::Gui;
    QString databasePath; // --db
    QString demoPath;     // --demo
    QString error;
    QString helpText;

    static CommandLine parse(const QStringList &arguments);
    // True when the action needs no window (so no display either).
    bool isHeadless() const { return action != Action::Gui; }
};
