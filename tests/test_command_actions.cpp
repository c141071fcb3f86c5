#include "TestSupport.h"

#include "i18n/PluralForms.h"
#include "io/CommandActions.h"
#include "store/HistoryRepository.h"
#include "store/IssueRepository.h"
#include "store/Store.h"

#include <QFile>
#include <QTest>
#include <QTextStream>

namespace {

// What one action printed and returned.
struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run run(const std::function<int(QTextStream &, QTextStream &)> &action)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.status = action(out, err);
    out.flush();
    err.flush();
    return result;
}

int lines(const QString &text)
{
    return int(text.count(QLatin1Char('\n')));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

// The command line's import, export and status actions: one line out on
// success, one line on stderr and a non-zero status on failure.
class TestCommandActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesNames();
    void exportJsonAndCsv();
    void exportToAnUnwritablePlaceFails();
    void importJsonWithEveryPolicy();
    void importCsvAndBadCsv();
    void importUnknownKindOfFile();
    void statusChange();
    void statusRefusals();
};

void TestCommandActions::parsesNames()
{
    QCOMPARE(CommandActions::exportFormat(QStringLiteral("JSON")),
             CommandActions::ExportFormat::Json);
    QCOMPARE(CommandActions::exportFormat(QStringLiteral("csv")),
             CommandActions::ExportFormat::Csv);
    QVERIFY(!CommandActions::exportFormat(QStringLiteral("xml")));
    QCOMPARE(CommandActions::importPolicy(QStringLiteral("Replace")), ImportPolicy::Replace);
    QCOMPARE(CommandActions::importPolicy(QStringLiteral("skip")), ImportPolicy::Skip);
    QCOMPARE(CommandActions::importPolicy(QStringLiteral("ask")), ImportPolicy::Ask);
    QVERIFY(!CommandActions::importPolicy(QStringLiteral("merge")));
}

void TestCommandActions::exportJsonAndCsv()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    const QString json = temp.dir() + QStringLiteral("/out.json");
    Run result = run([&](QTextStream &out, QTextStream &err) {
        return CommandActions::runExport(*store, CommandActions::ExportFormat::Json, json, out,
                                         err);
    });
    QCOMPARE(result.status, 0);
    QCOMPARE(lines(result.out), 1);
    QVERIFY2(result.out.contains(QLatin1String("12 issues")), qPrintable(result.out));
    QVERIFY(result.err.isEmpty());
    QVERIFY(QFile::exists(json));

    const QString csv = temp.dir() + QStringLiteral("/out.csv");
    result = run([&](QTextStream &out, QTextStream &err) {
        return CommandActions::runExport(*store, CommandActions::ExportFormat::Csv, csv, out, err);
    });
    QCOMPARE(result.status, 0);
    QCOMPARE(lines(result.out), 1);
    QVERIFY(result.out.contains(QLatin1String("12 issues")));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\r\n"), 13); // header and twelve issues
}

void TestCommandActions::exportToAnUnwritablePlaceFails()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    const Run result = run([&](QTextStream &out, QTextStream &err) {
        return CommandActions::runExport(*store, CommandActions::ExportFormat::Csv,
                                         temp.dir() + QStringLiteral("/nowhere/out.csv"), out, err);
    });
    QCOMPARE(result.status, 1);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(lines(result.err), 1);
    QVERIFY(result.err.contains(QLatin1String("out.csv")));
}

void TestCommandActions::importJsonWithEveryPolicy()
{
    TestSupport::TempDatabase source;
    auto demo = source.open(true);
    const QString json = source.dir() + QStringLiteral("/demo.json");
    QCOMPARE(run([&](QTextStream &out, QTextStream &err) {
                 return CommandActions::runExport(*demo, CommandActions::ExportFormat::Json, json,
                                                  out, err);
             }).status,
             0);

    TestSupport::TempDatabase temp;
    auto store = temp.open();
    Run result = run([&](QTextStream &out, QTextStream &err) {
        return CommandActions::runImport(*store, json, ImportPolicy::Ask, out, err);
    });
    QCOMPARE(result.status, 0);
    QCOMPARE(lines(result.out), 1);
    QVERIFY2(result.out.contains(QLatin1String("12 issues")), qPrintable(result.out));
    QCOMPARE(store->issues().count(), 12);

    // Again: the database holds all of it now. Ask refuses, in one line.
    const QByteArray hash = TestSupport::contentHash(*store);
    result = run([&](QTextStream &out, QTextStream &err) {
        return CommandActions::runImport(*store, json, ImportPolicy::Ask, out, err);
    });
    QCOMPARE(result.status, int(CommandActions::NeedsChoice));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(lines(result.err), 1);
    QVERIFY2(result.err.contains(QLatin1String("skip or replace")), qPrintable(result.err));
    QCOMPARE(TestSupport::contentHash(*store), hash);

    result = run([&](QTextStream &out, QTextStream &err) {
        return CommandActions::runImport(*store, json, ImportPolicy::Skip, out, err);
    });
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.contains(QLatin1String("12 kept")), qPrintable(result.out));
    QCOMPARE(TestSupport::contentHash(*store), hash);

    result = run([&](QTextStream &out, QTextStream &err) {
        return CommandActions::runImport(*store, json, ImportPolicy::Replace, out, err);
    });
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.contains(QLatin1String("12 records replaced, 0 kept")),
             qPrintable(result.out));
    QCOMPARE(store->issues().count(), 12);
}

