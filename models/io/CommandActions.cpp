#include "CommandActions.h"

#include "IssueCsvExporter.h"
#include "IssueCsvImporter.h"
#include "KtabCsvExporter.h"
#include "KtabCsvImporter.h"
#include "ScenarioExporter.h"
#include "ScenarioImporter.h"
#include "store/IssueRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace {

// One line, whatever the message holds.
QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    line.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return line.trimmed();
}

// A refused import: the importer's message, or under Ask which records the
// database holds (the first few of each kind) and the option that decides.
int importFailed(const QString &error, const ImportConflicts &conflicts, const QString &path,
                 QTextStream &err)
{
    if (conflicts.isEmpty()) {
        err << oneLine(error) << Qt::endl;
        return CommandActions::Failure;
    }
    err << oneLine(CommandActions::tr("%1: %2 already in the database; use --on-existing skip "
                                      "or replace.")
                       .arg(path, conflicts.summary()))
        << Qt::endl;
    return CommandActions::NeedsChoice;
}

} // namespace

std::optional<CommandActions::ExportFormat> CommandActions::exportFormat(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("json"))
        return ExportFormat::Json;
    if (key == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (key == QLatin1String("ktab"))
        return ExportFormat::Ktab;
    return std::nullopt;
}

std::optional<ImportPolicy> CommandActions::importPolicy(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("ask"))
        return ImportPolicy::Ask;
    if (key == QLatin1String("skip"))
        return ImportPolicy::Skip;
    if (key == QLatin1String("replace"))
        return ImportPolicy::Replace;
    return std::nullopt;
}

int CommandActions::runImport(Store &store, const QString &path, ImportPolicy policy,
                              QTextStream &out, QTextStream &err)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString nativePath = QDir::toNativeSeparators(path);
    if (suffix == QLatin1String("json")) {
        ScenarioImporter importer(store);
        importer.setPolicy(policy);
        if (!importer.importFile(path))
            return importFailed(importer.errorString(), importer.conflicts(), nativePath, err);
        const ScenarioImporter::Counts counts = importer.counts();
        // What changed first, in the same words as a CSV import; then what was added,
        // each kind in its own plural form ("1 issue", "3 actors"). Positions, events
        // and indicators of a replaced issue are written again, so they count as added.
        const QStringList added = {tr("%n issue(s)", nullptr, counts.issues),
                                   tr("%n actor(s)", nullptr, counts.actors),
                                   tr("%n position(s)", nullptr, counts.positions),
                                   tr("%n link(s)", nullptr, counts.links),
                                   tr("%n saved view(s)", nullptr, counts.savedViews),
                                   tr("%n event(s)", nullptr, counts.events),
                                   tr("%n indicator(s)", nullptr, counts.indicators)};
        out << oneLine(tr("Imported %1: %2, %3; added: %4.")
                           .arg(nativePath, tr("%n record(s) replaced", nullptr, counts.replaced),
                                tr("%n kept", nullptr, counts.skipped),
                                added.join(QStringLiteral(", "))))
            << Qt::endl;
        return Success;
    }
    if (suffix == QLatin1String("csv") && KtabCsvImporter::looksLikeKtab(path)) {
        KtabCsvImporter importer(store);
        importer.setPolicy(policy);
        if (!importer.importFile(path))
            return importFailed(importer.errorString(), importer.conflicts(), nativePath, err);
        const KtabCsvImporter::Counts counts = importer.counts();
        out << oneLine(tr("Imported the KTAB scenario %1: %2, %3, %4, %5 (%6 already in the "
                          "database).")
                           .arg(nativePath,
                                tr("%n issue(s) replaced", nullptr, counts.issuesReplaced),
                                tr("%n new", nullptr, counts.issues),
                                tr("%n kept", nullptr, counts.issuesKept),
                                tr("%n new actor(s)", nullptr, counts.actorsAdded),
                                tr("%n actor(s)", nullptr, counts.actorsMatched)))
            << Qt::endl;
        return Success;
    }
    if (suffix == QLatin1String("csv")) {
        IssueCsvImporter importer(store);
        importer.setPolicy(policy);
        if (!importer.importFile(path))
            return importFailed(importer.errorString(), importer.conflicts(), nativePath, err);
        const IssueCsvImporter::Counts counts = importer.counts();
        // Replaced first: "Imported 0 issues" read as if a replacing import did nothing.
        out << oneLine(tr("Imported %1: %2, %3, %4.")
                           .arg(nativePath, tr("%n issue(s) replaced", nullptr, counts.replaced),
                                tr("%n new", nullptr, counts.added),
                                tr("%n kept", nullptr, counts.skipped)))
            << Qt::endl;
        return Success;
    }
    err << oneLine(tr("%1: unknown kind of file; import a scenario (.json) or an issue table "
                      "(.csv).")
                       .arg(nativePath))
        << Qt::endl;
    return BadArgument;
}

