#include "CommandLine.h"

#include "io/DemoScenario.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine command = CommandLine::parse(arguments);
    // Headless commands (export, demo) must run without a display.
    if (command.isHeadless() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Summit Brief"));
    QApplication::setOrganizationName(QStringLiteral("SummitBrief"));
    QApplication::setApplicationVersion(QStringLiteral(SUMMIT_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (command.action) {
    case CommandLine::Action::Error:
        err << command.error << Qt::endl;
        return 2;
    case CommandLine::Action::ShowHelp:
        out << command.helpText;
        return 0;
    case CommandLine::Action::ShowVersion:
        out << QApplication::applicationName() << ' ' << QApplication::applicationVersion() << Qt::endl;
        return 0;
    case CommandLine::Action::WriteDemo: {
        QString error;
        if (!DemoScenario::write(command.demoPath, &error)) {
            err << QCoreApplication::translate("main", "summit-brief: %1").arg(error) << Qt::endl;
            return 1;
        }
        out << QCoreApplication::translate("main", "Wrote the demo database to %1").arg(command.demoPath)
            << Qt::endl;
        return 0;
    }
    case CommandLine::Action::Gui:
        break;
    }
    return 0;
}
