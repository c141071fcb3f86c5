#include "TestSupport.h"

#include "domain/FieldLimits.h"
#include "io/CommandActions.h"
#include "io/CsvFormat.h"
#include "io/FileImport.h"
#include "io/IssueCsvExporter.h"
#include "io/IssueCsvImporter.h"
#include "io/ScenarioExporter.h"
#include "io/ScenarioImporter.h"
#include "store/HistoryRepository.h"
#include "store/IssueRepository.h"
#include "store/LinkRepository.h"
#include "store/PackExportRepository.h"
#include "store/PositionRepository.h"
#include "store/SavedViewRepository.h"
#include "store/Store.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool importJson(ScenarioImporter &importer, const QByteArray &bytes, ImportPolicy policy)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    importer.setPolicy(policy);
    return importer.import(buffer);
}

bool importJson(Store &store, const QByteArray &bytes, ImportPolicy policy)
{
    ScenarioImporter importer(store);
    const bool ok = importJson(importer, bytes, policy);
    if (!ok)
        qWarning("%s", qPrintable(importer.errorString()));
    return ok;
}

QByteArray csvOf(Store &store)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    IssueCsvExporter exporter(store);
    if (!exporter.write(buffer))
        qWarning("%s", qPrintable(exporter.errorString()));
    return buffer.data();
}

struct CsvResult
{
    bool ok = false;
    QString error;
    IssueCsvImporter::Counts counts;
    ImportConflicts conflicts;
};

CsvResult importCsv(Store &store, const QByteArray &bytes, ImportPolicy policy = ImportPolicy::Ask)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    IssueCsvImporter importer(store);
    importer.setPolicy(policy);
    CsvResult result;
    result.ok = importer.import(buffer);
    result.error = importer.errorString();
    result.counts = importer.counts();
    result.conflicts = importer.conflicts();
    return result;
}

const QByteArray csvHeader = "code,title,category,status,priority,owner,due_date,likelihood,"
                             "eu_objective,lines_to_take,defensive_lines,background\r\n";

QByteArray csvRow(const QByteArray &code, const QByteArray &status = "Open")
{
    return code + ",Title of " + code + ",Trade," + status +
           ",High,Desk,2025-07-20,certain,Obj,Lines,Def,Back\r\n";
}

// A demo database with everything version 3 adds: likelihood, pack flags,
// history, links of every kind (a symmetric one entered "backwards"), saved views.
void enrich(Store &store)
{
    Issue re01 = *store.issues().byCode(QStringLiteral("RE-01"));
    Issue sc01 = *store.issues().byCode(QStringLiteral("SC-01"));
    int version = store.issues().setField(re01.id, IssueField::Likelihood,
                                          QStringLiteral("certain"), re01.version);
    version = store.issues().changeStatus(re01.id, Status::InNegotiation, version,
                                          QStringLiteral("Talks opened, \"finally\""));
    store.issues().changeStatus(re01.id, Status::Converging, version,
                                QStringLiteral("Closer after the call"));
    store.issues().setField(sc01.id, IssueField::InPack, false, sc01.version);
    LinkRepository links(store);
    IssueLink a;
    a.fromIssue = sc01.id;
    a.toIssue = re01.id;
    a.kind = LinkKind::Relates;
    links.add(a);
    IssueLink b;
    b.fromIssue = store.issues().byCode(QStringLiteral("RE-03"))->id;
    b.toIssue = re01.id;
    b.kind = LinkKind::Blocks;
    links.add(b);
    IssueLink c;
    c.fromIssue = store.issues().byCode(QStringLiteral("TR-01"))->id;
    c.toIssue = store.issues().byCode(QStringLiteral("MG-01"))->id;
    c.kind = LinkKind::Tradeoff;
    links.add(c);
    SavedView view;
    view.name = QStringLiteral("Wang Yi « critical »");
    view.filter.searchText = QStringLiteral("王毅");
    view.filter.priority = Priority::Critical;
    view.sortColumn = 6;
    view.sortOrder = Qt::DescendingOrder;
    SavedViewRepository(store).save(view);
    PackExportRecord pack;
    pack.format = QStringLiteral("pdf");
    PackExportRepository(store).record(pack);
}

} // namespace

// Import and export: the scenario file (JSON) and the issue table (CSV).
class TestExchange : public QObject
{
    Q_OBJECT

private slots:
    void dryRunCountsWhatTheImportDoes_data();
    void dryRunCountsWhatTheImportDoes();
    void dryRunOfABadFileSaysWhy();
    void jsonRoundTripIsByteIdentical();
    void jsonExportHoldsWhatVersion3Adds();
    void jsonWriteFileIsAtomic();
    void jsonImportUnderAskListsConflicts();
    void jsonImportSkipKeepsTheDatabase();
    void jsonImportReplaceOverwrites();
    void jsonHistoryMustBeAChain_data();
    void jsonHistoryMustBeAChain();
    void jsonLinkToUnknownIssueIsRefused();
    void csvRoundTrip();
    void csvQuotesWhatNeedsQuoting();
    void csvWritesFormulasAsText();
    void csvReadsLfBomlessAndBlankLines();
    void csvBadInputChangesNothing_data();
    void csvBadInputChangesNothing();
    void csvPolicies();
    void manyConflictsFitOneShortLine();
    void csvWriteFileIsAtomic();
};

