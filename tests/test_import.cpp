#include "TestSupport.h"

#include "domain/FieldLimits.h"
#include "io/DemoScenario.h"
#include "io/ScenarioImporter.h"
#include "store/ActorRepository.h"
#include "store/EventRepository.h"
#include "store/HistoryRepository.h"
#include "store/IndicatorRepository.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(SUMMIT_TEST_DATA_DIR "/") + name;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject smallScenario()
{
    return QJsonDocument::fromJson(readFile(dataPath(QStringLiteral("scenario-small.json"))))
        .object();
}

QByteArray toBytes(const QJsonObject &root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// Returns `root` with root[list][index][key] = value (a missing value removes the key).
QJsonObject withField(QJsonObject root, const QString &list, int index, const QString &key,
                      const QJsonValue &value)
{
    QJsonArray array = root.value(list).toArray();
    QJsonObject object = array.at(index).toObject();
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    array.replace(index, object);
    root.insert(list, array);
    return root;
}

QJsonObject withPositionField(QJsonObject root, int issue, int position, const QString &key,
                              const QJsonValue &value)
{
    QJsonArray issues = root.value(QStringLiteral("issues")).toArray();
    QJsonObject object = issues.at(issue).toObject();
    QJsonArray positions = object.value(QStringLiteral("positions")).toArray();
    QJsonObject p = positions.at(position).toObject();
    p.insert(key, value);
    positions.replace(position, p);
    object.insert(QStringLiteral("positions"), positions);
    issues.replace(issue, object);
    root.insert(QStringLiteral("issues"), issues);
    return root;
}

QJsonObject withTop(QJsonObject root, const QString &key, const QJsonValue &value)
{
    root.insert(key, value);
    return root;
}

QJsonObject withSetting(QJsonObject root, const QString &key, const QJsonValue &value)
{
    QJsonObject settings = root.value(QStringLiteral("settings")).toObject();
    settings.insert(key, value);
    root.insert(QStringLiteral("settings"), settings);
    return root;
}

// The database every bad import runs against: it already holds EX-01.
std::unique_ptr<Store> storeWithExistingData(const TestSupport::TempDatabase &temp)
{
    auto store = temp.open();
    Actor actor;
    actor.name = QStringLiteral("Existing Actor");
    actor.kind = QStringLiteral("institution");
    actor.bloc = QStringLiteral("EU");
    store->actors().insert(actor);
    Issue issue;
    issue.code = QStringLiteral("EX-01");
    issue.title = QStringLiteral("Existing issue");
    store->issues().insert(issue);
    SummitInfo info;
    info.name = QStringLiteral("Existing summit");
    info.start = QDate(2025, 1, 1);
    store->settings().setSummit(info);
    return store;
}

bool import(ScenarioImporter &importer, const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return importer.import(buffer);
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void demoImports();
    void smallScenarioImportsEveryField();
    void optionalFieldsMayBeLeftOut();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void importFileNamesTheFile_data();
    void importFileNamesTheFile();
    void secondImportOfSameFileIsRefused();
    void goodImportAfterBadOne();
    void fieldsUpToTheirLimitImport();
    void surrogatePairsImport();
};

void TestImport::demoImports()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    ScenarioImporter importer(*store);
    QVERIFY2(importer.importFile(DemoScenario::resourcePath()), qPrintable(importer.errorString()));
    QVERIFY(importer.errorString().isEmpty());

    const QJsonObject demo =
        QJsonDocument::fromJson(readFile(DemoScenario::resourcePath())).object();
    int positions = 0;
    for (const QJsonValue &issue : demo.value(QStringLiteral("issues")).toArray())
        positions += issue.toObject().value(QStringLiteral("positions")).toArray().size();

    const ScenarioImporter::Counts counts = importer.counts();
    QVERIFY(counts.actors > 0);
    QVERIFY(counts.issues > 0);
    QVERIFY(counts.positions > 0);
    QVERIFY(counts.events > 0);
    QVERIFY(counts.indicators > 0);
    QCOMPARE(counts.actors, demo.value(QStringLiteral("actors")).toArray().size());
    QCOMPARE(counts.issues, demo.value(QStringLiteral("issues")).toArray().size());
    QCOMPARE(counts.positions, positions);
    QCOMPARE(counts.events, demo.value(QStringLiteral("events")).toArray().size());
    QCOMPARE(counts.indicators, demo.value(QStringLiteral("indicators")).toArray().size());

    QCOMPARE(store->actors().all().size(), counts.actors);
    QCOMPARE(store->issues().count(), qint64(counts.issues));
    QCOMPARE(store->positions().count(), qint64(counts.positions));
    QCOMPARE(store->events().all().size(), counts.events);
    QCOMPARE(store->indicators().all().size(), counts.indicators);
    // Every imported issue has its history from the file, ending at its status.
    QVERIFY(store->history().count() > qint64(counts.issues));
    for (const Issue &issue : store->issues().all()) {
        const QList<StatusChange> history = store->history().forIssue(issue.id);
        QVERIFY2(!history.isEmpty(), qPrintable(issue.code));
        QCOMPARE(history.last().to, issue.status);
    }
}

