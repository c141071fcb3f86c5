#include "TestSupport.h"

#include "i18n/PluralForms.h"
#include "io/FileImport.h"
#include "io/KtabCsvExporter.h"
#include "io/KtabCsvImporter.h"
#include "store/ActorRepository.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/Store.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

#include <cmath>

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(SUMMIT_TEST_DATA_DIR "/ktab/") + name;
}

// The fixture read the simplest way (its fields hold no quoted commas), to know
// what the import must give without asking the importer.
struct Expected
{
    QStringList dimensions;
    QStringList actors;
    QStringList descriptions;
    QList<double> powers;
    QList<QList<double>> positions;
    QList<QList<double>> saliences;
};

Expected expectedFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    lines.removeIf([](const QString &line) { return line.trimmed().isEmpty(); });
    const auto fields = [](const QString &line) {
        QStringList list;
        for (const QString &field : line.split(QLatin1Char(',')))
            list.append(field.trimmed());
        while (!list.isEmpty() && list.last().isEmpty())
            list.removeLast();
        return list;
    };
    Expected expected;
    const QStringList first = fields(lines.at(0));
    const int actors = first.at(2).toInt();
    const int dimensions = first.at(3).toInt();
    const QStringList header = fields(lines.at(1));
    for (int d = 0; d < dimensions; ++d) {
        QString name = header.at(3 + 2 * d);
        if (name.endsWith(QLatin1String(" Position")))
            name.chop(9);
        expected.dimensions.append(name);
    }
    for (int a = 0; a < actors; ++a) {
        const QStringList row = fields(lines.at(2 + a));
        expected.actors.append(row.at(0));
        expected.descriptions.append(row.at(1));
        expected.powers.append(row.at(2).toDouble());
        QList<double> positions;
        QList<double> saliences;
        for (int d = 0; d < dimensions; ++d) {
            positions.append(row.at(3 + 2 * d).toDouble());
            saliences.append(row.at(4 + 2 * d).toDouble());
        }
        expected.positions.append(positions);
        expected.saliences.append(saliences);
    }
    return expected;
}

// A small valid scenario: 3 actors on 2 dimensions.
QByteArray validScenario()
{
    return "Trade,\"Two summit questions\",3,2,\n"
           "Actor,Description,Power,Tariffs Position,Tariffs Salience,Controls Position,Controls "
           "Salience,\n"
           "EU,European Union,80,20,40,70,30,\n"
           "CN,China,100,80,50,10,50,\n"
           "US,United States,40,50,20,60,20,\n";
}

// The valid scenario with line `line` (from 1) replaced.
QByteArray withLine(int line, const QByteArray &text)
{
    QList<QByteArray> lines = validScenario().split('\n');
    lines[line - 1] = text;
    return lines.join('\n');
}

bool importBytes(KtabCsvImporter &importer, const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return importer.import(buffer, QStringLiteral("scenario.csv"));
}

int actorCount(Store &store)
{
    return int(store.actors().all().size());
}

QList<Issue> ktabIssues(Store &store)
{
    QList<Issue> issues;
    for (const Issue &issue : store.issues().all()) {
        if (issue.category == QLatin1String("KTAB"))
            issues.append(issue);
    }
    return issues;
}

} // namespace

class TestKtab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { PluralForms::install(); } // as the window and command line do
    void importsKtabsExample_data();
    void importsKtabsExample();
    void badFileChangesNothing_data();
    void badFileChangesNothing();
    void oversizedFileIsRefused();
    void reimportMatchesActorsAndAsksAboutIssues();
    void existingActorIsKept();
    void dryRunAndCancelChangeNothing();
    void fileImportTellsKtabFromIssueTable();
    void commandLineImportsKtab();
    void exportRoundTrip();
    void exportFitsKtabsBounds();
    void exportRefusesWhatKtabCannotRead();
    void commandLineExportsKtab();
};

void TestKtab::importsKtabsExample_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("three dimensions") << QStringLiteral("dummyData_3Dim.csv");
    QTest::newRow("one named dimension") << QStringLiteral("SOE-Policy.csv");
}

