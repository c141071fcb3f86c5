// Briefing pack export, checked the way a reader sees it: text extracted from the
// PDF page by page (pdftotext), fonts (pdffonts), structure (qpdf), ODT XML, HTML.

#include "TestSupport.h"

#include "briefing/BriefingPackComposer.h"
#include "briefing/PackExport.h"
#include "briefing/PackObjectHandler.h"
#include "briefing/PackTextDocument.h"
#include "briefing/PackWriter.h"
#include "commands/ChangeStatusCommand.h"
#include "forecast/Forecast.h"
#include "forecast/ForecastText.h"
#include "io/IssueCsvExporter.h"
#include "io/ScenarioExporter.h"
#include "store/HistoryRepository.h"
#include "store/IssueRepository.h"
#include "store/Sql.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QTextLayout>
#include <QTextTable>
#include <QTranslator>
#include <QUndoStack>
#include <QUrl>
#include <QXmlStreamReader>
#include <QtTest>

#include <memory>

namespace {

using TestSupport::pdfPages;
using TestSupport::ToolResult;

ToolResult run(const QString &program, const QStringList &arguments)
{
    return TestSupport::runTool(program, arguments);
}

const QString EvilTitle = QStringLiteral("<b>x</b><img src=\"file:///etc/passwd\">");
const QString Marking = QStringLiteral("EU RESTRICTED");
const QDate IssueDate(2025, 7, 22);

bool haveTool(const QString &name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}

QStringList nonEmptyLines(const QString &page)
{
    QStringList lines;
    const QStringList all = page.split(QLatin1Char('\n'));
    for (const QString &line : all) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

// The first line below the top marking: the heading a page starts with.
QString firstBodyLine(const QString &page)
{
    const QStringList lines = nonEmptyLines(page);
    return lines.size() > 1 ? lines.at(1) : QString();
}

// Takes what is written and remembers how: how much so far, the largest write.
class RecordingDevice : public QIODevice
{
public:
    RecordingDevice() { open(QIODevice::WriteOnly); }
    QByteArray bytes;
    qint64 largestWrite = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        bytes.append(data, length);
        largestWrite = std::max(largestWrite, length);
        return length;
    }
};

// A pack of `issues` alike briefs, each with two positions (so a map) and a source.
PackContent alikeBriefs(int issues)
{
    PackContent content;
    content.summit.name = QStringLiteral("Test summit");
    content.options.issueDate = QDate(2025, 7, 22);
    content.options.registrationNumber = QStringLiteral("EU-SB/2025/0042");
    for (int i = 0; i < 2; ++i) {
        Actor actor;
        actor.id = i + 1;
        actor.name = QStringLiteral("Actor %1").arg(i + 1);
        actor.bloc = i == 0 ? QStringLiteral("EU") : QStringLiteral("China");
        actor.kind = QStringLiteral("person");
        content.actors.append(actor);
    }
    for (int i = 0; i < issues; ++i) {
        PackContent::Brief brief;
        brief.issue.id = 1000 + i; // ids, codes and anchors of one length
        brief.issue.code = QStringLiteral("T-%1").arg(i, 4, 10, QLatin1Char('0'));
        brief.issue.title = QStringLiteral("Issue of the same length");
        brief.issue.euObjective = QStringLiteral("An objective.");
        brief.issue.background = QString(2000, QLatin1Char('b'));
        for (const Actor &actor : std::as_const(content.actors)) {
            Position position;
            position.actorId = actor.id;
            position.actorName = actor.name;
            position.actorBloc = actor.bloc;
            position.stance = QStringLiteral("A stance");
            position.position = int(actor.id) * 30;
            brief.positions.append(position);
        }
        content.briefs.append(brief);
        content.sources.append(QStringLiteral("Source %1").arg(i, 4, 10, QLatin1Char('0')));
    }
    return content;
}

PackOptions baseOptions()
{
    PackOptions options;
    options.issueDate = IssueDate;
    options.registrationNumber = QStringLiteral("EU-SB/2025/0042");
    options.copyNumber = 3;
    options.preparedBy = QStringLiteral("Briefing unit");
    return options;
}

} // namespace

class TestBriefingPack : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void everyPageIsMarkedTopAndBottom();
    void everyPageIsNumbered();
    void contentsPageNumbersAreTheRealOnes();
    void briefsFollowTheRequiredOrder();
    void namesWithAccentsAndChineseAreExtractable();
    void userTextPrintsLiterally();
    void emptySectionsHaveNoHeading();
    void longTextIsNeitherCutNorRepeated();
    void fontsAreEmbedded();
    void pdfPassesQpdfCheck();
    void pdfACanBeRequested();
    void sameOptionsGiveSameText();
    void unclassifiedPackHasNoMarking();
    void filtersSelectIssues();
    void sectionsCanBeLeftOut();
    void positionMapIsPaintedAsVectors();
    void chartIsDrawnOnlyOnThePageHoldingMostOfIt();
    void odtIsWellFormedXml();
    void odtPagesAreMarkedInLibreOffice();
    void htmlIsEscapedAndMarked();
    void htmlIsWrittenOneBriefAtATime();
    void unknownIssueCodeIsAnErrorAndWritesNothing();
    void unwritablePathLeavesNoFile();
    void documentNeverLoadsExternalResources();
    void likelihoodAndPackFlagShapeTheBriefs();
    void historyLeavesOutUndoneChangesAndNamesWhatIsMissing();
    void fullDiskSaysSoAndWritesNothing();
    void longTitleRunningHeadStaysOnThePage();
    void chineseExtractsAsTyped();
    void headingsAndShortRowsStayOnOnePage();
    void headingStylesStayWithTheirText();
    void frenchPackPrintsFrenchFixedText();
    void englishPackHasNoFrench();
    void userTextIsTheSameInBothLanguages();
    void frenchWindowStillWritesAnEnglishPack();
    void briefsSayTheForecastInEveryFormat();
    void forecastSentencesFollowThePackLanguage();

private:
    QString exportPdf(const QString &name, const PackOptions &options, int *pages = nullptr);
    // The page numbers (1-based) a brief occupies, found from its heading.
    QList<int> briefPages(const QString &code) const;

    TestSupport::TempDatabase m_db;
    std::unique_ptr<Store> m_store;
    QTemporaryDir m_out;
    QString m_pdf;
    int m_pageCount = 0;
    QStringList m_pages;
    QStringList m_codes;
};

void TestBriefingPack::initTestCase()
{
    for (const char *tool : {"pdftotext", "pdffonts", "qpdf", "pdfimages"}) {
        if (!haveTool(QLatin1String(tool)))
            QFAIL(qPrintable(
                QStringLiteral("%1 is needed (poppler-utils, qpdf)").arg(QLatin1String(tool))));
    }
    QVERIFY(m_out.isValid());
    m_store = m_db.open(true);

    // A hostile title, an empty background and a very long one, set as a user would.
    IssueRepository &issues = m_store->issues();
    const Issue dr = issues.byCode(QStringLiteral("DR-01")).value();
    issues.setField(dr.id, IssueField::Title, EvilTitle, dr.version);
    const Issue re3 = issues.byCode(QStringLiteral("RE-03")).value();
    issues.setField(re3.id, IssueField::Background, QString(), re3.version);
    const Issue tr1 = issues.byCode(QStringLiteral("TR-01")).value();
    QStringList notes;
    for (int i = 1; i <= 160; ++i)
        notes << QStringLiteral("Background note %1 on the trade balance.")
                     .arg(i, 3, 10, QLatin1Char('0'));
    issues.setField(tr1.id, IssueField::Background, notes.join(QLatin1Char('\n')), tr1.version);

    for (const Issue &issue : issues.all())
        m_codes << issue.code;

    m_pdf = exportPdf(QStringLiteral("pack.pdf"), baseOptions(), &m_pageCount);
    QVERIFY(!m_pdf.isEmpty());
    m_pages = pdfPages(m_pdf);
    QVERIFY(m_pages.size() > 10);
}

QString TestBriefingPack::exportPdf(const QString &name, const PackOptions &options, int *pages)
{
    const QString path = m_out.filePath(name);
    QString error;
    if (!exportPack(*m_store, options, path, PackFormat::Pdf, &error, pages)) {
        qWarning() << "export failed:" << error;
        return {};
    }
    return path;
}

QList<int> TestBriefingPack::briefPages(const QString &code) const
{
    QList<int> pages;
    for (int i = 0; i < m_pages.size(); ++i) {
        const QString first = firstBodyLine(m_pages.at(i));
        if (first.startsWith(code + QLatin1Char(' '))) {
            pages.append(i + 1);
        } else if (!pages.isEmpty()) {
            // A brief runs on until the next page that starts with a heading.
            const bool startsSection =
                std::any_of(
                    m_codes.cbegin(), m_codes.cend(),
                    [&](const QString &c) { return first.startsWith(c + QLatin1Char(' ')); }) ||
                first.startsWith(QLatin1String("Annex "));
            if (startsSection)
                break;
            pages.append(i + 1);
        }
    }
    return pages;
}

void TestBriefingPack::everyPageIsMarkedTopAndBottom()
{
    for (int i = 0; i < m_pages.size(); ++i) {
        const QStringList lines = nonEmptyLines(m_pages.at(i));
        QVERIFY2(lines.size() >= 3,
                 qPrintable(QStringLiteral("page %1 is nearly empty").arg(i + 1)));
        QCOMPARE(lines.first(), Marking);
        QCOMPARE(lines.last(), Marking);
    }
}

