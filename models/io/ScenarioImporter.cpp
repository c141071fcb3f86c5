#include "ScenarioImporter.h"

#include "JsonStrictScan.h"
#include "domain/Actor.h"
#include "domain/Event.h"
#include "domain/FieldLimits.h"
#include "domain/Indicator.h"
#include "domain/Issue.h"
#include "domain/Position.h"
#include "store/ActorRepository.h"
#include "store/EventRepository.h"
#include "store/IndicatorRepository.h"
#include "store/IssueRepository.h"
#include "store/LinkRepository.h"
#include "store/PositionRepository.h"
#include "store/SavedViewRepository.h"
#include "store/SettingsRepository.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalBlocker>

namespace {

// A field-level problem; `where` names the record ("issues[3] (RE-01)").
struct ImportError
{
    QString message;
};

// The progress callback asked to stop.
struct Cancelled
{
};

// Records the database already holds, refused under ImportPolicy::Ask.
struct ConflictError
{
    ImportConflicts conflicts;
    QStringList descriptions;
};

// How much a field may hold (FieldLimits), by its key in the file; the same key
// means the same kind of text in every record.
qsizetype limitOf(const QString &key)
{
    static const QHash<QString, qsizetype> limits = {
        {QStringLiteral("code"), FieldLimits::Code},
        {QStringLiteral("title"), FieldLimits::Title},
        {QStringLiteral("name"), FieldLimits::Title},
        {QStringLiteral("actor"), FieldLimits::Title},
        {QStringLiteral("summit_name"), FieldLimits::Title},
        {QStringLiteral("bloc"), FieldLimits::Bloc},
        {QStringLiteral("our_bloc"), FieldLimits::Bloc},
        {QStringLiteral("counterpart_bloc"), FieldLimits::Bloc},
        {QStringLiteral("eu_objective"), FieldLimits::LongText},
        {QStringLiteral("lines_to_take"), FieldLimits::LongText},
        {QStringLiteral("defensive_lines"), FieldLimits::LongText},
        {QStringLiteral("background"), FieldLimits::LongText},
        {QStringLiteral("stance"), FieldLimits::LongText},
        {QStringLiteral("biography"), FieldLimits::LongText},
        {QStringLiteral("source"), FieldLimits::LongText},
        {QStringLiteral("decision_rule_source"), FieldLimits::LongText},
        {QStringLiteral("description"), FieldLimits::LongText},
        {QStringLiteral("reason"), FieldLimits::LongText},
    };
    return limits.value(key, FieldLimits::ShortText);
}

class Reader
{
public:
    Reader(const QJsonObject &object, QString where) : m_object(object), m_where(std::move(where))
    {
    }

    void allowOnly(const QStringList &keys) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!keys.contains(it.key()))
                fail(ScenarioImporter::tr("unknown field \"%1\"").arg(it.key()));
        }
    }

    QString text(const QString &key, bool required = false) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(ScenarioImporter::tr("the field \"%1\" is missing").arg(key));
            return {};
        }
        if (!value.isString())
            fail(ScenarioImporter::tr("\"%1\" must be text").arg(key));
        const QString result = value.toString();
        if (required && result.trimmed().isEmpty())
            fail(ScenarioImporter::tr("\"%1\" is empty").arg(key));
        if (result.size() > limitOf(key))
            fail(ScenarioImporter::tr("\"%1\" is %2 characters; the limit is %3")
                     .arg(key)
                     .arg(result.size())
                     .arg(limitOf(key)));
        return result;
    }

    QString oneOf(const QString &key, const QStringList &allowed) const
    {
        const QString value = text(key, true);
        if (!allowed.contains(value))
            fail(ScenarioImporter::tr("\"%1\" is \"%2\"; expected one of: %3")
                     .arg(key, value, allowed.join(QStringLiteral(", "))));
        return value;
    }

    QDate date(const QString &key, bool required = false) const
    {
        const QString value = text(key, required);
        if (value.isEmpty())
            return {};
        const QDate result = QDate::fromString(value, Qt::ISODate);
        if (!result.isValid())
            fail(ScenarioImporter::tr("\"%1\" is \"%2\", not a date like 2025-07-24")
                     .arg(key, value));
        return result;
    }

    double number(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isDouble())
            fail(ScenarioImporter::tr("\"%1\" must be a number").arg(key));
        return value.toDouble();
    }

    int scale(const QString &key) const
    {
        const double value = number(key);
        if (value < 0 || value > 100 || value != int(value))
            fail(ScenarioImporter::tr("\"%1\" is %2; expected a whole number from 0 to 100")
                     .arg(key)
                     .arg(value));
        return int(value);
    }

    bool flag(const QString &key, bool fallback = false) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isBool())
            fail(ScenarioImporter::tr("\"%1\" must be true or false").arg(key));
        return value.toBool();
    }

    // An ISO-8601 time ("2025-07-24T09:30:00.000Z"); invalid when absent.
    QDateTime time(const QString &key) const
    {
        const QString value = text(key);
        if (value.isEmpty())
            return {};
        const QDateTime result = Sql::toDateTime(value);
        if (!result.isValid())
            fail(ScenarioImporter::tr("\"%1\" is \"%2\", not a time like 2025-07-24T09:30:00Z")
                     .arg(key, value));
        return result;
    }

    QJsonObject object(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isObject())
            fail(ScenarioImporter::tr("\"%1\" must be an object").arg(key));
        return value.toObject();
    }

    bool has(const QString &key) const { return m_object.contains(key); }

    QJsonArray array(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isArray())
            fail(ScenarioImporter::tr("\"%1\" must be a list").arg(key));
        return value.toArray();
    }

    [[noreturn]] void fail(const QString &problem) const
    {
        throw ImportError{m_where + QStringLiteral(": ") + problem};
    }