void TestImport::smallScenarioImportsEveryField()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    ScenarioImporter importer(*store);
    QVERIFY2(importer.importFile(dataPath(QStringLiteral("scenario-small.json"))),
             qPrintable(importer.errorString()));
    QCOMPARE(importer.counts().issues, 2);
    QCOMPARE(importer.counts().positions, 4);

    const SummitInfo info = store->settings().summit();
    QCOMPARE(info.name, QStringLiteral("Test Summit"));
    QCOMPARE(info.place, QStringLiteral("Brussels"));
    QCOMPARE(info.start, QDate(2025, 7, 24));
    QCOMPARE(info.end, QDate(2025, 7, 25));
    QCOMPARE(info.classification, QStringLiteral("EU RESTRICTED"));

    const std::optional<Actor> wang = store->actors().byName(QStringLiteral("Wang Yi (王毅)"));
    QVERIFY(wang);
    QCOMPARE(wang->bloc, QStringLiteral("China"));
    QCOMPARE(wang->role, QStringLiteral("Foreign Minister"));
    QCOMPARE(wang->source, QStringLiteral("seed article ¶1"));

    const std::optional<Issue> re = store->issues().byCode(QStringLiteral("RE-01"));
    QVERIFY(re);
    QCOMPARE(re->title, QStringLiteral("Rare-earth export controls"));
    QCOMPARE(re->category, QStringLiteral("Critical raw materials"));
    QCOMPARE(re->status, Status::Raised);
    QCOMPARE(re->priority, Priority::Critical);
    QCOMPARE(re->owner, QStringLiteral("Trade desk"));
    QCOMPARE(re->dueDate, QDate(2025, 7, 14));
    QCOMPARE(re->linesToTake, QStringLiteral("Lift them now.\nAll of them."));
    QCOMPARE(re->background, QStringLiteral("Premiums of $10–30/kg."));
    QCOMPARE(re->scaleLow, QStringLiteral("Controls kept"));
    QCOMPARE(re->scaleHigh, QStringLiteral("Controls lifted"));
    QCOMPARE(re->illustrative, false);
    QVERIFY(!store->issues().byCode(QStringLiteral("SR-01"))->dueDate.isValid());

    const QList<Position> positions = store->positions().forIssue(re->id);
    QCOMPARE(positions.size(), 2);
    QCOMPARE(positions.at(0).actorName, QStringLiteral("Wang Yi (王毅)"));
    QCOMPARE(positions.at(0).position, 20);
    QCOMPARE(positions.at(0).salience, 85);
    QCOMPARE(positions.at(0).clout, 90);
    QCOMPARE(positions.at(0).stance, QStringLiteral("Case by case"));
    QCOMPARE(positions.at(0).illustrative, true);

    const QList<StatusChange> history = store->history().forIssue(re->id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).to, Status::Raised);
    QCOMPARE(history.at(0).changedBy, store->userName());

    QCOMPARE(store->events().all().at(0).endsOn, QDate(2025, 7, 25));
    QCOMPARE(store->indicators().all().at(0).value, 30.0);
}