void TestBriefingPack::everyPageIsNumbered()
{
    QCOMPARE(m_pageCount, m_pages.size());
    for (int i = 0; i < m_pages.size(); ++i) {
        const QStringList lines = nonEmptyLines(m_pages.at(i));
        const QString footer = lines.at(lines.size() - 2);
        QVERIFY2(footer.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(m_pages.size())),
                 qPrintable(footer));
        QVERIFY2(footer.contains(QStringLiteral("EU-SB/2025/0042")), qPrintable(footer));
        QVERIFY2(footer.contains(QStringLiteral("22 July 2025")), qPrintable(footer));
    }
}

void TestBriefingPack::contentsPageNumbersAreTheRealOnes()
{
    QVERIFY(firstBodyLine(m_pages.at(0)).contains(QStringLiteral("Briefing pack")) ||
            m_pages.at(0).contains(QStringLiteral("Briefing pack")));
    QCOMPARE(firstBodyLine(m_pages.at(1)), QStringLiteral("Contents"));
    const QStringList contents = nonEmptyLines(m_pages.at(1));

    // Every issue and every annex is listed, and its page starts with its heading.
    int checked = 0;
    const QRegularExpression trailingNumber(QStringLiteral("\\s(\\d+)$"));
    for (const QString &code : std::as_const(m_codes)) {
        int page = 0;
        for (const QString &line : contents) {
            if (line.startsWith(code + QLatin1Char(' '))) {
                const QRegularExpressionMatch match = trailingNumber.match(line);
                QVERIFY2(match.hasMatch(), qPrintable(line));
                page = match.captured(1).toInt();
            }
        }
        QVERIFY2(page > 2 && page <= m_pages.size(), qPrintable(code));
        QVERIFY2(firstBodyLine(m_pages.at(page - 1)).startsWith(code + QLatin1Char(' ')),
                 qPrintable(QStringLiteral("%1 listed on page %2, which starts with: %3")
                                .arg(code)
                                .arg(page)
                                .arg(firstBodyLine(m_pages.at(page - 1)))));
        ++checked;
    }
    for (const QString &section :
         {QStringLiteral("Programme"), QStringLiteral("Steering note"),
          QStringLiteral("Actor biographies"), QStringLiteral("Position matrix"),
          QStringLiteral("Indicators"), QStringLiteral("Sources")}) {
        int page = 0;
        for (const QString &line : contents) {
            if (line.contains(section))
                page = trailingNumber.match(line).captured(1).toInt();
        }
        QVERIFY2(page > 2, qPrintable(section));
        QVERIFY2(firstBodyLine(m_pages.at(page - 1)).contains(section),
                 qPrintable(QStringLiteral("%1 listed on page %2").arg(section).arg(page)));
        ++checked;
    }
    QCOMPARE(checked, m_codes.size() + 6);
}

void TestBriefingPack::briefsFollowTheRequiredOrder()
{
    const QList<int> pages = briefPages(QStringLiteral("RE-01"));
    QVERIFY(!pages.isEmpty());
    QString text;
    for (int page : pages)
        text += m_pages.at(page - 1);
    const QStringList order = {
        QStringLiteral("Objective"),
        QStringLiteral("Lines to take"),
        QStringLiteral("Defensive lines (“If raised”)"),
        QStringLiteral("Background"),
        QStringLiteral("Positions"),
        QStringLiteral("Scale: 0 = Controls kept in full … 100 = Controls lifted"),
        QStringLiteral("Status and last changes")};
    qsizetype at = 0;
    for (const QString &heading : order) {
        const qsizetype found = text.indexOf(heading, at);
        QVERIFY2(found >= 0, qPrintable(heading));
        at = found;
    }
    // Illustrative figures say so.
    QVERIFY(text.contains(QStringLiteral("* Illustrative figure")));
    QVERIFY(text.contains(QStringLiteral("Kaja Kallas")));
    // The last changes, with who made them and why.
    QVERIFY(text.contains(QStringLiteral("Raised by the High Representative")));
}

void TestBriefingPack::namesWithAccentsAndChineseAreExtractable()
{
    const QString all = m_pages.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QStringLiteral("Séjourné")));
    QVERIFY(all.contains(QStringLiteral("王毅")));
}

void TestBriefingPack::userTextPrintsLiterally()
{
    const QList<int> pages = briefPages(QStringLiteral("DR-01"));
    QVERIFY(!pages.isEmpty());
    // The heading may wrap inside the title; the contents line holds it whole.
    const QStringList heading = nonEmptyLines(m_pages.at(pages.first() - 1)).mid(1, 2);
    QVERIFY2(heading.join(QString()).contains(EvilTitle),
             qPrintable(heading.join(QLatin1Char('|'))));
    bool inContents = false;
    for (const QString &line : nonEmptyLines(m_pages.at(1)))
        inContents =
            inContents || (line.startsWith(QStringLiteral("DR-01")) && line.contains(EvilTitle));
    QVERIFY(inContents);
    // Nothing was loaded: the pack holds no image at all.
    const ToolResult images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), m_pdf});
    QCOMPARE(images.exitCode, 0);
    QCOMPARE(nonEmptyLines(QString::fromUtf8(images.out)).size(), 2); // the header only
}

void TestBriefingPack::emptySectionsHaveNoHeading()
{
    const QList<int> emptyBackground = briefPages(QStringLiteral("RE-03"));
    QVERIFY(!emptyBackground.isEmpty());
    for (int page : emptyBackground) {
        QVERIFY(!nonEmptyLines(m_pages.at(page - 1)).contains(QStringLiteral("Background")));
        QVERIFY(nonEmptyLines(m_pages.at(page - 1)).contains(QStringLiteral("Lines to take")) ||
                page != emptyBackground.first());
    }
    // The check can fail: a brief with a background shows the heading.
    bool found = false;
    for (int page : briefPages(QStringLiteral("RE-01")))
        found = found || nonEmptyLines(m_pages.at(page - 1)).contains(QStringLiteral("Background"));
    QVERIFY(found);
}

void TestBriefingPack::longTextIsNeitherCutNorRepeated()
{
    const QList<int> pages = briefPages(QStringLiteral("TR-01"));
    QVERIFY2(pages.size() >= 3, "the long background should flow over several pages");
    // Each continuation page names its issue under the marking.
    const QRegularExpression runningHead(
        QStringLiteral("^TR-01\\s+Trade imbalances \\(continued\\)$"));
    for (qsizetype i = 1; i < pages.size(); ++i)
        QVERIFY2(runningHead.match(firstBodyLine(m_pages.at(pages.at(i) - 1))).hasMatch(),
                 qPrintable(firstBodyLine(m_pages.at(pages.at(i) - 1))));
    // A line cut by a page boundary would be drawn on both pages, or on neither.
    const QString all = m_pages.join(QLatin1Char('\n'));
    for (int i = 1; i <= 160; ++i) {
        const QString note = QStringLiteral("Background note %1 on the trade balance.")
                                 .arg(i, 3, 10, QLatin1Char('0'));
        QCOMPARE(all.count(note), 1);
    }
}

void TestBriefingPack::fontsAreEmbedded()
{
    const ToolResult fonts = run(QStringLiteral("pdffonts"), {m_pdf});
    QCOMPARE(fonts.exitCode, 0);
    const QStringList lines =
        QString::fromUtf8(fonts.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2);
    const qsizetype embColumn = lines.at(0).indexOf(QStringLiteral("emb"));
    QVERIFY(embColumn > 0);
    bool sawCjk = false;
    for (qsizetype i = 2; i < lines.size(); ++i) {
        QVERIFY2(lines.at(i).mid(embColumn, 3) == QStringLiteral("yes"), qPrintable(lines.at(i)));
        sawCjk = sawCjk || lines.at(i).contains(QStringLiteral("CJK"));
    }
    QVERIFY2(sawCjk, "Chinese names need the CJK font");
}

void TestBriefingPack::pdfPassesQpdfCheck()
{
    const ToolResult check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), m_pdf});
    QVERIFY2(check.exitCode == 0, check.out.constData());
}

void TestBriefingPack::pdfACanBeRequested()
{
    PackOptions options = baseOptions();
    options.pdfA = true;
    const QString path = exportPdf(QStringLiteral("pack-a.pdf"), options);
    QVERIFY(!path.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("pdfaid:part"));
    QCOMPARE(run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}).exitCode, 0);
    QCOMPARE(pdfPages(path), m_pages);

    QFile plain(m_pdf);
    QVERIFY(plain.open(QIODevice::ReadOnly));
    QVERIFY(!plain.readAll().contains("pdfaid:part"));
}

void TestBriefingPack::sameOptionsGiveSameText()
{
    const QString again = exportPdf(QStringLiteral("pack-again.pdf"), baseOptions());
    QVERIFY(!again.isEmpty());
    QCOMPARE(pdfPages(again), m_pages);

    PackOptions otherDay = baseOptions();
    otherDay.issueDate = QDate(2025, 7, 23);
    const QString other = exportPdf(QStringLiteral("pack-other.pdf"), otherDay);
    QVERIFY(pdfPages(other) != m_pages);
}

