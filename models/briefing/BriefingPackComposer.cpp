#include "BriefingPackComposer.h"

#include "forecast/ExchangeModel.h"
#include "forecast/Forecast.h"
#include "store/ActorRepository.h"
#include "store/EventRepository.h"
#include "store/HistoryRepository.h"
#include "store/IndicatorRepository.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/SettingsRepository.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <optional>

namespace {

constexpr int LastChangesShown = 5;

// Schema 6 added issue.archived_at; a read-only command reads older files as
// they are, and nothing in them is archived.
constexpr int firstVersionWithArchive = 6;

void addSource(QStringList &sources, QSet<QString> &seen, const QString &source)
{
    const QString text = source.trimmed();
    if (!text.isEmpty() && !seen.contains(text)) {
        seen.insert(text);
        sources.append(text);
    }
}

// The reason an undo recorded without its "Undo: " prefix, or nothing for a change
// that is no undo. Undo writes the prefix translated; older files may hold it in
// English.
std::optional<QString> undoneReason(const QString &reason)
{
    const QStringList prefixes = {
        QCoreApplication::translate("ChangeStatusCommand", "Undo: %1").arg(QString()),
        QCoreApplication::translate("BulkEditCommand", "Undo: %1").arg(QString()),
        QStringLiteral("Undo: ")};
    for (const QString &prefix : prefixes) {
        if (!prefix.isEmpty() && reason.startsWith(prefix))
            return reason.mid(prefix.size());
    }
    return std::nullopt;
}

// The changes a reader needs, oldest first: a change that was undone and the
// reverse change its undo appended cancel out (the store keeps both, as history is
// append-only).
QList<StatusChange> withoutUndoneChanges(const QList<StatusChange> &history)
{
    QList<StatusChange> kept;
    for (const StatusChange &change : history) {
        const std::optional<QString> undone = undoneReason(change.reason);
        if (undone && change.from) {
            const auto reversed =
                std::find_if(kept.crbegin(), kept.crend(), [&](const StatusChange &earlier) {
                    return earlier.from && *earlier.from == change.to &&
                           earlier.to == *change.from &&
                           (earlier.reason.isEmpty() || earlier.reason == *undone);
                });
            if (reversed != kept.crend()) {
                kept.erase(std::next(reversed).base());
                continue;
            }
        }
        kept.append(change);
    }
    return kept;
}

} // namespace

QString BriefingPackComposer::markingFor(const QString &classification)
{
    const QString marking = classification.simplified().toUpper();
    if (marking == QLatin1String("UNCLASSIFIED"))
        return {};
    return marking;
}

qsizetype BriefingPackComposer::issuesInPack() const
{
    const QString live = m_store.schemaVersion() >= firstVersionWithArchive
                             ? QStringLiteral(" AND archived_at IS NULL")
                             : QString();
    return Sql::scalar(m_store.database(),
                       QStringLiteral("SELECT COUNT(*) FROM issue WHERE in_pack = 1") + live)
        .toLongLong();
}

