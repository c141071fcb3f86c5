#include "BriefingPackComposer.h"

#include "store/ActorRepository.h"
#include "store/EventRepository.h"
#include "store/HistoryRepository.h"
#include "store/IndicatorRepository.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QSet>

#include <algorithm>

namespace {

constexpr int LastChangesShown = 5;

void addSource(QStringList &sources, QSet<QString> &seen, const QString &source)
{
    const QString text = source.trimmed();
    if (!text.isEmpty() && !seen.contains(text)) {
        seen.insert(text);
        sources.append(text);
    }
}

} // namespace

QString BriefingPackComposer::markingFor(const QString &classification)
{
    const QString marking = classification.simplified().toUpper();
    if (marking == QLatin1String("UNCLASSIFIED"))
        return {};
    return marking;
}

PackContent BriefingPackComposer::compose(const PackOptions &options) const
{
    PackContent content;
    content.summit = m_store.settings().summit();
    content.options = options;
    PackOptions &filled = content.options;
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
            tr("Not to be copied or passed on; return to the registry after use.");
    if (filled.registrationNumber.trimmed().isEmpty())
        filled.registrationNumber = tr("not registered");
    filled.copyNumber = std::max(1, filled.copyNumber);

    const QList<Issue> issues = m_store.issues().all();

    QSet<QString> wantedCodes;
    for (const QString &code : options.issueCodes) {
        const QString wanted = code.trimmed();
        const bool known = std::any_of(issues.cbegin(), issues.cend(), [&](const Issue &issue) {
            return issue.code.compare(wanted, Qt::CaseInsensitive) == 0;
        });
        if (!known)
            throw StoreError(StoreError::Kind::NotFound, tr("Unknown issue code: %1").arg(wanted));
        wantedCodes.insert(wanted.toUpper());
    }

    QStringList sources;
    QSet<QString> seenSources;
    for (const Issue &issue : issues) {
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
        const QList<StatusChange> history = m_store.history().forIssue(issue.id);
        for (qsizetype i = history.size() - 1;
             i >= 0 && brief.lastChanges.size() < LastChangesShown; --i)
            brief.lastChanges.append(history.at(i));
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
    return content;
}