void TestExchange::jsonRoundTripIsByteIdentical()
{
    TestSupport::TempDatabase first;
    auto store = first.open(true);
    enrich(*store);
    const QByteArray exported = ScenarioExporter(*store).toJson();

    TestSupport::TempDatabase second;
    auto copy = second.open();
    copy->setUserName(QStringLiteral("someone.else"));
    QVERIFY(importJson(*copy, exported, ImportPolicy::Ask));
    const QByteArray again = ScenarioExporter(*copy).toJson();
    if (again != exported) {
        const QList<QByteArray> a = exported.split('\n');
        const QList<QByteArray> b = again.split('\n');
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
            if (a.at(i) != b.at(i))
                QFAIL(qPrintable(QStringLiteral("line %1: %2 | %3")
                                     .arg(i + 1)
                                     .arg(QString::fromUtf8(a.at(i)), QString::fromUtf8(b.at(i)))));
        }
        QFAIL("the exports differ in length");
    }

    // And once more, through a third database.
    TestSupport::TempDatabase third;
    auto copy2 = third.open();
    QVERIFY(importJson(*copy2, again, ImportPolicy::Ask));
    QCOMPARE(ScenarioExporter(*copy2).toJson(), exported);
}

void TestExchange::jsonExportHoldsWhatVersion3Adds()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    // Only the links enrich() adds, whose order the checks below name.
    for (const IssueLink &link : LinkRepository(*store).all())
        LinkRepository(*store).remove(link.id);
    enrich(*store);
    const QJsonObject root = QJsonDocument::fromJson(ScenarioExporter(*store).toJson()).object();
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), ScenarioImporter::formatVersion);
    const QJsonArray issues = root.value(QStringLiteral("issues")).toArray();
    QCOMPARE(issues.size(), 12);
    QStringList codes;
    QJsonObject re01;
    for (const QJsonValue &value : issues) {
        codes.append(value.toObject().value(QStringLiteral("code")).toString());
        if (codes.last() == QLatin1String("RE-01"))
            re01 = value.toObject();
    }
    QStringList sorted = codes;
    sorted.sort();
    QCOMPARE(codes, sorted);
    QCOMPARE(re01.value(QStringLiteral("likelihood")).toString(), QStringLiteral("certain"));
    QCOMPARE(re01.value(QStringLiteral("status")).toString(), QStringLiteral("Converging"));
    const QJsonArray history = re01.value(QStringLiteral("history")).toArray();
    // The demo's three entries for RE-01, then the two changes made above.
    QCOMPARE(history.size(), 5);
    QVERIFY(history.at(0).toObject().value(QStringLiteral("from")).isNull());
    QCOMPARE(history.at(0).toObject().value(QStringLiteral("at")).toString(),
             QStringLiteral("2025-06-16T08:30:00.000Z"));
    QCOMPARE(history.at(3).toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("Talks opened, \"finally\""));
    QCOMPARE(history.at(4).toObject().value(QStringLiteral("to")).toString(),
             QStringLiteral("Converging"));

    const QJsonArray links = root.value(QStringLiteral("links")).toArray();
    QCOMPARE(links.size(), 3);
    // The symmetric link entered as SC-01 -> RE-01 is written with the smaller code first.
    const QJsonObject relates = links.at(1).toObject();
    QCOMPARE(relates.value(QStringLiteral("kind")).toString(), QStringLiteral("relates"));
    QCOMPARE(relates.value(QStringLiteral("from")).toString(), QStringLiteral("RE-01"));
    QCOMPARE(relates.value(QStringLiteral("to")).toString(), QStringLiteral("SC-01"));
    const QJsonObject blocks = links.at(2).toObject();
    QCOMPARE(blocks.value(QStringLiteral("from")).toString(), QStringLiteral("RE-03"));
    QCOMPARE(blocks.value(QStringLiteral("kind")).toString(), QStringLiteral("blocks"));

    const QJsonArray views = root.value(QStringLiteral("saved_views")).toArray();
    QCOMPARE(views.size(), 1);
    QCOMPARE(views.at(0)
                 .toObject()
                 .value(QStringLiteral("definition"))
                 .toObject()
                 .value(QStringLiteral("search_text"))
                 .toString(),
             QStringLiteral("王毅"));
    QVERIFY(!root.contains(QStringLiteral("pack_exports")));
}

void TestExchange::jsonWriteFileIsAtomic()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    const QString path = temp.dir() + QStringLiteral("/scenario.json");
    ScenarioExporter exporter(*store);
    QVERIFY2(exporter.writeFile(path), qPrintable(exporter.errorString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), exporter.toJson());
    QVERIFY(!exporter.writeFile(temp.dir() + QStringLiteral("/no/such/folder/x.json")));
    QVERIFY(exporter.errorString().contains(QLatin1String("x.json")));
    QVERIFY(!QFile::exists(temp.dir() + QStringLiteral("/no/such/folder/x.json")));
}

