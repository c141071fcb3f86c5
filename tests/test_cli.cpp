// The command line as scripts use it: one line on success, one line on stderr and
// a non-zero exit on failure, and no partial file left behind.
#include "TestConfig.h"
#include "TestSupport.h"
#include "domain/DecisionRule.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "io/DemoScenario.h"
#include "io/ScenarioImporter.h"
#include "store/IssueRepository.h"
#include "store/SettingsRepository.h"

#include <csignal>
#include <memory>
#include <optional>
#include <pwd.h>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runApp(const QStringList &arguments, QProcess &process)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // proves the commands need no display
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SUMMIT_APP_PATH), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// As runApp, in an environment without USER, LOGNAME and USERNAME (a service, a
// cron job), whose home and settings are in `home`.
Run runAppWithoutUser(const QStringList &arguments, const QString &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (const char *name : {"USER", "LOGNAME", "USERNAME"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SUMMIT_APP_PATH), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

Run runApp(const QStringList &arguments)
{
    QProcess process;
    return runApp(arguments, process);
}

// As runApp, with the file size limited (as a full disk would): no file the app
// writes can grow past `bytes`.
Run runAppWithFileSizeLimit(const QStringList &arguments, rlim_t bytes)
{
    QProcess process;
    process.setChildProcessModifier([bytes] {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{bytes, bytes};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    return runApp(arguments, process);
}

// As runApp, as an account without special rights: root writes into read-only
// files and folders, so it runs the app as "nobody" through setpriv. Empty
// when that is not possible.
std::optional<Run> runAppUnprivileged(const QStringList &arguments)
{
    if (::geteuid() != 0)
        return runApp(arguments);
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty())
        return std::nullopt;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("HOME"), QStringLiteral("/nonexistent"));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    env.remove(QStringLiteral("XDG_CONFIG_HOME"));
    env.remove(QStringLiteral("XDG_DATA_HOME"));
    process.setProcessEnvironment(env);
    process.start(setpriv,
                  QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                              QStringLiteral("--clear-groups"), QStringLiteral(SUMMIT_APP_PATH)} +
                      arguments);
    if (!process.waitForFinished(120000))
        return Run{};
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

// Every line a command prints on stderr names the program first.
bool everyLineNamesTheProgram(const QString &err)
{
    const QStringList lines = err.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return false;
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1String("summit-brief: ")))
            return false;
    }
    return true;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// Garbage over a few pages in the middle of the file.
bool overwriteMiddlePages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const qint64 pageSize = 4096;
    const qint64 pages = file.size() / pageSize;
    QByteArray garbage(int(pageSize * 3), Qt::Uninitialized);
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919 + 13) % 251);
    return pages > 12 && file.seek((pages / 2) * pageSize) && file.write(garbage) == garbage.size();
}

int versionInFile(const QString &path)
{
    return TestSupport::valueInFile(path,
                                    QStringLiteral("SELECT MAX(version) FROM schema_migration"))
        .toInt();
}

// Reads a database the test did not write through the app, to check what the
// commands left there; the content digest ignores WAL and page layout.
namespace TestSupportHash {

QStringList query(const QString &path, const QString &sql)
{
    QStringList rows;
    const QString name = QStringLiteral("cli-check");
    {
        QSqlDatabase db = TestSupport::addConnection(path, name);
        if (db.isOpen()) {
            QSqlQuery q(db);
            q.exec(sql);
            while (q.next())
                rows.append(q.value(0).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QByteArray of(const QString &path)
{
    Store store;
    store.open(path, Store::OpenMode::ExistingOnly);
    return TestSupport::contentHash(store);
}

} // namespace TestSupportHash

int lineCount(const QString &text)
{
    return int(text.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts).size());
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoWritesADatabase();
    void packWritesEachFormat_data();
    void packWritesEachFormat();
    void packFailures_data();
    void packFailures();
    void forecastPrintsTextAndJson();
    void forecastUnknownCodeFails();
    void unknownCommandFails();
    void exportThenImportRoundTrips();
    void importRefusesBadFileAndChangesNothing();
    void statusChangeIsRecorded();
    void statusFailures_data();
    void statusFailures();
    void demoRefusesAnExistingFile();
    void demoForceReplacesOnlyADatabase();
    void helpNamesTheProgram_data();
    void helpNamesTheProgram();
    void errorLinesNameTheProgram_data();
    void errorLinesNameTheProgram();
    void codesIgnoreCase();
    void readCommandsDoNotUpgrade();
    void damagedFileIsRefusedUntouched();
    void lockedFileSaysWhoHoldsIt();
    void failedBackupLeavesNothing();
    void readOnlyFolderIsReadNotWritten();
    void packWithNoMatchingIssueIsRefusedUnlessAllowed();
    void historyNamesTheAccountWithoutUser();
    void historyNamesTheWindowsUser();
    void importSaysWhatChanged();
    void messagesAreSentences_data();
    void messagesAreSentences();
    void newSummitThenImportAndPack();
    void newRefusesAnExistingFile();
    void newRefusesBadSettings_data();
    void newRefusesBadSettings();

private:
    // A new database holding the demo scenario: written by `summit-brief --demo`
    // in m_dir, or on PostgreSQL a team database of its own. Empty on failure.
    QString freshDemo(const QString &name);
    // A copy of the demo database in m_dir (on PostgreSQL, a fresh one).
    QString demoCopy(const QString &name);
    // A database at schema version `version` holding the demo scenario.
    QString olderDatabase(const QString &name, int version);
    // On SQLite a file in m_dir; on PostgreSQL an empty team database's URL.
    QString newDatabase(const QString &name);

private:
    QTemporaryDir m_dir;
    QString m_db;
    std::vector<std::unique_ptr<TestSupport::TempDatabase>> m_teamDatabases;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(SUMMIT_APP_PATH)), "build the summit-brief target first");
    m_db = freshDemo(QStringLiteral("demo.db"));
    QVERIFY(!m_db.isEmpty());
}

QString TestCli::newDatabase(const QString &name)
{
    if (!TestSupport::isPostgreSQL())
        return m_dir.filePath(name);
    m_teamDatabases.push_back(std::make_unique<TestSupport::TempDatabase>());
    return m_teamDatabases.back()->path();
}

QString TestCli::freshDemo(const QString &name)
{
    if (TestSupport::isPostgreSQL()) {
        const QString location = newDatabase(name);
        m_teamDatabases.back()->open(true);
        return location;
    }
    const QString path = m_dir.filePath(name);
    return runApp({QStringLiteral("--demo"), path}).exitCode == 0 ? path : QString();
}

void TestCli::demoWritesADatabase()
{
    SKIP_ON_POSTGRESQL("--demo writes a new database file");
    const QString path = m_dir.filePath(QStringLiteral("second.db"));
    const Run run = runApp({QStringLiteral("--demo"), path});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(lineCount(run.out), 1);
    QVERIFY(run.out.contains(path));
    QVERIFY(QFileInfo(path).size() > 0);
    QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
}

void TestCli::packWritesEachFormat_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("pdf") << QStringLiteral("pack.pdf") << QByteArray("%PDF-");
    QTest::newRow("odt") << QStringLiteral("pack.odt") << QByteArray("PK");
    QTest::newRow("html") << QStringLiteral("pack.html") << QByteArray("<!DOCTYPE");
}