void TestKtab::importsKtabsExample()
{
    QFETCH(QString, file);
    const Expected expected = expectedFrom(dataPath(file));
    QVERIFY(!expected.actors.isEmpty());
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    const int actorsBefore = actorCount(*store);
    const qint64 positionsBefore = store->positions().count();

    KtabCsvImporter importer(*store);
    QVERIFY2(importer.importFile(dataPath(file)), qPrintable(importer.errorString()));
    QCOMPARE(importer.counts().issues, expected.dimensions.size());
    QCOMPARE(importer.counts().actorsAdded, expected.actors.size());
    QCOMPARE(actorCount(*store), actorsBefore + expected.actors.size());
    QCOMPARE(store->positions().count(),
             positionsBefore + expected.actors.size() * expected.dimensions.size());

    const QList<Issue> issues = ktabIssues(*store);
    QCOMPARE(issues.size(), expected.dimensions.size());
    const double largestPower = *std::max_element(expected.powers.cbegin(), expected.powers.cend());
    for (int d = 0; d < expected.dimensions.size(); ++d) {
        const Issue &issue = issues.at(d);
        QCOMPARE(issue.title, expected.dimensions.at(d));
        QCOMPARE(issue.source, file);
        QVERIFY(!issue.scaleLow.isEmpty() && !issue.scaleHigh.isEmpty());
        const QList<Position> positions = store->positions().forIssue(issue.id);
        QCOMPARE(positions.size(), expected.actors.size());
        for (const Position &position : positions) {
            const int a = int(expected.actors.indexOf(position.actorName));
            QVERIFY2(a >= 0, qPrintable(position.actorName));
            QCOMPARE(position.position, int(std::lround(expected.positions.at(a).at(d))));
            QCOMPARE(position.salience, int(std::lround(expected.saliences.at(a).at(d))));
            QCOMPARE(position.clout, int(std::lround(100 * expected.powers.at(a) / largestPower)));
            QCOMPARE(position.source, file);
        }
    }
    for (int a = 0; a < expected.actors.size(); ++a) {
        const std::optional<Actor> actor = store->actors().byName(expected.actors.at(a));
        QVERIFY(actor);
        QCOMPARE(actor->biography, expected.descriptions.at(a));
    }
}