void TestExchange::jsonImportUnderAskListsConflicts()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    QJsonObject root = QJsonDocument::fromJson(ScenarioExporter(*store).toJson()).object();
    // Two issues and one actor differ from what the database holds; one issue is new.
    QJsonArray issues = root.value(QStringLiteral("issues")).toArray();
    QJsonObject extra = issues.at(0).toObject();
    extra.insert(QStringLiteral("code"), QStringLiteral("NEW-01"));
    extra.insert(QStringLiteral("history"), QJsonArray());
    issues.append(extra);
    root.insert(QStringLiteral("issues"), issues);
    QJsonArray actors = root.value(QStringLiteral("actors")).toArray();
    QJsonObject actor = actors.at(0).toObject();
    actor.insert(QStringLiteral("role"), QStringLiteral("A new role"));
    actors.replace(0, actor);
    root.insert(QStringLiteral("actors"), actors);

    const QByteArray hash = TestSupport::contentHash(*store);
    ScenarioImporter importer(*store);
    QVERIFY(!importJson(importer, QJsonDocument(root).toJson(), ImportPolicy::Ask));
    QCOMPARE(importer.conflicts().issueCodes.size(), 12);
    QVERIFY(!importer.conflicts().issueCodes.contains(QStringLiteral("NEW-01")));
    QCOMPARE(importer.conflicts().actorNames,
             QStringList{actor.value(QStringLiteral("name")).toString()});
    QVERIFY2(importer.errorString().contains(QLatin1String("13 records")),
             qPrintable(importer.errorString()));
    QVERIFY(importer.errorString().contains(QLatin1String("RE-01")));
    QCOMPARE(importer.counts().issues, 0);
    QCOMPARE(TestSupport::contentHash(*store), hash);
}

void TestExchange::jsonImportSkipKeepsTheDatabase()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    enrich(*store);
    const QByteArray exported = ScenarioExporter(*store).toJson();
    const QByteArray hash = TestSupport::contentHash(*store);
    ScenarioImporter importer(*store);
    // Its own export adds nothing and changes nothing, under Skip...
    QVERIFY(importJson(importer, exported, ImportPolicy::Skip));
    QCOMPARE(importer.counts().skipped, 12);
    QCOMPARE(importer.counts().issues, 0);
    QCOMPARE(importer.counts().events, 0);
    QCOMPARE(TestSupport::contentHash(*store), hash);

    // ...while a changed issue is kept as the database has it, and a new one added.
    QJsonObject root = QJsonDocument::fromJson(exported).object();
    QJsonArray issues = root.value(QStringLiteral("issues")).toArray();
    QJsonObject first = issues.at(0).toObject();
    const QString code = first.value(QStringLiteral("code")).toString();
    first.insert(QStringLiteral("title"), QStringLiteral("Changed elsewhere"));
    issues.replace(0, first);
    QJsonObject extra = first;
    extra.insert(QStringLiteral("code"), QStringLiteral("NEW-02"));
    issues.append(extra);
    root.insert(QStringLiteral("issues"), issues);
    QVERIFY(importJson(importer, QJsonDocument(root).toJson(), ImportPolicy::Skip));
    QCOMPARE(importer.counts().issues, 1);
    QVERIFY(store->issues().byCode(code)->title != QLatin1String("Changed elsewhere"));
    QCOMPARE(store->issues().byCode(QStringLiteral("NEW-02"))->title,
             QStringLiteral("Changed elsewhere"));
    // The new issue arrived with the history in the file.
    QCOMPARE(store->history().forIssue(store->issues().byCode(QStringLiteral("NEW-02"))->id).size(),
             first.value(QStringLiteral("history")).toArray().size());
}

void TestExchange::jsonImportReplaceOverwrites()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    QJsonObject root = QJsonDocument::fromJson(ScenarioExporter(*store).toJson()).object();
    QJsonArray issues = root.value(QStringLiteral("issues")).toArray();
    int index = 0;
    for (; index < issues.size(); ++index) {
        if (issues.at(index).toObject().value(QStringLiteral("code")).toString() ==
            QLatin1String("TR-01"))
            break;
    }
    QJsonObject tr01 = issues.at(index).toObject();
    tr01.insert(QStringLiteral("title"), QStringLiteral("Trade balance (replaced)"));
    tr01.insert(QStringLiteral("status"), QStringLiteral("Agreed"));
    tr01.insert(QStringLiteral("likelihood"), QStringLiteral("unlikely"));
    tr01.remove(QStringLiteral("history"));
    QJsonArray positions = tr01.value(QStringLiteral("positions")).toArray();
    positions.removeAt(0);
    tr01.insert(QStringLiteral("positions"), positions);
    issues.replace(index, tr01);
    root.insert(QStringLiteral("issues"), issues);

    const Issue before = *store->issues().byCode(QStringLiteral("TR-01"));
    const qsizetype historyBefore = store->history().forIssue(before.id).size();
    ScenarioImporter importer(*store);
    QVERIFY(importJson(importer, QJsonDocument(root).toJson(), ImportPolicy::Replace));
    QCOMPARE(importer.counts().replaced, 12);
    const Issue after = *store->issues().byCode(QStringLiteral("TR-01"));
    QCOMPARE(after.id, before.id);
    QCOMPARE(after.title, QStringLiteral("Trade balance (replaced)"));
    QCOMPARE(after.status, Status::Agreed);
    QCOMPARE(after.likelihood, Likelihood::Unlikely);
    QCOMPARE(store->positions().forIssue(after.id).size(), positions.size());
    const QList<StatusChange> history = store->history().forIssue(after.id);
    QCOMPARE(history.size(), historyBefore + 1);
    QCOMPARE(history.last().from, before.status);
    QCOMPARE(history.last().to, Status::Agreed);
    QCOMPARE(store->issues().count(), 12);
}