void TestCli::packWritesEachFormat()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, magic);
    const QString out = m_dir.filePath(fileName);
    const Run run =
        runApp({QStringLiteral("pack"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), out,
                QStringLiteral("--issues"), QStringLiteral("RE-01,DR-01"),
                QStringLiteral("--classification"), QStringLiteral("EU RESTRICTED"),
                QStringLiteral("--date"), QStringLiteral("2025-07-20")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(lineCount(run.out), 1);
    QVERIFY(run.err.trimmed().isEmpty());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(file.read(64).trimmed().startsWith(magic), qPrintable(fileName));
    // Logged in the database, so "what changed since the last pack" starts here.
    const QStringList logged = TestSupportHash::query(
        m_db,
        QStringLiteral("SELECT issue_codes || '|' || format FROM pack_export WHERE path = '%1'")
            .arg(QFileInfo(out).absoluteFilePath()));
    QCOMPARE(logged.size(), 1);
    QVERIFY2(logged.first().contains(QStringLiteral("RE-01")), qPrintable(logged.first()));
    QVERIFY(logged.first().endsWith(QLatin1Char('|') + QFileInfo(out).suffix()));
}

void TestCli::packFailures_data()
{
    QTest::addColumn<QStringList>("extraArguments");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("outName");
    QTest::addColumn<QString>("expectedInMessage");
    QTest::newRow("unknown issue code")
        << QStringList{QStringLiteral("--issues"), QStringLiteral("XX-99")} << QString()
        << QStringLiteral("p1.pdf") << QStringLiteral("XX-99");
    QTest::newRow("missing database") << QStringList{} << QStringLiteral("/nonexistent/none.db")
                                      << QStringLiteral("p2.pdf") << QStringLiteral("none.db");
    QTest::newRow("unwritable path")
        << QStringList{} << QString() << QStringLiteral("no-such-folder/p3.pdf")
        << QStringLiteral("p3.pdf");
    QTest::newRow("unknown format")
        << QStringList{QStringLiteral("--format"), QStringLiteral("docx")} << QString()
        << QStringLiteral("p4.docx") << QStringLiteral("docx");
    QTest::newRow("bad date") << QStringList{QStringLiteral("--date"), QStringLiteral("20/07/2025")}
                              << QString() << QStringLiteral("p5.pdf")
                              << QStringLiteral("20/07/2025");
}

void TestCli::packFailures()
{
    QFETCH(QStringList, extraArguments);
    QFETCH(QString, database);
    QFETCH(QString, outName);
    QFETCH(QString, expectedInMessage);
    const QString out = m_dir.filePath(outName);
    const Run run =
        runApp(QStringList{QStringLiteral("pack"), QStringLiteral("--db"),
                           database.isEmpty() ? m_db : database, QStringLiteral("--out"), out} +
               extraArguments);
    QVERIFY(run.exitCode != 0);
    QCOMPARE(lineCount(run.err), 1);
    QVERIFY2(run.err.contains(expectedInMessage), qPrintable(run.err));
    QVERIFY(run.out.trimmed().isEmpty());
    QVERIFY(!QFile::exists(out));
    // No temporary file left beside it either.
    const QDir dir(QFileInfo(out).absolutePath());
    if (dir.exists()) {
        for (const QString &name : dir.entryList(QDir::Files))
            QVERIFY2(!name.startsWith(QFileInfo(out).fileName()), qPrintable(name));
    }
}

void TestCli::forecastPrintsTextAndJson()
{
    const Run text =
        runApp({QStringLiteral("forecast"), QStringLiteral("RE-01"), QStringLiteral("--db"), m_db});
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY(text.out.contains(QStringLiteral("RE-01")));
    QVERIFY(text.out.contains(QStringLiteral("median"), Qt::CaseInsensitive));

    const Run json = runApp({QStringLiteral("forecast"), QStringLiteral("RE-01"),
                             QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    // Hand-computed from the demo data (see tests/test_forecast.cpp): median 90 for RE-01.
    const QJsonObject object = document.object();
    QCOMPARE(object.value(QStringLiteral("weightedMedian")).toDouble(), 90.0);
    // Today's keys stay; the band, the rule and the tie are added beside them.
    for (const char *key : {"weightedMean", "euObjective", "actorCount", "totalWeight", "leverage",
                            "outcome", "rule", "medianBand", "medianProbability", "likelyOutcome",
                            "tie", "consentParties", "objectiveSplit"})
        QVERIFY2(object.contains(QLatin1String(key)), key);
    QVERIFY(object.value(QStringLiteral("consentParties")).isArray());
    QCOMPARE(object.value(QStringLiteral("tie")).toBool(), false);
    QVERIFY(!object.contains(QStringLiteral("tieLow"))); // only when tied
    QVERIFY(DecisionRuleText::fromKey(object.value(QStringLiteral("rule")).toString()));
    const QJsonObject band = object.value(QStringLiteral("medianBand")).toObject();
    const double outcome = object.value(QStringLiteral("outcome")).toDouble();
    QVERIFY(band.value(QStringLiteral("low")).toDouble() <= outcome);
    QVERIFY(outcome <= band.value(QStringLiteral("high")).toDouble());
    const double probability = object.value(QStringLiteral("medianProbability")).toDouble();
    QVERIFY(probability > 0 && probability <= 1);
    const QJsonObject first = object.value(QStringLiteral("leverage")).toArray().first().toObject();
    for (const char *key :
         {"actor", "medianShift", "meanShift", "outcomeShift", "effort", "gainPerEffort"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    // The text has the likely outcome with its band and how often, in words.
    QVERIFY2(text.out.contains(QRegularExpression(
                 QStringLiteral("\\nLikely outcome \\d+ \\(\\d+(\\.\\d)?–\\d+(\\.\\d)?; \\d+ "
                                "times? in 10\\)\\n"))),
             qPrintable(text.out));
}

void TestCli::forecastUnknownCodeFails()
{
    const Run run =
        runApp({QStringLiteral("forecast"), QStringLiteral("ZZ-00"), QStringLiteral("--db"), m_db});
    QVERIFY(run.exitCode != 0);
    QCOMPARE(lineCount(run.err), 1);
    QVERIFY(run.err.contains(QStringLiteral("ZZ-00")));
}

void TestCli::unknownCommandFails()
{
    const Run run = runApp({QStringLiteral("explode")});
    QVERIFY(run.exitCode != 0);
    QCOMPARE(lineCount(run.err), 1);
}

void TestCli::exportThenImportRoundTrips()
{
    const QString json = m_dir.filePath(QStringLiteral("all.json"));
    Run run =
        runApp({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--format"),
                QStringLiteral("json"), QStringLiteral("--out"), json});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(lineCount(run.out), 1);

    const QString csv = m_dir.filePath(QStringLiteral("issues.csv"));
    run = runApp({QStringLiteral("export"), QStringLiteral("--db"), m_db,
                  QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QString header = QString::fromUtf8(csvFile.readLine());
    QVERIFY(header.startsWith(QStringLiteral("code,title")));

    // Importing the database's own export again: every code exists, so "ask" refuses.
    run = runApp({QStringLiteral("import"), json, QStringLiteral("--db"), m_db});
    QVERIFY(run.exitCode != 0);
    QCOMPARE(lineCount(run.err), 1);
    // "skip" accepts it and changes nothing.
    run = runApp({QStringLiteral("import"), json, QStringLiteral("--db"), m_db,
                  QStringLiteral("--on-existing"), QStringLiteral("skip")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(lineCount(run.out), 1);
    const QString again = m_dir.filePath(QStringLiteral("again.json"));
    run =
        runApp({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--format"),
                QStringLiteral("json"), QStringLiteral("--out"), again});
    QCOMPARE(run.exitCode, 0);
    QFile first(json);
    QFile second(again);
    QVERIFY(first.open(QIODevice::ReadOnly) && second.open(QIODevice::ReadOnly));
    QCOMPARE(second.readAll(), first.readAll());
}

void TestCli::importRefusesBadFileAndChangesNothing()
{
    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "code,title,category,status,priority,owner,due_date,likelihood,eu_objective,lines_to_take,"
        "defensive_lines,background\n"
        "NEW-01,A new issue,Trade,Open,High,Trade desk,2025-07-20,might,,,,\n"
        "NEW-02,Another,Trade,Pending,High,Trade desk,2025-07-20,might,,,,\n");
    file.close();
    const QString db = freshDemo(QStringLiteral("import-target.db"));
    QVERIFY(!db.isEmpty());
    const QByteArray before = TestSupportHash::of(db);
    const Run run = runApp({QStringLiteral("import"), bad, QStringLiteral("--db"), db});
    QVERIFY(run.exitCode != 0);
    QCOMPARE(lineCount(run.err), 1);
    QVERIFY2(run.err.contains(QStringLiteral("Pending")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("3")), qPrintable(run.err)); // the line
    QCOMPARE(TestSupportHash::of(db), before);
}

void TestCli::statusChangeIsRecorded()
{
    const QString db = freshDemo(QStringLiteral("status.db"));
    QVERIFY(!db.isEmpty());
    const Run run =
        runApp({QStringLiteral("status"), QStringLiteral("RE-01"), QStringLiteral("converging"),
                QStringLiteral("--reason"), QStringLiteral("Beijing signalled flexibility"),
                QStringLiteral("--db"), db});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(lineCount(run.out), 1);
    const QStringList rows = TestSupportHash::query(
        db, QStringLiteral("SELECT i.status || '|' || s.to_status || '|' || s.reason FROM issue i "
                           "JOIN status_change s ON s.issue_id = i.id WHERE i.code = 'RE-01' "
                           "ORDER BY s.id DESC LIMIT 1"));
    QCOMPARE(rows, QStringList{QStringLiteral("4|4|Beijing signalled flexibility")});
}

void TestCli::statusFailures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedInMessage");
    QTest::newRow("unknown code") << QStringList{QStringLiteral("status"), QStringLiteral("XX-01"),
                                                 QStringLiteral("Open"), QStringLiteral("--reason"),
                                                 QStringLiteral("r")}
                                  << QStringLiteral("XX-01");
    QTest::newRow("unknown status")
        << QStringList{QStringLiteral("status"), QStringLiteral("RE-01"), QStringLiteral("Pending"),
                       QStringLiteral("--reason"), QStringLiteral("r")}
        << QStringLiteral("Pending");
    QTest::newRow("missing status")
        << QStringList{QStringLiteral("status"), QStringLiteral("RE-01")}
        << QStringLiteral("status");
    QTest::newRow("no reason") << QStringList{QStringLiteral("status"), QStringLiteral("RE-01"),
                                              QStringLiteral("Agreed")}
                               << QStringLiteral("--reason");
    QTest::newRow("blank reason") << QStringList{QStringLiteral("status"), QStringLiteral("RE-01"),
                                                 QStringLiteral("Agreed"),
                                                 QStringLiteral("--reason"), QStringLiteral("  ")}
                                  << QStringLiteral("--reason");
}

void TestCli::statusFailures()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedInMessage);
    const QByteArray before = TestSupportHash::of(m_db);
    const Run run = runApp(arguments + QStringList{QStringLiteral("--db"), m_db});
    QVERIFY(run.exitCode != 0);
    QCOMPARE(lineCount(run.err), 1);
    QVERIFY2(run.err.contains(expectedInMessage), qPrintable(run.err));
    QCOMPARE(TestSupportHash::of(m_db), before);
}

QString TestCli::demoCopy(const QString &name)
{
    if (TestSupport::isPostgreSQL())
        return freshDemo(name);
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(m_db, path) ? path : QString();
}

QString TestCli::olderDatabase(const QString &name, int version)
{
    const QString path = newDatabase(name);
    Store store;
    store.setUserName(QStringLiteral("desk.officer"));
    store.open(path, Store::OpenMode::CreateIfMissing, version);
    if (version >= Store::oldestReadableVersion()) {
        ScenarioImporter importer(store);
        if (!importer.importFile(DemoScenario::resourcePath()))
            return {};
    }
    return path;
}

void TestCli::demoRefusesAnExistingFile()
{
    SKIP_ON_POSTGRESQL("--demo over an existing file");
    const QString notes = m_dir.filePath(QStringLiteral("n.txt"));
    QVERIFY(writeBytes(notes, "notes\n"));
    const QString database = demoCopy(QStringLiteral("kept.db"));
    QVERIFY(runApp({QStringLiteral("status"), QStringLiteral("RE-01"), QStringLiteral("Agreed"),
                    QStringLiteral("--reason"), QStringLiteral("Deal"), QStringLiteral("--db"),
                    database})
                .exitCode == 0);
    for (const QString &path : {notes, database}) {
        const QByteArray before = TestSupport::fileHash(path);
        const Run run = runApp({QStringLiteral("--demo"), path});
        QVERIFY(run.exitCode != 0);
        QCOMPARE(lineCount(run.err), 1);
        QVERIFY2(everyLineNamesTheProgram(run.err), qPrintable(run.err));
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("--force")), qPrintable(run.err));
        QCOMPARE(TestSupport::fileHash(path), before);
        QVERIFY(Store::backupsOf(path).isEmpty());
        QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
    }
}

void TestCli::demoForceReplacesOnlyADatabase()
{
    SKIP_ON_POSTGRESQL("--demo --force over a file, and its backup");
    // Not a database: refused even with --force.
    const QString notes = m_dir.filePath(QStringLiteral("forced.txt"));
    QVERIFY(writeBytes(notes, "notes\n"));
    Run run = runApp({QStringLiteral("--demo"), notes, QStringLiteral("--force")});
    QVERIFY(run.exitCode != 0);
    QCOMPARE(lineCount(run.err), 1);
    QVERIFY2(run.err.contains(QLatin1String("not a Summit Brief database")), qPrintable(run.err));
    QFile file(notes);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("notes\n"));

    // A database with history: backed up, then replaced.
    const QString database = demoCopy(QStringLiteral("forced.db"));
    QVERIFY(runApp({QStringLiteral("status"), QStringLiteral("RE-01"), QStringLiteral("Agreed"),
                    QStringLiteral("--reason"), QStringLiteral("Deal at last"),
                    QStringLiteral("--db"), database})
                .exitCode == 0);
    run = runApp({QStringLiteral("--demo"), database, QStringLiteral("--force")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(lineCount(run.out), 1);
    const QStringList backups = Store::backupsOf(database);
    QCOMPARE(backups.size(), 1);
    QVERIFY2(run.out.contains(backups.first()), qPrintable(run.out));
    const QString reason = QStringLiteral("SELECT COUNT(*) FROM status_change WHERE reason = "
                                          "'Deal at last'");
    QCOMPARE(TestSupport::valueInFile(backups.first(), reason).toInt(), 1);
    QCOMPARE(TestSupport::valueInFile(database, reason).toInt(), 0);
    QCOMPARE(versionInFile(database), Store::latestSchemaVersion());
    QVERIFY(!QFile::exists(database + QStringLiteral(".partial")));
}

void TestCli::helpNamesTheProgram_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")};
    QTest::newRow("--help-all") << QStringList{QStringLiteral("--help-all")};
    for (const char *command : {"pack", "forecast", "import", "export", "status", "new", "copy"})
        QTest::newRow(command) << QStringList{QLatin1String(command), QStringLiteral("--help")};
}

void TestCli::helpNamesTheProgram()
{
    QFETCH(QStringList, arguments);
    const Run run = runApp(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QLatin1String("Usage: summit-brief [options] ")),
             qPrintable(run.out));
    QVERIFY(!run.out.contains(QLatin1String("<executable_name>")));
    // Every command is listed, whichever one the help was asked of.
    for (const char *command : {"pack", "forecast", "import", "export", "status", "new", "copy"})
        QVERIFY2(
            run.out.contains(QLatin1String("\n  ") + QLatin1String(command) + QLatin1Char(' ')),
            command);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
}

void TestCli::errorLinesNameTheProgram_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("explode")};
    QTest::newRow("status without reason")
        << QStringList{QStringLiteral("status"), QStringLiteral("RE-01"), QStringLiteral("Open")};
    QTest::newRow("status of an unknown code")
        << QStringList{QStringLiteral("status"), QStringLiteral("XX-01"), QStringLiteral("Open"),
                       QStringLiteral("--reason"), QStringLiteral("r")};
    QTest::newRow("status unknown")
        << QStringList{QStringLiteral("status"), QStringLiteral("RE-01"), QStringLiteral("Pending"),
                       QStringLiteral("--reason"), QStringLiteral("r")};
    QTest::newRow("import of an unknown kind of file")
        << QStringList{QStringLiteral("import"), QStringLiteral("notes.txt")};
    QTest::newRow("import of a missing file")
        << QStringList{QStringLiteral("import"), QStringLiteral("/nonexistent/x.csv")};
    QTest::newRow("export to a missing folder")
        << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                       QStringLiteral("--out"), QStringLiteral("/nonexistent/x.csv")};
    QTest::newRow("forecast of an unknown code")
        << QStringList{QStringLiteral("forecast"), QStringLiteral("ZZ-99")};
}