void TestBriefingPack::unclassifiedPackHasNoMarking()
{
    PackOptions options = baseOptions();
    options.classification = QStringLiteral("Unclassified");
    const QString path = exportPdf(QStringLiteral("pack-unclassified.pdf"), options);
    const QStringList pages = pdfPages(path);
    QVERIFY(!pages.isEmpty());
    for (const QString &page : pages) {
        QVERIFY(!page.contains(Marking));
        QVERIFY(nonEmptyLines(page).last().contains(QStringLiteral("Page ")));
    }
}

void TestBriefingPack::filtersSelectIssues()
{
    BriefingPackComposer composer(*m_store);
    PackOptions options = baseOptions();
    options.issueCodes = {QStringLiteral("re-01"), QStringLiteral("DR-02")};
    PackContent content = composer.compose(options);
    QCOMPARE(content.briefs.size(), 2);
    QCOMPARE(content.briefs.at(0).issue.code, QStringLiteral("DR-02"));
    QCOMPARE(content.briefs.at(1).issue.code, QStringLiteral("RE-01"));
    QCOMPARE(content.marking, Marking);
    QCOMPARE(content.options.issueDate, IssueDate);

    options = baseOptions();
    options.statuses = {Status::Raised};
    content = composer.compose(options);
    QVERIFY(!content.briefs.isEmpty());
    QVERIFY(content.briefs.size() < m_codes.size());
    for (const PackContent::Brief &brief : std::as_const(content.briefs))
        QCOMPARE(brief.issue.status, Status::Raised);
    for (const PackContent::Brief &brief : std::as_const(content.briefs))
        QVERIFY(brief.lastChanges.size() <= 5);

    // Only the selected briefs are printed.
    options = baseOptions();
    options.issueCodes = {QStringLiteral("RE-02")};
    const QStringList pages = pdfPages(exportPdf(QStringLiteral("pack-one.pdf"), options));
    const QString all = pages.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QStringLiteral("Rare-earth licensing delays")));
    QVERIFY(!all.contains(QStringLiteral("Rare-earth export controls")));
}

void TestBriefingPack::sectionsCanBeLeftOut()
{
    PackOptions options = baseOptions();
    options.sections = PackSection::Briefs;
    const QStringList pages = pdfPages(exportPdf(QStringLiteral("pack-briefs.pdf"), options));
    QVERIFY(!pages.isEmpty());
    const QString all = pages.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QStringLiteral("Lines to take")));
    for (const QString &heading :
         {QStringLiteral("Programme"), QStringLiteral("Steering note"), QStringLiteral("Annex A")})
        QVERIFY2(!all.contains(heading), qPrintable(heading));
}

void TestBriefingPack::positionMapIsPaintedAsVectors()
{
    PackOptions options = baseOptions();
    options.issueCodes = {QStringLiteral("RE-01"), QStringLiteral("RE-02")};
    QList<qint64> asked;
    QList<QSizeF> shapes;
    options.positionMap = [&asked, &shapes](qint64 issueId, QPainter *painter,
                                            const QRectF &target) {
        asked.append(issueId);
        shapes.append(target.size());
        painter->fillRect(target, QColor(0x20, 0x40, 0x80));
        painter->setPen(Qt::white);
        painter->drawText(target, Qt::AlignCenter, QStringLiteral("MAPMARK-%1").arg(issueId));
        return true;
    };
    int pages = 0;
    const QString path = exportPdf(QStringLiteral("pack-map.pdf"), options, &pages);
    QVERIFY(!path.isEmpty());
    QCOMPARE(asked.size(), 2);
    // Drawn in the map's shape (160 x 90 mm).
    for (const QSizeF &shape : std::as_const(shapes))
        QVERIFY2(qAbs(shape.width() / shape.height() - 160.0 / 90.0) < 0.01,
                 qPrintable(QStringLiteral("%1 x %2").arg(shape.width()).arg(shape.height())));
    // Vector: no picture in the file, and the map's text is text on its brief's pages.
    const ToolResult images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    QCOMPARE(images.exitCode, 0);
    QCOMPARE(nonEmptyLines(QString::fromUtf8(images.out)).size(), 2);
    const QStringList text = pdfPages(path);
    QCOMPARE(text.size(), pages);
    for (const QString &code : {QStringLiteral("RE-01"), QStringLiteral("RE-02")}) {
        const qint64 id = IssueRepository(*m_store).byCode(code)->id;
        const QString mark = QStringLiteral("MAPMARK-%1").arg(id);
        int onPage = 0;
        for (int page = 0; page < text.size(); ++page) {
            if (text.at(page).contains(mark))
                onPage = page + 1;
        }
        QVERIFY2(onPage > 0, qPrintable(mark));
        // On one of this brief's pages: its heading, or its running head when continued.
        const QString first = firstBodyLine(text.at(onPage - 1));
        QVERIFY2(first.startsWith(code), qPrintable(first));
    }

    // HTML and ODT carry a picture of the same painting.
    asked.clear();
    const QString html = m_out.filePath(QStringLiteral("pack-map.html"));
    QString error;
    QVERIFY2(exportPack(*m_store, options, html, PackFormat::Html, &error), qPrintable(error));
    QCOMPARE(asked.size(), 2);
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(file.readAll());
    static const QRegularExpression map(
        QStringLiteral("<img src=\"data:image/png;base64,[^\"]+\"[^>]*alt=\"Position map for "));
    QCOMPARE(page.count(map), 2);
}

void TestBriefingPack::chartIsDrawnOnlyOnThePageHoldingMostOfIt()
{
    PackContent content;
    QList<QRectF> drawn;
    content.options.positionMap = [&drawn](qint64, QPainter *, const QRectF &target) {
        drawn.append(target);
        return true;
    };
    PackObjectHandler handler(content);
    QTextDocument document;
    QTextImageFormat format;
    format.setName(PackObjectHandler::mapName(7));
    QImage page(200, 200, QImage::Format_RGB32);
    QPainter painter(&page);
    // The page shows y 0..100, as drawContents clips it.
    painter.setClipRect(QRectF(0, 0, 200, 100));
    // Starting a rounding error above the next page: that page draws it, not this one.
    handler.drawObject(&painter, QRectF(0, 99.98, 100, 60), &document, 0, format);
    QVERIFY(drawn.isEmpty());
    handler.drawObject(&painter, QRectF(0, 30, 100, 60), &document, 0, format);
    QCOMPARE(drawn.size(), 1);
    QCOMPARE(drawn.first(), QRectF(0, 30, 100, 60));
}

void TestBriefingPack::odtIsWellFormedXml()
{
    if (!haveTool(QStringLiteral("unzip")))
        QSKIP("unzip is not installed");
    const QString path = m_out.filePath(QStringLiteral("pack.odt"));
    QString error;
    QVERIFY2(exportPack(*m_store, baseOptions(), path, PackFormat::Odt, &error), qPrintable(error));
    const ToolResult content =
        run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
    QCOMPARE(content.exitCode, 0);
    QXmlStreamReader xml(content.out);
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            text += xml.text();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(text.contains(QStringLiteral("Rare-earth export controls")));
    QVERIFY(text.contains(EvilTitle));
    QVERIFY(text.contains(Marking));
    QVERIFY(text.contains(QStringLiteral("王毅")));

    // The zip is whole, and its page style puts the marking in every page's header
    // and footer, with the page number fields.
    QCOMPARE(run(QStringLiteral("unzip"), {QStringLiteral("-tq"), path}).exitCode, 0);
    const ToolResult manifest =
        run(QStringLiteral("unzip"),
            {QStringLiteral("-p"), path, QStringLiteral("META-INF/manifest.xml")});
    QVERIFY(manifest.out.contains("manifest:full-path=\"styles.xml\""));
    QVERIFY(manifest.out.contains("manifest:full-path=\"content.xml\""));
    const ToolResult styles =
        run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("styles.xml")});
    QCOMPARE(styles.exitCode, 0);
    QXmlStreamReader stylesXml(styles.out);
    QString section;
    QStringList header;
    QStringList footer;
    bool pageNumber = false;
    while (!stylesXml.atEnd()) {
        stylesXml.readNext();
        if (stylesXml.isStartElement() && (stylesXml.name() == QLatin1String("header") ||
                                           stylesXml.name() == QLatin1String("footer")))
            section = stylesXml.name().toString();
        if (stylesXml.isStartElement() && stylesXml.name() == QLatin1String("page-number"))
            pageNumber = true;
        if (stylesXml.isCharacters() && section == QLatin1String("header"))
            header << stylesXml.text().toString();
        if (stylesXml.isCharacters() && section == QLatin1String("footer"))
            footer << stylesXml.text().toString();
    }
    QVERIFY2(!stylesXml.hasError(), qPrintable(stylesXml.errorString()));
    QVERIFY(header.contains(Marking));
    QVERIFY(footer.contains(Marking));
    QVERIFY(pageNumber);
}