void TestExchange::jsonHistoryMustBeAChain_data()
{
    QTest::addColumn<QByteArray>("history");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("first has a from")
        << QByteArray(R"([{"from": "Draft", "to": "Open", "at": "2025-07-01T10:00:00.000Z",
                           "by": "a", "reason": "r"}])")
        << QStringList{QStringLiteral("(H-01).history[0]"), QStringLiteral("null")};
    QTest::newRow("broken chain")
        << QByteArray(R"([{"from": null, "to": "Draft", "at": "2025-07-01T10:00:00.000Z",
                           "by": "a", "reason": "r"},
                          {"from": "Raised", "to": "Open", "at": "2025-07-02T10:00:00.000Z",
                           "by": "a", "reason": "r"}])")
        << QStringList{QStringLiteral("(H-01).history[1]"), QStringLiteral("Draft")};
    QTest::newRow("ends elsewhere")
        << QByteArray(R"([{"from": null, "to": "Draft", "at": "2025-07-01T10:00:00.000Z",
                           "by": "a", "reason": "r"}])")
        << QStringList{QStringLiteral("issues[0]"), QStringLiteral("ends at")};
    QTest::newRow("bad time")
        << QByteArray(R"([{"from": null, "to": "Open", "at": "yesterday", "by": "a"}])")
        << QStringList{QStringLiteral("(H-01).history[0]"), QStringLiteral("yesterday")};
    QTest::newRow("no reason")
        << QByteArray(R"([{"from": null, "to": "Open", "at": "2025-07-01T10:00:00Z", "by": "a",
                           "reason": " "}])")
        << QStringList{QStringLiteral("(H-01).history[0]"), QStringLiteral("\"reason\"")};
    QTest::newRow("no author")
        << QByteArray(R"([{"from": null, "to": "Open", "at": "2025-07-01T10:00:00Z"}])")
        << QStringList{QStringLiteral("(H-01).history[0]"), QStringLiteral("\"by\"")};
}

void TestExchange::jsonHistoryMustBeAChain()
{
    QFETCH(QByteArray, history);
    QFETCH(QStringList, expected);
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    const QByteArray hash = TestSupport::contentHash(*store);
    const QByteArray file = R"({"format": "summit-brief-scenario", "version": 2,
        "issues": [{"code": "H-01", "title": "History", "status": "Open", "priority": "Low",
                    "history": )" +
                            history + "}]}";
    ScenarioImporter importer(*store);
    QVERIFY(!importJson(importer, file, ImportPolicy::Ask));
    for (const QString &part : expected)
        QVERIFY2(importer.errorString().contains(part), qPrintable(importer.errorString()));
    QCOMPARE(TestSupport::contentHash(*store), hash);
}

void TestExchange::jsonLinkToUnknownIssueIsRefused()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    const QByteArray hash = TestSupport::contentHash(*store);
    ScenarioImporter importer(*store);
    QVERIFY(!importJson(importer, R"({"format": "summit-brief-scenario", "version": 2,
        "links": [{"from": "RE-01", "to": "XX-99", "kind": "blocks"}]})",
                        ImportPolicy::Ask));
    QVERIFY2(importer.errorString().contains(QLatin1String("links[0]")) &&
                 importer.errorString().contains(QLatin1String("XX-99")),
             qPrintable(importer.errorString()));
    QVERIFY(!importJson(importer, R"({"format": "summit-brief-scenario", "version": 2,
        "links": [{"from": "RE-01", "to": "RE-01", "kind": "relates"}]})",
                        ImportPolicy::Ask));
    QVERIFY2(importer.errorString().contains(QLatin1String("itself")),
             qPrintable(importer.errorString()));
    QCOMPARE(TestSupport::contentHash(*store), hash);
}