void TestImport::optionalFieldsMayBeLeftOut()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    const QByteArray minimal = R"({
        "format": "summit-brief-scenario", "version": 1,
        "actors": [ { "name": "Solvay", "kind": "company", "bloc": "EU" } ],
        "issues": [ { "code": "CR-01", "title": "Processing capacity", "status": "Open", "priority": "Low",
                      "positions": [ { "actor": "Solvay", "position": 80, "salience": 50, "clout": 30 } ] } ],
        "events": [ { "title": "Deadline", "kind": "deadline", "starts_on": "2025-07-22" } ],
        "indicators": [ { "name": "Projects", "observed_on": "2025-06-30", "value": 9 } ]
    })";
    ScenarioImporter importer(*store);
    QVERIFY2(import(importer, minimal), qPrintable(importer.errorString()));
    const std::optional<Issue> issue = store->issues().byCode(QStringLiteral("CR-01"));
    QVERIFY(issue);
    QCOMPARE(issue->category, QString());
    QCOMPARE(issue->source, QString());
    QCOMPARE(store->positions().forIssue(issue->id).size(), 1);
    QVERIFY(store->events().all().at(0).endsOn.isNull());
    QCOMPARE(store->actors().byName(QStringLiteral("Solvay"))->illustrative, false);
}