void TestBriefingPack::odtPagesAreMarkedInLibreOffice()
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        QSKIP("LibreOffice is not installed (optional; not a dependency)");
    PackOptions options = baseOptions();
    options.classification = Marking;
    const QString path = m_out.filePath(QStringLiteral("lo-pack.odt"));
    QString error;
    QVERIFY2(exportPack(*m_store, options, path, PackFormat::Odt, &error), qPrintable(error));
    const QString outDir = m_out.filePath(QStringLiteral("lo"));
    const ToolResult converted = run(
        soffice, {QStringLiteral("-env:UserInstallation=") +
                      QUrl::fromLocalFile(m_out.filePath(QStringLiteral("lo-profile"))).toString(),
                  QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                  QStringLiteral("pdf"), QStringLiteral("--outdir"), outDir, path});
    QCOMPARE(converted.exitCode, 0);
    const QStringList pages = pdfPages(QDir(outDir).filePath(QStringLiteral("lo-pack.pdf")));
    QVERIFY(pages.size() > 5);
    for (int i = 0; i < pages.size(); ++i) {
        const QStringList lines = nonEmptyLines(pages.at(i));
        QVERIFY2(lines.size() > 2, qPrintable(QString::number(i + 1)));
        QCOMPARE(lines.first(), Marking);
        QCOMPARE(lines.last(), Marking);
        QVERIFY2(pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())),
                 qPrintable(pages.at(i)));
    }
}

// The web pack goes to the file as it is composed: each brief, map picture
// included, is written before the next map is painted, and the largest piece
// written at once is one brief, whatever the number of issues. (Holding the
// whole pack and every map picture took 2 MB an issue: 4.4 GB for 2,000.)
void TestBriefingPack::htmlIsWrittenOneBriefAtATime()
{
    qint64 largestWrite[2] = {0, 0};
    qint64 size[2] = {0, 0};
    const int counts[2] = {20, 200};
    for (int run = 0; run < 2; ++run) {
        PackContent content = alikeBriefs(counts[run]);
        RecordingDevice device;
        QList<qint64> writtenBeforeMap;
        content.options.positionMap = [&](qint64, QPainter *painter, const QRectF &target) {
            writtenBeforeMap.append(device.bytes.size());
            painter->fillRect(target, Qt::darkBlue);
            return true;
        };
        QString error;
        QVERIFY2(PackWriter::writeHtml(content, &device, &error), qPrintable(error));
        QCOMPARE(writtenBeforeMap.size(), counts[run]);
        for (qsizetype i = 1; i < writtenBeforeMap.size(); ++i)
            QVERIFY2(
                writtenBeforeMap.at(i) > writtenBeforeMap.at(i - 1),
                qPrintable(
                    QStringLiteral("map %1 painted before map %2 was written").arg(i + 1).arg(i)));
        const QByteArray &html = device.bytes;
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.endsWith("</body></html>\n"));
        QCOMPARE(html.count("alt=\"Position map for "), counts[run]);
        QVERIFY(html.contains("<li>Source 0000</li>"));
        QVERIFY(html.contains(
            QStringLiteral("T-%1").arg(counts[run] - 1, 4, 10, QLatin1Char('0')).toUtf8()));
        largestWrite[run] = device.largestWrite;
        size[run] = html.size();
    }
    QVERIFY2(size[1] > 8 * size[0], qPrintable(QStringLiteral("%1 %2").arg(size[0]).arg(size[1])));
    QVERIFY2(largestWrite[1] <= largestWrite[0],
             qPrintable(QStringLiteral("largest write %1 bytes at %2 issues, %3 at %4")
                            .arg(largestWrite[0])
                            .arg(counts[0])
                            .arg(largestWrite[1])
                            .arg(counts[1])));
}

void TestBriefingPack::htmlIsEscapedAndMarked()
{
    const QString path = m_out.filePath(QStringLiteral("pack.html"));
    QString error;
    QVERIFY2(exportPack(*m_store, baseOptions(), path, PackFormat::Html, &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.contains(EvilTitle.toHtmlEscaped()));
    QVERIFY(!html.contains(QStringLiteral("<img src=\"file:")));
    QVERIFY(!html.contains(QStringLiteral("<b>x</b>")));
    QVERIFY(html.contains(QStringLiteral("Séjourné")));
    // The marking opens and closes the page, and the stylesheet is inline.
    const QString markingHtml = QStringLiteral("<p class=\"marking\">EU RESTRICTED</p>");
    const qsizetype bodyStart = html.indexOf(QStringLiteral("<body>"));
    QVERIFY(bodyStart > 0);
    QVERIFY(html.mid(bodyStart + 6).trimmed().startsWith(markingHtml));
    QVERIFY(html.left(html.indexOf(QStringLiteral("</body>"))).trimmed().endsWith(markingHtml));
    QVERIFY(html.contains(QStringLiteral("<style>")));
    QVERIFY(!html.contains(QStringLiteral("<link")));
}

void TestBriefingPack::unknownIssueCodeIsAnErrorAndWritesNothing()
{
    PackOptions options = baseOptions();
    options.issueCodes = {QStringLiteral("RE-01"), QStringLiteral("ZZ-99")};
    const QString fresh = m_out.filePath(QStringLiteral("never.pdf"));
    QString error;
    QVERIFY(!exportPack(*m_store, options, fresh, PackFormat::Pdf, &error));
    QVERIFY2(error.contains(QStringLiteral("ZZ-99")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(fresh));

    // An existing pack at the path stays as it was.
    const QByteArray before = TestSupport::fileHash(m_pdf);
    QVERIFY(!exportPack(*m_store, options, m_pdf, PackFormat::Pdf, &error));
    QCOMPARE(TestSupport::fileHash(m_pdf), before);

    QVERIFY_THROWS_EXCEPTION(StoreError, BriefingPackComposer(*m_store).compose(options));
}

void TestBriefingPack::unwritablePathLeavesNoFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A parent that is a file: nothing can be created.
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QString error;
    QVERIFY(!exportPack(*m_store, baseOptions(),
                        dir.filePath(QStringLiteral("not-a-folder/pack.pdf")), PackFormat::Pdf,
                        &error));
    QVERIFY(!error.isEmpty());

    // A target that is a folder: the pack is written in full, then cannot replace
    // it; the temporary copy must not be left behind.
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("pack.pdf")));
    for (PackFormat format : {PackFormat::Pdf, PackFormat::Odt, PackFormat::Html}) {
        error.clear();
        QVERIFY(!exportPack(*m_store, baseOptions(), dir.filePath(QStringLiteral("pack.pdf")),
                            format, &error));
        QVERIFY(!error.isEmpty());
        const QStringList left =
            QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        QCOMPARE(left, QStringList({QStringLiteral("not-a-folder"), QStringLiteral("pack.pdf")}));
    }
}

void TestBriefingPack::documentNeverLoadsExternalResources()
{
    QTemporaryDir dir;
    const QString imagePath = dir.filePath(QStringLiteral("secret.png"));
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(imagePath));
    const QUrl url = QUrl::fromLocalFile(imagePath);
    const QString html = QStringLiteral("<p><img src=\"%1\"></p>").arg(url.toString());

    // A plain document would read the file; the pack's document does not.
    QTextDocument plain;
    plain.setHtml(html);
    QVERIFY(plain.resource(QTextDocument::ImageResource, url).isValid());

    PackTextDocument pack;
    pack.setHtml(html);
    QVERIFY(!pack.resource(QTextDocument::ImageResource, url).isValid());
    pack.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("pack-map:issue-1")), image);
    QVERIFY(pack.resource(QTextDocument::ImageResource, QUrl(QStringLiteral("pack-map:issue-1")))
                .isValid());
}

void TestBriefingPack::likelihoodAndPackFlagShapeTheBriefs()
{
    // A database of its own, so the other tests keep the demo as it is.
    const TestSupport::TempDatabase db;
    const std::unique_ptr<Store> store = db.open(true);
    IssueRepository &issues = store->issues();
    const Issue unlikely = *issues.byCode(QStringLiteral("SR-01"));
    issues.setField(unlikely.id, IssueField::Likelihood, QStringLiteral("unlikely"),
                    unlikely.version);
    const Issue leftOut = *issues.byCode(QStringLiteral("SC-01"));
    issues.setField(leftOut.id, IssueField::InPack, false, leftOut.version);

    BriefingPackComposer composer(*store);
    PackContent content = composer.compose(baseOptions());
    QStringList codes;
    for (const PackContent::Brief &brief : std::as_const(content.briefs))
        codes.append(brief.issue.code);
    QVERIFY(!codes.contains(QStringLiteral("SC-01")));
    QVERIFY(codes.contains(QStringLiteral("SR-01")));
    const PackContent::Brief &defensiveOnly =
        content.briefs.at(codes.indexOf(QStringLiteral("SR-01")));
    QVERIFY(!defensiveOnly.issue.defensiveLines.isEmpty());
    QVERIFY(defensiveOnly.issue.linesToTake.isEmpty());
    QVERIFY(defensiveOnly.issue.euObjective.isEmpty());
    QVERIFY(defensiveOnly.issue.background.isEmpty());
    QVERIFY(defensiveOnly.positions.isEmpty());

    // Named on purpose, an issue left out of the pack is printed all the same.
    PackOptions named = baseOptions();
    named.issueCodes = {QStringLiteral("SC-01")};
    content = composer.compose(named);
    QCOMPARE(content.briefs.size(), 1);
    QCOMPARE(content.briefs.first().issue.code, QStringLiteral("SC-01"));

    // On paper: the unlikely issue's brief has "If raised" and no "Lines to take".
    PackOptions only = baseOptions();
    only.issueCodes = {QStringLiteral("SR-01")};
    const QString path = QDir(m_out.path()).filePath(QStringLiteral("pack-unlikely.pdf"));
    QString error;
    QVERIFY2(exportPack(*store, only, path, PackFormat::Pdf, &error), qPrintable(error));
    const QString text = pdfPages(path).join(QLatin1Char('\n'));
    QVERIFY(text.contains(QStringLiteral("If raised")));
    QVERIFY(!text.contains(QStringLiteral("Lines to take")));
}

