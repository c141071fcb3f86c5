// The command line as scripts use it: one line on success, one line on stderr and
// a non-zero exit on failure, and no partial file left behind.
#include "TestConfig.h"
#include "TestSupport.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runApp(const QStringList &arguments)
{
    QProcess process;
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

// Reads a database the test did not write through the app, to check what the
// commands left there; the content digest ignores WAL and page layout.
namespace TestSupportHash {

QStringList query(const QString &path, const QString &sql)
{
    QStringList rows;
    const QString name = QStringLiteral("cli-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
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

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(SUMMIT_APP_PATH)), "build the summit-brief target first");
    m_db = m_dir.filePath(QStringLiteral("demo.db"));
    const Run run = runApp({QStringLiteral("--demo"), m_db});
    QCOMPARE(run.exitCode, 0);
}

void TestCli::demoWritesADatabase()
{
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
    QCOMPARE(document.object().value(QStringLiteral("weightedMedian")).toDouble(), 90.0);
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
    const QString db = m_dir.filePath(QStringLiteral("import-target.db"));
    QCOMPARE(runApp({QStringLiteral("--demo"), db}).exitCode, 0);
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
    const QString db = m_dir.filePath(QStringLiteral("status.db"));
    QCOMPARE(runApp({QStringLiteral("--demo"), db}).exitCode, 0);
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
                                                 QStringLiteral("Open")}
                                  << QStringLiteral("XX-01");
    QTest::newRow("unknown status")
        << QStringList{QStringLiteral("status"), QStringLiteral("RE-01"), QStringLiteral("Pending")}
        << QStringLiteral("Pending");
    QTest::newRow("missing status")
        << QStringList{QStringLiteral("status"), QStringLiteral("RE-01")}
        << QStringLiteral("status");
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

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