void TestImport::badInputChangesNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");

    const QJsonObject good = smallScenario();
    QVERIFY(!good.isEmpty());
    const QString issues = QStringLiteral("issues");

    QTest::newRow("malformed JSON")
        << QByteArray("{\n  \"format\": \"summit-brief-scenario\",\n  \"version\": 1,\n"
                      "  \"actors\": [ { \"name\": \"x\" },, ]\n}\n")
        << QStringList{QStringLiteral("line 4"), QStringLiteral("column")};
    QTest::newRow("truncated JSON")
        << toBytes(good).left(toBytes(good).size() / 2)
        << QStringList{QStringLiteral("not valid JSON"), QStringLiteral("line")};
    QTest::newRow("empty file") << QByteArray() << QStringList{QStringLiteral("not valid JSON")};
    QTest::newRow("not an object")
        << QByteArray("[1, 2, 3]") << QStringList{QStringLiteral("one JSON object")};
    QTest::newRow("wrong format") << toBytes(withTop(good, QStringLiteral("format"),
                                                     QStringLiteral("keepass")))
                                  << QStringList{QStringLiteral("\"format\"")};
    QJsonObject noFormat = good;
    noFormat.remove(QStringLiteral("format"));
    QTest::newRow("missing format")
        << toBytes(noFormat) << QStringList{QStringLiteral("\"format\"")};
    QTest::newRow("newer version")
        << toBytes(withTop(good, QStringLiteral("version"), ScenarioImporter::formatVersion + 1))
        << QStringList{QStringLiteral("version %1").arg(ScenarioImporter::formatVersion + 1),
                       QStringLiteral("newer")};
    QTest::newRow("version as text")
        << toBytes(withTop(good, QStringLiteral("version"), QStringLiteral("1")))
        << QStringList{QStringLiteral("\"version\"")};
    QTest::newRow("unknown top-level field")
        << toBytes(withTop(good, QStringLiteral("isues"), QJsonArray()))
        << QStringList{QStringLiteral("unknown field"), QStringLiteral("isues")};
    QTest::newRow("unknown field titel")
        << toBytes(withField(good, issues, 1, QStringLiteral("titel"), QStringLiteral("Typo")))
        << QStringList{QStringLiteral("issues[1]"), QStringLiteral("titel")};
    QTest::newRow("unknown status Pending")
        << toBytes(withField(good, issues, 1, QStringLiteral("status"), QStringLiteral("Pending")))
        << QStringList{QStringLiteral("issues[1]"), QStringLiteral("status"),
                       QStringLiteral("Pending")};
    QTest::newRow("missing title")
        << toBytes(withField(good, issues, 1, QStringLiteral("title"),
                             QJsonValue(QJsonValue::Undefined)))
        << QStringList{QStringLiteral("issues[1]"), QStringLiteral("title")};
    QTest::newRow("title not text")
        << toBytes(withField(good, issues, 1, QStringLiteral("title"), 42))
        << QStringList{QStringLiteral("issues[1]"), QStringLiteral("title")};
    QTest::newRow("duplicate code in the file")
        << toBytes(withField(good, issues, 1, QStringLiteral("code"), QStringLiteral("RE-01")))
        << QStringList{QStringLiteral("issues[1]"), QStringLiteral("RE-01"),
                       QStringLiteral("already exists")};
    QTest::newRow("code already in the database")
        << toBytes(withField(good, issues, 1, QStringLiteral("code"), QStringLiteral("EX-01")))
        << QStringList{QStringLiteral("issues[1]"), QStringLiteral("EX-01"),
                       QStringLiteral("already exists")};
    QTest::newRow("actor already in the database")
        << toBytes(withField(good, QStringLiteral("actors"), 1, QStringLiteral("name"),
                             QStringLiteral("Existing Actor")))
        << QStringList{QStringLiteral("actors[1]"), QStringLiteral("Existing Actor")};
    // Any bloc may be named (the summit's settings say which two are its sides),
    // but not an empty or overlong one.
    QTest::newRow("empty bloc") << toBytes(withField(good, QStringLiteral("actors"), 1,
                                                     QStringLiteral("bloc"), QStringLiteral(" ")))
                                << QStringList{QStringLiteral("actors[1]"), QStringLiteral("bloc"),
                                               QStringLiteral("empty")};
    QTest::newRow("bloc of 41 characters")
        << toBytes(withField(good, QStringLiteral("actors"), 1, QStringLiteral("bloc"),
                             QString(41, QLatin1Char('x'))))
        << QStringList{QStringLiteral("actors[1]"), QStringLiteral("bloc"),
                       QStringLiteral("limit is 40")};
    QTest::newRow("position for an unknown actor")
        << toBytes(withPositionField(good, 1, 0, QStringLiteral("actor"), QStringLiteral("Nobody")))
        << QStringList{QStringLiteral("issues[1]"), QStringLiteral("positions[0]"),
                       QStringLiteral("Nobody")};
    QTest::newRow("second position of one actor")
        << toBytes(withPositionField(good, 1, 1, QStringLiteral("actor"),
                                     QStringLiteral("Stéphane Séjourné")))
        << QStringList{QStringLiteral("issues[1]"), QStringLiteral("positions[1]"),
                       QStringLiteral("second position")};
    QTest::newRow("position 150")
        << toBytes(withPositionField(good, 1, 1, QStringLiteral("position"), 150))
        << QStringList{QStringLiteral("issues[1]"), QStringLiteral("positions[1]"),
                       QStringLiteral("\"position\""), QStringLiteral("150")};
    QTest::newRow("salience -5") << toBytes(withPositionField(good, 1, 1,
                                                              QStringLiteral("salience"), -5))
                                 << QStringList{QStringLiteral("positions[1]"),
                                                QStringLiteral("salience")};
    QTest::newRow("clout 50.5") << toBytes(
                                       withPositionField(good, 1, 1, QStringLiteral("clout"), 50.5))
                                << QStringList{QStringLiteral("positions[1]"),
                                               QStringLiteral("clout")};
    QTest::newRow("date 24/07/2025")
        << toBytes(
               withField(good, issues, 1, QStringLiteral("due_date"), QStringLiteral("24/07/2025")))
        << QStringList{QStringLiteral("issues[1]"), QStringLiteral("due_date"),
                       QStringLiteral("24/07/2025")};
    QTest::newRow("summit date 24/07/2025")
        << toBytes(withSetting(good, QStringLiteral("summit_start"), QStringLiteral("24/07/2025")))
        << QStringList{QStringLiteral("settings"), QStringLiteral("summit_start")};
    QTest::newRow("event without start")
        << toBytes(withField(good, QStringLiteral("events"), 0, QStringLiteral("starts_on"),
                             QJsonValue(QJsonValue::Undefined)))
        << QStringList{QStringLiteral("events[0]"), QStringLiteral("starts_on")};
    QTest::newRow("indicator value as text")
        << toBytes(withField(good, QStringLiteral("indicators"), 0, QStringLiteral("value"),
                             QStringLiteral("30")))
        << QStringList{QStringLiteral("indicators[0]"), QStringLiteral("value")};
    QTest::newRow("illustrative as text")
        << toBytes(
               withField(good, issues, 1, QStringLiteral("illustrative"), QStringLiteral("yes")))
        << QStringList{QStringLiteral("issues[1]"), QStringLiteral("illustrative")};
    QTest::newRow("field longer than the limit")
        << toBytes(withField(good, issues, 1, QStringLiteral("background"),
                             QString(FieldLimits::LongText + 1, QLatin1Char('x'))))
        << QStringList{QStringLiteral("issues[1]"), QStringLiteral("background"),
                       QStringLiteral("is %1 characters").arg(FieldLimits::LongText + 1),
                       QStringLiteral("the limit is %1").arg(FieldLimits::LongText)};
    // Each kind of field at one character beyond FieldLimits.
    QTest::newRow("title of 201 characters")
        << toBytes(withField(good, issues, 1, QStringLiteral("title"),
                             QString(FieldLimits::Title + 1, QLatin1Char('t'))))
        << QStringList{QStringLiteral("issues[1] (SR-01)"), QStringLiteral("\"title\" is 201 "),
                       QStringLiteral("the limit is 200")};
    QJsonObject brokenCode =
        withField(good, issues, 1, QStringLiteral("code"), QStringLiteral("SR\n01"));
    QTest::newRow("line break in the code of a refused issue")
        << toBytes(withField(brokenCode, issues, 1, QStringLiteral("title"),
                             QString(FieldLimits::Title + 1, QLatin1Char('t'))))
        << QStringList{QStringLiteral("issues[1] (SR 01)"), QStringLiteral("the limit is 200")};
    QTest::newRow("code of 21 characters")
        << toBytes(withField(good, issues, 1, QStringLiteral("code"),
                             QString(FieldLimits::Code + 1, QLatin1Char('C'))))
        << QStringList{QStringLiteral("issues[1]"), QStringLiteral("\"code\" is 21 "),
                       QStringLiteral("the limit is 20")};
    QTest::newRow("owner of 201 characters")
        << toBytes(withField(good, issues, 1, QStringLiteral("owner"),
                             QString(FieldLimits::ShortText + 1, QLatin1Char('o'))))
        << QStringList{QStringLiteral("issues[1]"), QStringLiteral("\"owner\""),
                       QStringLiteral("the limit is 200")};
    QTest::newRow("stance of 20,001 characters")
        << toBytes(withPositionField(good, 1, 0, QStringLiteral("stance"),
                                     QString(FieldLimits::LongText + 1, QLatin1Char('s'))))
        << QStringList{QStringLiteral("positions[0]"), QStringLiteral("\"stance\""),
                       QStringLiteral("the limit is 20000")};
    QTest::newRow("actor's biography of 20,001 characters")
        << toBytes(withField(good, QStringLiteral("actors"), 0, QStringLiteral("biography"),
                             QString(FieldLimits::LongText + 1, QLatin1Char('b'))))
        << QStringList{QStringLiteral("actors[0]"), QStringLiteral("\"biography\""),
                       QStringLiteral("the limit is 20000")};
    QTest::newRow("a 1 MB title") << toBytes(withField(good, issues, 1, QStringLiteral("title"),
                                                       QString(1024 * 1024, QLatin1Char('t'))))
                                  << QStringList{QStringLiteral("issues[1]"),
                                                 QStringLiteral("\"title\""),
                                                 QStringLiteral("the limit is 200")};
    QTest::newRow("event description of 20,001 characters")
        << toBytes(withField(good, QStringLiteral("events"), 0, QStringLiteral("description"),
                             QString(FieldLimits::LongText + 1, QLatin1Char('d'))))
        << QStringList{QStringLiteral("events[0]"), QStringLiteral("\"description\""),
                       QStringLiteral("the limit is 20000")};

    // QJsonDocument keeps the last of two equal keys and turns a lone surrogate
    // into U+FFFD: both are refused, naming the record and the key.
    const QByteArray raw = toBytes(good);
    const auto edited = [&raw](const QByteArray &from, const QByteArray &to) {
        QByteArray bytes = raw;
        const qsizetype at = bytes.indexOf(from);
        bytes.replace(at, from.size(), to);
        return bytes;
    };
    QVERIFY(raw.contains("\"title\": \"Joint strategic reserve\""));
    QTest::newRow("duplicate key in an issue")
        << edited("\"title\": \"Joint strategic reserve\"",
                  "\"title\": \"Joint strategic reserve\", \"title\": \"Other\"")
        << QStringList{QStringLiteral("issues[1] (SR-01)"), QStringLiteral("\"title\""),
                       QStringLiteral("twice")};
    QTest::newRow("duplicate key spelt with an escape")
        << edited("\"title\": \"Joint strategic reserve\"",
                  "\"title\": \"Joint strategic reserve\", \"ti\\u0074le\": \"Other\"")
        << QStringList{QStringLiteral("issues[1] (SR-01)"), QStringLiteral("\"title\""),
                       QStringLiteral("twice")};
    QTest::newRow("duplicate key at the top")
        << edited("\"version\": 1", "\"version\": 1, \"version\": 2")
        << QStringList{QStringLiteral("file"), QStringLiteral("\"version\""),
                       QStringLiteral("twice")};
    QTest::newRow("duplicate key in a position")
        << edited("\"stance\": \"Case by case\"",
                  "\"stance\": \"Case by case\", \"stance\": \"Never\"")
        << QStringList{QStringLiteral("issues[0] (RE-01).positions[1]"),
                       QStringLiteral("\"stance\""), QStringLiteral("twice")};
    QTest::newRow("lone high surrogate")
        << edited("\"Joint strategic reserve\"", "\"Joint \\ud800 reserve\"")
        << QStringList{QStringLiteral("issues[1] (SR-01)"), QStringLiteral("\"title\""),
                       QStringLiteral("\\uD800"), QStringLiteral("surrogate")};
    QTest::newRow("lone high surrogate at the end")
        << edited("\"Joint strategic reserve\"", "\"Joint strategic reserve\\uDBFF\"")
        << QStringList{QStringLiteral("issues[1] (SR-01)"), QStringLiteral("\"title\""),
                       QStringLiteral("\\uDBFF")};
    QTest::newRow("high surrogate before a letter")
        << edited("\"Joint strategic reserve\"", "\"Joint \\ud83d\\u0041 reserve\"")
        << QStringList{QStringLiteral("issues[1] (SR-01)"), QStringLiteral("\\uD83D")};
    QTest::newRow("lone low surrogate")
        << edited("\"Lift them\"", "\"Lift \\udc00 them\"")
        << QStringList{QStringLiteral("issues[0] (RE-01).positions[0]"),
                       QStringLiteral("\"stance\""), QStringLiteral("\\uDC00")};
    QTest::newRow("lone surrogate in a key")
        << edited("\"version\": 1", "\"version\": 1, \"x\\ud800\": 2")
        << QStringList{QStringLiteral("file"), QStringLiteral("\\uD800")};
    QTest::newRow("issues not a list")
        << toBytes(withTop(good, issues, QStringLiteral("RE-01")))
        << QStringList{QStringLiteral("\"issues\""), QStringLiteral("list")};
    QJsonObject notObject = good;
    QJsonArray list = notObject.value(issues).toArray();
    list.replace(1, 7);
    notObject.insert(issues, list);
    QTest::newRow("issue not an object")
        << toBytes(notObject) << QStringList{QStringLiteral("issues[1]")};

    const QByteArray valid = toBytes(good);
    QByteArray invalidUtf8 = valid;
    invalidUtf8.replace(QByteArray("Joint strategic reserve"),
                        QByteArray("Joint strat\xC3\x28gic reserve"));
    QVERIFY(invalidUtf8 != valid);
    // The message names the line of the bad bytes.
    const auto lineOf = [](const QByteArray &bytes, const QByteArray &bad) {
        return QStringLiteral("line %1").arg(bytes.left(bytes.indexOf(bad)).count('\n') + 1);
    };
    QTest::newRow("invalid UTF-8 in a string")
        << invalidUtf8 << QStringList{QStringLiteral("UTF"), lineOf(invalidUtf8, "\xC3\x28")};
    QByteArray lone = valid;
    lone.replace(QByteArray("Industry desk"), QByteArray("Industry \xFF desk"));
    QTest::newRow("invalid UTF-8 byte 0xFF")
        << lone << QStringList{QStringLiteral("UTF"), lineOf(lone, "\xFF")};
    QByteArray surrogate = valid;
    surrogate.replace(QByteArray("Industry desk"), QByteArray("Industry \xED\xA0\x80 desk"));
    QTest::newRow("UTF-8 encoded surrogate")
        << surrogate << QStringList{QStringLiteral("UTF"), lineOf(surrogate, "\xED")};
    QByteArray latin1 = valid;
    latin1.replace(QByteArray("Joint strategic reserve"), QByteArray("R\xE9serve strat\xE9gique"));
    QTest::newRow("Latin-1 text") << latin1
                                  << QStringList{QStringLiteral("UTF"), lineOf(latin1, "\xE9")};
}