private:
    QJsonObject m_object;
    QString m_where;
};

QJsonObject objectAt(const QJsonArray &array, int index, const QString &where)
{
    if (!array.at(index).isObject())
        throw ImportError{ScenarioImporter::tr("%1[%2]: must be an object").arg(where).arg(index)};
    return array.at(index).toObject();
}

QStringList keysOf(const QList<Status> &values)
{
    QStringList keys;
    for (Status status : values)
        keys.append(StatusText::key(status));
    return keys;
}

QStringList statusKeys()
{
    return keysOf(StatusText::all());
}

QStringList priorityKeys()
{
    QStringList keys;
    for (Priority priority : PriorityText::all())
        keys.append(PriorityText::key(priority));
    return keys;
}

QStringList likelihoodKeys()
{
    QStringList keys;
    for (Likelihood likelihood : LikelihoodText::all())
        keys.append(LikelihoodText::key(likelihood));
    return keys;
}

QStringList decisionRuleKeys()
{
    QStringList keys;
    for (DecisionRule rule : DecisionRuleText::all())
        keys.append(DecisionRuleText::key(rule));
    return keys;
}

QStringList linkKindKeys()
{
    QStringList keys;
    for (LinkKind kind : LinkKindText::all())
        keys.append(LinkKindText::key(kind));
    return keys;
}

bool sameActor(const Actor &a, const Actor &b)
{
    return a.name == b.name && a.kind == b.kind && a.bloc == b.bloc && a.role == b.role &&
           a.biography == b.biography && a.source == b.source && a.illustrative == b.illustrative;
}

bool sameEvent(const Event &a, const Event &b)
{
    return a.title == b.title && a.kind == b.kind && a.startsOn == b.startsOn &&
           a.endsOn == b.endsOn && a.place == b.place && a.description == b.description &&
           a.source == b.source && a.illustrative == b.illustrative;
}

bool sameIndicator(const Indicator &a, const Indicator &b)
{
    return a.name == b.name && a.observedOn == b.observedOn && a.value == b.value &&
           a.unit == b.unit && a.source == b.source && a.illustrative == b.illustrative;
}

QString where(const QString &list, int index, const QJsonObject &object, const QString &key)
{
    return QStringLiteral("%1[%2] (%3)").arg(list).arg(index).arg(object.value(key).toString());
}