void TestCli::errorLinesNameTheProgram()
{
    QFETCH(QStringList, arguments);
    const Run run = runApp(arguments + QStringList{QStringLiteral("--db"), m_db});
    QVERIFY(run.exitCode != 0);
    QCOMPARE(lineCount(run.err), 1);
    QVERIFY2(everyLineNamesTheProgram(run.err), qPrintable(run.err));
}

void TestCli::codesIgnoreCase()
{
    const QString db = demoCopy(QStringLiteral("case.db"));
    Run run = runApp({QStringLiteral("status"), QStringLiteral("re-01"),
                      QStringLiteral("converging"), QStringLiteral("--reason"),
                      QStringLiteral("Lower case works"), QStringLiteral("--db"), db});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(TestSupport::valueInFile(
                 db, QStringLiteral("SELECT i.code FROM status_change s JOIN issue i ON "
                                    "i.id = s.issue_id WHERE s.reason = 'Lower case works'"))
                 .toString(),
             QStringLiteral("RE-01"));
    run = runApp({QStringLiteral("forecast"), QStringLiteral("re-01"), QStringLiteral("--db"), db});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QLatin1String("RE-01")));

    // An import naming an existing code in another case finds it existing.
    const QString csv = m_dir.filePath(QStringLiteral("case.csv"));
    QVERIFY(writeBytes(csv,
                       "code,title,category,status,priority,owner,due_date,likelihood,"
                       "eu_objective,lines_to_take,defensive_lines,background\n"
                       "re-01,Lower-case copy,Trade,Open,High,Trade desk,2025-07-20,might,,,,\n"
                       "zz-01,New,Trade,Open,High,Trade desk,2025-07-20,might,,,,\n"
                       "ZZ-01,New again,Trade,Open,High,Trade desk,2025-07-20,might,,,,\n"));
    const QString count = QStringLiteral("SELECT COUNT(*) FROM issue");
    const int before = TestSupport::valueInFile(db, count).toInt();
    run = runApp({QStringLiteral("import"), csv, QStringLiteral("--db"), db});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QLatin1String("re-01")), qPrintable(run.err));
    run = runApp({QStringLiteral("import"), csv, QStringLiteral("--db"), db,
                  QStringLiteral("--on-existing"), QStringLiteral("skip")});
    // zz-01 and ZZ-01 are one code: the file holds it twice.
    QVERIFY(run.exitCode != 0);
    QCOMPARE(TestSupport::valueInFile(db, count).toInt(), before);
}