void TestBriefingPack::historyLeavesOutUndoneChangesAndNamesWhatIsMissing()
{
    const TestSupport::TempDatabase db;
    const std::unique_ptr<Store> store = db.open(true);
    IssueRepository &issues = store->issues();
    const QString code = QStringLiteral("RE-01");
    const auto current = [&] { return *issues.byCode(code); };
    const Status before = current().status;
    const Status other = before == Status::Stalled ? Status::Converging : Status::Stalled;

    // A change made by mistake and undone: the store keeps both rows.
    QUndoStack stack;
    stack.push(new ChangeStatusCommand(*store, current().id, before, other, current().version,
                                       QStringLiteral("Pressed the wrong status")));
    stack.undo();
    // A second change made and undone.
    stack.push(new ChangeStatusCommand(*store, current().id, before, Status::Agreed,
                                       current().version, QStringLiteral("Agreed too early")));
    stack.undo();
    QCOMPARE(current().status, before);
    // A change written by an older version, which let nobody and no reason through
    // (the store refuses such a change now, so it goes in as that version wrote it).
    QSqlQuery legacy(store->database());
    legacy.prepare(QStringLiteral("INSERT INTO status_change (issue_id, from_status, to_status, "
                                  "changed_at, changed_by, reason) VALUES (?, ?, ?, ?, '', '')"));
    legacy.addBindValue(current().id);
    legacy.addBindValue(int(before));
    legacy.addBindValue(int(other));
    legacy.addBindValue(Sql::now());
    QVERIFY2(legacy.exec(), qPrintable(legacy.lastError().text()));
    QCOMPARE(store->history().forIssue(current().id).last().changedBy, QString());

    const PackContent content = BriefingPackComposer(*store).compose(baseOptions());
    const auto brief =
        std::find_if(content.briefs.cbegin(), content.briefs.cend(),
                     [&](const PackContent::Brief &b) { return b.issue.code == code; });
    QVERIFY(brief != content.briefs.cend());
    QVERIFY(!brief->lastChanges.isEmpty());
    for (const StatusChange &change : brief->lastChanges) {
        QVERIFY2(!change.reason.contains(QStringLiteral("Pressed the wrong status")),
                 qPrintable(change.reason));
        QVERIFY2(!change.reason.startsWith(QStringLiteral("Undo:")), qPrintable(change.reason));
        QVERIFY(change.to != Status::Agreed);
        QVERIFY(!change.changedBy.trimmed().isEmpty());
        QVERIFY(!change.reason.trimmed().isEmpty());
    }
    // The newest real change heads the table, marked as not recorded.
    const StatusChange &newest = brief->lastChanges.first();
    QCOMPARE(newest.to, other);
    QCOMPARE(newest.changedBy, QStringLiteral("not recorded"));
    QCOMPARE(newest.reason, QStringLiteral("not recorded"));
    // The changes before the undone ones are still there.
    const QList<StatusChange> all = store->history().forIssue(current().id);
    QCOMPARE(brief->lastChanges.size(), std::min<qsizetype>(5, all.size() - 4));
    QCOMPARE(brief->lastChanges.at(1).id, all.at(all.size() - 6).id);

    // On paper as well.
    PackOptions only = baseOptions();
    only.issueCodes = {code};
    const QString path = QDir(m_out.path()).filePath(QStringLiteral("pack-history.pdf"));
    QString error;
    QVERIFY2(exportPack(*store, only, path, PackFormat::Pdf, &error), qPrintable(error));
    const QString text = pdfPages(path).join(QLatin1Char('\n'));
    QVERIFY(!text.contains(QStringLiteral("Undo:")));
    QVERIFY(!text.contains(QStringLiteral("Pressed the wrong")));
    QVERIFY(text.contains(QStringLiteral("not recorded")));
}

void TestBriefingPack::fullDiskSaysSoAndWritesNothing()
{
    PackOptions options = baseOptions();
    options.issueCodes = {QStringLiteral("RE-01")};
    const PackContent content = BriefingPackComposer(*m_store).compose(options);
    const QString diskFull = QStringLiteral("the disk is full");

    // A device that refuses every byte for want of space.
    QFile full(QStringLiteral("/dev/full"));
    if (full.open(QIODevice::WriteOnly)) {
        QString error;
        QVERIFY(!PackWriter::writePdf(content, &full, &error));
        QVERIFY2(error.contains(diskFull), qPrintable(error));
        error.clear();
        QVERIFY(!PackWriter::writeHtml(content, &full, &error));
        QVERIFY2(error.contains(diskFull), qPrintable(error));
        ScenarioExporter json(*m_store);
        QVERIFY(!json.write(full));
        QVERIFY2(json.errorString().contains(diskFull), qPrintable(json.errorString()));
        IssueCsvExporter csv(*m_store);
        QVERIFY(!csv.write(full));
        QVERIFY2(csv.errorString().contains(diskFull), qPrintable(csv.errorString()));
    }

    // A real file system that fills up part way through a file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString mountPoint = dir.filePath(QStringLiteral("small"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("small")));
    const ToolResult mounted =
        run(QStringLiteral("mount"),
            {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
             QStringLiteral("size=64k"), QStringLiteral("tmpfs"), mountPoint});
    if (mounted.exitCode != 0)
        QSKIP("Cannot mount a small tmpfs here (needs root); the full device was checked.");
    const auto unmount = qScopeGuard([&] { run(QStringLiteral("umount"), {mountPoint}); });
    const QDir small(mountPoint);
    const QString packPath = small.filePath(QStringLiteral("pack.pdf"));
    {
        QFile old(packPath);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the pack of yesterday");
    }
    const QByteArray oldHash = TestSupport::fileHash(packPath);
    {
        // Leave 6 kB: a PDF or HTML pack, the JSON and the CSV all need more.
        QFile filler(small.filePath(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(1024, 'x');
        while (QStorageInfo(mountPoint).bytesAvailable() > 6 * 1024 &&
               filler.write(block) == block.size()) {
        }
    }
    const QStringList before = small.entryList(QDir::Files | QDir::Hidden);
    for (PackFormat format : {PackFormat::Pdf, PackFormat::Html}) {
        QString error;
        QVERIFY(!exportPack(*m_store, options, packPath, format, &error));
        QVERIFY2(error.contains(diskFull), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("nothing was written")), qPrintable(error));
        QCOMPARE(TestSupport::fileHash(packPath), oldHash);
        QCOMPARE(small.entryList(QDir::Files | QDir::Hidden), before);
    }
    ScenarioExporter json(*m_store);
    QVERIFY(!json.writeFile(small.filePath(QStringLiteral("scenario.json"))));
    QVERIFY2(json.errorString().contains(diskFull), qPrintable(json.errorString()));
    IssueCsvExporter csv(*m_store);
    QVERIFY(!csv.writeFile(small.filePath(QStringLiteral("issues.csv"))));
    QVERIFY2(csv.errorString().contains(diskFull), qPrintable(csv.errorString()));
    QCOMPARE(small.entryList(QDir::Files | QDir::Hidden), before);
}

void TestBriefingPack::longTitleRunningHeadStaysOnThePage()
{
    // Files from before the field limits may hold titles of any length.
    PackOptions options = baseOptions();
    options.issueCodes = {QStringLiteral("TR-01")};
    PackContent content = BriefingPackComposer(*m_store).compose(options);
    QCOMPARE(content.briefs.size(), 1);
    QStringList words;
    for (int i = 0; words.join(QLatin1Char(' ')).size() < 589; ++i)
        words << QStringLiteral("word%1").arg(i);
    const QString title = words.join(QLatin1Char(' ')).left(589);
    content.briefs[0].issue.title = title;
    const QString path = m_out.filePath(QStringLiteral("pack-long-title.pdf"));
    QString error;
    QVERIFY2(PackWriter::write(content, PackFormat::Pdf, path, &error), qPrintable(error));
    const QStringList pages = pdfPages(path);

    // The pages that continue the brief say so, the title shortened to fit.
    int continued = 0;
    for (const QString &page : pages) {
        const QString head = firstBodyLine(page);
        if (!head.startsWith(QStringLiteral("TR-01")) ||
            !head.contains(QStringLiteral("continued")))
            continue;
        ++continued;
        QVERIFY2(head.endsWith(QStringLiteral("… (continued)")), qPrintable(head));
        QVERIFY2(
            title.startsWith(head.mid(5).trimmed().chopped(QStringLiteral("… (continued)").size())),
            qPrintable(head));
    }
    QVERIFY2(continued >= 2, "the long background should flow over several pages");

    // No word of any page reaches past the right margin (20 mm of 210).
    const ToolResult boxes =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    QCOMPARE(boxes.exitCode, 0);
    const qreal rightEdge = (PackWriter::PageWidthMm - PackWriter::SideMarginMm) / 25.4 * 72;
    const QRegularExpression word(QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" "
                                                 "xMax=\"([0-9.]+)\"[^>]*>([^<]*)</word>"));
    int wordCount = 0;
    for (auto it = word.globalMatch(QString::fromUtf8(boxes.out)); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        ++wordCount;
        QVERIFY2(match.captured(2).toDouble() <= rightEdge + 1.0,
                 qPrintable(match.captured(3) + QLatin1Char(' ') + match.captured(2)));
    }
    QVERIFY(wordCount > 100);
}