// A place in the file as the messages name records: "issues[3] (RE-01).positions[0]".
QString placeName(const QJsonObject &root, const QList<JsonStrictScan::Step> &path)
{
    static const QHash<QString, QString> labelKeys = {
        {QStringLiteral("actors"), QStringLiteral("name")},
        {QStringLiteral("issues"), QStringLiteral("code")},
        {QStringLiteral("events"), QStringLiteral("title")},
        {QStringLiteral("indicators"), QStringLiteral("name")},
        {QStringLiteral("saved_views"), QStringLiteral("name")},
    };
    if (path.isEmpty())
        return ScenarioImporter::tr("file");
    QString name;
    QJsonValue value = root;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const JsonStrictScan::Step &step = path.at(i);
        if (step.index >= 0) {
            value = value.toArray().at(step.index);
            name += QStringLiteral("[%1]").arg(step.index);
            const QString label =
                i == 1 ? value.toObject().value(labelKeys.value(path.at(0).key)).toString()
                       : QString();
            if (!label.isEmpty())
                name += QStringLiteral(" (%1)").arg(label);
        } else {
            value = value.toObject().value(step.key);
            name += (name.isEmpty() ? QString() : QStringLiteral(".")) + step.key;
        }
    }
    return name;
}

// What QJsonDocument would have let through silently, as a message; empty if none.
QString strictProblem(const QByteArray &bytes, const QJsonObject &root)
{
    const std::optional<JsonStrictScan::Problem> problem = JsonStrictScan::firstProblem(bytes);
    if (!problem)
        return {};
    const QString place = placeName(root, problem->container);
    const int line = int(bytes.left(problem->offset).count('\n')) + 1;
    if (problem->kind == JsonStrictScan::Problem::Kind::DuplicateKey)
        return ScenarioImporter::tr("%1: the field \"%2\" is given twice (line %3); a record "
                                    "holds each field once")
            .arg(place, problem->key, QString::number(line));
    const QString escape =
        QStringLiteral("\\u") +
        QString::number(problem->surrogate, 16).toUpper().rightJustified(4, QLatin1Char('0'));
    if (problem->key.isEmpty())
        return ScenarioImporter::tr("%1: the text holds %2 (line %3), half of a character "
                                    "(a lone UTF-16 surrogate)")
            .arg(place, escape, QString::number(line));
    return ScenarioImporter::tr("%1: \"%2\" holds %3 (line %4), half of a character (a lone "
                                "UTF-16 surrogate)")
        .arg(place, problem->key, escape, QString::number(line));
}

Actor readActor(const Reader &r)
{
    r.allowOnly({QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("bloc"),
                 QStringLiteral("role"), QStringLiteral("biography"), QStringLiteral("source"),
                 QStringLiteral("illustrative")});
    Actor actor;
    actor.name = r.text(QStringLiteral("name"), true).trimmed();
    actor.kind = r.oneOf(QStringLiteral("kind"), Actor::kinds());
    // Any bloc: the summit's settings say which two are its sides.
    actor.bloc = r.text(QStringLiteral("bloc"), true).trimmed();
    actor.role = r.text(QStringLiteral("role"));
    actor.biography = r.text(QStringLiteral("biography"));
    actor.source = r.text(QStringLiteral("source"));
    actor.illustrative = r.flag(QStringLiteral("illustrative"));
    return actor;
}

SavedView readSavedView(const Reader &r)
{
    r.allowOnly({QStringLiteral("name"), QStringLiteral("definition"), QStringLiteral("created_at"),
                 QStringLiteral("created_by")});
    SavedView view = SavedView::fromJson(r.text(QStringLiteral("name"), true).trimmed(),
                                         r.object(QStringLiteral("definition")));
    view.createdAt = r.time(QStringLiteral("created_at"));
    view.createdBy = r.text(QStringLiteral("created_by"));
    return view;
}