void TestImport::badInputChangesNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    TestSupport::TempDatabase temp;
    auto store = storeWithExistingData(temp);
    const QByteArray before = TestSupport::contentHash(*store);

    ScenarioImporter importer(*store);
    QVERIFY2(!import(importer, bytes), "the bad input was imported");
    const QString message = importer.errorString();
    QVERIFY(!message.isEmpty());
    // One line, whatever the file's codes and names hold.
    QVERIFY2(!message.contains(QLatin1Char('\n')) && !message.contains(QLatin1Char('\r')),
             qPrintable(message));
    QVERIFY(!message.startsWith(QLatin1String("summit-brief")));
    for (const QString &part : expected)
        QVERIFY2(message.contains(part),
                 qPrintable(QStringLiteral("\"%1\" not in: %2").arg(part, message.left(300))));
    QCOMPARE(importer.counts().issues, 0);
    QCOMPARE(importer.counts().actors, 0);
    QCOMPARE(TestSupport::contentHash(*store), before);
}

void TestImport::importFileNamesTheFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("invalid UTF-8")
        << dataPath(QStringLiteral("invalid-utf8.json")) << QStringLiteral("UTF");
    QTest::newRow("missing file") << dataPath(QStringLiteral("no-such-file.json"))
                                  << QStringLiteral("Cannot read");
}