PackContent BriefingPackComposer::compose(const PackOptions &options) const
{
    PackContent content;
    content.summit = m_store.settings().summit();
    content.options = options;
    PackOptions &filled = content.options;
    // The pack's language, not the window's: an unknown code (the caller checks it)
    // falls back to the application's language.
    content.language = PackLanguage::fromCode(options.language).value_or(PackLanguage());
    filled.language = content.language.code();
    const PackLanguage &language = content.language;
    if (filled.classification.trimmed().isEmpty())
        filled.classification = content.summit.classification;
    content.marking = markingFor(filled.classification);
    // The only place the clock is read: a given date makes the pack reproducible.
    if (!filled.issueDate.isValid())
        filled.issueDate = QDate::currentDate();
    if (filled.preparedBy.trimmed().isEmpty())
        filled.preparedBy = m_store.userName();
    if (filled.handlingNote.trimmed().isEmpty())
        filled.handlingNote =
            language.translate("BriefingPackComposer",
                               "Not to be copied or passed on; return to the registry after use.");
    if (filled.registrationNumber.trimmed().isEmpty())
        filled.registrationNumber = language.translate("BriefingPackComposer", "not registered");
    filled.copyNumber = std::max(1, filled.copyNumber);

    const QList<Issue> issues = m_store.issues().all();
    // Archived issues have left the packs, even when named by code (a table showing
    // archived issues may pass them on); their rows and history stay.
    QSet<qint64> archived;
    if (m_store.schemaVersion() >= firstVersionWithArchive) {
        QSqlQuery query =
            Sql::exec(m_store.database(),
                      QStringLiteral("SELECT id FROM issue WHERE archived_at IS NOT NULL"));
        while (Sql::next(query))
            archived.insert(query.value(0).toLongLong());
    }

    QSet<QString> wantedCodes;
    for (const QString &code : options.issueCodes) {
        const QString wanted = code.trimmed();
        const auto found = std::find_if(issues.cbegin(), issues.cend(), [&](const Issue &issue) {
            return issue.code.compare(wanted, Qt::CaseInsensitive) == 0;
        });
        if (found == issues.cend())
            throw StoreError(StoreError::Kind::NotFound, tr("Unknown issue code: %1").arg(wanted));
        wantedCodes.insert(wanted.toUpper());
    }

    QStringList sources;
    QSet<QString> seenSources;
    for (const Issue &issue : issues) {
        if (archived.contains(issue.id))
            continue;
        if (!wantedCodes.isEmpty() && !wantedCodes.contains(issue.code.toUpper()))
            continue;
        if (!options.statuses.isEmpty() && !options.statuses.contains(issue.status))
            continue;
        // An issue left out of the pack is still printed when asked for by code.
        if (wantedCodes.isEmpty() && !issue.inPack)
            continue;
        PackContent::Brief brief;
        brief.issue = issue;
        // Unlikely to come up: the delegation only needs what to say if it does.
        // The writer leaves out the emptied sections.
        if (issue.likelihood == Likelihood::Unlikely) {
            brief.issue.euObjective.clear();
            brief.issue.linesToTake.clear();
            brief.issue.background.clear();
            content.briefs.append(brief);
            continue;
        }
        brief.positions = m_store.positions().forIssue(issue.id);
        // As the window's position map computes it (PositionMapData::load).
        brief.forecast =
            Forecast::compute(brief.positions, content.summit.ourBloc, issue.decisionRule);
        const QList<StatusChange> history =
            withoutUndoneChanges(m_store.history().forIssue(issue.id));
        for (qsizetype i = history.size() - 1;
             i >= 0 && brief.lastChanges.size() < LastChangesShown; --i) {
            StatusChange change = history.at(i);
            // Older files may lack who or why; a blank cell would read as a misprint.
            if (change.changedBy.trimmed().isEmpty())
                change.changedBy = language.translate("BriefingPackComposer", "not recorded");
            if (change.reason.trimmed().isEmpty())
                change.reason = language.translate("BriefingPackComposer", "not recorded");
            brief.lastChanges.append(change);
        }
        addSource(sources, seenSources, issue.source);
        for (const Position &position : std::as_const(brief.positions))
            addSource(sources, seenSources, position.source);
        content.briefs.append(brief);
    }

    content.events = m_store.events().all();
    content.actors = m_store.actors().all();
    content.indicators = m_store.indicators().all();
    for (const Event &event : std::as_const(content.events))
        addSource(sources, seenSources, event.source);
    for (const Actor &actor : std::as_const(content.actors))
        addSource(sources, seenSources, actor.source);
    for (const Indicator &indicator : std::as_const(content.indicators))
        addSource(sources, seenSources, indicator.source);
    std::sort(sources.begin(), sources.end());
    content.sources = sources;

    const ExchangeModel::Input deals = ExchangeModel::load(m_store);
    content.tradeoffLinks = ExchangeModel::tradeoffCount(deals);
    if (content.tradeoffLinks > 0) {
        QSet<qint64> briefed;
        for (const PackContent::Brief &brief : std::as_const(content.briefs))
            briefed.insert(brief.issue.id);
        for (const ExchangeModel::OurDeal &deal : ExchangeModel::ourDeals(deals)) {
            if (briefed.contains(deal.issueId))
                content.packageDeals.append(deal);
        }
    }
    return content;
}