void TestCommandActions::importCsvAndBadCsv()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    const QString good = temp.dir() + QStringLiteral("/good.csv");
    writeFile(good, "code,title,category,status,priority,owner,due_date,likelihood,eu_objective,"
                    "lines_to_take,defensive_lines,background\n"
                    "CLI-1,From the command line,Trade,Open,Low,,,,,,,\n");
    Run result = run([&](QTextStream &out, QTextStream &err) {
        return CommandActions::runImport(*store, good, ImportPolicy::Ask, out, err);
    });
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.endsWith(QLatin1String(": 0 issues replaced, 1 new, 0 kept.\n")),
             qPrintable(result.out));
    QVERIFY(store->issues().byCode(QStringLiteral("CLI-1")));

    const QString bad = temp.dir() + QStringLiteral("/bad.csv");
    writeFile(bad, "code,title,category,status,priority,owner,due_date,likelihood,eu_objective,"
                   "lines_to_take,defensive_lines,background\n"
                   "CLI-2,Fine,Trade,Open,Low,,,,,,,\n"
                   "CLI-3,Multi\nline,Trade,Open,Low,,,,,,,\n");
    const QByteArray hash = TestSupport::contentHash(*store);
    result = run([&](QTextStream &out, QTextStream &err) {
        return CommandActions::runImport(*store, bad, ImportPolicy::Ask, out, err);
    });
    QCOMPARE(result.status, 1);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(lines(result.err), 1);
    QVERIFY2(result.err.contains(QLatin1String("bad.csv")) &&
                 result.err.contains(QLatin1String("line 3")),
             qPrintable(result.err));
    QCOMPARE(TestSupport::contentHash(*store), hash);
}

void TestCommandActions::importUnknownKindOfFile()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    const QString path = temp.dir() + QStringLiteral("/issues.xlsx");
    writeFile(path, "PK");
    const Run result = run([&](QTextStream &out, QTextStream &err) {
        return CommandActions::runImport(*store, path, ImportPolicy::Ask, out, err);
    });
    QCOMPARE(result.status, int(CommandActions::BadArgument));
    QCOMPARE(lines(result.err), 1);
    QVERIFY(result.err.contains(QLatin1String(".csv")));
}

void TestCommandActions::statusChange()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    const Issue before = *store->issues().byCode(QStringLiteral("RE-01"));
    Run result = run([&](QTextStream &out, QTextStream &err) {
        return CommandActions::runStatus(*store, QStringLiteral("RE-01"),
                                         QStringLiteral("in NEGOTIATION"),
                                         QStringLiteral("Agreed to talk"), out, err);
    });
    QCOMPARE(result.status, 0);
    QVERIFY(result.err.isEmpty());
    QCOMPARE(lines(result.out), 1);
    QVERIFY2(result.out.contains(QLatin1String("RE-01")) &&
                 result.out.contains(QLatin1String("In negotiation")),
             qPrintable(result.out));
    const StatusChange last = store->history().forIssue(before.id).last();
    QCOMPARE(last.from, before.status);
    QCOMPARE(last.to, Status::InNegotiation);
    QCOMPARE(last.reason, QStringLiteral("Agreed to talk"));
    QCOMPARE(last.changedBy, QStringLiteral("desk.officer"));

    // The same status again changes nothing and says so.
    const qint64 count = store->history().count();
    result = run([&](QTextStream &out, QTextStream &err) {
        return CommandActions::runStatus(*store, QStringLiteral("RE-01"),
                                         QStringLiteral("In negotiation"), QString(), out, err);
    });
    QCOMPARE(result.status, 0);
    QVERIFY(result.out.contains(QLatin1String("already")));
    QCOMPARE(store->history().count(), count);
}

void TestCommandActions::statusRefusals()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    const QByteArray hash = TestSupport::contentHash(*store);
    Run result = run([&](QTextStream &out, QTextStream &err) {
        return CommandActions::runStatus(*store, QStringLiteral("XX-99"), QStringLiteral("Open"),
                                         QString(), out, err);
    });
    QCOMPARE(result.status, 1);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(lines(result.err), 1);
    QVERIFY(result.err.contains(QLatin1String("XX-99")));

    result = run([&](QTextStream &out, QTextStream &err) {
        return CommandActions::runStatus(*store, QStringLiteral("RE-01"), QStringLiteral("Pending"),
                                         QString(), out, err);
    });
    QCOMPARE(result.status, int(CommandActions::BadArgument));
    QCOMPARE(lines(result.err), 1);
    QVERIFY2(result.err.contains(QLatin1String("Pending")) &&
                 result.err.contains(QLatin1String("In negotiation")),
             qPrintable(result.err));
    QCOMPARE(TestSupport::contentHash(*store), hash);
}

void TestCommandActions::initTestCase()
{
    PluralForms::install(); // as the command line does at start
}

QTEST_GUILESS_MAIN(TestCommandActions)
#include "test_command_actions.moc"
