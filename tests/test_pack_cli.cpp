// The briefing pack written by `summit-brief pack`, the way scripts and readers use
// it: the same database and options give the same file, byte for byte; the
// position maps are vector drawings whose labels are text on the brief's page.
#include "TestConfig.h"
#include "briefing/IndicatorChartPainter.h"
#include "charts/PositionMapData.h"
#include "store/IndicatorRepository.h"
#include "store/IssueRepository.h"
#include "store/Store.h"

#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // the pack needs no display
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

Run runApp(const QStringList &arguments)
{
    return run(QStringLiteral(SUMMIT_APP_PATH), arguments);
}

bool haveTool(const QString &name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Each page's text in drawing order (pdftotext -raw), whitespace folded to one
// space, so a name a table cell wraps over two lines reads as one.
QStringList rawPages(const QString &path)
{
    const Run result =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    QStringList pages;
    if (result.exitCode != 0)
        return pages;
    const QStringList split = QString::fromUtf8(result.out).split(QLatin1Char('\f'));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const QString &page : split)
        pages.append(QString(page).replace(space, QStringLiteral(" ")).trimmed());
    if (!pages.isEmpty() && pages.last().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace

class TestPackCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void samePackIsTheSameFile_data();
    void samePackIsTheSameFile();
    void positionMapIsVectorTextOnTheBriefsPage();
    void fullPackChartsAreVectorTextDrawnOnce();
    void languageChoosesThePacksText();
    void unknownLanguageIsRefused();

private:
    QString pack(const QString &name, const QStringList &extra);

    QTemporaryDir m_dir;
    QString m_db;
};

void TestPackCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(SUMMIT_APP_PATH)), "build the summit-brief target first");
    m_db = m_dir.filePath(QStringLiteral("demo.db"));
    QCOMPARE(runApp({QStringLiteral("--demo"), m_db}).exitCode, 0);
}

QString TestPackCli::pack(const QString &name, const QStringList &extra)
{
    const QString out = m_dir.filePath(name);
    const Run result = runApp(QStringList{QStringLiteral("pack"), QStringLiteral("--db"), m_db,
                                          QStringLiteral("--out"), out} +
                              extra);
    if (result.exitCode != 0) {
        qWarning() << result.err;
        return {};
    }
    return out;
}

void TestPackCli::samePackIsTheSameFile_data()
{
    QTest::addColumn<QStringList>("options");
    const QStringList common = {QStringLiteral("--date"), QStringLiteral("2025-07-20"),
                                QStringLiteral("--classification"),
                                QStringLiteral("EU RESTRICTED")};
    QTest::newRow("pdf") << common;
    QTest::newRow("pdf/a-1b") << common + QStringList{QStringLiteral("--pdfa")};
    QTest::newRow("odt") << common + QStringList{QStringLiteral("--format"), QStringLiteral("odt")};
    QTest::newRow("html") << common +
                                 QStringList{QStringLiteral("--format"), QStringLiteral("html")};
}

