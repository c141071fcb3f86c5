// The editable ODT briefing pack, checked as a word processor reads it: the zip
// (unzip), the XML and its named styles, and, when LibreOffice is installed, the
// pages it prints (soffice --convert-to pdf, pdftotext) against the PDF pack's.

#include "TestSupport.h"

#include "briefing/BriefingPackComposer.h"
#include "briefing/IndicatorChartPainter.h"
#include "briefing/PackExport.h"
#include "store/IssueRepository.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
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

const QString HostileTitle = QStringLiteral("<img src=/etc/passwd> & \"quoted\" 'too'");
const QString Marking = QStringLiteral("EU RESTRICTED");

QByteArray entry(const QString &odt, const QString &name)
{
    const ToolResult result = run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, name});
    return result.exitCode == 0 ? result.out : QByteArray();
}

PackOptions baseOptions()
{
    PackOptions options;
    options.issueDate = QDate(2025, 7, 22);
    options.registrationNumber = QStringLiteral("EU-SB/2025/0042");
    options.copyNumber = 3;
    options.preparedBy = QStringLiteral("Briefing unit");
    options.classification = Marking;
    return options;
}

QStringList nonEmptyLines(const QString &page)
{
    QStringList lines;
    for (const QString &line : page.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines.append(line);
    }
    return lines;
}

// The styles a styles.xml names: XML name -> display name, per family.
struct NamedStyles
{
    QHash<QString, QString> paragraph; // name -> display name
    QHash<QString, QString> text;
    QHash<QString, QString> list;
    QString defaultAsianFont;
    QStringList sizedWithoutAsianSize; // styles whose size CJK text would not follow
    QList<QXmlStreamAttributes> contentsTabs;
};

NamedStyles readStyles(const QByteArray &xml)
{
    NamedStyles styles;
    QXmlStreamReader reader(xml);
    bool inNamed = false;
    bool inDefault = false;
    QString current;
    QString currentFamily;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QXmlStreamAttributes a = reader.attributes();
            if (reader.qualifiedName() == QLatin1String("office:styles"))
                inNamed = true;
            if (!inNamed)
                continue;
            if (reader.qualifiedName() == QLatin1String("style:default-style"))
                inDefault = true;
            if (reader.qualifiedName() == QLatin1String("style:style")) {
                current = a.value(QLatin1String("style:name")).toString();
                currentFamily = a.value(QLatin1String("style:family")).toString();
                QString display = a.value(QLatin1String("style:display-name")).toString();
                if (display.isEmpty())
                    display = current;
                if (currentFamily == QLatin1String("paragraph"))
                    styles.paragraph.insert(current, display);
                else if (currentFamily == QLatin1String("text"))
                    styles.text.insert(current, display);
            }
            if (reader.qualifiedName() == QLatin1String("text:list-style")) {
                const QString name = a.value(QLatin1String("style:name")).toString();
                QString display = a.value(QLatin1String("style:display-name")).toString();
                styles.list.insert(name, display.isEmpty() ? name : display);
            }
            if (reader.qualifiedName() == QLatin1String("style:text-properties")) {
                if (inDefault)
                    styles.defaultAsianFont =
                        a.value(QLatin1String("style:font-name-asian")).toString();
                if (a.hasAttribute(QLatin1String("fo:font-size")) &&
                    a.value(QLatin1String("style:font-size-asian")) !=
                        a.value(QLatin1String("fo:font-size")))
                    styles.sizedWithoutAsianSize.append(current);
            }
            if (reader.qualifiedName() == QLatin1String("style:tab-stop") &&
                styles.paragraph.value(current) == QLatin1String("Contents 1"))
                styles.contentsTabs.append(a);
        } else if (reader.isEndElement()) {
            if (reader.qualifiedName() == QLatin1String("office:styles"))
                inNamed = false;
            if (reader.qualifiedName() == QLatin1String("style:default-style"))
                inDefault = false;
        }
    }
    if (reader.hasError())
        qWarning() << "styles.xml:" << reader.errorString();
    return styles;
}

// What the text of content.xml says, element by element.
struct Paragraph
{
    QString element; // text:p or text:h
    QString style;
    QString text; // tabs as \t
    QStringList bookmarks;
    QStringList pageReferences;
    bool inContents = false;
    bool inHeaderCell = false;
    bool inTable = false;
    QString listStyle;
};

