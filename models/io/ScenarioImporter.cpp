#include "ScenarioImporter.h"

#include "domain/Actor.h"
#include "domain/Event.h"
#include "domain/Indicator.h"
#include "domain/Issue.h"
#include "domain/Position.h"
#include "store/ActorRepository.h"
#include "store/EventRepository.h"
#include "store/IndicatorRepository.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/SettingsRepository.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {

// A field-level problem; `where` names the record ("issues[3] (RE-01)").
struct ImportError
{
    QString message;
};

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
        if (result.size() > ScenarioImporter::maxFieldLength)
            fail(ScenarioImporter::tr("\"%1\" is longer than %2 characters")
                     .arg(key)
                     .arg(ScenarioImporter::maxFieldLength));
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

QStringList statusKeys()
{
    QStringList keys;
    for (Status status : StatusText::all())
        keys.append(StatusText::key(status));
    return keys;
}

QStringList likelihoodKeys()
{
    QStringList keys;
    for (Likelihood likelihood : LikelihoodText::all())
        keys.append(LikelihoodText::key(likelihood));
    return keys;
}

QStringList priorityKeys()
{
    QStringList keys;
    for (Priority priority : PriorityText::all())
        keys.append(PriorityText::key(priority));
    return keys;
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
    try {
        Sql::Transaction transaction(m_store.database());
        importObject(document.object());
        transaction.commit();
    } catch (const ImportError &error) {
        m_error = error.message;
        m_counts = {};
    } catch (const StoreError &error) {
        m_error = error.message();
        m_counts = {};
    }
    m_store.notifyReset();
    return m_error.isEmpty();
}