void TestExchange::csvRoundTrip()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    Issue tricky;
    tricky.code = QStringLiteral("ZZ-01");
    tricky.title = QStringLiteral(" He said \"no\", then left ");
    tricky.category = QStringLiteral("稀土, «terres rares»");
    tricky.linesToTake = QStringLiteral("Line one\nLine two\r\nLine three");
    tricky.background = QStringLiteral("=SUM(A1:A2) and 100%");
    tricky.likelihood = Likelihood::Unlikely;
    store->issues().insert(tricky);
    const QByteArray csv = csvOf(*store);
    QVERIFY(csv.startsWith(CsvFormat::byteOrderMark));
    QVERIFY(csv.mid(3).startsWith(csvHeader));

    TestSupport::TempDatabase other;
    auto copy = other.open();
    const CsvResult result = importCsv(*copy, csv);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.counts.added, 13);
    QCOMPARE(csvOf(*copy), csv);
    const Issue read = *copy->issues().byCode(QStringLiteral("ZZ-01"));
    QCOMPARE(read.title, tricky.title);
    QCOMPARE(read.category, tricky.category);
    QCOMPARE(read.linesToTake, tricky.linesToTake);
    QCOMPARE(read.background, tricky.background);
    QCOMPARE(read.likelihood, Likelihood::Unlikely);
    const Issue re01 = *store->issues().byCode(QStringLiteral("RE-01"));
    const Issue re01Copy = *copy->issues().byCode(QStringLiteral("RE-01"));
    QCOMPARE(re01Copy.status, re01.status);
    QCOMPARE(re01Copy.priority, re01.priority);
    QCOMPARE(re01Copy.dueDate, re01.dueDate);
    QCOMPARE(re01Copy.euObjective, re01.euObjective);
}

void TestExchange::csvWritesFormulasAsText()
{
    // Text a spreadsheet would run goes out behind an apostrophe; everything
    // comes back as it was, apostrophes included.
    QCOMPARE(CsvFormat::writtenAsText(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
    QCOMPARE(CsvFormat::writtenAsText(QStringLiteral("'=1")), QStringLiteral("''=1"));
    QCOMPARE(CsvFormat::writtenAsText(QStringLiteral("'s-Hertogenbosch")),
             QStringLiteral("'s-Hertogenbosch"));
    QCOMPARE(CsvFormat::writtenAsText(QStringLiteral("Plain = text")),
             QStringLiteral("Plain = text"));
    QCOMPARE(CsvFormat::readAsText(QStringLiteral("'s-Hertogenbosch")),
             QStringLiteral("'s-Hertogenbosch"));

    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    Issue hostile;
    hostile.code = QStringLiteral("ZZ-02");
    hostile.title = QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"Open\")");
    hostile.category = QStringLiteral("+cmd|' /C calc'!A0");
    hostile.owner = QStringLiteral("@SUM(1+1)");
    hostile.euObjective = QStringLiteral("-2+3");
    hostile.linesToTake = QStringLiteral("\t=1");
    hostile.defensiveLines = QStringLiteral("''=already quoted twice");
    hostile.background = QStringLiteral("'s-Hertogenbosch");
    store->issues().insert(hostile);
    const QByteArray csv = csvOf(*store);

    QList<CsvFormat::Record> records;
    QString error;
    QVERIFY2(CsvFormat::parse(csv.mid(CsvFormat::byteOrderMark.size()), 1 << 20, &records, &error),
             qPrintable(error));
    bool found = false;
    for (const CsvFormat::Record &record : std::as_const(records)) {
        for (const QByteArray &field : record.fields) {
            QVERIFY2(field.isEmpty() || !QByteArray("=+-@\t\r").contains(field.at(0)),
                     field.constData());
        }
        if (record.fields.value(0) == "ZZ-02") {
            found = true;
            QCOMPARE(record.fields.at(1),
                     QByteArray("'=HYPERLINK(\"http://example.invalid\",\"Open\")"));
            QCOMPARE(record.fields.at(11), QByteArray("'s-Hertogenbosch"));
        }
    }
    QVERIFY(found);

    TestSupport::TempDatabase other;
    auto copy = other.open();
    const CsvResult result = importCsv(*copy, csv);
    QVERIFY2(result.ok, qPrintable(result.error));
    const Issue read = *copy->issues().byCode(QStringLiteral("ZZ-02"));
    QCOMPARE(read.title, hostile.title);
    QCOMPARE(read.category, hostile.category);
    QCOMPARE(read.owner, hostile.owner);
    QCOMPARE(read.euObjective, hostile.euObjective);
    QCOMPARE(read.linesToTake, hostile.linesToTake);
    QCOMPARE(read.defensiveLines, hostile.defensiveLines);
    QCOMPARE(read.background, hostile.background);
    QCOMPARE(csvOf(*copy), csv);
}

void TestExchange::csvQuotesWhatNeedsQuoting()
{
    QCOMPARE(CsvFormat::line({QStringLiteral("plain"), QStringLiteral("a,b"),
                              QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"),
                              QStringLiteral(" padded"), QString(), QStringLiteral("王毅")}),
             QByteArray("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",,") +
                 QStringLiteral("王毅").toUtf8() + "\r\n");
}

void TestExchange::csvReadsLfBomlessAndBlankLines()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    QByteArray csv = csvHeader + csvRow("A-1") + "\r\n" + csvRow("A-2") + "\r\n\r\n";
    csv.replace("\r\n", "\n");
    const CsvResult result = importCsv(*store, csv);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.counts.added, 2);
    const Issue issue = *store->issues().byCode(QStringLiteral("A-2"));
    QCOMPARE(issue.dueDate, QDate(2025, 7, 20));
    QCOMPARE(issue.likelihood, Likelihood::Certain);
    QCOMPARE(issue.priority, Priority::High);
    QCOMPARE(store->history().forIssue(issue.id).size(), 1);
}