// forecast, export and pack read an older file as it is: no upgrade, no backup.
void TestCli::readCommandsDoNotUpgrade()
{
    const int version = Store::oldestReadableVersion();
    const QString db = olderDatabase(QStringLiteral("v3.db"), version);
    QVERIFY(!db.isEmpty());
    QCOMPARE(versionInFile(db), version);
    const QList<QStringList> commands = {
        {QStringLiteral("forecast"), QStringLiteral("RE-01")},
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
         QStringLiteral("--out"), m_dir.filePath(QStringLiteral("v3.json"))},
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
         QStringLiteral("--out"), m_dir.filePath(QStringLiteral("v3.csv"))},
        {QStringLiteral("pack"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("v3.pdf")),
         QStringLiteral("--issues"), QStringLiteral("RE-01")},
    };
    for (const QStringList &command : commands) {
        const Run run = runApp(command + QStringList{QStringLiteral("--db"), db});
        QVERIFY2(run.exitCode == 0, qPrintable(command.join(QLatin1Char(' ')) + run.err));
        QVERIFY2(run.err.trimmed().isEmpty(), qPrintable(run.err));
        QCOMPARE(versionInFile(db), version);
        QVERIFY(Store::backupsOf(db).isEmpty());
    }
    // A write command upgrades it.
    const Run write =
        runApp({QStringLiteral("status"), QStringLiteral("RE-01"), QStringLiteral("Agreed"),
                QStringLiteral("--reason"), QStringLiteral("Deal"), QStringLiteral("--db"), db});
    QVERIFY2(write.exitCode == 0, qPrintable(write.err));
    QCOMPARE(versionInFile(db), Store::latestSchemaVersion());
    QCOMPARE(Store::backupsOf(db).size(), TestSupport::isPostgreSQL() ? 0 : 1);

    // Too old to read as it is: says how to upgrade it, and leaves it.
    const QString older = olderDatabase(QStringLiteral("v2.db"), version - 1);
    const QByteArray before = TestSupport::databaseHash(older);
    const Run run = runApp(
        {QStringLiteral("forecast"), QStringLiteral("RE-01"), QStringLiteral("--db"), older});
    QVERIFY(run.exitCode != 0);
    QCOMPARE(lineCount(run.err), 1);
    QVERIFY2(run.err.contains(QLatin1String("open this file once with the app")),
             qPrintable(run.err));
    QCOMPARE(TestSupport::databaseHash(older), before);
}

