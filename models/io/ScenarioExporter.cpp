#include "ScenarioExporter.h"

#include "AtomicFile.h"
#include "ScenarioImporter.h"
#include "store/ActorRepository.h"
#include "store/EventRepository.h"
#include "store/HistoryRepository.h"
#include "store/IndicatorRepository.h"
#include "store/IssueRepository.h"
#include "store/LinkRepository.h"
#include "store/PositionRepository.h"
#include "store/SavedViewRepository.h"
#include "store/SettingsRepository.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <tuple>

namespace {

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(Sql::toText(time)) : QJsonValue(QJsonValue::Null);
}

QJsonObject positionObject(const Position &position)
{
    QJsonObject object;
    object.insert(QStringLiteral("actor"), position.actorName);
    object.insert(QStringLiteral("stance"), position.stance);
    object.insert(QStringLiteral("position"), position.position);
    object.insert(QStringLiteral("salience"), position.salience);
    object.insert(QStringLiteral("clout"), position.clout);
    object.insert(QStringLiteral("source"), position.source);
    object.insert(QStringLiteral("illustrative"), position.illustrative);
    object.insert(QStringLiteral("consent_needed"), position.consentNeeded);
    return object;
}

QJsonObject historyObject(const StatusChange &change)
{
    QJsonObject object;
    object.insert(QStringLiteral("from"), change.from ? QJsonValue(StatusText::key(*change.from))
                                                      : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("to"), StatusText::key(change.to));
    object.insert(QStringLiteral("at"), timeValue(change.changedAt));
    object.insert(QStringLiteral("by"), change.changedBy);
    object.insert(QStringLiteral("reason"), change.reason);
    return object;
}

} // namespace

namespace {

// The progress callback asked to stop.
struct Cancelled
{
};

} // namespace