void TestKtab::badFileChangesNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");

    const auto parts = [](std::initializer_list<const char *> list) {
        QStringList result;
        for (const char *part : list)
            result.append(QString::fromUtf8(part));
        return result;
    };
    QTest::newRow("empty") << QByteArray() << parts({"empty"});
    QTest::newRow("an issue table")
        << QByteArray("code,title,category,status,priority,owner,due,likelihood,objective,lines,"
                      "defensive,background\nRE-01,Rare earths,Trade,open,high,,,,,,,\n")
        << parts({"line 1", "not a KTAB scenario"});
    QTest::newRow("an image") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 24)
                              << parts({"line 1", "not a KTAB scenario"});
    QTest::newRow("counts not numbers")
        << withLine(1, "Trade,Two,three,2,") << parts({"line 1", "not a KTAB scenario"});
    QTest::newRow("too few actors")
        << QByteArray("Trade,Two,2,1,\nActor,Description,Power,P,S\nA,a,1,2,3\nB,b,1,2,3\n")
        << parts({"line 1", "number of actors", "2 actors", "3 to 250"});
    QTest::newRow("too many actors")
        << withLine(1, "Trade,Two,251,2,") << parts({"line 1", "251 actors", "3 to 250"});
    QTest::newRow("no dimension") << withLine(1, "Trade,Two,3,0,")
                                  << parts({"line 1", "number of dimensions", "0 dimensions"});
    QTest::newRow("too many dimensions")
        << withLine(1, "Trade,Two,3,101,") << parts({"line 1", "101 dimensions", "100"});
    QTest::newRow("scenario without a name")
        << withLine(1, " ,Two,3,2,") << parts({"line 1", "scenario name", "needs a name"});
    QTest::newRow("scenario name too long")
        << withLine(1, QByteArray(513, 'x') + ",Two,3,2,") << parts({"line 1", "513", "512"});
    QTest::newRow("header short of a column")
        << withLine(2,
                    "Actor,Description,Power,Tariffs Position,Tariffs Salience,Controls Position")
        << parts({"line 2", "header has 6 columns", "need 7"});
    QTest::newRow("fewer actors than announced")
        << withLine(1, "Trade,Two,4,2,") << parts({"announces 4 actors", "has 3"});
    QTest::newRow("more actors than announced")
        << withLine(1, "Trade,Two,3,2,") + "XX,extra,1,1,1,1,1\n"
        << parts({"line 6", "more actor lines", "3"});
    QTest::newRow("actor line short of a field")
        << withLine(4, "CN,China,100,80,50,10") << parts({"line 4", "6 fields", "expected 7"});
    QTest::newRow("actor line with a field too many")
        << withLine(4, "CN,China,100,80,50,10,50,7") << parts({"line 4", "8 fields"});
    QTest::newRow("power not a number")
        << withLine(4, "CN,China,lots,80,50,10,50") << parts({"line 4", "Power", "\"lots\""});
    QTest::newRow("power infinite")
        << withLine(4, "CN,China,inf,80,50,10,50") << parts({"line 4", "Power", "not a number"});
    QTest::newRow("negative power")
        << withLine(4, "CN,China,-1,80,50,10,50") << parts({"line 4", "Power", "outside"});
    QTest::newRow("power beyond KTAB's bound")
        << withLine(4, "CN,China,200000000,80,50,10,50") << parts({"line 4", "Power", "outside"});
    QTest::newRow("position above 100") << withLine(4, "CN,China,100,100.5,50,10,50")
                                        << parts({"line 4", "Tariffs Position", "outside 0–100"});
    QTest::newRow("empty position") << withLine(4, "CN,China,100,80,50,,50")
                                    << parts({"line 4", "Controls Position", "not a number"});
    QTest::newRow("negative salience") << withLine(5, "US,United States,40,50,-2,60,20")
                                       << parts({"line 5", "Tariffs Salience", "outside"});
    QTest::newRow("saliences over 100")
        << withLine(5, "US,United States,40,50,60,60,41") << parts({"line 5", "US", "101", "100"});
    QTest::newRow("actor without a name")
        << withLine(4, " ,China,100,80,50,10,50") << parts({"line 4", "Actor", "needs a name"});
    QTest::newRow("actor twice") << withLine(5, "eu,again,40,50,20,60,20")
                                 << parts({"line 5", "Actor", "eu", "line 3"});
    QTest::newRow("name too long") << withLine(4, QByteArray(201, 'n') + ",China,100,80,50,10,50")
                                   << parts({"line 4", "Actor", "201", "200"});
    QTest::newRow("not UTF-8") << withLine(4, "C\xe9,China,100,80,50,10,50")
                               << parts({"line 4", "Actor", "UTF-8"});
    QTest::newRow("quote not closed")
        << withLine(4, "CN,\"China,100,80,50,10,50") << parts({"line 4", "not closed"});
    QTest::newRow("dimension twice")
        << withLine(2, "Actor,Description,Power,Tariffs Position,Tariffs Salience,Tariffs,Controls "
                       "Salience")
        << parts({"line 2", "field 6", "Tariffs", "field 4"});
    QTest::newRow("dimension without a name")
        << withLine(2, "Actor,Description,Power, ,Tariffs Salience,Controls Position,Controls "
                       "Salience")
        << parts({"line 2", "field 4", "dimension needs a name"});
}

void TestKtab::badFileChangesNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    const QByteArray before = TestSupport::contentHash(*store);

    KtabCsvImporter importer(*store);
    QVERIFY2(!importBytes(importer, bytes), "the bad file was imported");
    const QString message = importer.errorString();
    QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
    for (const QString &part : expected)
        QVERIFY2(message.contains(part),
                 qPrintable(QStringLiteral("\"%1\" not in: %2").arg(part, message.left(300))));
    QCOMPARE(importer.counts().issues, 0);
    QCOMPARE(importer.counts().positions, 0);
    QCOMPARE(TestSupport::contentHash(*store), before);
}

void TestKtab::oversizedFileIsRefused()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    const QByteArray before = TestSupport::contentHash(*store);
    // A valid start followed by blank lines: only the size is wrong.
    QByteArray bytes = validScenario();
    bytes.append(QByteArray(KtabCsvImporter::maxFileSize, '\n'));
    KtabCsvImporter importer(*store);
    QVERIFY(!importBytes(importer, bytes));
    QVERIFY2(importer.errorString().contains(QLatin1String("larger than 4 MB")),
             qPrintable(importer.errorString()));
    QCOMPARE(TestSupport::contentHash(*store), before);
}