// One issue with its positions and history: read and checked in full, then
// written (or skipped, or replacing the one with its code).
void importIssue(Store &store, ImportPolicy policy, ScenarioImporter::Counts &counts,
                 const Reader &r, const QString &here, QHash<QString, int> *codesInFile, int index)
{
    r.allowOnly({QStringLiteral("code"),
                 QStringLiteral("title"),
                 QStringLiteral("category"),
                 QStringLiteral("status"),
                 QStringLiteral("priority"),
                 QStringLiteral("owner"),
                 QStringLiteral("due_date"),
                 QStringLiteral("eu_objective"),
                 QStringLiteral("lines_to_take"),
                 QStringLiteral("defensive_lines"),
                 QStringLiteral("background"),
                 QStringLiteral("scale_low"),
                 QStringLiteral("scale_high"),
                 QStringLiteral("source"),
                 QStringLiteral("illustrative"),
                 QStringLiteral("likelihood"),
                 QStringLiteral("in_pack"),
                 QStringLiteral("decision_rule"),
                 QStringLiteral("decision_rule_source"),
                 QStringLiteral("positions"),
                 QStringLiteral("history")});
    Issue issue;
    issue.code = r.text(QStringLiteral("code"), true).trimmed();
    issue.title = r.text(QStringLiteral("title"), true);
    issue.category = r.text(QStringLiteral("category"));
    issue.status = *StatusText::fromKey(r.oneOf(QStringLiteral("status"), statusKeys()));
    issue.priority = *PriorityText::fromKey(r.oneOf(QStringLiteral("priority"), priorityKeys()));
    issue.owner = r.text(QStringLiteral("owner"));
    issue.dueDate = r.date(QStringLiteral("due_date"));
    issue.euObjective = r.text(QStringLiteral("eu_objective"));
    issue.linesToTake = r.text(QStringLiteral("lines_to_take"));
    issue.defensiveLines = r.text(QStringLiteral("defensive_lines"));
    issue.background = r.text(QStringLiteral("background"));
    issue.scaleLow = r.text(QStringLiteral("scale_low"));
    issue.scaleHigh = r.text(QStringLiteral("scale_high"));
    issue.source = r.text(QStringLiteral("source"));
    issue.illustrative = r.flag(QStringLiteral("illustrative"));
    if (r.has(QStringLiteral("likelihood")))
        issue.likelihood =
            *LikelihoodText::fromKey(r.oneOf(QStringLiteral("likelihood"), likelihoodKeys()));
    issue.inPack = r.flag(QStringLiteral("in_pack"), true);
    // A file from before version 3 has neither: weighted majority, as it was then.
    if (r.has(QStringLiteral("decision_rule")))
        issue.decisionRule = *DecisionRuleText::fromKey(
            r.oneOf(QStringLiteral("decision_rule"), decisionRuleKeys()));
    issue.decisionRuleSource = r.text(QStringLiteral("decision_rule_source"));
    if (codesInFile->contains(issue.code))
        r.fail(ScenarioImporter::tr(
                   "an issue with code %1 already exists earlier in the file (issues[%2])")
                   .arg(issue.code)
                   .arg(codesInFile->value(issue.code)));
    codesInFile->insert(issue.code, index);

    // The history carried over from an export: a chain from the first status
    // to the current one.
    QList<StatusChange> history;
    const QJsonArray historyArray = r.array(QStringLiteral("history"));
    for (int j = 0; j < historyArray.size(); ++j) {
        const QJsonObject object = objectAt(historyArray, j, here + QStringLiteral(".history"));
        const Reader h(object, QStringLiteral("%1.history[%2]").arg(here).arg(j));
        h.allowOnly({QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("at"),
                     QStringLiteral("by"), QStringLiteral("reason")});
        StatusChange change;
        if (!object.value(QStringLiteral("from")).isNull())
            change.from = StatusText::fromKey(h.oneOf(QStringLiteral("from"), statusKeys()));
        change.to = *StatusText::fromKey(h.oneOf(QStringLiteral("to"), statusKeys()));
        change.changedAt = h.time(QStringLiteral("at"));
        if (!change.changedAt.isValid())
            h.fail(ScenarioImporter::tr("the field \"at\" is missing"));
        change.changedBy = h.text(QStringLiteral("by"), true);
        // The store refuses a status change without a reason, history included.
        change.reason = h.text(QStringLiteral("reason"), true);
        const std::optional<Status> expectedFrom =
            history.isEmpty() ? std::nullopt : std::optional<Status>(history.last().to);
        if (change.from != expectedFrom)
            h.fail(expectedFrom
                       ? ScenarioImporter::tr(
                             "\"from\" must be \"%1\", where the change before it ended")
                             .arg(StatusText::key(*expectedFrom))
                       : ScenarioImporter::tr("the first change must have \"from\": null"));
        history.append(change);
    }
    if (!history.isEmpty() && history.last().to != issue.status)
        r.fail(ScenarioImporter::tr("the history ends at \"%1\" but \"status\" is \"%2\"")
                   .arg(StatusText::key(history.last().to), StatusText::key(issue.status)));

    // Positions are read (and checked) before anything of this issue is written.
    QList<Position> positions;
    const QJsonArray positionArray = r.array(QStringLiteral("positions"));
    QSet<qint64> actorsSeen;
    for (int j = 0; j < positionArray.size(); ++j) {
        const QJsonObject object = objectAt(positionArray, j, here + QStringLiteral(".positions"));
        const Reader p(object, QStringLiteral("%1.positions[%2] (%3)")
                                   .arg(here)
                                   .arg(j)
                                   .arg(object.value(QStringLiteral("actor")).toString()));
        p.allowOnly({QStringLiteral("actor"), QStringLiteral("stance"), QStringLiteral("position"),
                     QStringLiteral("salience"), QStringLiteral("clout"), QStringLiteral("source"),
                     QStringLiteral("illustrative"), QStringLiteral("consent_needed")});
        const QString actorName = p.text(QStringLiteral("actor"), true).trimmed();
        const std::optional<Actor> actor = store.actors().byName(actorName);
        if (!actor)
            p.fail(ScenarioImporter::tr("no actor named \"%1\" in \"actors\"").arg(actorName));
        if (actorsSeen.contains(actor->id))
            p.fail(ScenarioImporter::tr("a second position for %1 on this issue").arg(actorName));
        actorsSeen.insert(actor->id);
        Position position;
        position.actorId = actor->id;
        position.stance = p.text(QStringLiteral("stance"));
        position.position = p.scale(QStringLiteral("position"));
        position.salience = p.scale(QStringLiteral("salience"));
        position.clout = p.scale(QStringLiteral("clout"));
        position.source = p.text(QStringLiteral("source"));
        position.illustrative = p.flag(QStringLiteral("illustrative"));
        position.consentNeeded = p.flag(QStringLiteral("consent_needed"));
        positions.append(position);
    }

    const std::optional<Issue> existing = store.issues().byCode(issue.code);
    if (existing && policy == ImportPolicy::Skip) {
        ++counts.skipped;
        return;
    }
    if (existing && policy != ImportPolicy::Replace)
        r.fail(ScenarioImporter::tr("an issue with code %1 already exists").arg(issue.code));
    if (existing) {
        // The database keeps its own history; a changed status adds one line.
        issue.id = existing->id;
        issue.version = existing->version;
        store.issues().update(issue, ScenarioImporter::tr("Imported (replaced)"));
        store.positions().removeForIssue(issue.id);
        ++counts.replaced;
    } else {
        if (history.isEmpty())
            store.issues().insert(issue, ScenarioImporter::tr("Imported"));
        else
            store.issues().insert(issue, history);
        ++counts.issues;
    }
    for (Position &position : positions) {
        position.issueId = issue.id;
        store.positions().insert(position);
        ++counts.positions;
    }
}

} // namespace

