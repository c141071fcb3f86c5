#include "FileImport.h"

#include "IssueCsvImporter.h"
#include "KtabCsvImporter.h"
#include "ScenarioImporter.h"

#include <QDir>
#include <QFileInfo>

namespace {

// The three importers share their set-up and outcome; only their counts differ.
template <typename Importer>
void runImporter(Importer &importer, const QString &path, ImportPolicy policy, bool dryRun,
                 const ProgressCallback &progress, FileImport::Result &result)
{
    importer.setPolicy(policy);
    importer.setDryRun(dryRun);
    importer.setProgress(progress);
    result.ok = importer.importFile(path);
    result.cancelled = importer.wasCancelled();
    result.error = importer.errorString();
    result.conflicts = importer.conflicts();
}

} // namespace

FileImport::Kind FileImport::kindOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return Kind::Scenario;
    if (suffix == QLatin1String("csv"))
        return KtabCsvImporter::looksLikeKtab(path) ? Kind::Ktab : Kind::IssueTable;
    return Kind::Unknown;
}

FileImport::Result FileImport::run(Store &store, const QString &path, ImportPolicy policy,
                                   bool dryRun, const ProgressCallback &progress)
{
    Result result;
    switch (kindOf(path)) {
    case Kind::Scenario: {
        ScenarioImporter importer(store);
        runImporter(importer, path, policy, dryRun, progress, result);
        const ScenarioImporter::Counts counts = importer.counts();
        QStringList added = {tr("%n new issue(s)", nullptr, counts.issues),
                             tr("%n new actor(s)", nullptr, counts.actors)};
        // The other kinds only when the file has them: a short line reads first.
        const QList<QPair<int, QString>> others = {
            {counts.positions, tr("%n position(s)", nullptr, counts.positions)},
            {counts.events, tr("%n event(s)", nullptr, counts.events)},
            {counts.indicators, tr("%n indicator point(s)", nullptr, counts.indicators)},
            {counts.links, tr("%n link(s)", nullptr, counts.links)},
            {counts.savedViews, tr("%n saved view(s)", nullptr, counts.savedViews)}};
        for (const auto &[count, text] : others) {
            if (count > 0)
                added.append(text);
        }
        result.summary =
            tr("%1; %2 replaced, %3 kept.")
                .arg(added.join(QStringLiteral(", ")), tr("%n record(s)", nullptr, counts.replaced),
                     tr("%n record(s)", nullptr, counts.skipped));
        result.changes = counts.issues + counts.actors + counts.positions + counts.events +
                         counts.indicators + counts.links + counts.savedViews + counts.replaced;
        break;
    }
    case Kind::IssueTable: {
        IssueCsvImporter importer(store);
        runImporter(importer, path, policy, dryRun, progress, result);
        const IssueCsvImporter::Counts counts = importer.counts();
        result.summary = tr("%1, %2 replaced, %3 kept.")
                             .arg(tr("%n new issue(s)", nullptr, counts.added),
                                  tr("%n issue(s)", nullptr, counts.replaced),
                                  tr("%n issue(s)", nullptr, counts.skipped));
        result.changes = counts.added + counts.replaced;
        break;
    }
    case Kind::Ktab: {
        KtabCsvImporter importer(store);
        runImporter(importer, path, policy, dryRun, progress, result);
        const KtabCsvImporter::Counts counts = importer.counts();
        result.summary = tr("%1, %2 (%3 already in the database), %4; %5 replaced, %6 kept.")
                             .arg(tr("%n new issue(s)", nullptr, counts.issues),
                                  tr("%n new actor(s)", nullptr, counts.actorsAdded),
                                  tr("%n actor(s)", nullptr, counts.actorsMatched),
                                  tr("%n position(s)", nullptr, counts.positions),
                                  tr("%n issue(s)", nullptr, counts.issuesReplaced),
                                  tr("%n issue(s)", nullptr, counts.issuesKept));
        result.changes =
            counts.issues + counts.actorsAdded + counts.positions + counts.issuesReplaced;
        break;
    }
    case Kind::Unknown:
        result.error = tr("%1 is neither a scenario (.json) nor an issue table (.csv).")
                           .arg(QDir::toNativeSeparators(path));
        break;
    }
    if (!result.ok)
        result.summary.clear();
    return result;
}