void TestPackCli::samePackIsTheSameFile()
{
    QFETCH(QStringList, options);
    const QString first = pack(QStringLiteral("first.pdf"), options);
    const QString second = pack(QStringLiteral("second.pdf"), options);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    const QByteArray a = readAll(first);
    const QByteArray b = readAll(second);
    QCOMPARE(a.size(), b.size());
    QVERIFY2(a == b, "two runs wrote different bytes");
    if (options.contains(QStringLiteral("odt"))) {
        // Two runs seconds apart can hold the same clock time: check the stamps
        // themselves. Every file in the zip carries the date of issue, 00:00.
        QVERIFY(a.startsWith("PK"));
        const auto at16 = [&a](qsizetype at) {
            return int(uchar(a.at(at))) | int(uchar(a.at(at + 1))) << 8;
        };
        const int issueDate = ((2025 - 1980) << 9) | (7 << 5) | 20;
        int entries = 0;
        for (qsizetype at = a.indexOf("PK\x01\x02"); at >= 0;
             at = a.indexOf("PK\x01\x02", at + 4)) {
            ++entries;
            QCOMPARE(at16(at + 12), 0);
            QCOMPARE(at16(at + 14), issueDate);
            const qsizetype local = qsizetype(at16(at + 42)) | qsizetype(at16(at + 44)) << 16;
            QVERIFY(a.mid(local, 4) == QByteArray("PK\x03\x04"));
            QCOMPARE(at16(local + 10), 0);
            QCOMPARE(at16(local + 12), issueDate);
        }
        QVERIFY(entries >= 4); // mimetype, content, styles, manifest (and pictures)
        return;
    }
    if (options.contains(QStringLiteral("html"))) {
        QVERIFY(a.contains("<html"));
        return;
    }
    QVERIFY(a.startsWith("%PDF-"));
    // The date of issue stands in for the time of writing.
    QVERIFY(a.contains("/CreationDate (D:20250720"));
    if (options.contains(QStringLiteral("--pdfa")))
        QVERIFY(a.contains("xmp:CreateDate=\"2025-07-20T"));
    if (!haveTool(QStringLiteral("qpdf")))
        QSKIP("qpdf not installed");
    const Run check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), first});
    QVERIFY2(check.exitCode == 0, check.out.constData());
}

void TestPackCli::positionMapIsVectorTextOnTheBriefsPage()
{
    if (!haveTool(QStringLiteral("pdftotext")) || !haveTool(QStringLiteral("pdfimages")))
        QSKIP("poppler-utils not installed");
    const QString code = QStringLiteral("RE-01");
    const QString path =
        pack(QStringLiteral("map.pdf"), {QStringLiteral("--issues"), code, QStringLiteral("--date"),
                                         QStringLiteral("2025-07-20")});
    QVERIFY(!path.isEmpty());

    // No picture anywhere: the map is paths and text.
    const Run images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    QCOMPARE(images.exitCode, 0);
    QCOMPARE(QString::fromUtf8(images.out).trimmed().split(QLatin1Char('\n')).size(), 2);

    // The page with the map's title belongs to the brief (its heading or running head).
    const QStringList pages = rawPages(path);
    QVERIFY(!pages.isEmpty());
    const QString title = QStringLiteral("%1 — positions and forecast").arg(code);
    int mapPage = -1;
    for (int i = 0; i < pages.size(); ++i) {
        if (pages.at(i).contains(title))
            mapPage = i;
    }
    QVERIFY2(mapPage >= 0, qPrintable(title));
    QVERIFY2(pages.at(mapPage).contains(code + QStringLiteral(" ")), qPrintable(pages.at(mapPage)));

    // Every actor on the map is named there as text, after the map's title (the
    // positions table is drawn before it).
    Store store;
    store.open(m_db, Store::OpenMode::ExistingOnly);
    const std::optional<Issue> issue = IssueRepository(store).byCode(code);
    QVERIFY(issue);
    const PositionMapData data = PositionMapData::load(store, issue->id);
    QVERIFY(data.positions.size() >= 3);
    const QString afterTitle = pages.at(mapPage).mid(pages.at(mapPage).indexOf(title));
    for (const Position &position : data.positions)
        QVERIFY2(afterTitle.contains(position.actorName), qPrintable(position.actorName));
}