void TestKtab::reimportMatchesActorsAndAsksAboutIssues()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    KtabCsvImporter first(*store);
    QVERIFY2(importBytes(first, validScenario()), qPrintable(first.errorString()));
    const int actors = actorCount(*store);
    const QList<Issue> issues = ktabIssues(*store);
    QCOMPARE(issues.size(), 2);
    const QByteArray before = TestSupport::contentHash(*store);

    // Asked by default: the file's dimensions are there already.
    KtabCsvImporter asked(*store);
    QVERIFY(!importBytes(asked, validScenario()));
    QCOMPARE(asked.conflicts().issueCodes, QStringList({issues.at(0).code, issues.at(1).code}));
    QVERIFY2(asked.errorString().contains(issues.at(0).code), qPrintable(asked.errorString()));
    QCOMPARE(TestSupport::contentHash(*store), before);

    // Kept: nothing changes, no actor is added twice.
    KtabCsvImporter kept(*store);
    kept.setPolicy(ImportPolicy::Skip);
    QVERIFY2(importBytes(kept, validScenario()), qPrintable(kept.errorString()));
    QCOMPARE(kept.counts().issuesKept, 2);
    QCOMPARE(kept.counts().actorsMatched, 3);
    QCOMPARE(kept.counts().actorsAdded, 0);
    QCOMPARE(TestSupport::contentHash(*store), before);

    // Replaced: the file's new figures, on the same issues, with the same actors.
    QByteArray changed = withLine(4, "CN,China,100,35,50,10,50");
    KtabCsvImporter replaced(*store);
    replaced.setPolicy(ImportPolicy::Replace);
    QVERIFY2(importBytes(replaced, changed), qPrintable(replaced.errorString()));
    QCOMPARE(replaced.counts().issuesReplaced, 2);
    QCOMPARE(replaced.counts().issues, 0);
    QCOMPARE(actorCount(*store), actors);
    QCOMPARE(ktabIssues(*store).size(), 2);
    const QList<Position> positions = store->positions().forIssue(issues.at(0).id);
    QCOMPARE(positions.size(), 3);
    for (const Position &position : positions) {
        if (position.actorName == QLatin1String("CN"))
            QCOMPARE(position.position, 35);
    }
}

void TestKtab::existingActorIsKept()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    Actor eu;
    eu.name = QStringLiteral("eu"); // the file says EU: one actor, whatever the case
    eu.kind = QStringLiteral("delegation");
    eu.bloc = QStringLiteral("EU");
    eu.biography = QStringLiteral("Ours");
    store->actors().insert(eu);
    KtabCsvImporter importer(*store);
    QVERIFY2(importBytes(importer, validScenario()), qPrintable(importer.errorString()));
    QCOMPARE(importer.counts().actorsMatched, 1);
    QCOMPARE(importer.counts().actorsAdded, 2);
    QCOMPARE(actorCount(*store), 3);
    const std::optional<Actor> kept = store->actors().byId(eu.id);
    QVERIFY(kept);
    QCOMPARE(kept->biography, QStringLiteral("Ours"));
    QCOMPARE(kept->bloc, QStringLiteral("EU"));
    QCOMPARE(store->positions().forActor(eu.id).size(), 2);
}

void TestKtab::dryRunAndCancelChangeNothing()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    const QByteArray before = TestSupport::contentHash(*store);
    KtabCsvImporter dry(*store);
    dry.setDryRun(true);
    QVERIFY2(importBytes(dry, validScenario()), qPrintable(dry.errorString()));
    QCOMPARE(dry.counts().issues, 2);
    QCOMPARE(dry.counts().positions, 6);
    QCOMPARE(TestSupport::contentHash(*store), before);

    KtabCsvImporter cancelled(*store);
    cancelled.setProgress([](int done, int) { return done < 1; });
    QVERIFY(!importBytes(cancelled, validScenario()));
    QVERIFY(cancelled.wasCancelled());
    QCOMPARE(TestSupport::contentHash(*store), before);
}

void TestKtab::fileImportTellsKtabFromIssueTable()
{
    QCOMPARE(FileImport::kindOf(dataPath(QStringLiteral("dummyData_3Dim.csv"))),
             FileImport::Kind::Ktab);
    QCOMPARE(FileImport::kindOf(dataPath(QStringLiteral("SOE-Policy.csv"))),
             FileImport::Kind::Ktab);
    QCOMPARE(FileImport::kindOf(QStringLiteral(SUMMIT_TEST_DATA_DIR "/issues-india.csv")),
             FileImport::Kind::IssueTable);

    TestSupport::TempDatabase temp;
    auto store = temp.open();
    const FileImport::Result result = FileImport::run(
        *store, dataPath(QStringLiteral("SOE-Policy.csv")), ImportPolicy::Ask, false);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY2(result.summary.startsWith(QLatin1String("1 new issue, 26 new actors")),
             qPrintable(result.summary));
    QCOMPARE(ktabIssues(*store).size(), 1);
}

