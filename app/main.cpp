#include "AppLanguage.h"
#include "AppSettings.h"
#include "CommandLine.h"
#include "DarkPalette.h"
#include "HeadlessCommands.h"
#include "MainWindow.h"
#include "i18n/PluralForms.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>

namespace {

// A headless command promises one line on stderr when it fails; Qt's own
// diagnostics (runtime folder, fonts) would break that, so they are dropped
// unless SUMMIT_VERBOSE is set.
void quietMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine command = CommandLine::parse(arguments);
    // Headless commands (export, demo) must run without a display.
    if (command.isHeadless() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (command.isHeadless() && qEnvironmentVariableIsEmpty("SUMMIT_VERBOSE"))
        qInstallMessageHandler(quietMessageHandler);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Summit Brief"));
    QApplication::setOrganizationName(QStringLiteral("SummitBrief"));
    QApplication::setApplicationVersion(QStringLiteral(SUMMIT_VERSION));
    PluralForms::install();

    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (command.action) {
    case CommandLine::Action::Error:
        err << QStringLiteral("summit-brief: ") << command.error << Qt::endl;
        return 2;
    case CommandLine::Action::ShowHelp:
        out << command.helpText;
        return 0;
    case CommandLine::Action::ShowVersion:
        out << QApplication::applicationName() << ' ' << QApplication::applicationVersion()
            << Qt::endl;
        return 0;
    case CommandLine::Action::WriteDemo:
    case CommandLine::Action::Pack:
    case CommandLine::Action::Forecast:
    case CommandLine::Action::Import:
    case CommandLine::Action::Export:
    case CommandLine::Action::SetStatus:
    case CommandLine::Action::NewSummit:
    case CommandLine::Action::Copy:
        return runHeadlessCommand(command, out, err);
    case CommandLine::Action::Gui:
        break;
    }

    // The system's language or the user's choice (Edit > Preferences), before the
    // first widget is made: texts are translated when they are created.
    AppLanguage::install(AppSettings().language());
    applyDarkPaletteFromEnvironment(); // to look at the app in a dark palette
    MainWindow window;
    window.show(); // first, so a message about the file appears over the window
    // The summit named on the command line, else the last one used; otherwise the
    // welcome page, and no file is written before the user chooses one.
    window.openStartupDatabase(command.databasePath);
    return app.exec();
}