void TestPackCli::fullPackChartsAreVectorTextDrawnOnce()
{
    if (!haveTool(QStringLiteral("pdftotext")) || !haveTool(QStringLiteral("pdfimages")))
        QSKIP("poppler-utils not installed");
    const QString path =
        pack(QStringLiteral("annex.pdf"), {QStringLiteral("--date"), QStringLiteral("2025-07-20")});
    QVERIFY(!path.isEmpty());
    const Run images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    QCOMPARE(images.exitCode, 0);
    QCOMPARE(QString::fromUtf8(images.out).trimmed().split(QLatin1Char('\n')).size(), 2);

    // Each position map is drawn once: on its page, and on no page before it.
    const QString text = rawPages(path).join(QLatin1Char(' '));
    static const QRegularExpression mapTitle(
        QStringLiteral("([A-Z]+-[0-9]+) — positions and forecast"));
    QStringList titles;
    for (auto it = mapTitle.globalMatch(text); it.hasNext();)
        titles.append(it.next().captured(1));
    QVERIFY(titles.size() >= 3);
    QCOMPARE(QSet<QString>(titles.cbegin(), titles.cend()).size(), titles.size());

    Store store;
    store.open(m_db, Store::OpenMode::ExistingOnly);
    const QList<IndicatorChartPainter::Series> charts =
        IndicatorChartPainter::chartable(store.indicators().all());
    QVERIFY(!charts.isEmpty()); // the demo has a rare-earth price series
    const QStringList pages = rawPages(path);
    int annex = -1;
    for (int i = 0; i < pages.size() && annex < 0; ++i) {
        // The annex's heading, then its table's header further down the page.
        if (pages.at(i).contains(
                QRegularExpression(QStringLiteral("Annex\\W+[A-Z]\\W+Indicators"))) &&
            pages.at(i).contains(QStringLiteral("Indicator Date Value Unit Source")))
            annex = i;
    }
    QVERIFY(annex >= 0);
    for (const IndicatorChartPainter::Series &series : charts) {
        const QString title = QStringLiteral("%1 (%2)").arg(series.name, series.unit);
        QVERIFY2(pages.at(annex).contains(title), qPrintable(pages.at(annex)));
        // Every value is labelled on the chart, illustrative ones starred.
        for (const Indicator &point : series.points) {
            const QString label = QLocale().toString(point.value, 'g', 6) +
                                  (point.illustrative ? QStringLiteral("*") : QString());
            QVERIFY2(pages.at(annex).contains(label), qPrintable(label));
        }
    }
}

QTEST_GUILESS_MAIN(TestPackCli)
void TestPackCli::languageChoosesThePacksText()
{
    const QStringList common = {QStringLiteral("--date"), QStringLiteral("2026-12-01")};
    const QString french =
        pack(QStringLiteral("fr.pdf"),
             common + QStringList{QStringLiteral("--language"), QStringLiteral("fr")});
    const QString english =
        pack(QStringLiteral("en.pdf"),
             common + QStringList{QStringLiteral("--language"), QStringLiteral("EN")});
    QVERIFY(!french.isEmpty() && !english.isEmpty());
    const QString fr = rawPages(french).join(QLatin1Char(' '));
    const QString en = rawPages(english).join(QLatin1Char(' '));
    for (const char *text : {"Éléments de langage", "Si la question est soulevée", "Contexte",
                             "1 décembre 2026", "Page 1 sur "}) {
        QVERIFY2(fr.contains(QString::fromUtf8(text)), text);
        QVERIFY2(!en.contains(QString::fromUtf8(text)), text);
    }
    for (const char *text : {"Lines to take", "(“If raised”)", "1 December 2026", "Page 1 of "}) {
        QVERIFY2(en.contains(QString::fromUtf8(text)), text);
        QVERIFY2(!fr.contains(QString::fromUtf8(text)), text);
    }
}

void TestPackCli::unknownLanguageIsRefused()
{
    const QString out = m_dir.filePath(QStringLiteral("de.pdf"));
    const Run result =
        runApp({QStringLiteral("pack"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), out,
                QStringLiteral("--language"), QStringLiteral("de")});
    QCOMPARE(result.exitCode, 2);
    const QStringList lines = result.err.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(QStringLiteral("en")) &&
                 lines.first().contains(QStringLiteral("fr")) &&
                 lines.first().contains(QStringLiteral("de")),
             qPrintable(lines.first()));
    QVERIFY(!QFile::exists(out));
}

#include "test_pack_cli.moc"