void TestKtab::commandLineImportsKtab()
{
    TestSupport::TempDatabase temp;
    {
        auto store = temp.open();
    }
    const QString file = dataPath(QStringLiteral("dummyData_3Dim.csv"));
    const TestSupport::AppRun run =
        TestSupport::runApp({QStringLiteral("import"), file, QStringLiteral("--db"), temp.path()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("3 new")) &&
                 run.out.contains(QLatin1String("7 new actors")),
             qPrintable(run.out));
    {
        auto store = temp.open();
        QCOMPARE(ktabIssues(*store).size(), 3);
        QCOMPARE(actorCount(*store), 7);
    }

    // Again: the dimensions are there, so it asks; kept with --on-existing skip.
    const TestSupport::AppRun again =
        TestSupport::runApp({QStringLiteral("import"), file, QStringLiteral("--db"), temp.path()});
    QVERIFY(again.exitCode != 0);
    QVERIFY2(again.err.contains(QLatin1String("--on-existing")), qPrintable(again.err));
    QCOMPARE(again.err.trimmed().count(QLatin1Char('\n')), 0);

    // A bad file: one line on stderr naming line and field, and nothing written.
    const QString bad = temp.dir() + QStringLiteral("/bad.csv");
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write(withLine(4, "CN,China,100,80,500,10,50"));
    badFile.close();
    QByteArray before;
    {
        auto store = temp.open();
        before = TestSupport::contentHash(*store);
    }
    const TestSupport::AppRun refused =
        TestSupport::runApp({QStringLiteral("import"), bad, QStringLiteral("--db"), temp.path()});
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains(QLatin1String("line 4, field Tariffs Salience")),
             qPrintable(refused.err));
    auto store = temp.open();
    QCOMPARE(TestSupport::contentHash(*store), before);
}

void TestKtab::exportRoundTrip()
{
    // KTAB's example in, our file out, read back into another summit: the same
    // positions, saliences and clouts, actor by actor and dimension by dimension.
    const QString file = dataPath(QStringLiteral("dummyData_3Dim.csv"));
    TestSupport::TempDatabase first;
    auto source = first.open(true); // the demo's issues are left out by --issues
    KtabCsvImporter importer(*source);
    QVERIFY2(importer.importFile(file), qPrintable(importer.errorString()));
    QStringList codes;
    for (const Issue &issue : ktabIssues(*source))
        codes.append(issue.code);

    KtabCsvExporter exporter(*source);
    exporter.setIssueCodes(codes);
    const QByteArray bytes = exporter.toBytes();
    QVERIFY2(!bytes.isEmpty(), qPrintable(exporter.errorString()));
    QCOMPARE(exporter.issuesWritten(), 3);
    QCOMPARE(exporter.actorsWritten(), 7);
    QString error;
    const std::optional<KtabCsvImporter::Scenario> scenario = KtabCsvImporter::parse(bytes, &error);
    QVERIFY2(scenario, qPrintable(error));
    const Expected expected = expectedFrom(file);
    QCOMPARE(scenario->dimensions, expected.dimensions);
    QCOMPARE(scenario->actors.size(), expected.actors.size());

    TestSupport::TempDatabase second;
    auto target = second.open();
    KtabCsvImporter back(*target);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QVERIFY2(back.import(buffer, QStringLiteral("dummyData_3Dim.csv")),
             qPrintable(back.errorString()));
    const QList<Issue> there = ktabIssues(*target);
    const QList<Issue> here = ktabIssues(*source);
    QCOMPARE(there.size(), here.size());
    const auto byActor = [](const QList<Position> &positions) {
        QMap<QString, QList<int>> values;
        for (const Position &position : positions)
            values.insert(position.actorName,
                          {position.position, position.salience, position.clout});
        return values;
    };
    for (int d = 0; d < here.size(); ++d) {
        QCOMPARE(there.at(d).title, here.at(d).title);
        QCOMPARE(byActor(target->positions().forIssue(there.at(d).id)),
                 byActor(source->positions().forIssue(here.at(d).id)));
    }
}