void ScenarioImporter::importObject(const QJsonObject &root)
{
    const Reader top(root, tr("file"));
    top.allowOnly({QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("settings"),
                   QStringLiteral("actors"), QStringLiteral("issues"), QStringLiteral("events"),
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

    if (root.contains(QStringLiteral("settings"))) {
        if (!root.value(QStringLiteral("settings")).isObject())
            top.fail(tr("\"settings\" must be an object"));
        const Reader settings(root.value(QStringLiteral("settings")).toObject(), tr("settings"));
        settings.allowOnly({QStringLiteral("summit_name"), QStringLiteral("summit_place"),
                            QStringLiteral("summit_start"), QStringLiteral("summit_end"),
                            QStringLiteral("classification")});
        SummitInfo info;
        info.name = settings.text(QStringLiteral("summit_name"));
        info.place = settings.text(QStringLiteral("summit_place"));
        info.start = settings.date(QStringLiteral("summit_start"));
        info.end = settings.date(QStringLiteral("summit_end"));
        info.classification = settings.text(QStringLiteral("classification"));
        m_store.settings().setSummit(info);
    }

    const QJsonArray actors = top.array(QStringLiteral("actors"));
    for (int i = 0; i < actors.size(); ++i) {
        const QJsonObject object = objectAt(actors, i, QStringLiteral("actors"));
        const Reader r(object, QStringLiteral("actors[%1] (%2)")
                                   .arg(i)
                                   .arg(object.value(QStringLiteral("name")).toString()));
        r.allowOnly({QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("bloc"),
                     QStringLiteral("role"), QStringLiteral("biography"), QStringLiteral("source"),
                     QStringLiteral("illustrative")});
        Actor actor;
        actor.name = r.text(QStringLiteral("name"), true);
        actor.kind = r.oneOf(QStringLiteral("kind"), Actor::kinds());
        actor.bloc = r.oneOf(QStringLiteral("bloc"), Actor::blocs());
        actor.role = r.text(QStringLiteral("role"));
        actor.biography = r.text(QStringLiteral("biography"));
        actor.source = r.text(QStringLiteral("source"));
        actor.illustrative = r.flag(QStringLiteral("illustrative"));
        if (m_store.actors().byName(actor.name))
            r.fail(tr("an actor named \"%1\" already exists").arg(actor.name));
        m_store.actors().insert(actor);
        ++m_counts.actors;
    }

    const QJsonArray issues = top.array(QStringLiteral("issues"));
    for (int i = 0; i < issues.size(); ++i) {
        const QJsonObject object = objectAt(issues, i, QStringLiteral("issues"));
        const QString where = QStringLiteral("issues[%1] (%2)")
                                  .arg(i)
                                  .arg(object.value(QStringLiteral("code")).toString());
        const Reader r(object, where);
        r.allowOnly({QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("category"),
                     QStringLiteral("status"), QStringLiteral("priority"), QStringLiteral("owner"),
                     QStringLiteral("due_date"), QStringLiteral("eu_objective"),
                     QStringLiteral("lines_to_take"), QStringLiteral("defensive_lines"),
                     QStringLiteral("background"), QStringLiteral("scale_low"),
                     QStringLiteral("scale_high"), QStringLiteral("source"),
                     QStringLiteral("illustrative"), QStringLiteral("likelihood"),
                     QStringLiteral("in_pack"), QStringLiteral("positions")});
        Issue issue;
        issue.code = r.text(QStringLiteral("code"), true).trimmed();
        issue.title = r.text(QStringLiteral("title"), true);
        issue.category = r.text(QStringLiteral("category"));
        issue.status = *StatusText::fromKey(r.oneOf(QStringLiteral("status"), statusKeys()));
        issue.priority =
            *PriorityText::fromKey(r.oneOf(QStringLiteral("priority"), priorityKeys()));
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
        if (object.contains(QStringLiteral("likelihood")))
            issue.likelihood =
                *LikelihoodText::fromKey(r.oneOf(QStringLiteral("likelihood"), likelihoodKeys()));
        issue.inPack = r.flag(QStringLiteral("in_pack"), true);
        if (m_store.issues().byCode(issue.code))
            r.fail(tr("an issue with code %1 already exists").arg(issue.code));
        m_store.issues().insert(issue, tr("Imported"));
        ++m_counts.issues;

        const QJsonArray positions = r.array(QStringLiteral("positions"));
        QSet<qint64> actorsSeen;
        for (int j = 0; j < positions.size(); ++j) {
            const QJsonObject positionObject =
                objectAt(positions, j, where + QStringLiteral(".positions"));
            const Reader p(positionObject,
                           QStringLiteral("%1.positions[%2] (%3)")
                               .arg(where)
                               .arg(j)
                               .arg(positionObject.value(QStringLiteral("actor")).toString()));
            p.allowOnly({QStringLiteral("actor"), QStringLiteral("stance"),
                         QStringLiteral("position"), QStringLiteral("salience"),
                         QStringLiteral("clout"), QStringLiteral("source"),
                         QStringLiteral("illustrative")});
            const QString actorName = p.text(QStringLiteral("actor"), true);
            const std::optional<Actor> actor = m_store.actors().byName(actorName);
            if (!actor)
                p.fail(tr("no actor named \"%1\" in \"actors\"").arg(actorName));
            if (actorsSeen.contains(actor->id))
                p.fail(tr("a second position for %1 on this issue").arg(actorName));
            actorsSeen.insert(actor->id);
            Position position;
            position.issueId = issue.id;
            position.actorId = actor->id;
            position.stance = p.text(QStringLiteral("stance"));
            position.position = p.scale(QStringLiteral("position"));
            position.salience = p.scale(QStringLiteral("salience"));
            position.clout = p.scale(QStringLiteral("clout"));
            position.source = p.text(QStringLiteral("source"));
            position.illustrative = p.flag(QStringLiteral("illustrative"));
            m_store.positions().insert(position);
            ++m_counts.positions;
        }
    }

    const QJsonArray events = top.array(QStringLiteral("events"));
    for (int i = 0; i < events.size(); ++i) {
        const QJsonObject object = objectAt(events, i, QStringLiteral("events"));
        const Reader r(object, QStringLiteral("events[%1] (%2)")
                                   .arg(i)
                                   .arg(object.value(QStringLiteral("title")).toString()));
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
        m_store.events().insert(event);
        ++m_counts.events;
    }

    const QJsonArray indicators = top.array(QStringLiteral("indicators"));
    for (int i = 0; i < indicators.size(); ++i) {
        const QJsonObject object = objectAt(indicators, i, QStringLiteral("indicators"));
        const Reader r(object, QStringLiteral("indicators[%1] (%2)")
                                   .arg(i)
                                   .arg(object.value(QStringLiteral("name")).toString()));
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
        m_store.indicators().insert(indicator);
        ++m_counts.indicators;
    }
}