struct ContentXml
{
    bool wellFormed = false;
    QString error;
    int automaticStyles = 0;
    QStringList automaticParagraphOrTextStyles;
    QList<Paragraph> paragraphs;
    QStringList spanStyles;
    QStringList elements; // every element's qualified name, once
    QStringList pictures; // xlink:href of draw:image
    QString allText;
};

ContentXml readContent(const QByteArray &xml)
{
    ContentXml content;
    QXmlStreamReader reader(xml);
    bool inAutomatic = false;
    int contentsDepth = 0;
    int headerDepth = 0;
    int tableDepth = 0;
    QStringList lists;
    QList<Paragraph> open;
    while (!reader.atEnd()) {
        reader.readNext();
        const QString name = reader.qualifiedName().toString();
        if (reader.isStartElement()) {
            const QXmlStreamAttributes a = reader.attributes();
            if (!content.elements.contains(name))
                content.elements.append(name);
            if (name == QLatin1String("office:automatic-styles"))
                inAutomatic = true;
            if (inAutomatic && name == QLatin1String("style:style")) {
                ++content.automaticStyles;
                const QString family = a.value(QLatin1String("style:family")).toString();
                if (family == QLatin1String("paragraph") || family == QLatin1String("text"))
                    content.automaticParagraphOrTextStyles.append(
                        a.value(QLatin1String("style:name")).toString());
            }
            if (name == QLatin1String("text:table-of-content"))
                ++contentsDepth;
            if (name == QLatin1String("table:table-header-rows"))
                ++headerDepth;
            if (name == QLatin1String("table:table"))
                ++tableDepth;
            if (name == QLatin1String("text:list"))
                lists.append(a.value(QLatin1String("text:style-name")).toString());
            if (name == QLatin1String("text:p") || name == QLatin1String("text:h")) {
                Paragraph p;
                p.element = name;
                p.style = a.value(QLatin1String("text:style-name")).toString();
                p.inContents = contentsDepth > 0;
                p.inHeaderCell = headerDepth > 0;
                p.inTable = tableDepth > 0;
                p.listStyle = lists.isEmpty() ? QString() : lists.last();
                open.append(p);
            }
            if (name == QLatin1String("text:span"))
                content.spanStyles.append(a.value(QLatin1String("text:style-name")).toString());
            if (name == QLatin1String("text:tab") && !open.isEmpty())
                open.last().text += QLatin1Char('\t');
            if (name == QLatin1String("text:s") && !open.isEmpty())
                open.last().text += QString(a.hasAttribute(QLatin1String("text:c"))
                                                ? a.value(QLatin1String("text:c")).toInt()
                                                : 1,
                                            QLatin1Char(' '));
            if (name == QLatin1String("text:bookmark") && !open.isEmpty())
                open.last().bookmarks.append(a.value(QLatin1String("text:name")).toString());
            if (name == QLatin1String("text:bookmark-ref") && !open.isEmpty())
                open.last().pageReferences.append(
                    a.value(QLatin1String("text:ref-name")).toString());
            if (name == QLatin1String("draw:image"))
                content.pictures.append(a.value(QLatin1String("xlink:href")).toString());
        } else if (reader.isCharacters()) {
            content.allText += reader.text();
            if (!open.isEmpty())
                open.last().text += reader.text();
        } else if (reader.isEndElement()) {
            if (name == QLatin1String("office:automatic-styles"))
                inAutomatic = false;
            if (name == QLatin1String("text:table-of-content"))
                --contentsDepth;
            if (name == QLatin1String("table:table-header-rows"))
                --headerDepth;
            if (name == QLatin1String("table:table"))
                --tableDepth;
            if (name == QLatin1String("text:list"))
                lists.removeLast();
            if (name == QLatin1String("text:p") || name == QLatin1String("text:h"))
                content.paragraphs.append(open.takeLast());
        }
    }
    content.wellFormed = !reader.hasError();
    content.error = reader.errorString();
    return content;
}

} // namespace

class TestOdtPack : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void zipIsAnOdfPackage();
    void contentUsesNamedStyles();
    void everyStyleSizesChineseAlike();
    void contentsListsEverySectionWithPageReferences();
    void hostileTextIsText();
    void sameOptionsGiveSameBytes();
    void libreOfficePrintsWhatThePdfPrints();