void TestKtab::exportFitsKtabsBounds()
{
    // An actor whose saliences add up past 100 is scaled down to 100, in
    // proportion; one without a position on an issue gets salience 0 there.
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    KtabCsvImporter importer(*store);
    QVERIFY(importBytes(importer, validScenario()));
    const QList<Issue> issues = ktabIssues(*store);
    const qint64 us = store->actors().byName(QStringLiteral("US"))->id;
    for (Position position : store->positions().forActor(us)) {
        store->positions().remove(position.id);
        position.id = 0;
        position.salience = 90; // 90 + 90 on the two issues
        store->positions().insert(position);
    }
    Actor late;
    late.name = QStringLiteral("Late");
    late.kind = QStringLiteral("person");
    late.bloc = QStringLiteral("Other");
    store->actors().insert(late);
    Position one;
    one.issueId = issues.at(1).id;
    one.actorId = late.id;
    one.position = 30;
    one.salience = 40;
    one.clout = 60;
    store->positions().insert(one);

    KtabCsvExporter exporter(*store);
    const QByteArray bytes = exporter.toBytes();
    QVERIFY2(!bytes.isEmpty(), qPrintable(exporter.errorString()));
    QString error;
    const std::optional<KtabCsvImporter::Scenario> scenario = KtabCsvImporter::parse(bytes, &error);
    QVERIFY2(scenario, qPrintable(error)); // KTAB's bounds hold: the importer checks them
    QCOMPARE(scenario->actors.size(), 4);
    for (const KtabCsvImporter::ActorRow &row : scenario->actors) {
        if (row.name == QLatin1String("US")) {
            QCOMPARE(row.saliences, QList<double>({50, 50}));
        } else if (row.name == QLatin1String("Late")) {
            QCOMPARE(row.saliences, QList<double>({0, 40}));
            QCOMPARE(row.positions, QList<double>({50, 30}));
            QCOMPARE(row.power, 60.0);
        }
    }
}

void TestKtab::exportRefusesWhatKtabCannotRead()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    const QString path = temp.dir() + QStringLiteral("/out.csv");
    KtabCsvExporter exporter(*store);
    // The demo holds "China (Ministry of Foreign Affairs)": 35 bytes, KTAB takes 25.
    QVERIFY(!exporter.writeFile(path));
    QVERIFY2(exporter.errorString().contains(QLatin1String("China (Ministry of Foreign Affairs)")),
             qPrintable(exporter.errorString()));
    QVERIFY(!QFile::exists(path));

    KtabCsvExporter unknown(*store);
    unknown.setIssueCodes({QStringLiteral("ZZ-99")});
    QVERIFY(!unknown.writeFile(path));
    QVERIFY2(unknown.errorString().contains(QLatin1String("ZZ-99")),
             qPrintable(unknown.errorString()));
    QVERIFY(!QFile::exists(path));
}

void TestKtab::commandLineExportsKtab()
{
    TestSupport::TempDatabase temp;
    {
        auto store = temp.open();
        KtabCsvImporter importer(*store);
        QVERIFY(importer.importFile(dataPath(QStringLiteral("SOE-Policy.csv"))));
    }
    const QString out = temp.dir() + QStringLiteral("/soe.csv");
    const TestSupport::AppRun run = TestSupport::runApp(
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("ktab"),
         QStringLiteral("--out"), out, QStringLiteral("--db"), temp.path()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("26 actors on 1 issue")), qPrintable(run.out));
    QVERIFY(KtabCsvImporter::looksLikeKtab(out));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const std::optional<KtabCsvImporter::Scenario> scenario =
        KtabCsvImporter::parse(file.readAll(), &error);
    QVERIFY2(scenario, qPrintable(error));
    QCOMPARE(scenario->dimensions, QStringList({QStringLiteral("Policy")}));
    QCOMPARE(scenario->actors.size(), 26);

    const TestSupport::AppRun wrong = TestSupport::runApp(
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
         QStringLiteral("--issues"), QStringLiteral("KT-01"), QStringLiteral("--out"), out,
         QStringLiteral("--db"), temp.path()});
    QVERIFY(wrong.exitCode != 0);
    QVERIFY2(wrong.err.contains(QLatin1String("--format ktab")), qPrintable(wrong.err));
}

QTEST_GUILESS_MAIN(TestKtab)
#include "test_ktab.moc"