void TestCli::damagedFileIsRefusedUntouched()
{
    SKIP_ON_POSTGRESQL("a damaged database file");
    const QString db = demoCopy(QStringLiteral("damaged.db"));
    QVERIFY(overwriteMiddlePages(db));
    const QByteArray before = TestSupport::fileHash(db);
    const QList<QStringList> commands = {
        {QStringLiteral("status"), QStringLiteral("RE-01"), QStringLiteral("Agreed"),
         QStringLiteral("--reason"), QStringLiteral("Deal")},
        {QStringLiteral("forecast"), QStringLiteral("RE-01")},
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
         QStringLiteral("--out"), m_dir.filePath(QStringLiteral("damaged.json"))},
        {QStringLiteral("pack"), QStringLiteral("--out"),
         m_dir.filePath(QStringLiteral("damaged.pdf"))},
    };
    for (const QStringList &command : commands) {
        const Run run = runApp(command + QStringList{QStringLiteral("--db"), db});
        QVERIFY2(run.exitCode != 0, qPrintable(command.join(QLatin1Char(' '))));
        QCOMPARE(lineCount(run.err), 1);
        QVERIFY2(everyLineNamesTheProgram(run.err), qPrintable(run.err));
        QVERIFY2(run.err.contains(db), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("damaged")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("backup")), qPrintable(run.err));
        QCOMPARE(TestSupport::fileHash(db), before);
    }
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("damaged.json"))));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("damaged.pdf"))));
}

// Another program holds the file: the message says so and names it (after the
// busy timeout of a few seconds).
void TestCli::lockedFileSaysWhoHoldsIt()
{
    SKIP_ON_POSTGRESQL("SQLite's lock on the file");
    const QString db = demoCopy(QStringLiteral("locked.db"));
    const QString name = QStringLiteral("cli-lock");
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        holder.setDatabaseName(db);
        QVERIFY(holder.open());
        QSqlQuery query(holder);
        // In WAL mode readers go on while a writer holds the file; with a rollback
        // journal an exclusive lock keeps them out too.
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(query.exec(QStringLiteral("UPDATE settings SET value = value")));
        for (const QStringList &command :
             {QStringList{QStringLiteral("forecast"), QStringLiteral("RE-01")},
              QStringList{QStringLiteral("status"), QStringLiteral("RE-01"),
                          QStringLiteral("Agreed"), QStringLiteral("--reason"),
                          QStringLiteral("Deal")}}) {
            const Run run = runApp(command + QStringList{QStringLiteral("--db"), db});
            QVERIFY(run.exitCode != 0);
            QCOMPARE(lineCount(run.err), 1);
            QVERIFY2(run.err.contains(db), qPrintable(run.err));
            QVERIFY2(run.err.contains(QLatin1String("locked by another program")),
                     qPrintable(run.err));
            QVERIFY2(run.err.contains(QLatin1String("try again")), qPrintable(run.err));
        }
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        holder.close();
    }
    QSqlDatabase::removeDatabase(name);
    const Run run =
        runApp({QStringLiteral("forecast"), QStringLiteral("RE-01"), QStringLiteral("--db"), db});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