private:
    QString exportPack(const QString &name, PackFormat format, const PackOptions &options,
                       int *pages = nullptr);

    TestSupport::TempDatabase m_db;
    std::unique_ptr<Store> m_store;
    QTemporaryDir m_out;
    QString m_odt;
    QString m_pdf;
    int m_pdfPages = 0;
    NamedStyles m_styles;
    ContentXml m_content;
};

QString TestOdtPack::exportPack(const QString &name, PackFormat format, const PackOptions &options,
                                int *pages)
{
    const QString path = m_out.filePath(name);
    QString error;
    if (!::exportPack(*m_store, options, path, format, &error, pages)) {
        qWarning() << "export failed:" << error;
        return {};
    }
    return path;
}

void TestOdtPack::initTestCase()
{
    for (const char *tool : {"unzip", "pdftotext"}) {
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            QFAIL(qPrintable(
                QStringLiteral("%1 is needed (unzip, poppler-utils)").arg(QLatin1String(tool))));
    }
    QVERIFY(m_out.isValid());
    m_store = m_db.open(true);
    IssueRepository &issues = m_store->issues();
    const Issue dr = issues.byCode(QStringLiteral("DR-01")).value();
    issues.setField(dr.id, IssueField::Title, HostileTitle, dr.version);
    // Characters XML cannot hold, pasted from somewhere: left out, the rest kept.
    const Issue re3 = issues.byCode(QStringLiteral("RE-03")).value();
    issues.setField(re3.id, IssueField::Background,
                    QStringLiteral("Pasted \x01"
                                   "control\x07 characters\x1b."),
                    re3.version);

    m_odt = exportPack(QStringLiteral("pack.odt"), PackFormat::Odt, baseOptions());
    QVERIFY(!m_odt.isEmpty());
    m_pdf = exportPack(QStringLiteral("pack.pdf"), PackFormat::Pdf, baseOptions(), &m_pdfPages);
    QVERIFY(!m_pdf.isEmpty());
    m_styles = readStyles(entry(m_odt, QStringLiteral("styles.xml")));
    m_content = readContent(entry(m_odt, QStringLiteral("content.xml")));
    QVERIFY2(m_content.wellFormed, qPrintable(m_content.error));
}