bool ScenarioImporter::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!import(file)) {
        m_error = tr("%1: %2").arg(path, m_error);
        return false;
    }
    return true;
}

bool ScenarioImporter::import(QIODevice &device)
{
    m_error.clear();
    m_counts = {};
    m_conflicts = {};
    m_cancelled = false;
    if (device.size() > maxFileSize) {
        m_error = tr("the file is larger than %1 MB").arg(maxFileSize / (1024 * 1024));
        return false;
    }
    const QByteArray bytes = device.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - before.lastIndexOf('\n'));
        m_error = tr("not valid JSON at line %1, column %2: %3")
                      .arg(line)
                      .arg(column)
                      .arg(parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        m_error = tr("a scenario file must hold one JSON object");
        return false;
    }
    m_error = strictProblem(bytes, document.object());
    if (!m_error.isEmpty())
        return false;
    try {
        // A dry run announces nothing: the windows must not show rows about to go.
        const QSignalBlocker quiet(m_dryRun ? &m_store : nullptr);
        Sql::Transaction transaction(m_store.database());
        importObject(document.object());
        if (!m_dryRun)
            transaction.commit();
    } catch (const Cancelled &) {
        // The transaction rolls back as it goes out of scope.
        m_cancelled = true;
        m_error = tr("the import was cancelled; nothing was imported");
    } catch (const ImportError &error) {
        m_error = error.message;
    } catch (const ConflictError &error) {
        m_conflicts = error.conflicts;
        if (error.descriptions.size() == 1)
            m_error = tr("%1 in the database. Import again choosing to skip or replace it.")
                          .arg(error.descriptions.first());
        else
            m_error = tr("%1 records in the file already exist in the database: %2. Import "
                         "again choosing to skip or replace them.")
                          .arg(error.conflicts.count())
                          .arg(error.conflicts.summary());
    } catch (const StoreError &error) {
        m_error = error.message();
    }
    if (!m_error.isEmpty())
        m_counts = {};
    if (!m_dryRun)
        m_store.notifyReset();
    m_error = asOneLine(m_error);
    return m_error.isEmpty();
}