// A disk that fills during the backup before an upgrade: the upgrade is refused,
// the file stays as it was and no broken or empty backup is left.
void TestCli::failedBackupLeavesNothing()
{
    SKIP_ON_POSTGRESQL("the backup file an upgrade writes, on a full disk");
    const QString db = olderDatabase(QStringLiteral("full-disk.db"), 3);
    QVERIFY(!db.isEmpty());
    const QByteArray before = TestSupport::fileHash(db);
    QVERIFY(QFileInfo(db).size() > 4 * 40 * 1024);
    const Run run = runAppWithFileSizeLimit({QStringLiteral("status"), QStringLiteral("RE-01"),
                                             QStringLiteral("Agreed"), QStringLiteral("--reason"),
                                             QStringLiteral("Deal"), QStringLiteral("--db"), db},
                                            40 * 1024);
    QVERIFY(run.exitCode != 0);
    QCOMPARE(lineCount(run.err), 1);
    QVERIFY2(run.err.contains(QLatin1String("back up")), qPrintable(run.err));
    QCOMPARE(TestSupport::fileHash(db), before);
    QCOMPARE(versionInFile(db), 3);
    QVERIFY(Store::backupsOf(db).isEmpty());
    const QStringList files =
        QDir(m_dir.path()).entryList({QStringLiteral("full-disk.db*")}, QDir::Files | QDir::Hidden);
    for (const QString &name : files)
        QVERIFY2(!name.contains(QLatin1String("backup")), qPrintable(name));
}

// A database in a folder the user cannot write to: forecast and export read it,
// a change is refused saying the folder is read-only. The same for a read-only
// file in a writable folder.
void TestCli::readOnlyFolderIsReadNotWritten()
{
    SKIP_ON_POSTGRESQL("file and folder permissions");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                  QFile::ExeOwner | QFile::ReadOther |
                                                  QFile::ExeOther | QFile::WriteOther));
    const QString folder = dir.filePath(QStringLiteral("shared"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("shared")));
    const QString db = folder + QStringLiteral("/brief.db");
    QVERIFY(QFile::copy(m_db, db));
    const QString writableDb = dir.filePath(QStringLiteral("own.db"));
    QVERIFY(QFile::copy(m_db, writableDb));
    const QFile::Permissions readOnly =
        QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadOther));
    QVERIFY(QFile::setPermissions(writableDb, QFile::ReadOwner | QFile::ReadOther));
    QVERIFY(QFile::setPermissions(folder, readOnly));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(folder, readOnly | QFile::WriteOwner);
        QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
        QFile::setPermissions(writableDb, QFile::ReadOwner | QFile::WriteOwner);
    });
    const QByteArray before = TestSupport::fileHash(db);

    for (const QString &path : {db, writableDb}) {
        const std::optional<Run> forecast = runAppUnprivileged(
            {QStringLiteral("forecast"), QStringLiteral("RE-01"), QStringLiteral("--db"), path});
        if (!forecast)
            QSKIP("running as root without setpriv: read-only files cannot be tested");
        QVERIFY2(forecast->exitCode == 0, qPrintable(forecast->err));
        QVERIFY(forecast->out.contains(QLatin1String("RE-01")));

        const QString out = dir.filePath(QStringLiteral("export-%1.json").arg(qHash(path)));
        const std::optional<Run> exported = runAppUnprivileged(
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--out"), out, QStringLiteral("--db"), path});
        QVERIFY2(exported->exitCode == 0, qPrintable(exported->err));
        QVERIFY(QFileInfo(out).size() > 0);

        const std::optional<Run> status = runAppUnprivileged(
            {QStringLiteral("status"), QStringLiteral("RE-01"), QStringLiteral("Agreed"),
             QStringLiteral("--reason"), QStringLiteral("Deal"), QStringLiteral("--db"), path});
        QVERIFY(status->exitCode != 0);
        QCOMPARE(lineCount(status->err), 1);
        QVERIFY2(status->err.contains(path), qPrintable(status->err));
        QVERIFY2(status->err.contains(QLatin1String("read-only")), qPrintable(status->err));
        QVERIFY2(!status->err.contains(QLatin1String("attempt to write")), qPrintable(status->err));
    }
    QCOMPARE(TestSupport::fileHash(db), before);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("brief.db")});
}

