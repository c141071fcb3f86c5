// The command line as scripts use it: one line on success, one line on stderr and
// a non-zero exit on failure, and no partial file left behind.
#include "TestConfig.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
    const Run run = runApp({QStringLiteral("pack"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), out,
                            QStringLiteral("--issues"), QStringLiteral("RE-01,DR-01"),
                            QStringLiteral("--classification"), QStringLiteral("EU RESTRICTED"),
                            QStringLiteral("--date"), QStringLiteral("2025-07-20")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(lineCount(run.out), 1);
    QVERIFY(run.err.trimmed().isEmpty());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(file.read(64).trimmed().startsWith(magic), qPrintable(fileName));
}

void TestCli::packFailures_data()
{
    QTest::addColumn<QStringList>("extraArguments");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("outName");
    QTest::addColumn<QString>("expectedInMessage");
    QTest::newRow("unknown issue code") << QStringList{QStringLiteral("--issues"), QStringLiteral("XX-99")}
                                        << QString() << QStringLiteral("p1.pdf") << QStringLiteral("XX-99");
    QTest::newRow("missing database") << QStringList{} << QStringLiteral("/nonexistent/none.db")
                                      << QStringLiteral("p2.pdf") << QStringLiteral("none.db");
    QTest::newRow("unwritable path") << QStringList{} << QString()
                                     << QStringLiteral("no-such-folder/p3.pdf") << QStringLiteral("p3.pdf");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("docx")}
                                    << QString() << QStringLiteral("p4.docx") << QStringLiteral("docx");
    QTest::newRow("bad date") << QStringList{QStringLiteral("--date"), QStringLiteral("20/07/2025")}
                              << QString() << QStringLiteral("p5.pdf") << QStringLiteral("20/07/2025");
}

void TestCli::packFailures()
{
    QFETCH(QStringList, extraArguments);
    QFETCH(QString, database);
    QFETCH(QString, outName);
    QFETCH(QString, expectedInMessage);
    const QString out = m_dir.filePath(outName);
    const Run run = runApp(QStringList{QStringLiteral("pack"), QStringLiteral("--db"),
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
    const Run text = runApp({QStringLiteral("forecast"), QStringLiteral("RE-01"), QStringLiteral("--db"), m_db});
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY(text.out.contains(QStringLiteral("RE-01")));
    QVERIFY(text.out.contains(QStringLiteral("median"), Qt::CaseInsensitive));

    const Run json = runApp({QStringLiteral("forecast"), QStringLiteral("RE-01"), QStringLiteral("--db"), m_db,
                             QStringLiteral("--json")});
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
    const Run run = runApp({QStringLiteral("forecast"), QStringLiteral("ZZ-00"), QStringLiteral("--db"), m_db});
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

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