void TestBriefingPack::chineseExtractsAsTyped()
{
    // Each Kangxi radical's ideograph: Noto Sans CJK draws both with one glyph.
    QString ideographs;
    for (char32_t radical = 0x2F00; radical <= 0x2FD5; ++radical)
        ideographs += QString::fromUcs4(&radical, 1).normalized(QString::NormalizationForm_KC);
    QCOMPARE(ideographs.size(), 214);
    const QString rareEarths = QStringLiteral("稀土出口管制");
    PackOptions options = baseOptions();
    options.issueCodes = {QStringLiteral("RE-01")};
    PackContent content = BriefingPackComposer(*m_store).compose(options);
    QCOMPARE(content.briefs.size(), 1);
    content.briefs[0].issue.title = rareEarths;
    content.briefs[0].issue.background = ideographs;
    const auto squeezed = [](const QString &text) {
        QString out;
        for (const QChar c : text) {
            if (!c.isSpace())
                out += c;
        }
        return out;
    };
    const auto radicalsIn = [](const QString &text) {
        QString found;
        for (const char32_t c : text.toUcs4()) {
            if (c >= 0x2E80 && c <= 0x2FDF)
                found += QString::fromUcs4(&c, 1);
        }
        return found;
    };
    for (const bool pdfA : {false, true}) {
        content.options.pdfA = pdfA;
        const QString path = m_out.filePath(pdfA ? QStringLiteral("pack-hanzi-a.pdf")
                                                 : QStringLiteral("pack-hanzi.pdf"));
        QString error;
        QVERIFY2(PackWriter::write(content, PackFormat::Pdf, path, &error), qPrintable(error));
        const ToolResult check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
        QVERIFY2(check.exitCode == 0, check.out.constData());
        const QString text = pdfPages(path).join(QLatin1Char('\n'));
        QCOMPARE(radicalsIn(text), QString());
        QVERIFY(squeezed(text).contains(ideographs));
        QVERIFY(text.contains(rareEarths));
        QVERIFY(text.contains(QStringLiteral("王毅")));
        // The rewritten maps keep the same pack the same file.
        const QString again = m_out.filePath(QStringLiteral("pack-hanzi-again.pdf"));
        QVERIFY2(PackWriter::write(content, PackFormat::Pdf, again, &error), qPrintable(error));
        QCOMPARE(TestSupport::fileHash(again), TestSupport::fileHash(path));
    }

    // Radicals typed as radicals (their ideographs printed nowhere) stay radicals.
    const QString radicals = QStringLiteral("⽊⽔⽕");
    content.options.pdfA = false;
    content.briefs[0].issue.background = radicals;
    const QString path = m_out.filePath(QStringLiteral("pack-radicals.pdf"));
    QString error;
    QVERIFY2(PackWriter::write(content, PackFormat::Pdf, path, &error), qPrintable(error));
    const QString text = pdfPages(path).join(QLatin1Char('\n'));
    QVERIFY(text.contains(radicals));
    QVERIFY(text.contains(rareEarths));
}

void TestBriefingPack::headingsAndShortRowsStayOnOnePage()
{
    PackOptions options = baseOptions();
    options.issueCodes = {QStringLiteral("RE-01")};
    const PackContent base = BriefingPackComposer(*m_store).compose(options);
    QVERIFY(!base.briefs.isEmpty() && !base.briefs.first().positions.isEmpty());
    int headings = 0;
    int rows = 0;
    // Backgrounds of more and more paragraphs, every other one led by a note of two
    // lines (a line is shorter than a paragraph with its margin), put the headings
    // and rows after them at every height of a page in turn.
    for (int step = 0; step <= 80; ++step) {
        PackContent content = base;
        QStringList notes;
        if (step % 2 == 1)
            notes << QStringLiteral("A longer note that wraps onto a second line of the page, so "
                                    "that what follows it moves by one line and not by one "
                                    "paragraph, which has a margin as well.");
        for (int i = 1; i <= step / 2; ++i)
            notes << QStringLiteral("Filler note %1.").arg(i);
        content.briefs[0].issue.background = notes.join(QLatin1Char('\n'));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QPdfWriter writer(&buffer);
        writer.setResolution(PackWriter::Resolution);
        PackTextDocument document;
        const qreal pageHeight = PackWriter::layOut(content, &writer, document);
        const int pageCount = document.pageCount(); // the whole layout, not its first part
        const QAbstractTextDocumentLayout *layout = document.documentLayout();
        const auto page = [&](const QTextBlock &block, int line) {
            const QTextLine textLine = block.layout()->lineAt(line);
            const qreal y = layout->blockBoundingRect(block).top() -
                            block.layout()->boundingRect().top() + textLine.y() +
                            textLine.height() / 2;
            return int(std::floor(y / pageHeight));
        };
        const auto hasText = [](const QTextBlock &block) {
            return !block.text().isEmpty() && block.layout()->lineCount() > 0;
        };
        QSet<int> pagesWithText;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (!hasText(block))
                continue;
            for (int line = 0; line < block.layout()->lineCount(); ++line)
                pagesWithText.insert(page(block, line));
            if (block.blockFormat().headingLevel() == 0)
                continue;
            QTextBlock next = block.next();
            while (next.isValid() && !hasText(next))
                next = next.next();
            if (!next.isValid())
                continue;
            ++headings;
            QVERIFY2(page(block, block.layout()->lineCount() - 1) == page(next, 0),
                     qPrintable(QStringLiteral("step %1: \"%2\" ends page %3")
                                    .arg(step)
                                    .arg(block.text())
                                    .arg(page(block, 0) + 1)));
        }
        // No page is left empty by a moved heading or row.
        for (int index = 0; index < pageCount; ++index)
            QVERIFY2(pagesWithText.contains(index),
                     qPrintable(QStringLiteral("step %1: page %2 of %3 is empty")
                                    .arg(step)
                                    .arg(index + 1)
                                    .arg(pageCount)));

        QList<QTextFrame *> frames = document.rootFrame()->childFrames();
        while (!frames.isEmpty()) {
            QTextFrame *frame = frames.takeFirst();
            frames.append(frame->childFrames());
            auto *table = qobject_cast<QTextTable *>(frame);
            if (!table)
                continue;
            for (int row = 0; row < table->rows(); ++row) {
                int first = std::numeric_limits<int>::max();
                int last = -1;
                int lines = 0;
                for (int column = 0; column < table->columns(); ++column) {
                    const QTextTableCell cell = table->cellAt(row, column);
                    int cellLines = 0;
                    for (auto it = cell.begin(); !it.atEnd(); ++it) {
                        const QTextBlock block = it.currentBlock();
                        if (!block.isValid() || block.layout()->lineCount() == 0)
                            continue;
                        first = std::min(first, page(block, 0));
                        last = std::max(last, page(block, block.layout()->lineCount() - 1));
                        cellLines += block.layout()->lineCount();
                    }
                    lines = std::max(lines, cellLines);
                }
                // A row of a few lines is read at one glance.
                if (lines == 0 || lines > 4)
                    continue;
                ++rows;
                QVERIFY2(first == last, qPrintable(QStringLiteral("step %1: row %2 of a "
                                                                  "table split at page %3")
                                                       .arg(step)
                                                       .arg(row)
                                                       .arg(first + 1)));
            }
        }
    }
    QVERIFY(headings > 100);
    QVERIFY(rows > 100);
}

// Whatever is styled as a heading, in any section, starts the same page as the text
// it leads: Annex A's bloc headings and actor names are moved through every height of
// a page by a first biography that grows line by line.
void TestBriefingPack::headingStylesStayWithTheirText()
{
    PackOptions options = baseOptions();
    const PackContent base = BriefingPackComposer(*m_store).compose(options);
    QVERIFY(base.actors.size() > 3);
    int checked = 0;
    for (int step = 0; step <= 60; ++step) {
        PackContent content = base;
        QStringList notes;
        if (step % 2 == 1)
            notes << QStringLiteral("A longer note that wraps onto a second line of the page, so "
                                    "that what follows it moves by one line and not by one "
                                    "paragraph, which has a margin as well.");
        for (int i = 1; i <= step / 2; ++i)
            notes << QStringLiteral("Filler note %1.").arg(i);
        content.actors[0].biography = notes.join(QLatin1Char('\n'));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QPdfWriter writer(&buffer);
        writer.setResolution(PackWriter::Resolution);
        PackTextDocument document;
        const qreal pageHeight = PackWriter::layOut(content, &writer, document);
        document.pageCount();
        const QAbstractTextDocumentLayout *layout = document.documentLayout();
        const auto page = [&](const QTextBlock &block, int line) {
            const QTextLine textLine = block.layout()->lineAt(line);
            const qreal y = layout->blockBoundingRect(block).top() -
                            block.layout()->boundingRect().top() + textLine.y() +
                            textLine.height() / 2;
            return int(std::floor(y / pageHeight));
        };
        const auto hasText = [](const QTextBlock &block) {
            return !block.text().trimmed().isEmpty() && block.layout()->lineCount() > 0;
        };
        // Styled as a heading: a heading block, or a paragraph outside a table that
        // is bold throughout (a bold lead-in, "Handling: ...", is text).
        const auto looksLikeHeading = [](const QTextBlock &block) {
            if (block.blockFormat().headingLevel() > 0)
                return true;
            if (QTextCursor(block).currentTable())
                return false;
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (!it.fragment().text().trimmed().isEmpty() &&
                    it.fragment().charFormat().fontWeight() < QFont::Bold)
                    return false;
            }
            return true;
        };
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (!hasText(block))
                continue;
            if (!looksLikeHeading(block))
                continue;
            QTextBlock next = block.next();
            while (next.isValid() && !hasText(next))
                next = next.next();
            // The document's own page break follows: nothing to keep it with.
            if (!next.isValid() ||
                (next.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
                continue;
            ++checked;
            QVERIFY2(page(block, block.layout()->lineCount() - 1) == page(next, 0),
                     qPrintable(QStringLiteral("step %1: \"%2\" ends page %3, \"%4\" starts "
                                               "the next")
                                    .arg(step)
                                    .arg(block.text(), QString::number(page(block, 0) + 1),
                                         next.text().left(40))));
        }
    }
    QVERIFY(checked > 60 * base.actors.size());
}