// A script exporting by status the night before: a filter no issue passes fails
// (and leaves the last pack in place) unless --allow-empty says an empty pack is
// wanted, which is then written with a warning.
void TestCli::packWithNoMatchingIssueIsRefusedUnlessAllowed()
{
    const QString out = m_dir.filePath(QStringLiteral("empty.pdf"));
    QVERIFY(writeBytes(out, "last night's pack"));
    const QStringList arguments{QStringLiteral("pack"),
                                QStringLiteral("--db"),
                                m_db,
                                QStringLiteral("--out"),
                                out,
                                QStringLiteral("--status"),
                                QStringLiteral("Closed"),
                                QStringLiteral("--date"),
                                QStringLiteral("2025-07-20")};
    // The demo has no closed issue.
    QCOMPARE(TestSupportHash::query(m_db, QStringLiteral("SELECT COUNT(*) FROM issue WHERE "
                                                         "status = 7")),
             QStringList{QStringLiteral("0")});
    Run run = runApp(arguments);
    QVERIFY(run.exitCode != 0);
    QCOMPARE(lineCount(run.err), 1);
    QVERIFY2(everyLineNamesTheProgram(run.err), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("--status Closed")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("--allow-empty")), qPrintable(run.err));
    QVERIFY(run.out.trimmed().isEmpty());
    QFile previous(out);
    QVERIFY(previous.open(QIODevice::ReadOnly));
    QCOMPARE(previous.readAll(), QByteArray("last night's pack"));
    previous.close();

    run = runApp(arguments + QStringList{QStringLiteral("--allow-empty")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(lineCount(run.out), 1);
    QCOMPARE(lineCount(run.err), 1);
    QVERIFY2(run.err.startsWith(QLatin1String("summit-brief: warning: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("--status Closed")), qPrintable(run.err));
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(5) == "%PDF-");
}

// Without $USER (cron, services), the history names the account, never the home
// folder; the name the window stores (Edit > Your Name) wins over both.
void TestCli::historyNamesTheAccountWithoutUser()
{
    QTemporaryDir home(m_dir.filePath(QStringLiteral("home-XXXXXX")));
    QVERIFY(home.isValid());
    const QString db = demoCopy(QStringLiteral("account.db"));
    const QStringList change{QStringLiteral("status"),
                             QStringLiteral("RE-01"),
                             QStringLiteral("Stalled"),
                             QStringLiteral("--reason"),
                             QStringLiteral("Talks paused"),
                             QStringLiteral("--db"),
                             db};
    const QString lastChangedBy =
        QStringLiteral("SELECT changed_by FROM status_change ORDER BY id DESC LIMIT 1");
    const Run run = runAppWithoutUser(change, home.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const passwd *account = ::getpwuid(::geteuid());
    QVERIFY(account && account->pw_name);
    const QStringList recorded = TestSupportHash::query(db, lastChangedBy);
    QCOMPARE(recorded, QStringList{QString::fromLocal8Bit(account->pw_name)});
    QVERIFY(recorded.first() != QFileInfo(home.path()).fileName());
}

void TestCli::historyNamesTheWindowsUser()
{
    QTemporaryDir home(m_dir.filePath(QStringLiteral("home-XXXXXX")));
    QVERIFY(home.isValid());
    {
        // Where the window keeps its settings (organisation SummitBrief, application
        // Summit Brief) under XDG_CONFIG_HOME.
        QSettings settings(home.filePath(QStringLiteral(".config/SummitBrief/Summit Brief.conf")),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("tracking/userName"), QStringLiteral("A. Desk Officer"));
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }
    const QString db = demoCopy(QStringLiteral("named.db"));
    const Run run = runAppWithoutUser({QStringLiteral("status"), QStringLiteral("RE-01"),
                                       QStringLiteral("Stalled"), QStringLiteral("--reason"),
                                       QStringLiteral("Talks paused"), QStringLiteral("--db"), db},
                                      home.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(TestSupportHash::query(db, QStringLiteral("SELECT changed_by FROM status_change "
                                                       "ORDER BY id DESC LIMIT 1")),
             QStringList{QStringLiteral("A. Desk Officer")});
}

// A replacing import says what it replaced, not "Imported 0 issues".
void TestCli::importSaysWhatChanged()
{
    const QString db = demoCopy(QStringLiteral("reimport.db"));
    const QString csv = m_dir.filePath(QStringLiteral("cr01.csv"));
    QVERIFY(writeBytes(csv, "code,title,category,status,priority,owner,due_date,likelihood,"
                            "eu_objective,lines_to_take,defensive_lines,background\n"
                            "RE-01,Rare earths (revised),Trade,Open,High,,,,,,,\n"
                            "NEW-01,A new issue,Trade,Open,Low,,,,,,,\n"
                            "NEW-02,Another new issue,Trade,Open,Low,,,,,,,\n"));
    Run run = runApp({QStringLiteral("import"), csv, QStringLiteral("--db"), db,
                      QStringLiteral("--on-existing"), QStringLiteral("replace")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(),
             QStringLiteral("Imported %1: 1 issue replaced, 2 new, 0 kept.").arg(csv));
    run = runApp({QStringLiteral("import"), csv, QStringLiteral("--db"), db,
                  QStringLiteral("--on-existing"), QStringLiteral("skip")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(),
             QStringLiteral("Imported %1: 0 issues replaced, 0 new, 3 kept.").arg(csv));

    // A scenario in the same words, with what was added by kind.
    const QString json = m_dir.filePath(QStringLiteral("scenario.json"));
    QCOMPARE(
        runApp({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                QStringLiteral("json"), QStringLiteral("--out"), json})
            .exitCode,
        0);
    run = runApp({QStringLiteral("import"), json, QStringLiteral("--db"), db,
                  QStringLiteral("--on-existing"), QStringLiteral("replace")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith(QStringLiteral("Imported %1: ").arg(json)), qPrintable(run.out));
    QVERIFY2(QRegularExpression(QStringLiteral("^Imported .*: [1-9][0-9]* records replaced, 0 "
                                               "kept; added: 0 issues, 0 actors, [0-9]+ "
                                               "positions, .*\\.$"))
                 .match(run.out.trimmed())
                 .hasMatch(),
             qPrintable(run.out));
    QVERIFY2(!run.out.contains(QLatin1String("(s)")), qPrintable(run.out));
}

void TestCli::messagesAreSentences_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("succeeds");
    const QString out = m_dir.filePath(QStringLiteral("sentences"));
    QTest::newRow("pack odt") << QStringList{QStringLiteral("pack"), QStringLiteral("--out"),
                                             out + QStringLiteral(".odt")}
                              << true;
    QTest::newRow("pack pdf") << QStringList{QStringLiteral("pack"), QStringLiteral("--out"),
                                             out + QStringLiteral(".pdf"),
                                             QStringLiteral("--issues"), QStringLiteral("RE-01")}
                              << true;
    QTest::newRow("export csv") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                               QStringLiteral("csv"), QStringLiteral("--out"),
                                               out + QStringLiteral(".csv")}
                                << true;
    QTest::newRow("unknown pack format")
        << QStringList{QStringLiteral("pack"), QStringLiteral("--out"),
                       out + QStringLiteral(".docx")}
        << false;
    QTest::newRow("unknown export format")
        << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml"),
                       QStringLiteral("--out"), out + QStringLiteral(".xml")}
        << false;
    QTest::newRow("unknown import choice")
        << QStringList{QStringLiteral("import"), QStringLiteral("x.csv"),
                       QStringLiteral("--on-existing"), QStringLiteral("merge")}
        << false;
    QTest::newRow("pack argument")
        << QStringList{QStringLiteral("pack"), QStringLiteral("extra"), QStringLiteral("--out"),
                       out + QStringLiteral(".pdf")}
        << false;
    QTest::newRow("export argument")
        << QStringList{QStringLiteral("export"),   QStringLiteral("extra"),
                       QStringLiteral("--format"), QStringLiteral("csv"),
                       QStringLiteral("--out"),    out + QStringLiteral(".csv")}
        << false;
    QTest::newRow("force without demo") << QStringList{QStringLiteral("--force")} << false;
}

// Every line is a sentence: a capital first, a full stop last; an error may name
// its command first ("pack: "), and then an option may start the sentence.
void TestCli::messagesAreSentences()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, succeeds);
    const Run run = runApp(arguments + QStringList{QStringLiteral("--db"), m_db});
    QCOMPARE(run.exitCode == 0, succeeds);
    QString line = (succeeds ? run.out : run.err).trimmed();
    QCOMPARE(lineCount(line), 1);
    bool afterCommand = false;
    if (!succeeds) {
        QVERIFY2(line.startsWith(QLatin1String("summit-brief: ")), qPrintable(line));
        line = line.mid(int(qstrlen("summit-brief: ")));
        static const QRegularExpression command(QStringLiteral("^(pack|export|import): "));
        afterCommand = line.contains(command);
        line.remove(command);
    }
    QVERIFY2(line.endsWith(QLatin1Char('.')), qPrintable(line));
    QVERIFY2(line.at(0).isUpper() || (afterCommand && line.startsWith(QLatin1String("--"))),
             qPrintable(line));
}

void TestCli::newSummitThenImportAndPack()
{
    SKIP_ON_POSTGRESQL("new writes a new database file");
    const QString db = m_dir.filePath(QStringLiteral("eu-india.db"));
    Run run = runApp(
        {QStringLiteral("new"), db, QStringLiteral("--name"), QStringLiteral("EU–India summit"),
         QStringLiteral("--place"), QStringLiteral("New Delhi"), QStringLiteral("--start"),
         QStringLiteral("2026-02-10"), QStringLiteral("--end"), QStringLiteral("2026-02-11"),
         QStringLiteral("--classification"), QStringLiteral("EU RESTRICTED"),
         QStringLiteral("--counterpart"), QStringLiteral("India")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(lineCount(run.out), 1);
    QVERIFY(!QFile::exists(db + QStringLiteral(".partial")));
    {
        Store store;
        store.open(db, Store::OpenMode::ExistingOnly);
        const SummitInfo summit = store.settings().summit();
        QCOMPARE(summit.name, QStringLiteral("EU–India summit"));
        QCOMPARE(summit.place, QStringLiteral("New Delhi"));
        QCOMPARE(summit.start, QDate(2026, 2, 10));
        QCOMPARE(summit.end, QDate(2026, 2, 11));
        QCOMPARE(summit.classification, QStringLiteral("EU RESTRICTED"));
        QCOMPARE(summit.ourBloc, QStringLiteral("EU"));
        QCOMPARE(summit.counterpartBloc, QStringLiteral("India"));
        QCOMPARE(store.issues().all().size(), 0);
    }

    // Without --db, as a desk would type it: the new file is the one meant.
    run = runApp(
        {QStringLiteral("import"), QStringLiteral(SUMMIT_TEST_DATA_DIR "/issues-india.csv")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    {
        Store store;
        store.open(db, Store::OpenMode::ExistingOnly);
        QVERIFY(!store.issues().all().isEmpty());
    }
    const QString pdf = m_dir.filePath(QStringLiteral("eu-india.pdf"));
    run =
        runApp({QStringLiteral("pack"), QStringLiteral("--db"), db, QStringLiteral("--out"), pdf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString text = TestSupport::pdfPages(pdf).join(QString());
    QVERIFY2(text.contains(QStringLiteral("Clean energy partnership")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("EU RESTRICTED")));
}

void TestCli::newRefusesAnExistingFile()
{
    SKIP_ON_POSTGRESQL("new over existing files");
    const QString db = m_dir.filePath(QStringLiteral("made-once.db"));
    QCOMPARE(runApp({QStringLiteral("new"), db}).exitCode, 0);
    const QString notes = m_dir.filePath(QStringLiteral("notes-for-new.txt"));
    QVERIFY(writeBytes(notes, "notes\n"));
    const QString empty = m_dir.filePath(QStringLiteral("empty-for-new.db"));
    QVERIFY(writeBytes(empty, QByteArray()));
    for (const QString &path : {db, notes, empty, m_db}) {
        const QByteArray before = TestSupport::fileHash(path);
        const Run run =
            runApp({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("Other"),
                    QStringLiteral("--counterpart"), QStringLiteral("Japan")});
        QVERIFY(run.exitCode != 0);
        QCOMPARE(lineCount(run.err), 1);
        QVERIFY2(everyLineNamesTheProgram(run.err), qPrintable(run.err));
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
        QCOMPARE(TestSupport::fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
    }
}

void TestCli::newRefusesBadSettings_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("expected"); // a word the message must hold
    QTest::newRow("not a date") << QStringList{QStringLiteral("--start"),
                                               QStringLiteral("2026-02-31")}
                                << QStringLiteral("2026-02-31");
    QTest::newRow("end before start")
        << QStringList{QStringLiteral("--start"), QStringLiteral("2026-02-10"),
                       QStringLiteral("--end"), QStringLiteral("2026-02-09")}
        << QStringLiteral("before");
    QTest::newRow("end alone") << QStringList{QStringLiteral("--end"), QStringLiteral("2026-02-09")}
                               << QStringLiteral("--start");
    QTest::newRow("same blocs") << QStringList{QStringLiteral("--our-bloc"), QStringLiteral("EU"),
                                               QStringLiteral("--counterpart"),
                                               QStringLiteral("eu")}
                                << QStringLiteral("different");
    QTest::newRow("empty name") << QStringList{QStringLiteral("--name"), QStringLiteral(" ")}
                                << QStringLiteral("name");
    QTest::newRow("long place") << QStringList{QStringLiteral("--place"), QString(201, u'x')}
                                << QStringLiteral("200");
}

void TestCli::newRefusesBadSettings()
{
    SKIP_ON_POSTGRESQL("new leaves no database file behind");
    QFETCH(QStringList, options);
    QFETCH(QString, expected);
    const QString db = m_dir.filePath(QStringLiteral("refused.db"));
    const Run run = runApp(QStringList{QStringLiteral("new"), db} + options);
    QVERIFY(run.exitCode != 0);
    QCOMPARE(lineCount(run.err), 1);
    QVERIFY2(everyLineNamesTheProgram(run.err), qPrintable(run.err));
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QVERIFY(!QFile::exists(db));
    QVERIFY(!QFile::exists(db + QStringLiteral(".partial")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