int CommandActions::runExport(Store &store, ExportFormat format, const QString &outPath,
                              QTextStream &out, QTextStream &err, const QStringList &issueCodes)
{
    const QString nativePath = QDir::toNativeSeparators(outPath);
    if (format == ExportFormat::Ktab) {
        KtabCsvExporter exporter(store);
        exporter.setIssueCodes(issueCodes);
        if (!exporter.writeFile(outPath)) {
            err << oneLine(exporter.errorString()) << Qt::endl;
            return Failure;
        }
        out << oneLine(tr("Exported %1 as a KTAB scenario: %2 on %3.")
                           .arg(nativePath, tr("%n actor(s)", nullptr, exporter.actorsWritten()),
                                tr("%n issue(s)", nullptr, exporter.issuesWritten())))
            << Qt::endl;
        return Success;
    }
    if (format == ExportFormat::Json) {
        ScenarioExporter exporter(store);
        if (!exporter.writeFile(outPath)) {
            err << oneLine(exporter.errorString()) << Qt::endl;
            return Failure;
        }
        qint64 issues = 0;
        try {
            issues = store.issues().count();
        } catch (const StoreError &) {
            // Only the count in the message suffers; the file is written.
        }
        out << oneLine(tr("Exported the scenario with %n issue(s) to %1.", nullptr, int(issues))
                           .arg(nativePath))
            << Qt::endl;
        return Success;
    }
    IssueCsvExporter exporter(store);
    if (!exporter.writeFile(outPath)) {
        err << oneLine(exporter.errorString()) << Qt::endl;
        return Failure;
    }
    out << oneLine(tr("Exported %n issue(s) to %1.", nullptr, int(exporter.rowsWritten()))
                       .arg(nativePath))
        << Qt::endl;
    return Success;
}

int CommandActions::runStatus(Store &store, const QString &code, const QString &status,
                              const QString &reason, QTextStream &out, QTextStream &err)
{
    const std::optional<Status> to = StatusText::fromKey(status);
    if (!to) {
        QStringList keys;
        for (Status s : StatusText::all())
            keys.append(StatusText::key(s));
        err << oneLine(tr("Unknown status \"%1\"; expected one of: %2.")
                           .arg(status, keys.join(QStringLiteral(", "))))
            << Qt::endl;
        return BadArgument;
    }
    try {
        // A colleague may change the issue between the read and the write: the
        // write is refused then, and read again, a few times.
        for (int attempt = 0;; ++attempt) {
            const std::optional<Issue> issue = store.issues().byCode(code.trimmed());
            if (!issue) {
                err << oneLine(tr("No issue with code %1.").arg(code.trimmed())) << Qt::endl;
                return Failure;
            }
            if (issue->status == *to) {
                out << oneLine(tr("%1 is already %2; nothing changed.")
                                   .arg(issue->code, StatusText::label(*to)))
                    << Qt::endl;
                return Success;
            }
            try {
                store.issues().changeStatus(issue->id, *to, issue->version, reason);
            } catch (const StoreError &error) {
                if (error.kind() == StoreError::Kind::Conflict && attempt < 3)
                    continue;
                throw;
            }
            out << oneLine(tr("%1: %2 → %3 (%4).")
                               .arg(issue->code, StatusText::label(issue->status),
                                    StatusText::label(*to),
                                    reason.isEmpty() ? tr("no reason given") : reason))
                << Qt::endl;
            return Success;
        }
    } catch (const StoreError &error) {
        err << oneLine(error.message()) << Qt::endl;
        return Failure;
    }
}