namespace {

// The pack's fixed headings in each language, as whole lines of pdftotext's output.
const QStringList EnglishHeadings = {QStringLiteral("Contents"), QStringLiteral("Steering note"),
                                     QStringLiteral("Lines to take"), QStringLiteral("Background")};
const QStringList FrenchHeadings = {QStringLiteral("Sommaire"), QStringLiteral("Note de cadrage"),
                                    QStringLiteral("Éléments de langage"),
                                    QStringLiteral("Contexte")};

bool anyPageHasLine(const QStringList &pages, const QString &line)
{
    return std::any_of(pages.cbegin(), pages.cend(),
                       [&](const QString &page) { return nonEmptyLines(page).contains(line); });
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Every piece of user text a brief prints, one line at a time, as HTML escapes it.
QStringList userTextOf(Store &store)
{
    QStringList texts;
    for (const Issue &issue : store.issues().all()) {
        if (!issue.inPack || issue.likelihood == Likelihood::Unlikely)
            continue;
        texts << issue.title;
        for (const QString &field : {issue.linesToTake, issue.defensiveLines, issue.background}) {
            for (const QString &line : field.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                if (!line.trimmed().isEmpty())
                    texts << line.trimmed();
            }
        }
    }
    for (QString &text : texts)
        text = text.toHtmlEscaped();
    return texts;
}

} // namespace

void TestBriefingPack::frenchPackPrintsFrenchFixedText()
{
    PackOptions options = baseOptions();
    options.language = QStringLiteral("fr");
    int pageCount = 0;
    const QString pdf = exportPdf(QStringLiteral("pack-fr.pdf"), options, &pageCount);
    QVERIFY(!pdf.isEmpty());
    const QStringList pages = pdfPages(pdf);
    QCOMPARE(pages.size(), pageCount);
    for (const QString &heading : FrenchHeadings)
        QVERIFY2(anyPageHasLine(pages, heading), qPrintable(heading));
    for (const QString &heading : EnglishHeadings)
        QVERIFY2(!anyPageHasLine(pages, heading), qPrintable(heading));
    const QString all = pages.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QStringLiteral("Si la question est soulevée")));
    QVERIFY(!all.contains(QStringLiteral("(“If raised”)")));
    QVERIFY(all.contains(QStringLiteral("Dossier de sommet")));
    // Dates in French, on the cover and in every footer, with "Page n sur N".
    QVERIFY(nonEmptyLines(pages.first())
                .join(QLatin1Char(' '))
                .contains(QStringLiteral("22 juillet 2025")));
    for (int i = 0; i < pages.size(); ++i) {
        const QStringList lines = nonEmptyLines(pages.at(i));
        const QString footer = lines.at(lines.size() - 2);
        QVERIFY2(footer.contains(QStringLiteral("Page %1 sur %2").arg(i + 1).arg(pages.size())),
                 qPrintable(footer));
        QVERIFY2(footer.contains(QStringLiteral("Établi le 22 juillet 2025")), qPrintable(footer));
        QVERIFY2(!footer.contains(QStringLiteral(" of ")), qPrintable(footer));
    }

    // The editable and the web pack say the same, and say which language they are in.
    const QString html = m_out.filePath(QStringLiteral("pack-fr.html"));
    QString error;
    QVERIFY2(exportPack(*m_store, options, html, PackFormat::Html, &error), qPrintable(error));
    const QString web = readText(html);
    QVERIFY(web.contains(QStringLiteral("<html lang=\"fr\">")));
    QVERIFY(web.contains(QStringLiteral("<h2>Éléments de langage</h2>")));
    QVERIFY(web.contains(QStringLiteral("<h2>Contexte</h2>")));
    QVERIFY(!web.contains(QStringLiteral("<h2>Lines to take</h2>")));
    QVERIFY(web.contains(QStringLiteral("Établi le 22 juillet 2025")));
    // The status history's moments in French too, not as ISO dates.
    QVERIFY(
        !web.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"))));
    QVERIFY(web.contains(
        QRegularExpression(QStringLiteral("<td>\\d{1,2} (juin|juil\\.) 2025 \\d\\d:\\d\\d</td>"))));
    if (haveTool(QStringLiteral("unzip"))) {
        const QString odt = m_out.filePath(QStringLiteral("pack-fr.odt"));
        QVERIFY2(exportPack(*m_store, options, odt, PackFormat::Odt, &error), qPrintable(error));
        const ToolResult content = run(QStringLiteral("unzip"),
                                       {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
        QVERIFY(QString::fromUtf8(content.out).contains(QStringLiteral("Éléments de langage")));
        QVERIFY(!QString::fromUtf8(content.out).contains(QStringLiteral("Lines to take")));
        const ToolResult styles =
            run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("styles.xml")});
        const QString stylesXml = QString::fromUtf8(styles.out);
        QVERIFY(stylesXml.contains(QStringLiteral("Établi le 22 juillet 2025")));
        QVERIFY(stylesXml.contains(QStringLiteral(" sur ")));
        QVERIFY(stylesXml.contains(QStringLiteral("fo:language=\"fr\"")));
    }
}

void TestBriefingPack::englishPackHasNoFrench()
{
    // The default pack (the application's language, English here) and one asked
    // for in English.
    PackOptions options = baseOptions();
    options.language = QStringLiteral("en");
    const QString pdf = exportPdf(QStringLiteral("pack-en.pdf"), options);
    QVERIFY(!pdf.isEmpty());
    for (const QStringList &pages : {m_pages, pdfPages(pdf)}) {
        for (const QString &heading : EnglishHeadings)
            QVERIFY2(anyPageHasLine(pages, heading), qPrintable(heading));
        for (const QString &heading : FrenchHeadings)
            QVERIFY2(!anyPageHasLine(pages, heading), qPrintable(heading));
        const QString all = pages.join(QLatin1Char('\n'));
        for (const char *french : {"Si la question est soulevée", "Éléments de langage", "juillet",
                                   " sur ", "Établi le", "Statut"})
            QVERIFY2(!all.contains(QString::fromUtf8(french)), french);
        QVERIFY(all.contains(QStringLiteral("Page 1 of ")));
        QVERIFY(all.contains(QStringLiteral("22 July 2025")));
    }
}

void TestBriefingPack::userTextIsTheSameInBothLanguages()
{
    const QStringList texts = userTextOf(*m_store);
    QVERIFY(texts.size() > 20);
    QVERIFY(texts.contains(EvilTitle.toHtmlEscaped()));
    QString web[2];
    const QString languages[2] = {QStringLiteral("en"), QStringLiteral("fr")};
    for (int i = 0; i < 2; ++i) {
        PackOptions options = baseOptions();
        options.language = languages[i];
        const QString path = m_out.filePath(QStringLiteral("user-text-%1.html").arg(languages[i]));
        QString error;
        QVERIFY2(exportPack(*m_store, options, path, PackFormat::Html, &error), qPrintable(error));
        web[i] = readText(path);
        for (const QString &text : texts)
            QVERIFY2(web[i].contains(text), qPrintable(languages[i] + QLatin1String(": ") + text));
    }
    // And in the French PDF: accents, Chinese and the hostile title as typed.
    PackOptions options = baseOptions();
    options.language = QStringLiteral("fr");
    const QString all =
        pdfPages(exportPdf(QStringLiteral("user-text-fr.pdf"), options)).join(QLatin1Char('\n'));
    for (const QString &text : {QStringLiteral("Séjourné"), QStringLiteral("王毅"), EvilTitle,
                                QStringLiteral("Background note 001 on the trade balance.")})
        QVERIFY2(all.contains(text), qPrintable(text));
}