void TestOdtPack::zipIsAnOdfPackage()
{
    QFile file(m_odt);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray zip = file.readAll();
    // The first entry is "mimetype", stored, no extra field: its type sits at offset 38.
    const auto at16 = [&zip](qsizetype at) {
        return int(uchar(zip.at(at))) | int(uchar(zip.at(at + 1))) << 8;
    };
    QVERIFY(zip.startsWith("PK\x03\x04"));
    QCOMPARE(at16(8), 0);  // stored
    QCOMPARE(at16(26), 8); // name length
    QCOMPARE(at16(28), 0); // extra length
    QCOMPARE(zip.mid(30, 8), QByteArray("mimetype"));
    QCOMPARE(zip.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
    QCOMPARE(run(QStringLiteral("unzip"), {QStringLiteral("-tq"), m_odt}).exitCode, 0);

    // The manifest names every file in the zip, and only those.
    const ToolResult listing = run(QStringLiteral("unzip"), {QStringLiteral("-Z1"), m_odt});
    QCOMPARE(listing.exitCode, 0);
    QStringList files = QString::fromUtf8(listing.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(files.first(), QStringLiteral("mimetype"));
    QXmlStreamReader manifest(entry(m_odt, QStringLiteral("META-INF/manifest.xml")));
    QStringList listed;
    while (!manifest.atEnd()) {
        if (manifest.readNext() == QXmlStreamReader::StartElement &&
            manifest.name() == QLatin1String("file-entry"))
            listed.append(
                manifest.attributes().value(QLatin1String("manifest:full-path")).toString());
    }
    QVERIFY2(!manifest.hasError(), qPrintable(manifest.errorString()));
    files.removeAll(QStringLiteral("mimetype"));
    files.removeAll(QStringLiteral("META-INF/manifest.xml"));
    listed.removeAll(QStringLiteral("/"));
    files.sort();
    listed.sort();
    QCOMPARE(listed, files);
    for (const char *part : {"content.xml", "styles.xml", "meta.xml"})
        QVERIFY2(files.contains(QLatin1String(part)), part);

    // A picture per position map and per indicator chart, each a PNG the text shows.
    const PackContent composed = BriefingPackComposer(*m_store).compose(baseOptions());
    qsizetype maps = 0;
    for (const PackContent::Brief &brief : composed.briefs)
        maps += brief.positions.isEmpty() ? 0 : 1;
    const qsizetype charts = IndicatorChartPainter::chartable(composed.indicators).size();
    QCOMPARE(m_content.pictures.size(), maps + charts);
    for (const QString &picture : std::as_const(m_content.pictures)) {
        QVERIFY2(files.contains(picture), qPrintable(picture));
        const QImage image = QImage::fromData(entry(m_odt, picture), "PNG");
        QVERIFY2(!image.isNull(), qPrintable(picture));
    }
}

void TestOdtPack::contentUsesNamedStyles()
{
    // The styles a user changes in Writer, by the names Writer shows.
    const QStringList paragraphNames = m_styles.paragraph.values();
    for (const char *name : {"Heading 1", "Heading 2", "Text body", "Table Heading",
                             "Table Contents", "List Bullet", "Contents Heading", "Contents 1"})
        QVERIFY2(paragraphNames.contains(QLatin1String(name)), name);
    QVERIFY(m_styles.list.values().contains(QStringLiteral("List Bullet")));

    // No direct formatting: no paragraph or text style of content.xml's own, and only
    // a fixed handful of automatic ones (tables, columns, cells).
    QVERIFY2(m_content.automaticParagraphOrTextStyles.isEmpty(),
             qPrintable(m_content.automaticParagraphOrTextStyles.join(QLatin1Char(' '))));
    QVERIFY2(m_content.automaticStyles <= 60,
             qPrintable(QString::number(m_content.automaticStyles)));
    // Every paragraph and span uses a named style from styles.xml.
    QVERIFY(m_content.paragraphs.size() > 200);
    for (const Paragraph &p : std::as_const(m_content.paragraphs))
        QVERIFY2(m_styles.paragraph.contains(p.style),
                 qPrintable(p.style + QLatin1Char(' ') + p.text));
    for (const QString &style : std::as_const(m_content.spanStyles))
        QVERIFY2(m_styles.text.contains(style), qPrintable(style));

    const auto display = [this](const Paragraph &p) { return m_styles.paragraph.value(p.style); };
    int briefHeadings = 0;
    int headerCells = 0;
    int bodyCells = 0;
    int bullets = 0;
    for (const Paragraph &p : std::as_const(m_content.paragraphs)) {
        if (p.element == QLatin1String("text:h") && p.text.startsWith(QLatin1String("RE-01\t"))) {
            QCOMPARE(display(p), QStringLiteral("Heading 1"));
            ++briefHeadings;
        }
        if (p.inHeaderCell) {
            QCOMPARE(display(p).endsWith(QLatin1String("Heading")), true);
            ++headerCells;
        } else if (p.inTable && display(p).startsWith(QLatin1String("Table"))) {
            ++bodyCells;
        }
        if (p.listStyle == QLatin1String("List_20_Bullet")) {
            QCOMPARE(display(p), QStringLiteral("List Bullet"));
            ++bullets;
        }
    }
    QCOMPARE(briefHeadings, 1);
    QVERIFY(headerCells > 20);
    QVERIFY(bodyCells > 100);
    // Every line to take of every brief is a bullet of its own.
    int lines = 0;
    const PackContent composed = BriefingPackComposer(*m_store).compose(baseOptions());
    for (const PackContent::Brief &brief : composed.briefs) {
        for (const QString &text : {brief.issue.linesToTake, brief.issue.defensiveLines}) {
            for (const QString &line : text.split(QLatin1Char('\n')))
                lines += line.trimmed().isEmpty() ? 0 : 1;
        }
    }
    QVERIFY(lines > 10);
    QCOMPARE(bullets, lines);
}

void TestOdtPack::everyStyleSizesChineseAlike()
{
    // Chinese text takes the default style's Asian font, at every style's size, so
    // "Wang Yi (王毅)" reads as one run.
    QCOMPARE(m_styles.defaultAsianFont, QStringLiteral("Noto Sans CJK SC"));
    QVERIFY2(m_styles.sizedWithoutAsianSize.isEmpty(),
             qPrintable(m_styles.sizedWithoutAsianSize.join(QLatin1Char(' '))));
    QVERIFY(m_content.allText.contains(QStringLiteral("Wang Yi (王毅)")));
}

void TestOdtPack::contentsListsEverySectionWithPageReferences()
{
    QStringList headings;
    QStringList anchors;
    for (const Paragraph &p : std::as_const(m_content.paragraphs)) {
        if (p.element == QLatin1String("text:h") &&
            m_styles.paragraph.value(p.style) == QLatin1String("Heading 1")) {
            QCOMPARE(p.bookmarks.size(), 1);
            headings.append(p.text);
            anchors.append(p.bookmarks.first());
        }
    }
    QVERIFY(headings.size() > 12);
    QStringList entries;
    QStringList references;
    for (const Paragraph &p : std::as_const(m_content.paragraphs)) {
        if (!p.inContents || m_styles.paragraph.value(p.style) != QLatin1String("Contents 1"))
            continue;
        // The heading's text, then the page on the right-aligned dotted tab stop: as
        // Writer writes an entry when the contents is updated (a tab as a space).
        QVERIFY2(p.text.count(QLatin1Char('\t')) == 1, qPrintable(p.text));
        QCOMPARE(p.pageReferences.size(), 1);
        entries.append(p.text.left(p.text.lastIndexOf(QLatin1Char('\t'))));
        references.append(p.pageReferences.first());
    }
    QCOMPARE(references, anchors);
    for (QString &heading : headings)
        heading.replace(QLatin1Char('\t'), QLatin1Char(' '));
    QCOMPARE(entries, headings);
    bool dotted = false;
    for (const QXmlStreamAttributes &tab : std::as_const(m_styles.contentsTabs)) {
        if (tab.value(QLatin1String("style:type")) == QLatin1String("right") &&
            tab.value(QLatin1String("style:leader-text")) == QLatin1String("."))
            dotted = true;
    }
    QVERIFY(dotted);
    QVERIFY(m_content.elements.contains(QStringLiteral("text:table-of-content-source")));
}

void TestOdtPack::hostileTextIsText()
{
    QVERIFY(m_content.allText.contains(HostileTitle));
    bool inHeading = false;
    for (const Paragraph &p : std::as_const(m_content.paragraphs))
        inHeading =
            inHeading || (p.element == QLatin1String("text:h") && p.text.contains(HostileTitle));
    QVERIFY(inHeading);
    for (const QString &name : std::as_const(m_content.elements))
        QVERIFY2(!name.contains(QLatin1String("img")), qPrintable(name));
    const QByteArray raw = entry(m_odt, QStringLiteral("content.xml"));
    QVERIFY(!raw.contains("<img"));
    QVERIFY(raw.contains("&lt;img src=/etc/passwd&gt; &amp; "));
    QVERIFY(m_content.allText.contains(QStringLiteral("Pasted control characters.")));
}

void TestOdtPack::sameOptionsGiveSameBytes()
{
    const QString again = exportPack(QStringLiteral("again.odt"), PackFormat::Odt, baseOptions());
    QVERIFY(!again.isEmpty());
    QCOMPARE(TestSupport::fileHash(again), TestSupport::fileHash(m_odt));
    // Another date of issue is another file (the date is printed and stamps the zip).
    PackOptions later = baseOptions();
    later.issueDate = later.issueDate.addDays(1);
    const QString other = exportPack(QStringLiteral("later.odt"), PackFormat::Odt, later);
    QVERIFY(TestSupport::fileHash(other) != TestSupport::fileHash(m_odt));
}

void TestOdtPack::libreOfficePrintsWhatThePdfPrints()
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        QSKIP("LibreOffice (soffice) is not installed: the ODT is not converted and compared "
              "with the PDF. It is optional, not a dependency (apt-get install "
              "libreoffice-writer-nogui to run this check).");
    const QString outDir = m_out.filePath(QStringLiteral("converted"));
    const ToolResult converted = run(
        soffice, {QStringLiteral("-env:UserInstallation=") +
                      QUrl::fromLocalFile(m_out.filePath(QStringLiteral("lo-profile"))).toString(),
                  QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                  QStringLiteral("pdf"), QStringLiteral("--outdir"), outDir, m_odt});
    QCOMPARE(converted.exitCode, 0);
    const QString printed = QDir(outDir).filePath(QStringLiteral("pack.pdf"));
    const QStringList pages = pdfPages(printed, false);
    const QStringList laidOut = pdfPages(printed, true);
    QCOMPARE(laidOut.size(), pages.size());

    // As long as the PDF, give or take the differences of two layout engines.
    QVERIFY2(qAbs(pages.size() - m_pdfPages) <= m_pdfPages * 0.3,
             qPrintable(QStringLiteral("ODT %1 pages, PDF %2").arg(pages.size()).arg(m_pdfPages)));

    // Every brief's heading and every line to take, as the words run on.
    const QString all = pages.join(QLatin1Char(' ')).simplified();
    QVERIFY(all.contains(QStringLiteral("Wang Yi (王毅)")));
    QVERIFY(all.contains(HostileTitle));
    const PackContent composed = BriefingPackComposer(*m_store).compose(baseOptions());
    for (const PackContent::Brief &brief : composed.briefs) {
        const Issue &issue = brief.issue;
        const QString heading = issue.code + QLatin1Char(' ') + issue.title;
        QVERIFY2(all.contains(heading.simplified()), qPrintable(heading));
        for (const QString &line : issue.linesToTake.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                QVERIFY2(all.contains(line.simplified()), qPrintable(line));
        }
    }

    // The contents: every entry's page number is where its section starts, and the
    // numbers line up on the right margin.
    int contentsPage = -1;
    for (int i = 0; i < laidOut.size() && contentsPage < 0; ++i) {
        if (nonEmptyLines(laidOut.at(i)).value(1).trimmed() == QLatin1String("Contents"))
            contentsPage = i;
    }
    QVERIFY(contentsPage >= 0);
    static const QRegularExpression entryLine(
        QStringLiteral("^\\s*(\\S.*?)\\s*\\.{3,}\\s*(\\d+)$"));
    int checked = 0;
    for (const QString &line : nonEmptyLines(laidOut.at(contentsPage))) {
        const QRegularExpressionMatch match = entryLine.match(line);
        if (!match.hasMatch())
            continue;
        const int page = match.captured(2).toInt();
        QVERIFY2(page > contentsPage + 1 && page <= pages.size(), qPrintable(line));
        // The section's heading opens that page, under the marking.
        const QString title = match.captured(1).simplified();
        const QString start =
            nonEmptyLines(pages.at(page - 1)).mid(1).join(QLatin1Char(' ')).simplified();
        QVERIFY2(start.startsWith(title),
                 qPrintable(line + QStringLiteral(" / page starts: ") + start.left(80)));
        ++checked;
    }
    QVERIFY2(checked >= 12, qPrintable(laidOut.at(contentsPage)));

    // Where each word of the contents page ends (pdftotext -bbox, in points): the last
    // word of every entry, its page number, ends at the same place.
    const ToolResult boxes = run(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-bbox"), QStringLiteral("-f"),
                                  QString::number(contentsPage + 1), QStringLiteral("-l"),
                                  QString::number(contentsPage + 1), printed, QStringLiteral("-")});
    QCOMPARE(boxes.exitCode, 0);
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"[0-9.]+\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\"[^>]*>([^<]*)</word>"));
    QMap<int, QPair<double, QString>> lastWordOfLine; // by the line's top
    for (auto it = word.globalMatch(QString::fromUtf8(boxes.out)); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int top = qRound(match.captured(1).toDouble());
        const double right = match.captured(2).toDouble();
        if (right >= lastWordOfLine.value(top).first)
            lastWordOfLine.insert(top, {right, match.captured(3)});
    }
    static const QRegularExpression pageNumber(QStringLiteral("(^|\\.{3,})\\d+$"));
    QList<double> ends;
    for (const auto &[right, text] : std::as_const(lastWordOfLine)) {
        if (pageNumber.match(text).hasMatch())
            ends.append(right);
    }
    QVERIFY2(ends.size() >= checked, qPrintable(QString::number(ends.size())));
    const auto [leftmost, rightmost] = std::minmax_element(ends.cbegin(), ends.cend());
    QVERIFY2(*rightmost - *leftmost < 1.0,
             qPrintable(QStringLiteral("%1 .. %2 pt").arg(*leftmost).arg(*rightmost)));
}

QTEST_MAIN(TestOdtPack)
#include "test_odt_pack.moc"