void TestImport::importFileNamesTheFile()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    TestSupport::TempDatabase temp;
    auto store = storeWithExistingData(temp);
    const QByteArray before = TestSupport::contentHash(*store);
    ScenarioImporter importer(*store);
    QVERIFY(!importer.importFile(path));
    QVERIFY2(importer.errorString().contains(path), qPrintable(importer.errorString()));
    QVERIFY2(importer.errorString().contains(expected), qPrintable(importer.errorString()));
    QCOMPARE(TestSupport::contentHash(*store), before);
}

void TestImport::secondImportOfSameFileIsRefused()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    ScenarioImporter importer(*store);
    QVERIFY(importer.importFile(dataPath(QStringLiteral("scenario-small.json"))));
    const QByteArray before = TestSupport::contentHash(*store);
    QVERIFY(!importer.importFile(dataPath(QStringLiteral("scenario-small.json"))));
    QVERIFY2(importer.errorString().contains(QLatin1String("already exist")),
             qPrintable(importer.errorString()));
    QCOMPARE(TestSupport::contentHash(*store), before);
}

void TestImport::goodImportAfterBadOne()
{
    TestSupport::TempDatabase temp;
    auto store = storeWithExistingData(temp);
    ScenarioImporter importer(*store);
    const QJsonObject good = smallScenario();
    QVERIFY(
        !import(importer, toBytes(withPositionField(good, 1, 1, QStringLiteral("position"), 150))));
    QVERIFY2(import(importer, toBytes(good)), qPrintable(importer.errorString()));
    QVERIFY(importer.errorString().isEmpty());
    QCOMPARE(store->issues().count(), 3);

    // The import was committed: another connection sees it.
    Store other;
    other.open(temp.path(), Store::OpenMode::ExistingOnly);
    QCOMPARE(other.issues().count(), 3);
    QCOMPARE(other.settings().summit().name, QStringLiteral("Test Summit"));
}