void TestBriefingPack::frenchWindowStillWritesAnEnglishPack()
{
    // The window in French: its locale and its translator.
    const QLocale before;
    QTranslator windowTranslator;
    QVERIFY(windowTranslator.load(QStringLiteral(":/i18n/summit-brief_fr.qm")));
    QVERIFY(QCoreApplication::installTranslator(&windowTranslator));
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&windowTranslator);
        QLocale::setDefault(before);
    });
    QCOMPARE(QCoreApplication::translate("PackHtmlBuilder", "Lines to take"),
             QStringLiteral("Éléments de langage"));

    PackOptions options = baseOptions();
    options.language = QStringLiteral("en");
    const QStringList english =
        pdfPages(exportPdf(QStringLiteral("window-fr-pack-en.pdf"), options));
    QVERIFY(!english.isEmpty());
    for (const QString &heading : EnglishHeadings)
        QVERIFY2(anyPageHasLine(english, heading), qPrintable(heading));
    for (const QString &heading : FrenchHeadings)
        QVERIFY2(!anyPageHasLine(english, heading), qPrintable(heading));
    QVERIFY(english.join(QLatin1Char('\n')).contains(QStringLiteral("22 July 2025")));
    QVERIFY(!english.join(QLatin1Char('\n')).contains(QStringLiteral("juillet")));

    // Without a choice the pack follows the window.
    const QStringList following =
        pdfPages(exportPdf(QStringLiteral("window-fr.pdf"), baseOptions()));
    QVERIFY(anyPageHasLine(following, QStringLiteral("Éléments de langage")));
}

namespace {

// Whitespace as pdftotext breaks lines and as a non-breaking space prints: one space.
QString flat(const QString &text)
{
    return text.simplified();
}

PackContent::Brief *briefOf(PackContent &content, const QString &code)
{
    for (PackContent::Brief &brief : content.briefs) {
        if (brief.issue.code == code)
            return &brief;
    }
    return nullptr;
}

// Hand-set forecasts (the figures are the forecast model's, tested with it): RE-01
// needs the agreement of two parties, with a band; RE-02 is deadlocked and our side
// is split.
void setForecasts(PackContent &content)
{
    PackContent::Brief *re1 = briefOf(content, QStringLiteral("RE-01"));
    PackContent::Brief *re2 = briefOf(content, QStringLiteral("RE-02"));
    QVERIFY(re1 && re2 && re1->forecast && re2->forecast);
    re1->issue.decisionRuleSource = QStringLiteral("Export Control Law of the PRC, art. 4");
    ForecastResult &consent = *re1->forecast;
    consent.rule = DecisionRule::Consent;
    consent.consentParties = {QStringLiteral("MOFCOM"), QStringLiteral("State Council")};
    consent.outcome = 37.5;
    consent.band = ForecastResult::Band{37.5, 0.9, 30, 40, 1000};
    // RE-02 as a multilateral issue whose weight is evenly split.
    re2->issue.decisionRule = DecisionRule::WeightedMajority;
    re2->issue.decisionRuleSource.clear();
    ForecastResult &tie = *re2->forecast;
    tie.rule = DecisionRule::WeightedMajority;
    tie.consentParties.clear();
    tie.ruleFellBack = false;
    tie.tie = true;
    tie.tieLow = 20;
    tie.tieHigh = 80;
    tie.outcome = tie.weightedMedian = 50;
    tie.band = ForecastResult::Band{50, 0.5, 20, 80, 1000};
    tie.objectiveSplit = true;
    tie.objectiveLow = 20;
    tie.objectiveHigh = 80;
    tie.euObjective = 50;
    tie.hasEuObjective = true;
}

QStringList expectedSentences(const PackContent &content)
{
    const ForecastText text(content.language);
    QStringList sentences;
    for (const PackContent::Brief &brief : content.briefs) {
        if (brief.forecast && (brief.issue.code == QLatin1String("RE-01") ||
                               brief.issue.code == QLatin1String("RE-02")))
            sentences << text.sentences(*brief.forecast, brief.issue.decisionRuleSource,
                                        brief.issue.scaleLow, brief.issue.scaleHigh);
    }
    return sentences;
}

} // namespace

void TestBriefingPack::briefsSayTheForecastInEveryFormat()
{
    PackOptions options = baseOptions();
    options.language = QStringLiteral("en");
    options.issueCodes = {QStringLiteral("RE-01"), QStringLiteral("RE-02")};
    PackContent content = BriefingPackComposer(*m_store).compose(options);
    setForecasts(content);
    if (QTest::currentTestFailed())
        return;
    const QStringList sentences = expectedSentences(content);
    // The issue's own words and the ones a reader relies on.
    for (const QString &sentence :
         {QStringLiteral("Likely outcome 37.5 (30–40; 9 times in 10)"),
          QStringLiteral("Needs the agreement of MOFCOM and State Council (Export Control Law of "
                         "the PRC, art. 4)."),
          QStringLiteral("Likely outcome 50 (20–80; 5 times in 10)"),
          QStringLiteral("Decided by weighted majority.")})
        QVERIFY2(sentences.contains(sentence), qPrintable(sentences.join(QLatin1Char('|'))));
    QCOMPARE(sentences.size(), 6); // RE-02: the deadlock and the split side too
    const PackContent::Brief *re2 = briefOf(content, QStringLiteral("RE-02"));
    QVERIFY(
        sentences.contains(ForecastText(content.language)
                               .tie(*re2->forecast, re2->issue.scaleLow, re2->issue.scaleHigh)));

    QString error;
    const QString pdf = m_out.filePath(QStringLiteral("forecast.pdf"));
    QVERIFY2(exportPack(*m_store, content, pdf, PackFormat::Pdf, &error), qPrintable(error));
    const QString pdfText = flat(pdfPages(pdf).join(QLatin1Char('\n')));
    const QString html = m_out.filePath(QStringLiteral("forecast.html"));
    QVERIFY2(exportPack(*m_store, content, html, PackFormat::Html, &error), qPrintable(error));
    const QString web = readText(html);
    for (const QString &sentence : sentences) {
        QVERIFY2(pdfText.contains(flat(sentence)), qPrintable(QLatin1String("PDF: ") + sentence));
        QVERIFY2(web.contains(sentence.toHtmlEscaped()),
                 qPrintable(QLatin1String("HTML: ") + sentence));
    }
    // The drawn map names the likely range and the deadlock in its legend.
    QVERIFY(pdfText.contains(QStringLiteral("Likely range 30–40")));
    QVERIFY(pdfText.contains(QStringLiteral("Deadlock 20–80")));
    if (haveTool(QStringLiteral("unzip"))) {
        const QString odt = m_out.filePath(QStringLiteral("forecast.odt"));
        QVERIFY2(exportPack(*m_store, content, odt, PackFormat::Odt, &error), qPrintable(error));
        const ToolResult xml = run(QStringLiteral("unzip"),
                                   {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
        const QString odtText = QString::fromUtf8(xml.out);
        for (const QString &sentence : sentences)
            QVERIFY2(odtText.contains(sentence.toHtmlEscaped().replace(QLatin1String("&quot;"),
                                                                       QLatin1String("\""))),
                     qPrintable(QLatin1String("ODT: ") + sentence));
    }

    // A pack composed from the store carries each brief's forecast as computed.
    const PackContent composed = BriefingPackComposer(*m_store).compose(options);
    for (const PackContent::Brief &brief : composed.briefs) {
        QVERIFY(brief.forecast);
        QCOMPARE(brief.forecast->weightedMedian,
                 Forecast::compute(brief.positions, composed.summit.ourBloc)->weightedMedian);
    }
}

void TestBriefingPack::forecastSentencesFollowThePackLanguage()
{
    // The window in French, the pack in English, and the other way round: each pack
    // prints its own language's sentences and numbers.
    const QLocale before;
    QTranslator windowTranslator;
    QVERIFY(windowTranslator.load(QStringLiteral(":/i18n/summit-brief_fr.qm")));
    QVERIFY(QCoreApplication::installTranslator(&windowTranslator));
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&windowTranslator);
        QLocale::setDefault(before);
    });
    QString pdfText[2];
    const QString languages[2] = {QStringLiteral("en"), QStringLiteral("fr")};
    for (int i = 0; i < 2; ++i) {
        PackOptions options = baseOptions();
        options.language = languages[i];
        options.issueCodes = {QStringLiteral("RE-01")};
        PackContent content = BriefingPackComposer(*m_store).compose(options);
        PackContent::Brief *re1 = briefOf(content, QStringLiteral("RE-01"));
        QVERIFY(re1 && re1->forecast);
        re1->forecast->band = ForecastResult::Band{37.5, 0.9, 30, 40, 1000};
        const QString pdf = m_out.filePath(QStringLiteral("forecast-%1.pdf").arg(languages[i]));
        QString error;
        QVERIFY2(exportPack(*m_store, content, pdf, PackFormat::Pdf, &error), qPrintable(error));
        pdfText[i] = flat(pdfPages(pdf).join(QLatin1Char('\n')));
        const QString likely = ForecastText(content.language).likelyOutcome(*re1->forecast);
        QVERIFY2(pdfText[i].contains(flat(likely)), qPrintable(likely));
    }
    QVERIFY(pdfText[0].contains(QStringLiteral("Likely outcome 37.5 (30–40; 9 times in 10)")));
    QVERIFY(pdfText[1].contains(QStringLiteral("37,5")));
    QVERIFY(!pdfText[1].contains(QStringLiteral("37.5")));
    if (!pdfText[1].contains(QStringLiteral("Décidé à la majorité pondérée")))
        QSKIP("The French translation of the forecast's sentences is not compiled in yet");
    QVERIFY(pdfText[1].contains(
        flat(QStringLiteral("Résultat probable : 37,5 (30–40 ; 9 fois sur 10)"))));
    QVERIFY(!pdfText[1].contains(QStringLiteral("Likely outcome")));
}

QTEST_MAIN(TestBriefingPack)
#include "test_briefing_pack.moc"