// Under Ask, lists every record the database already holds in another form,
// before anything is written. Malformed records are left to the main pass.
void ScenarioImporter::findConflicts(const QJsonObject &root)
{
    ConflictError found;
    const QJsonArray actors = root.value(QStringLiteral("actors")).toArray();
    for (int i = 0; i < actors.size(); ++i) {
        const QJsonObject object = actors.at(i).toObject();
        const QString name = object.value(QStringLiteral("name")).toString().trimmed();
        const std::optional<Actor> existing = m_store.actors().byName(name);
        if (!existing)
            continue;
        try {
            if (sameActor(readActor(Reader(object, QString())), *existing))
                continue;
        } catch (const ImportError &) {
            continue;
        }
        found.conflicts.actorNames.append(name);
        found.descriptions.append(
            tr("%1: an actor named %2 already exists with other details")
                .arg(where(QStringLiteral("actors"), i, object, QStringLiteral("name")), name));
    }
    const QJsonArray issues = root.value(QStringLiteral("issues")).toArray();
    for (int i = 0; i < issues.size(); ++i) {
        const QJsonObject object = issues.at(i).toObject();
        const QString code = object.value(QStringLiteral("code")).toString().trimmed();
        if (code.isEmpty() || !m_store.issues().byCode(code))
            continue;
        found.conflicts.issueCodes.append(code);
        found.descriptions.append(
            tr("%1: an issue with code %2 already exists")
                .arg(where(QStringLiteral("issues"), i, object, QStringLiteral("code")), code));
    }
    const QJsonArray views = root.value(QStringLiteral("saved_views")).toArray();
    SavedViewRepository savedViews(m_store);
    for (int i = 0; i < views.size(); ++i) {
        const QJsonObject object = views.at(i).toObject();
        const QString name = object.value(QStringLiteral("name")).toString().trimmed();
        const std::optional<SavedView> existing = savedViews.byName(name);
        if (!existing)
            continue;
        try {
            if (readSavedView(Reader(object, QString())) == *existing)
                continue;
        } catch (const ImportError &) {
            continue;
        }
        found.conflicts.savedViewNames.append(name);
        found.descriptions.append(
            tr("%1: a saved view named %2 already exists")
                .arg(where(QStringLiteral("saved_views"), i, object, QStringLiteral("name")),
                     name));
    }
    if (!found.conflicts.isEmpty())
        throw found;
}

void ScenarioImporter::step()
{
    ++m_done;
    if (m_progress && !m_progress(m_done, m_total))
        throw Cancelled{};
}

