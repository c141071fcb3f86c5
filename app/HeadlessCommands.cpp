#include "HeadlessCommands.h"

#include "AppSettings.h"
#include "briefing/PackExport.h"
#include "forecast/ForecastReport.h"
#include "io/CommandActions.h"
#include "io/DemoScenario.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HeadlessCommands", text);
}

// The one line a failing command prints.
int failure(QTextStream &err, const QString &message)
{
    err << QStringLiteral("summit-brief: ") << message << Qt::endl;
    return 1;
}

QString databasePathOf(const CommandLine &command)
{
    if (!command.databasePath.isEmpty())
        return command.databasePath;
    const QString last = AppSettings().lastDatabase();
    return last.isEmpty() ? AppSettings::defaultDatabasePath() : last;
}

int runPack(Store &store, const CommandLine &command, QTextStream &out, QTextStream &err)
{
    const QString formatName =
        command.format.isEmpty() ? QFileInfo(command.outPath).suffix() : command.format;
    const std::optional<PackFormat> format = packFormatFromName(formatName);
    if (!format)
        return failure(err,
                       tr("unknown pack format \"%1\"; use pdf, odt or html.").arg(formatName));
    PackOptions options;
    options.issueCodes = command.issueCodes;
    options.statuses = command.statuses;
    options.classification = command.classification;
    options.issueDate = command.date;
    options.registrationNumber = command.registrationNumber;
    options.copyNumber = command.copyNumber;
    options.preparedBy = command.preparedBy;
    options.pdfA = command.pdfA;
    QString error;
    int pages = 0;
    QString logWarning;
    if (!exportPack(store, options, command.outPath, *format, &error, &pages, &logWarning))
        return failure(err, error);
    if (!logWarning.isEmpty())
        err << logWarning << Qt::endl;
    if (*format == PackFormat::Pdf)
        out << tr("Wrote %1 (%2 pages)").arg(command.outPath).arg(pages) << Qt::endl;
    else
        out << tr("Wrote %1").arg(command.outPath) << Qt::endl;
    return 0;
}

} // namespace

int runHeadlessCommand(const CommandLine &command, QTextStream &out, QTextStream &err)
{
    if (command.action == CommandLine::Action::WriteDemo) {
        QString error;
        if (!DemoScenario::write(command.demoPath, &error))
            return failure(err, error);
        out << tr("Wrote the demo database to %1").arg(command.demoPath) << Qt::endl;
        return 0;
    }

    Store store;
    try {
        store.open(databasePathOf(command), Store::OpenMode::ExistingOnly);
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
                return failure(err, tr("--on-existing must be ask, skip or replace, not \"%1\".")
                                        .arg(command.onExisting));
            return CommandActions::runImport(store, command.arguments.first(), *policy, out, err);
        }
        case CommandLine::Action::Export: {
            const std::optional<CommandActions::ExportFormat> format =
                CommandActions::exportFormat(command.format);
            if (!format)
                return failure(err,
                               tr("--format must be json or csv, not \"%1\".").arg(command.format));
            return CommandActions::runExport(store, *format, command.outPath, out, err);
        }
        case CommandLine::Action::SetStatus:
            return CommandActions::runStatus(store, command.arguments.at(0),
                                             command.arguments.at(1), command.reason, out, err);
        default:
            return failure(err, tr("nothing to do"));
        }
    } catch (const StoreError &error) {
        return failure(err, error.message());
    }
}