void TestImport::fieldsUpToTheirLimitImport()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    QJsonObject root = smallScenario();
    const QString issues = QStringLiteral("issues");
    const QString title(FieldLimits::Title, QLatin1Char('t'));
    const QString code(FieldLimits::Code, QLatin1Char('C'));
    const QString background(FieldLimits::LongText, QLatin1Char('b'));
    root = withField(root, issues, 1, QStringLiteral("title"), title);
    root = withField(root, issues, 1, QStringLiteral("code"), code);
    root = withField(root, issues, 1, QStringLiteral("background"), background);
    ScenarioImporter importer(*store);
    QVERIFY2(import(importer, toBytes(root)), qPrintable(importer.errorString()));
    const std::optional<Issue> issue = store->issues().byCode(code);
    QVERIFY(issue);
    QCOMPARE(issue->title, title);
    QCOMPARE(issue->background, background);
}

void TestImport::surrogatePairsImport()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    QByteArray bytes = toBytes(smallScenario());
    // An escaped pair (U+1F600) and the same character as UTF-8 bytes.
    bytes.replace("\"Joint strategic reserve\"",
                  "\"Joint \\ud83d\\ude00 reserve \xF0\x9F\x98\x80\"");
    bytes.replace("\"Lift them\"", "\"Lift \\uD83C\\uDDEA\\uD83C\\uDDFA them\"");
    ScenarioImporter importer(*store);
    QVERIFY2(import(importer, bytes), qPrintable(importer.errorString()));
    const QString smiley = QString::fromUcs4(U"\U0001F600", 1);
    QCOMPARE(store->issues().byCode(QStringLiteral("SR-01"))->title,
             QStringLiteral("Joint ") + smiley + QStringLiteral(" reserve ") + smiley);
    const qint64 re01 = store->issues().byCode(QStringLiteral("RE-01"))->id;
    const QList<Position> positions = store->positions().forIssue(re01);
    const auto sejourne =
        std::find_if(positions.cbegin(), positions.cend(), [](const Position &position) {
            return position.actorName == QStringLiteral("Stéphane Séjourné");
        });
    QVERIFY(sejourne != positions.cend());
    QCOMPARE(sejourne->stance, QStringLiteral("Lift ") +
                                   QString::fromUcs4(U"\U0001F1EA\U0001F1FA", 2) +
                                   QStringLiteral(" them"));
}

QTEST_GUILESS_MAIN(TestImport)
#include "test_import.moc"