void ScenarioImporter::importObject(const QJsonObject &root)
{
    const Reader top(root, tr("file"));
    top.allowOnly({QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("settings"),
                   QStringLiteral("actors"), QStringLiteral("issues"), QStringLiteral("links"),
                   QStringLiteral("saved_views"), QStringLiteral("events"),
                   QStringLiteral("indicators")});
    if (top.text(QStringLiteral("format"), true) != QLatin1String("summit-brief-scenario"))
        top.fail(tr("\"format\" must be \"summit-brief-scenario\""));
    const double version = top.number(QStringLiteral("version"));
    if (version > formatVersion)
        top.fail(tr("format version %1 is newer than this Summit Brief reads (%2)")
                     .arg(version)
                     .arg(formatVersion));
    if (version < 1 || version != int(version))
        top.fail(tr("\"version\" must be a whole number from 1"));
    // Typed early, so the conflict scan below reads well-formed lists.
    const QJsonArray actors = top.array(QStringLiteral("actors"));
    const QJsonArray issues = top.array(QStringLiteral("issues"));
    const QJsonArray links = top.array(QStringLiteral("links"));
    const QJsonArray views = top.array(QStringLiteral("saved_views"));
    const QJsonArray events = top.array(QStringLiteral("events"));
    const QJsonArray indicators = top.array(QStringLiteral("indicators"));
    if (m_policy == ImportPolicy::Ask)
        findConflicts(root);

    if (root.contains(QStringLiteral("settings"))) {
        if (!root.value(QStringLiteral("settings")).isObject())
            top.fail(tr("\"settings\" must be an object"));
        const Reader settings(root.value(QStringLiteral("settings")).toObject(), tr("settings"));
        settings.allowOnly({QStringLiteral("summit_name"), QStringLiteral("summit_place"),
                            QStringLiteral("summit_start"), QStringLiteral("summit_end"),
                            QStringLiteral("classification"), QStringLiteral("our_bloc"),
                            QStringLiteral("counterpart_bloc")});
        SummitInfo info = m_store.settings().summit();
        info.name = settings.text(QStringLiteral("summit_name"));
        info.place = settings.text(QStringLiteral("summit_place"));
        info.start = settings.date(QStringLiteral("summit_start"));
        info.end = settings.date(QStringLiteral("summit_end"));
        info.classification = settings.text(QStringLiteral("classification"));
        // A file that does not name a side (written before they were settings)
        // leaves the database's.
        if (settings.has(QStringLiteral("our_bloc")))
            info.ourBloc = settings.text(QStringLiteral("our_bloc"), true).trimmed();
        if (settings.has(QStringLiteral("counterpart_bloc")))
            info.counterpartBloc =
                settings.text(QStringLiteral("counterpart_bloc"), true).trimmed();
        if (info.ourBloc.compare(info.counterpartBloc, Qt::CaseInsensitive) == 0)
            settings.fail(tr("\"our_bloc\" and \"counterpart_bloc\" are both \"%1\"; the "
                             "summit's two sides must be different blocs")
                              .arg(info.ourBloc));
        // Skip keeps the summit this database is about.
        if (m_policy != ImportPolicy::Skip || m_store.settings().summit().name.isEmpty())
            m_store.settings().setSummit(info);
    }

    m_done = 0;
    m_total = int(actors.size() + issues.size() + links.size());
    QSet<QString> actorsInFile;
    for (int i = 0; i < actors.size(); ++i, step()) {
        const QJsonObject object = objectAt(actors, i, QStringLiteral("actors"));
        const Reader r(object, where(QStringLiteral("actors"), i, object, QStringLiteral("name")));
        Actor actor = readActor(r);
        if (actorsInFile.contains(actor.name))
            r.fail(tr("an actor named \"%1\" already exists earlier in the file").arg(actor.name));
        actorsInFile.insert(actor.name);
        const std::optional<Actor> existing = m_store.actors().byName(actor.name);
        if (existing && sameActor(actor, *existing))
            continue;
        if (existing && m_policy == ImportPolicy::Skip) {
            ++m_counts.skipped;
            continue;
        }
        if (existing && m_policy == ImportPolicy::Replace) {
            actor.id = existing->id;
            actor.version = existing->version;
            m_store.actors().update(actor);
            ++m_counts.replaced;
            continue;
        }
        if (existing)
            r.fail(tr("an actor named \"%1\" already exists").arg(actor.name));
        m_store.actors().insert(actor);
        ++m_counts.actors;
    }

    QHash<QString, int> codesInFile;
    for (int i = 0; i < issues.size(); ++i, step()) {
        const QJsonObject object = objectAt(issues, i, QStringLiteral("issues"));
        const QString here = where(QStringLiteral("issues"), i, object, QStringLiteral("code"));
        importIssue(m_store, m_policy, m_counts, Reader(object, here), here, &codesInFile, i);
    }

    for (int i = 0; i < links.size(); ++i, step()) {
        const QJsonObject object = objectAt(links, i, QStringLiteral("links"));
        const Reader r(object, QStringLiteral("links[%1] (%2 %3 %4)")
                                   .arg(i)
                                   .arg(object.value(QStringLiteral("from")).toString(),
                                        object.value(QStringLiteral("kind")).toString(),
                                        object.value(QStringLiteral("to")).toString()));
        r.allowOnly({QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("kind"),
                     QStringLiteral("created_at"), QStringLiteral("created_by")});
        IssueLink link;
        link.kind = *LinkKindText::fromKey(r.oneOf(QStringLiteral("kind"), linkKindKeys()));
        for (const QString &end : {QStringLiteral("from"), QStringLiteral("to")}) {
            const QString code = r.text(end, true).trimmed();
            const std::optional<Issue> issue = m_store.issues().byCode(code);
            if (!issue)
                r.fail(tr("no issue with code %1 in the file or the database").arg(code));
            (end == QLatin1String("from") ? link.fromIssue : link.toIssue) = issue->id;
        }
        link.createdAt = r.time(QStringLiteral("created_at"));
        link.createdBy = r.text(QStringLiteral("created_by"));
        LinkRepository linkRepository(m_store);
        if (linkRepository.find(link.fromIssue, link.toIssue, link.kind))
            continue; // the database has it already
        try {
            linkRepository.add(link);
        } catch (const StoreError &error) {
            r.fail(error.message());
        }
        ++m_counts.links;
    }

    SavedViewRepository savedViews(m_store);
    QSet<QString> viewsInFile;
    for (int i = 0; i < views.size(); ++i) {
        const QJsonObject object = objectAt(views, i, QStringLiteral("saved_views"));
        const Reader r(object,
                       where(QStringLiteral("saved_views"), i, object, QStringLiteral("name")));
        SavedView view = readSavedView(r);
        if (viewsInFile.contains(view.name))
            r.fail(
                tr("a saved view named \"%1\" already exists earlier in the file").arg(view.name));
        viewsInFile.insert(view.name);
        const std::optional<SavedView> existing = savedViews.byName(view.name);
        if (existing && *existing == view)
            continue;
        if (existing && m_policy == ImportPolicy::Skip) {
            ++m_counts.skipped;
            continue;
        }
        if (existing && m_policy != ImportPolicy::Replace)
            r.fail(tr("a saved view named \"%1\" already exists").arg(view.name));
        savedViews.save(view, true, true);
        existing ? ++m_counts.replaced : ++m_counts.savedViews;
    }

    // Events and indicators have no key: one the database holds exactly is not
    // added twice; anything else is added.
    const QList<Event> knownEvents = m_store.events().all();
    for (int i = 0; i < events.size(); ++i) {
        const QJsonObject object = objectAt(events, i, QStringLiteral("events"));
        const Reader r(object, where(QStringLiteral("events"), i, object, QStringLiteral("title")));
        r.allowOnly({QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("starts_on"),
                     QStringLiteral("ends_on"), QStringLiteral("place"),
                     QStringLiteral("description"), QStringLiteral("source"),
                     QStringLiteral("illustrative")});
        Event event;
        event.title = r.text(QStringLiteral("title"), true);
        event.kind = r.oneOf(QStringLiteral("kind"),
                             {QStringLiteral("meeting"), QStringLiteral("deadline")});
        event.startsOn = r.date(QStringLiteral("starts_on"), true);
        event.endsOn = r.date(QStringLiteral("ends_on"));
        event.place = r.text(QStringLiteral("place"));
        event.description = r.text(QStringLiteral("description"));
        event.source = r.text(QStringLiteral("source"));
        event.illustrative = r.flag(QStringLiteral("illustrative"));
        if (std::any_of(knownEvents.cbegin(), knownEvents.cend(),
                        [&event](const Event &known) { return sameEvent(known, event); }))
            continue;
        m_store.events().insert(event);
        ++m_counts.events;
    }

    const QList<Indicator> knownIndicators = m_store.indicators().all();
    for (int i = 0; i < indicators.size(); ++i) {
        const QJsonObject object = objectAt(indicators, i, QStringLiteral("indicators"));
        const Reader r(object,
                       where(QStringLiteral("indicators"), i, object, QStringLiteral("name")));
        r.allowOnly({QStringLiteral("name"), QStringLiteral("observed_on"), QStringLiteral("value"),
                     QStringLiteral("unit"), QStringLiteral("source"),
                     QStringLiteral("illustrative")});
        Indicator indicator;
        indicator.name = r.text(QStringLiteral("name"), true);
        indicator.observedOn = r.date(QStringLiteral("observed_on"), true);
        indicator.value = r.number(QStringLiteral("value"));
        indicator.unit = r.text(QStringLiteral("unit"));
        indicator.source = r.text(QStringLiteral("source"));
        indicator.illustrative = r.flag(QStringLiteral("illustrative"));
        if (std::any_of(
                knownIndicators.cbegin(), knownIndicators.cend(),
                [&indicator](const Indicator &known) { return sameIndicator(known, indicator); }))
            continue;
        m_store.indicators().insert(indicator);
        ++m_counts.indicators;
    }
}