void TestExchange::csvBadInputChangesNothing_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("expected");
    const QByteArray ok = csvHeader + csvRow("A-1");

    QTest::newRow("empty") << QByteArray() << QStringList{QStringLiteral("header")};
    QTest::newRow("wrong header") << QByteArray("code,title\r\n") + csvRow("A-1")
                                  << QStringList{QStringLiteral("line 1"),
                                                 QStringLiteral("header")};
    QTest::newRow("too few columns")
        << ok + "A-2,Title,Trade,Open\r\n"
        << QStringList{QStringLiteral("line 3"), QStringLiteral("4 fields"),
                       QStringLiteral("expected 12")};
    QTest::newRow("too many columns")
        << ok + csvRow("A-2").replace("\r\n", ",extra\r\n")
        << QStringList{QStringLiteral("line 3"), QStringLiteral("13 fields")};
    QTest::newRow("unknown status")
        << ok + csvRow("A-2", "Pending")
        << QStringList{QStringLiteral("line 3"), QStringLiteral("status"),
                       QStringLiteral("Pending")};
    QTest::newRow("duplicate code")
        << ok + csvRow("A-1")
        << QStringList{QStringLiteral("line 3"), QStringLiteral("A-1"), QStringLiteral("line 2")};
    QTest::newRow("line numbers count quoted line breaks")
        << csvHeader + "A-1,\"Two\nlines\",Trade,Open,High,,,,,,,\r\n" + csvRow("A-2", "Soon")
        << QStringList{QStringLiteral("line 4"), QStringLiteral("status")};
    QTest::newRow("10 MB field") << ok + "A-2,Title,Trade,Open,High,,,,,,," +
                                        QByteArray(10 * 1024 * 1024, 'x') + "\r\n"
                                 << QStringList{QStringLiteral("line 3"),
                                                QStringLiteral("background"),
                                                QStringLiteral("longer")};
    QTest::newRow("invalid UTF-8")
        << ok + "A-2,Caf\xe9 au lait,Trade,Open,High,,,,,,,\r\n"
        << QStringList{QStringLiteral("line 3"), QStringLiteral("title"), QStringLiteral("UTF-8")};
    QTest::newRow("unterminated quote")
        << ok + "A-2,\"Never closed,Trade,Open,High,,,,,,,\r\n"
        << QStringList{QStringLiteral("line 3"), QStringLiteral("not closed")};
    QTest::newRow("stray quote") << ok + "A-2,Say \"hi\",Trade,Open,High,,,,,,,\r\n"
                                 << QStringList{QStringLiteral("line 3"), QStringLiteral("title"),
                                                QStringLiteral("quote")};
    QTest::newRow("bad date") << ok + "A-2,Title,Trade,Open,High,,24/07/2025,,,,,\r\n"
                              << QStringList{QStringLiteral("line 3"), QStringLiteral("due_date"),
                                             QStringLiteral("24/07/2025")};
    QTest::newRow("bad likelihood")
        << ok + "A-2,Title,Trade,Open,High,,,perhaps,,,,\r\n"
        << QStringList{QStringLiteral("line 3"), QStringLiteral("likelihood"),
                       QStringLiteral("perhaps")};
    QTest::newRow("no title") << ok + "A-2,,Trade,Open,High,,,,,,,\r\n"
                              << QStringList{QStringLiteral("line 3"), QStringLiteral("title")};
    QTest::newRow("title of 201 characters")
        << ok + "A-2," + QByteArray(FieldLimits::Title + 1, 't') + ",Trade,Open,High,,,,,,,\r\n"
        << QStringList{QStringLiteral("line 3, issue A-2: title is 201 characters"),
                       QStringLiteral("the limit is 200")};
    QTest::newRow("code of 21 characters")
        << ok + QByteArray(FieldLimits::Code + 1, 'C') + ",Title,Trade,Open,High,,,,,,,\r\n"
        << QStringList{QStringLiteral("line 3: code is 21 characters"),
                       QStringLiteral("the limit is 20")};
    QTest::newRow("background of 20,001 characters")
        << ok + "A-2,Title,Trade,Open,High,,,,,,," + QByteArray(FieldLimits::LongText + 1, 'x') +
               "\r\n"
        << QStringList{QStringLiteral("line 3, issue A-2: background is 20001 characters"),
                       QStringLiteral("the limit is 20000")};
    QTest::newRow("code in the database")
        << csvHeader + csvRow("RE-01") + csvRow("RE-02")
        << QStringList{QStringLiteral("RE-01"), QStringLiteral("RE-02"),
                       QStringLiteral("already exist")};
}