QJsonObject ScenarioExporter::toObject() const
{
    // One read transaction, so the file is one consistent state of the database
    // even while a colleague writes.
    Sql::Transaction snapshot(m_store.database());
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("summit-brief-scenario"));
    root.insert(QStringLiteral("version"), ScenarioImporter::formatVersion);

    const SummitInfo summit = m_store.settings().summit();
    QJsonObject settings;
    settings.insert(QStringLiteral("summit_name"), summit.name);
    settings.insert(QStringLiteral("summit_place"), summit.place);
    settings.insert(QStringLiteral("summit_start"), dateValue(summit.start));
    settings.insert(QStringLiteral("summit_end"), dateValue(summit.end));
    settings.insert(QStringLiteral("classification"), summit.classification);
    settings.insert(QStringLiteral("our_bloc"), summit.ourBloc);
    settings.insert(QStringLiteral("counterpart_bloc"), summit.counterpartBloc);
    root.insert(QStringLiteral("settings"), settings);

    QJsonArray actors;
    for (const Actor &actor : m_store.actors().all()) {
        QJsonObject object;
        object.insert(QStringLiteral("name"), actor.name);
        object.insert(QStringLiteral("kind"), actor.kind);
        object.insert(QStringLiteral("bloc"), actor.bloc);
        object.insert(QStringLiteral("role"), actor.role);
        object.insert(QStringLiteral("biography"), actor.biography);
        object.insert(QStringLiteral("source"), actor.source);
        object.insert(QStringLiteral("illustrative"), actor.illustrative);
        actors.append(object);
    }
    root.insert(QStringLiteral("actors"), actors);

    QJsonArray issues;
    QHash<qint64, QString> codes;
    const QList<Issue> allIssues = m_store.issues().all();
    int done = 0;
    for (const Issue &issue : allIssues) {
        // Issues with their positions and history are most of the work.
        if (m_progress && !m_progress(++done, int(allIssues.size())))
            throw Cancelled{};
        codes.insert(issue.id, issue.code);
        QJsonObject object;
        object.insert(QStringLiteral("code"), issue.code);
        object.insert(QStringLiteral("title"), issue.title);
        object.insert(QStringLiteral("category"), issue.category);
        object.insert(QStringLiteral("status"), StatusText::key(issue.status));
        object.insert(QStringLiteral("priority"), PriorityText::key(issue.priority));
        object.insert(QStringLiteral("owner"), issue.owner);
        object.insert(QStringLiteral("due_date"), dateValue(issue.dueDate));
        object.insert(QStringLiteral("eu_objective"), issue.euObjective);
        object.insert(QStringLiteral("lines_to_take"), issue.linesToTake);
        object.insert(QStringLiteral("defensive_lines"), issue.defensiveLines);
        object.insert(QStringLiteral("background"), issue.background);
        object.insert(QStringLiteral("scale_low"), issue.scaleLow);
        object.insert(QStringLiteral("scale_high"), issue.scaleHigh);
        object.insert(QStringLiteral("source"), issue.source);
        object.insert(QStringLiteral("illustrative"), issue.illustrative);
        object.insert(QStringLiteral("likelihood"), LikelihoodText::key(issue.likelihood));
        object.insert(QStringLiteral("in_pack"), issue.inPack);
        object.insert(QStringLiteral("decision_rule"), DecisionRuleText::key(issue.decisionRule));
        object.insert(QStringLiteral("decision_rule_source"), issue.decisionRuleSource);
        QJsonArray positions;
        for (const Position &position : m_store.positions().forIssue(issue.id))
            positions.append(positionObject(position));
        object.insert(QStringLiteral("positions"), positions);
        QJsonArray history;
        for (const StatusChange &change : m_store.history().forIssue(issue.id))
            history.append(historyObject(change));
        object.insert(QStringLiteral("history"), history);
        issues.append(object);
    }
    root.insert(QStringLiteral("issues"), issues);

    // A symmetric link is written with the smaller code first, whatever ids the
    // two issues have, so a re-imported file writes the same link.
    struct LinkRow
    {
        QString from;
        QString to;
        QString kind;
        IssueLink link;
    };
    QList<LinkRow> links;
    for (const IssueLink &link : LinkRepository(m_store).all()) {
        LinkRow row{codes.value(link.fromIssue), codes.value(link.toIssue),
                    LinkKindText::key(link.kind), link};
        if (LinkKindText::isSymmetric(link.kind) && row.to < row.from)
            std::swap(row.from, row.to);
        links.append(row);
    }
    std::sort(links.begin(), links.end(), [](const LinkRow &a, const LinkRow &b) {
        return std::tie(a.from, a.to, a.kind) < std::tie(b.from, b.to, b.kind);
    });
    QJsonArray linkArray;
    for (const LinkRow &row : std::as_const(links)) {
        QJsonObject object;
        object.insert(QStringLiteral("from"), row.from);
        object.insert(QStringLiteral("to"), row.to);
        object.insert(QStringLiteral("kind"), row.kind);
        object.insert(QStringLiteral("created_at"), timeValue(row.link.createdAt));
        object.insert(QStringLiteral("created_by"), row.link.createdBy);
        linkArray.append(object);
    }
    root.insert(QStringLiteral("links"), linkArray);

    QJsonArray views;
    for (const SavedView &view : SavedViewRepository(m_store).all()) {
        QJsonObject object;
        object.insert(QStringLiteral("name"), view.name);
        object.insert(QStringLiteral("definition"), view.toJson());
        object.insert(QStringLiteral("created_at"), timeValue(view.createdAt));
        object.insert(QStringLiteral("created_by"), view.createdBy);
        views.append(object);
    }
    root.insert(QStringLiteral("saved_views"), views);

    QJsonArray events;
    for (const Event &event : m_store.events().all()) {
        QJsonObject object;
        object.insert(QStringLiteral("title"), event.title);
        object.insert(QStringLiteral("kind"), event.kind);
        object.insert(QStringLiteral("starts_on"), dateValue(event.startsOn));
        object.insert(QStringLiteral("ends_on"), dateValue(event.endsOn));
        object.insert(QStringLiteral("place"), event.place);
        object.insert(QStringLiteral("description"), event.description);
        object.insert(QStringLiteral("source"), event.source);
        object.insert(QStringLiteral("illustrative"), event.illustrative);
        events.append(object);
    }
    root.insert(QStringLiteral("events"), events);

    QJsonArray indicators;
    for (const Indicator &indicator : m_store.indicators().all()) {
        QJsonObject object;
        object.insert(QStringLiteral("name"), indicator.name);
        object.insert(QStringLiteral("observed_on"), dateValue(indicator.observedOn));
        object.insert(QStringLiteral("value"), indicator.value);
        object.insert(QStringLiteral("unit"), indicator.unit);
        object.insert(QStringLiteral("source"), indicator.source);
        object.insert(QStringLiteral("illustrative"), indicator.illustrative);
        indicators.append(object);
    }
    root.insert(QStringLiteral("indicators"), indicators);
    snapshot.commit();
    return root;
}

QByteArray ScenarioExporter::toJson() const
{
    return QJsonDocument(toObject()).toJson(QJsonDocument::Indented);
}

bool ScenarioExporter::write(QIODevice &device)
{
    m_error.clear();
    m_cancelled = false;
    QByteArray bytes;
    try {
        bytes = toJson();
    } catch (const Cancelled &) {
        m_cancelled = true;
        m_error = tr("the export was cancelled; no file was written");
        return false;
    } catch (const StoreError &error) {
        m_error = error.message();
        return false;
    }
    if (!AtomicFile::writeAll(device, bytes)) {
        m_error = tr("Could not write the scenario: %1").arg(AtomicFile::writeFailure(device));
        return false;
    }
    return true;
}

bool ScenarioExporter::writeFile(const QString &path)
{
    return AtomicFile::write(
        path, [this](QIODevice &device) { return write(device); }, &m_error);
}