void TestExchange::csvBadInputChangesNothing()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, expected);
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    const QByteArray hash = TestSupport::contentHash(*store);
    const CsvResult result = importCsv(*store, csv);
    QVERIFY(!result.ok);
    QVERIFY(!result.error.contains(QLatin1Char('\n')));
    for (const QString &part : expected)
        QVERIFY2(result.error.contains(part),
                 qPrintable(QStringLiteral("\"%1\" not in: %2").arg(part, result.error.left(300))));
    QCOMPARE(result.counts.added, 0);
    QCOMPARE(TestSupport::contentHash(*store), hash);
}

void TestExchange::csvPolicies()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    const Issue re01 = *store->issues().byCode(QStringLiteral("RE-01"));
    const QByteArray csv = csvHeader + csvRow("RE-01", "Agreed") + csvRow("NEW-01");

    CsvResult result = importCsv(*store, csv, ImportPolicy::Ask);
    QVERIFY(!result.ok);
    QCOMPARE(result.conflicts.issueCodes, QStringList{QStringLiteral("RE-01")});
    QVERIFY(!store->issues().byCode(QStringLiteral("NEW-01")));

    result = importCsv(*store, csv, ImportPolicy::Skip);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.counts.added, 1);
    QCOMPARE(result.counts.skipped, 1);
    QCOMPARE(store->issues().byCode(QStringLiteral("RE-01"))->title, re01.title);

    const qsizetype historyBefore = store->history().forIssue(re01.id).size();
    const qsizetype positionsBefore = store->positions().forIssue(re01.id).size();
    result = importCsv(*store, csvHeader + csvRow("RE-01", "Agreed"), ImportPolicy::Replace);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.counts.replaced, 1);
    const Issue after = *store->issues().byCode(QStringLiteral("RE-01"));
    QCOMPARE(after.title, QStringLiteral("Title of RE-01"));
    QCOMPARE(after.status, Status::Agreed);
    QCOMPARE(after.scaleLow, re01.scaleLow); // not a CSV column: kept
    QCOMPARE(store->positions().forIssue(re01.id).size(), positionsBefore);
    QCOMPARE(store->history().forIssue(re01.id).size(), historyBefore + 1);
    QCOMPARE(store->history().forIssue(re01.id).last().to, Status::Agreed);
}

void TestExchange::manyConflictsFitOneShortLine()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    QByteArray csv = csvHeader;
    for (int i = 1; i <= 3000; ++i)
        csv += csvRow(QStringLiteral("RE-%1").arg(i, 4, 10, QLatin1Char('0')).toLatin1());
    QVERIFY2(importCsv(*store, csv).ok, "the first import failed");
    const QByteArray hash = TestSupport::contentHash(*store);

    // The importer names the first ten codes and counts the rest.
    const CsvResult result = importCsv(*store, csv, ImportPolicy::Ask);
    QVERIFY(!result.ok);
    QCOMPARE(result.conflicts.issueCodes.size(), 3000);
    QVERIFY2(result.error.size() < 400, qPrintable(result.error.left(400)));
    QVERIFY(!result.error.contains(QLatin1Char('\n')));
    for (const QString &part : {QStringLiteral("3000 issues"), QStringLiteral("RE-0001, RE-0002"),
                                QStringLiteral("RE-0010"), QStringLiteral("and 2990 more")})
        QVERIFY2(result.error.contains(part), qPrintable(result.error));
    QVERIFY(!result.error.contains(QLatin1String("RE-0011")));
    QCOMPARE(TestSupport::contentHash(*store), hash);

    // The command line: one short line that says how to choose.
    const QString path = temp.dir() + QStringLiteral("/issues.csv");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int status =
        CommandActions::runImport(*store, path, ImportPolicy::Ask, outStream, errStream);
    QCOMPARE(status, int(CommandActions::NeedsChoice));
    QVERIFY(out.isEmpty());
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(err.size() < 400, qPrintable(err.left(400)));
    for (const QString &part :
         {QStringLiteral("3000 issue code"), QStringLiteral("RE-0001"),
          QStringLiteral("and 2990 more"), QStringLiteral("--on-existing skip or replace")})
        QVERIFY2(err.contains(part), qPrintable(err));
    // The prefix is the command line's to add, once.
    QVERIFY2(!err.startsWith(QLatin1String("summit-brief")), qPrintable(err));
    QCOMPARE(TestSupport::contentHash(*store), hash);

    // The scenario importer counts and names the same way.
    ScenarioImporter json(*store);
    QVERIFY(!importJson(json, ScenarioExporter(*store).toJson(), ImportPolicy::Ask));
    QCOMPARE(json.conflicts().issueCodes.size(), 3000);
    QVERIFY2(json.errorString().size() < 400, qPrintable(json.errorString().left(400)));
    QVERIFY2(json.errorString().contains(QLatin1String("and 2990 more")),
             qPrintable(json.errorString()));
}

void TestExchange::csvWriteFileIsAtomic()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    const QString path = temp.dir() + QStringLiteral("/issues.csv");
    IssueCsvExporter exporter(*store);
    QVERIFY2(exporter.writeFile(path), qPrintable(exporter.errorString()));
    QCOMPARE(exporter.rowsWritten(), 12);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), csvOf(*store));
    QVERIFY(!exporter.writeFile(temp.dir() + QStringLiteral("/missing/issues.csv")));
    QVERIFY(!exporter.errorString().isEmpty());
}

void TestExchange::dryRunCountsWhatTheImportDoes_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<int>("policy");
    QTest::newRow("csv skip") << QStringLiteral("csv") << int(ImportPolicy::Skip);
    QTest::newRow("csv replace") << QStringLiteral("csv") << int(ImportPolicy::Replace);
    QTest::newRow("json skip") << QStringLiteral("json") << int(ImportPolicy::Skip);
    QTest::newRow("json replace") << QStringLiteral("json") << int(ImportPolicy::Replace);
}

void TestExchange::dryRunCountsWhatTheImportDoes()
{
    QFETCH(QString, suffix);
    QFETCH(int, policy);
    // The file: the demo's export with one issue changed and one new one.
    TestSupport::TempDatabase source;
    std::unique_ptr<Store> from = source.open(true);
    Issue changed = *from->issues().byCode(QStringLiteral("RE-01"));
    changed.title = QStringLiteral("Rare earths, changed in the file");
    from->issues().update(changed, QStringLiteral("test"));
    Issue added;
    added.code = QStringLiteral("NEW-01");
    added.title = QStringLiteral("A new issue");
    added.category = QStringLiteral("Trade");
    from->issues().insert(added, QStringLiteral("test"));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("import.") + suffix);
    if (suffix == QLatin1String("csv")) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(csvOf(*from));
    } else {
        ScenarioExporter exporter(*from);
        QVERIFY2(exporter.writeFile(file), qPrintable(exporter.errorString()));
    }

    TestSupport::TempDatabase target;
    std::unique_ptr<Store> store = target.open(true);
    const QByteArray before = TestSupport::contentHash(*store);
    QSignalSpy reset(store.get(), &Store::reset);
    const FileImport::Result preview = FileImport::run(*store, file, ImportPolicy(policy), true);
    QVERIFY2(preview.ok, qPrintable(preview.error));
    QCOMPARE(TestSupport::contentHash(*store), before); // nothing written
    QCOMPARE(reset.count(), 0);                         // nothing announced
    QVERIFY(!preview.summary.isEmpty());

    const FileImport::Result real = FileImport::run(*store, file, ImportPolicy(policy), false);
    QVERIFY2(real.ok, qPrintable(real.error));
    QCOMPARE(preview.summary, real.summary);
    QCOMPARE(preview.changes, real.changes);
    QVERIFY(reset.count() > 0);
    QVERIFY(store->issues().byCode(QStringLiteral("NEW-01")));
    QVERIFY2(real.summary.contains(QStringLiteral("1 new issue")), qPrintable(real.summary));
    if (ImportPolicy(policy) == ImportPolicy::Replace) {
        QCOMPARE(store->issues().byCode(QStringLiteral("RE-01"))->title, changed.title);
        QVERIFY(real.changes > 1);
    } else {
        QVERIFY(store->issues().byCode(QStringLiteral("RE-01"))->title != changed.title);
    }
    if (suffix == QLatin1String("csv")) {
        const int issues = int(store->issues().all().size()) - 1;
        // "1 new issue, 0 issues replaced, 12 issues kept as they are."
        const bool skip = ImportPolicy(policy) == ImportPolicy::Skip;
        const QRegularExpression kept(QStringLiteral("^1 new issue.*, %1 issue.* replaced, %2 "
                                                     "issue.* kept")
                                          .arg(skip ? 0 : issues)
                                          .arg(skip ? issues : 0));
        QVERIFY2(real.summary.contains(kept), qPrintable(real.summary));
    }
}

void TestExchange::dryRunOfABadFileSaysWhy()
{
    TestSupport::TempDatabase target;
    std::unique_ptr<Store> store = target.open(true);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bad.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("code,title,category,status,priority,owner,due_date,likelihood,eu_objective,"
              "lines_to_take,defensive_lines,background\n"
              "NEW-01,A new issue,Trade,Open,High,Trade desk,2025-07-20,might,,,,\n"
              "NEW-02,Another,Trade,Pending,High,Trade desk,2025-07-20,might,,,,\n");
    out.close();
    const QByteArray before = TestSupport::contentHash(*store);
    for (bool dryRun : {true, false}) {
        const FileImport::Result result = FileImport::run(*store, file, ImportPolicy::Skip, dryRun);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("Pending")), qPrintable(result.error));
        QVERIFY(result.summary.isEmpty());
        QCOMPARE(TestSupport::contentHash(*store), before);
    }
    // Under Ask, the codes the database holds are named and nothing is written.
    const QString again = dir.filePath(QStringLiteral("again.csv"));
    QFile copy(again);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(csvOf(*store));
    copy.close();
    const FileImport::Result asked = FileImport::run(*store, again, ImportPolicy::Ask, true);
    QVERIFY(!asked.ok);
    QVERIFY(asked.conflicts.issueCodes.contains(QStringLiteral("RE-01")));
    QCOMPARE(TestSupport::contentHash(*store), before);
}

QTEST_GUILESS_MAIN(TestExchange)
#include "test_exchange.moc"
