#include "OdtPackWriter.h"

#include "IndicatorChartPainter.h"
#include "OdtPageStyle.h"
#include "PackBargaining.h"
#include "PackHtmlBuilder.h"
#include "PackObjectHandler.h"
#include "forecast/ForecastText.h"
#include "forecast/PackageDealText.h"
#include "io/AtomicFile.h"

#include <QBuffer>
#include <QHash>
#include <QIODevice>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QXmlStreamWriter>

#include <cmath>
#include <functional>

namespace {

constexpr double TextWidthCm = 17.0;
// Resolution of the charts' pictures (the PDF draws them as vectors).
constexpr int ChartRasterDpi = 150;
// More columns than this do not fit a portrait page: the matrix then shows blocs.
constexpr int MaxMatrixActors = 8;

const QString AnchorProgramme = QStringLiteral("programme");
const QString AnchorSteering = QStringLiteral("steering-note");
const QString AnchorActors = QStringLiteral("annex-actors");
const QString AnchorMatrix = QStringLiteral("annex-matrix");
const QString AnchorIndicators = QStringLiteral("annex-indicators");
const QString AnchorSources = QStringLiteral("annex-sources");
const QString BriefPrefix = QStringLiteral("brief-");

QString cm(double value)
{
    return QString::number(value, 'f', 3) + QStringLiteral("cm");
}

QString star(bool illustrative)
{
    return illustrative ? QStringLiteral("*") : QString();
}

QStringList nonEmptyLines(const QString &value)
{
    QStringList lines;
    for (const QString &line : value.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

// The pack's two kinds of table: ruled grids, and the cover's control table.
enum class TableKind
{
    Grid,
    Control
};

class ContentWriter
{
public:
    explicit ContentWriter(const PackContent &content)
        : m_content(content),
          m_headings(PackHtmlBuilder(content, PackHtmlBuilder::Target::Paged).headings())
    {
    }

    QByteArray contentXml();
    QList<OdtPageStyle::ZipEntry> pictures() const { return m_pictures; }

private:
    void start(const char *name) { m_xml.writeStartElement(QLatin1String(name)); }
    void end() { m_xml.writeEndElement(); }
    void attribute(const char *name, const QString &value)
    {
        m_xml.writeAttribute(QLatin1String(name), value);
    }
    // User text as ODF text: runs of spaces kept, tabs and line breaks as elements,
    // characters XML cannot hold dropped.
    void characters(const QString &value);
    void paragraph(const char *style, const QString &value);
    void span(const char *style, const QString &value);
    void startParagraph(const char *style);
    void heading(const PackHtmlBuilder::Heading &heading);
    void heading2(const QString &value);
    void bulletList(const QString &value);
    void paragraphs(const QString &value);

    // Tables: columns in percent of the text width, an optional repeated header row.
    void startTable(TableKind kind, const QList<int> &percents, const QStringList &headers,
                    const char *headerStyle = "Table Heading");
    void endTable() { end(); }
    void startRow()
    {
        start("table:table-row");
        m_cellInRow = 0;
    }
    void endRow()
    {
        end();
        ++m_rowInTable;
    }
    void cell(const char *style, const std::function<void()> &body,
              const char *cellStyle = "GridCell");
    void cell(const char *style, const QString &value, const char *cellStyle = "GridCell")
    {
        cell(
            style, [this, &value] { characters(value); }, cellStyle);
    }
    void chart(const QString &name, const QSizeF &mm, const QString &title);

    void automaticStyles();
    void cover();
    void contents();
    void programme();
    void steeringNote();
    void packageDeals();
    void brief(const PackContent::Brief &brief);
    void actorAnnex(const PackHtmlBuilder::Heading &heading);
    void matrixAnnex(const PackHtmlBuilder::Heading &heading);
    void indicatorAnnex(const PackHtmlBuilder::Heading &heading);
    void sourceAnnex(const PackHtmlBuilder::Heading &heading);
    void illustrativeNote();
    PackHtmlBuilder::Heading headingFor(const QString &anchor) const;
    // The sections say what the PDF says, in the same words and the pack's
    // language: the strings are the PDF builder's, so they share its translations.
    QString text(const char *source, int n = -1) const
    {
        return m_content.language.translate("PackHtmlBuilder", source, nullptr, n);
    }

    const PackContent &m_content;
    const QList<PackHtmlBuilder::Heading> m_headings;
    QXmlStreamWriter m_xml; // on the body's buffer, then on the head's
    QList<OdtPageStyle::ZipEntry> m_pictures;
    QMap<int, QString> m_columnStyles; // percent -> style name, for the automatic styles
    int m_tables = 0;
    int m_lists = 0;
    int m_rowInTable = 0;
    int m_cellInRow = 0;
};

void ContentWriter::characters(const QString &value)
{
    // (QXmlStreamWriter escapes markup and leaves out characters XML cannot hold.)
    QString run;
    const auto flush = [this, &run] {
        if (!run.isEmpty())
            m_xml.writeCharacters(run);
        run.clear();
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char(' ') && i + 1 < value.size() && value.at(i + 1) == QLatin1Char(' ')) {
            // ODF folds a run of spaces into one: the first is written, the rest counted.
            run += c;
            qsizetype count = 0;
            while (i + 1 < value.size() && value.at(i + 1) == QLatin1Char(' ')) {
                ++count;
                ++i;
            }
            flush();
            m_xml.writeEmptyElement(QStringLiteral("text:s"));
            if (count > 1)
                m_xml.writeAttribute(QStringLiteral("text:c"), QString::number(count));
        } else if (c == QLatin1Char('\t')) {
            flush();
            m_xml.writeEmptyElement(QStringLiteral("text:tab"));
        } else if (c == QLatin1Char('\n')) {
            flush();
            m_xml.writeEmptyElement(QStringLiteral("text:line-break"));
        } else if (c != QLatin1Char('\r')) {
            run += c;
        }
    }
    flush();
}

void ContentWriter::startParagraph(const char *style)
{
    start("text:p");
    attribute("text:style-name", OdtPageStyle::styleName(QLatin1String(style)));
}

void ContentWriter::paragraph(const char *style, const QString &value)
{
    startParagraph(style);
    characters(value);
    end();
}

void ContentWriter::span(const char *style, const QString &value)
{
    start("text:span");
    attribute("text:style-name", OdtPageStyle::styleName(QLatin1String(style)));
    characters(value);
    end();
}

void ContentWriter::heading(const PackHtmlBuilder::Heading &heading)
{
    start("text:h");
    attribute("text:style-name", OdtPageStyle::styleName(QStringLiteral("Heading 1")));
    attribute("text:outline-level", QStringLiteral("1"));
    // The contents' page references point here.
    m_xml.writeEmptyElement(QStringLiteral("text:bookmark"));
    attribute("text:name", heading.anchor);
    if (!heading.number.isEmpty()) {
        span("Heading Number", heading.number);
        m_xml.writeEmptyElement(QStringLiteral("text:tab"));
    }
    characters(heading.title);
    end();
}

void ContentWriter::heading2(const QString &value)
{
    start("text:h");
    attribute("text:style-name", OdtPageStyle::styleName(QStringLiteral("Heading 2")));
    attribute("text:outline-level", QStringLiteral("2"));
    characters(value);
    end();
}

void ContentWriter::bulletList(const QString &value)
{
    const QStringList lines = nonEmptyLines(value);
    if (lines.isEmpty())
        return;
    start("text:list");
    attribute("xml:id", QStringLiteral("list%1").arg(++m_lists));
    attribute("text:style-name", OdtPageStyle::styleName(QStringLiteral("List Bullet")));
    for (const QString &line : lines) {
        start("text:list-item");
        paragraph("List Bullet", line);
        end();
    }
    end();
}

void ContentWriter::paragraphs(const QString &value)
{
    for (const QString &line : nonEmptyLines(value))
        paragraph("Text body", line);
}

void ContentWriter::startTable(TableKind kind, const QList<int> &percents,
                               const QStringList &headers, const char *headerStyle)
{
    start("table:table");
    m_rowInTable = 0;
    attribute("table:name", QStringLiteral("Table%1").arg(++m_tables));
    attribute("table:style-name",
              kind == TableKind::Grid ? QStringLiteral("Grid") : QStringLiteral("Control"));
    for (const int percent : percents) {
        m_columnStyles.insert(percent, QStringLiteral("Column%1").arg(percent));
        m_xml.writeEmptyElement(QStringLiteral("table:table-column"));
        attribute("table:style-name", QStringLiteral("Column%1").arg(percent));
    }
    if (headers.isEmpty())
        return;
    // Repeated at the top of every page the table runs onto.
    start("table:table-header-rows");
    startRow();
    for (const QString &header : headers)
        cell(headerStyle, header, "GridHeading");
    endRow();
    end();
}

void ContentWriter::cell(const char *style, const std::function<void()> &body,
                         const char *cellStyle)
{
    start("table:table-cell");
    // Each cell draws its right and bottom rule; the first column and the first row
    // add the table's left and top edge, so every line is drawn once.
    QString name = QLatin1String(cellStyle);
    if (m_cellInRow++ == 0)
        name += QStringLiteral("Left");
    if (m_rowInTable == 0)
        name += QStringLiteral("Top");
    attribute("table:style-name", name);
    attribute("office:value-type", QStringLiteral("string"));
    startParagraph(style);
    body();
    end();
    end();
}

void ContentWriter::chart(const QString &name, const QSizeF &mm, const QString &title)
{
    QImage image(qRound(mm.width() / 25.4 * ChartRasterDpi),
                 qRound(mm.height() / 25.4 * ChartRasterDpi), QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDotsPerMeterX(qRound(ChartRasterDpi / 0.0254));
    image.setDotsPerMeterY(qRound(ChartRasterDpi / 0.0254));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const bool painted =
        PackObjectHandler::paintChart(m_content, name, &painter, QRectF(image.rect()));
    painter.end();
    if (!painted)
        return;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const int number = int(m_pictures.size()) + 1;
    const QByteArray path = QByteArrayLiteral("Pictures/chart-") + QByteArray::number(number) +
                            QByteArrayLiteral(".png");
    m_pictures.append({path, png});

    startParagraph("Figure");
    start("draw:frame");
    attribute("draw:style-name", QStringLiteral("Chart"));
    attribute("draw:name", QStringLiteral("Chart%1").arg(number));
    attribute("text:anchor-type", QStringLiteral("as-char"));
    attribute("svg:width", cm(mm.width() / 10));
    attribute("svg:height", cm(mm.height() / 10));
    attribute("draw:z-index", QStringLiteral("0"));
    start("draw:image");
    attribute("xlink:href", QString::fromLatin1(path));
    attribute("xlink:type", QStringLiteral("simple"));
    attribute("xlink:show", QStringLiteral("embed"));
    attribute("xlink:actuate", QStringLiteral("onLoad"));
    end();
    start("svg:title");
    characters(title);
    end();
    end();
    end();
}

// The automatic styles: a fixed handful for tables, columns and cells (ODF keeps
// those in the content), however long the pack. Text has named styles only.
void ContentWriter::automaticStyles()
{
    const auto style = [this](const QString &name, const char *family) {
        start("style:style");
        attribute("style:name", name);
        attribute("style:family", QLatin1String(family));
    };
    for (const auto &[name, above, below] :
         {std::tuple{"Grid", 0.05, 0.13}, std::tuple{"Control", 0.3, 0.1}}) {
        style(QLatin1String(name), "table");
        m_xml.writeEmptyElement(QStringLiteral("style:table-properties"));
        attribute("style:width", cm(TextWidthCm));
        attribute("table:align", QStringLiteral("margins"));
        attribute("fo:margin-top", cm(above));
        attribute("fo:margin-bottom", cm(below));
        end();
    }
    for (auto it = m_columnStyles.cbegin(); it != m_columnStyles.cend(); ++it) {
        style(it.value(), "table-column");
        m_xml.writeEmptyElement(QStringLiteral("style:table-column-properties"));
        attribute("style:column-width", cm(TextWidthCm * it.key() / 100.0));
        attribute("style:rel-width", QStringLiteral("%1*").arg(it.key() * 100));
        end();
    }
    // A thin rule around every cell, drawn once; the heading row and the cover's
    // labels are shaded as in the PDF, in the cell and nowhere else.
    const QString rule = QStringLiteral("0.5pt solid #8c8c8c");
    const QList<std::tuple<const char *, const char *, double>> cells = {
        {"GridHeading", "#e3e8f0", 0.1},
        {"GridCell", nullptr, 0.1},
        {"ControlLabel", "#eef1f6", 0.16},
        {"ControlCell", nullptr, 0.16}};
    for (const auto &[name, background, padding] : cells) {
        for (const char *edge : {"", "Left", "Top", "LeftTop"}) {
            style(QLatin1String(name) + QLatin1String(edge), "table-cell");
            m_xml.writeEmptyElement(QStringLiteral("style:table-cell-properties"));
            const QString edges = QLatin1String(edge);
            attribute("fo:border-left",
                      edges.contains(QLatin1String("Left")) ? rule : QStringLiteral("none"));
            attribute("fo:border-top",
                      edges.contains(QLatin1String("Top")) ? rule : QStringLiteral("none"));
            attribute("fo:border-right", rule);
            attribute("fo:border-bottom", rule);
            attribute("fo:padding", cm(padding));
            attribute("style:vertical-align", QStringLiteral("top"));
            attribute("fo:background-color",
                      background ? QLatin1String(background) : QStringLiteral("transparent"));
            end();
        }
    }
}

QByteArray ContentWriter::contentXml()
{
    // The body first, into a buffer of its own: the automatic styles come before
    // it in the file but depend on the column widths it uses.
    QByteArray body;
    {
        QBuffer buffer(&body);
        buffer.open(QIODevice::WriteOnly);
        m_xml.setDevice(&buffer);
        start("office:body");
        start("office:text");
        cover();
        contents();
        for (const PackHtmlBuilder::Heading &heading : m_headings) {
            if (heading.anchor == AnchorProgramme) {
                programme();
            } else if (heading.anchor == AnchorSteering) {
                steeringNote();
            } else if (heading.isBrief) {
                for (const PackContent::Brief &brief : m_content.briefs) {
                    if (BriefPrefix + QString::number(brief.issue.id) == heading.anchor)
                        this->brief(brief);
                }
            } else if (heading.anchor == AnchorActors) {
                actorAnnex(heading);
            } else if (heading.anchor == AnchorMatrix) {
                matrixAnnex(heading);
            } else if (heading.anchor == AnchorIndicators) {
                indicatorAnnex(heading);
            } else if (heading.anchor == AnchorSources) {
                sourceAnnex(heading);
            }
        }
        paragraph("End Note", text("Registration no. %1 · Copy no. %2 · Generated %3")
                                  .arg(m_content.options.registrationNumber,
                                       QString::number(m_content.options.copyNumber),
                                       m_content.language.longDate(m_content.options.issueDate)));
        end();
        end();
    }

    QByteArray head;
    QBuffer buffer(&head);
    buffer.open(QIODevice::WriteOnly);
    m_xml.setDevice(&buffer);
    m_xml.writeStartDocument();
    start("office:document-content");
    for (const auto &[prefix, uri] : std::initializer_list<std::pair<const char *, const char *>>{
             {"office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
             {"style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
             {"text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
             {"table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
             {"draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"},
             {"fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
             {"xlink", "http://www.w3.org/1999/xlink"},
             {"svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"}})
        attribute(qPrintable(QStringLiteral("xmlns:") + QLatin1String(prefix)), QLatin1String(uri));
    attribute("office:version", QStringLiteral("1.2"));
    start("office:automatic-styles");
    automaticStyles();
    end();
    // The body is already well-formed XML; the writer is told nothing of it.
    buffer.write(body);
    buffer.write("</office:document-content>\n");
    return head;
}

PackHtmlBuilder::Heading ContentWriter::headingFor(const QString &anchor) const
{
    for (const PackHtmlBuilder::Heading &heading : m_headings) {
        if (heading.anchor == anchor)
            return heading;
    }
    return {};
}

void ContentWriter::cover()
{
    const PackOptions &options = m_content.options;
    const SummitInfo &summit = m_content.summit;
    paragraph("Cover Kicker", text("Briefing pack for the Head of Delegation"));
    paragraph("Title", text("Briefing pack"));
    if (!summit.name.isEmpty())
        paragraph("Subtitle", summit.name);
    QStringList where;
    if (!summit.place.isEmpty())
        where << summit.place;
    if (summit.start.isValid())
        where << m_content.language.dateRange(summit.start, summit.end);
    if (!where.isEmpty())
        paragraph("Cover Place", where.join(QStringLiteral(", ")));

    const QList<QPair<QString, QString>> rows = {
        {text("Date of issue"), m_content.language.longDate(options.issueDate)},
        {text("Classification"),
         m_content.marking.isEmpty() ? text("Unclassified") : m_content.marking},
        {text("Registration no."), options.registrationNumber},
        {text("Copy no."), QString::number(options.copyNumber)},
        {text("Prepared by"), options.preparedBy},
        {text("Issues covered"), QString::number(m_content.briefs.size())},
    };
    startTable(TableKind::Control, {30, 70}, {});
    for (const auto &row : rows) {
        if (row.second.isEmpty())
            continue;
        startRow();
        cell("Control Label", row.first, "ControlLabel");
        cell("Control Value", row.second, "ControlCell");
        endRow();
    }
    endTable();
    startParagraph("Handling");
    span("Strong Emphasis", text("Handling:"));
    characters(QLatin1Char(' ') + options.handlingNote);
    end();
}

void ContentWriter::contents()
{
    const QString title = text("Contents");
    start("text:table-of-content");
    attribute("text:name", QStringLiteral("Contents"));
    attribute("text:protected", QStringLiteral("true"));
    start("text:table-of-content-source");
    attribute("text:outline-level", QStringLiteral("1"));
    attribute("text:use-index-marks", QStringLiteral("false"));
    start("text:index-title-template");
    attribute("text:style-name", OdtPageStyle::styleName(QStringLiteral("Contents Heading")));
    characters(title);
    end();
    // What Writer writes when the user updates the contents: the heading's text
    // (number, tab, title), then the page number on the dotted right tab stop.
    start("text:table-of-content-entry-template");
    attribute("text:outline-level", QStringLiteral("1"));
    attribute("text:style-name", OdtPageStyle::styleName(QStringLiteral("Contents 1")));
    m_xml.writeEmptyElement(QStringLiteral("text:index-entry-text"));
    m_xml.writeEmptyElement(QStringLiteral("text:index-entry-tab-stop"));
    attribute("style:type", QStringLiteral("right"));
    attribute("style:leader-char", QStringLiteral("."));
    m_xml.writeEmptyElement(QStringLiteral("text:index-entry-page-number"));
    end();
    end(); // source

    start("text:index-body");
    start("text:index-title");
    attribute("text:name", QStringLiteral("Contents_Head"));
    m_xml.writeEmptyElement(QStringLiteral("text:bookmark"));
    attribute("text:name", PackHtmlBuilder::contentsAnchor());
    paragraph("Contents Heading", title);
    end();
    for (const PackHtmlBuilder::Heading &heading : m_headings) {
        startParagraph("Contents 1");
        // As Writer writes an entry: the heading's text, its tab as a space.
        characters(heading.number.isEmpty() ? heading.title
                                            : heading.number + QLatin1Char(' ') + heading.title);
        m_xml.writeEmptyElement(QStringLiteral("text:tab"));
        // Writer fills in the page the heading falls on when it lays the text out.
        start("text:bookmark-ref");
        attribute("text:reference-format", QStringLiteral("page"));
        attribute("text:ref-name", heading.anchor);
        end();
        end();
    }
    end(); // index-body
    end();
}

void ContentWriter::programme()
{
    heading(headingFor(AnchorProgramme));
    startTable(TableKind::Grid, {22, 60, 18}, {text("Date"), text("Event"), text("Place")});
    bool anyIllustrative = false;
    for (const Event &event : m_content.events) {
        anyIllustrative = anyIllustrative || event.illustrative;
        startRow();
        cell("Table Contents",
             m_content.language.dateRange(event.startsOn, event.endsOn) + star(event.illustrative));
        cell("Table Contents", [this, &event] {
            span("Strong Emphasis", event.title);
            if (!event.description.trimmed().isEmpty()) {
                m_xml.writeEmptyElement(QStringLiteral("text:line-break"));
                span("Small", event.description.trimmed());
            }
        });
        cell("Table Contents", event.place);
        endRow();
    }
    endTable();
    if (anyIllustrative)
        paragraph("Note",
                  text("* Illustrative date: the source gives none; see the sources annex."));
}

void ContentWriter::steeringNote()
{
    heading(headingFor(AnchorSteering));
    QMap<int, int> byStatus;
    for (const PackContent::Brief &brief : m_content.briefs)
        byStatus[int(brief.issue.status)] += 1;
    QStringList counts;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        counts << text("%1 %2")
                      .arg(it.value())
                      .arg(m_content.language.status(Status(it.key())).toLower());
    paragraph("Lead", text("%n issue(s) in this pack: %1.", int(m_content.briefs.size()))
                          .arg(counts.join(QStringLiteral(", "))));

    const SummitInfo &summit = m_content.summit;
    heading2(text("%1 objectives").arg(summit.ourBloc));
    startTable(TableKind::Grid, {10, 30, 60},
               {text("Code"), text("Issue"), text("%1 objective").arg(summit.ourBloc)});
    for (const PackContent::Brief &brief : m_content.briefs) {
        const QString objective = brief.issue.euObjective.trimmed();
        startRow();
        cell("Table Code", brief.issue.code);
        cell("Table Contents", brief.issue.title);
        cell("Table Contents", [this, &objective] {
            if (objective.isEmpty())
                span("Emphasis", text("No objective set"));
            else
                characters(objective);
        });
        endRow();
    }
    endTable();
    packageDeals();

    QList<Actor> counterparts;
    for (const Actor &actor : m_content.actors) {
        if (actor.bloc == summit.counterpartBloc)
            counterparts.append(actor);
    }
    if (!counterparts.isEmpty()) {
        heading2(text("Counterparts"));
        startTable(TableKind::Grid, {35, 65}, {text("Name"), text("Role")});
        for (const Actor &actor : std::as_const(counterparts)) {
            startRow();
            cell("Table Contents", [this, &actor] { span("Strong Emphasis", actor.name); });
            cell("Table Contents", actor.role);
            endRow();
        }
        endTable();
    }
}

void ContentWriter::packageDeals()
{
    // Only where the summit links issues as trade-offs: the rest is the window's advice.
    if (m_content.tradeoffLinks == 0)
        return;
    const PackLanguage &language = m_content.language;
    heading2(text("Package deals"));
    paragraph("Note", PackageDealText::method(&language));
    if (m_content.packageDeals.isEmpty()) {
        paragraph("Text body", PackageDealText::none(&language, m_content.tradeoffLinks,
                                                     m_content.summit.ourBloc));
        return;
    }
    startTable(
        TableKind::Grid, {32, 9, 25, 25, 9},
        {text("Issue moved"), text("Gain"), text("Partner"), text("We concede"), text("Cost")});
    for (const ExchangeModel::OurDeal &deal : m_content.packageDeals) {
        startRow();
        cell("Table Contents", [this, &deal] {
            span("Strong Emphasis", deal.issueCode);
            characters(QLatin1Char(' ') + deal.issueTitle);
        });
        cell("Table Contents", PackageDealText::gain(&language, deal));
        cell("Table Contents", deal.partner.actorName);
        cell("Table Contents", PackageDealText::concession(&language, deal));
        cell("Table Contents", PackageDealText::cost(&language, deal));
        endRow();
    }
    endTable();
    for (const ExchangeModel::OurDeal &deal : m_content.packageDeals)
        paragraph("Text body", deal.issueCode + QLatin1Char(' ') +
                                   PackageDealText::explanation(&language, deal));
}

void ContentWriter::illustrativeNote()
{
    paragraph("Note", text("* Illustrative figure: not stated in the cited source; shown so the "
                           "table can be read."));
}

void ContentWriter::brief(const PackContent::Brief &brief)
{
    const Issue &issue = brief.issue;
    heading({BriefPrefix + QString::number(issue.id), issue.code, issue.title, true});

    QStringList facts;
    facts << text("Status: %1").arg(m_content.language.status(issue.status))
          << text("Priority: %1").arg(m_content.language.priority(issue.priority));
    if (!issue.category.isEmpty())
        facts << text("Category: %1").arg(issue.category);
    if (!issue.owner.isEmpty())
        facts << text("Lead: %1").arg(issue.owner);
    if (issue.dueDate.isValid())
        facts << text("Due: %1").arg(m_content.language.longDate(issue.dueDate));
    paragraph("Facts", facts.join(QStringLiteral("   ·   ")));

    if (!issue.euObjective.trimmed().isEmpty()) {
        heading2(text("Objective"));
        paragraphs(issue.euObjective);
    }
    if (!issue.linesToTake.trimmed().isEmpty()) {
        heading2(text("Lines to take"));
        bulletList(issue.linesToTake);
    }
    if (!issue.defensiveLines.trimmed().isEmpty()) {
        heading2(text("Defensive lines (“If raised”)"));
        bulletList(issue.defensiveLines);
    }
    if (!issue.background.trimmed().isEmpty()) {
        heading2(text("Background"));
        paragraphs(issue.background);
    }

    if (!brief.positions.isEmpty()) {
        heading2(text("Positions"));
        paragraph("Scale",
                  text("Scale: 0 = %1 … 100 = %2")
                      .arg(issue.scaleLow.isEmpty() ? text("(unlabelled)") : issue.scaleLow,
                           issue.scaleHigh.isEmpty() ? text("(unlabelled)") : issue.scaleHigh));
        startTable(TableKind::Grid, {20, 40, 10, 30},
                   {text("Actor"), text("Stance"), text("Position"), text("Source")});
        bool anyIllustrative = false;
        for (const Position &position : brief.positions) {
            anyIllustrative = anyIllustrative || position.illustrative;
            startRow();
            cell("Table Contents", [this, &position] {
                span("Strong Emphasis", position.actorName);
                if (!position.actorBloc.isEmpty()) {
                    m_xml.writeEmptyElement(QStringLiteral("text:line-break"));
                    span("Small", position.actorBloc);
                }
            });
            cell("Table Contents", position.stance);
            cell("Table Number", QString::number(position.position) + star(position.illustrative));
            cell("Table Source", position.source);
            endRow();
        }
        endTable();
        if (anyIllustrative)
            illustrativeNote();
        if (brief.forecast) {
            // The PDF's sentences beside the map, in the pack's language.
            const ForecastText sentences(m_content.language);
            const ForecastResult &forecast = *brief.forecast;
            startParagraph("Text body");
            span("Strong Emphasis", sentences.likelyOutcome(forecast));
            end();
            paragraph("Text body", sentences.rule(forecast, issue.decisionRuleSource));
            for (const QString &warning :
                 {sentences.tie(forecast, issue.scaleLow, issue.scaleHigh),
                  sentences.objectiveSplit(forecast, issue.scaleLow, issue.scaleHigh)}) {
                if (!warning.isEmpty()) {
                    startParagraph("Text body");
                    span("Strong Emphasis", warning);
                    end();
                }
            }
        }
        chart(PackObjectHandler::mapName(issue.id), PackHtmlBuilder::positionMapSizeMm(),
              text("Position map for %1").arg(issue.code));
        const QString bargaining = PackBargaining::line(brief.positions, m_content.summit.ourBloc,
                                                        issue.decisionRule, m_content.language);
        if (!bargaining.isEmpty())
            paragraph("Text body", bargaining);
    }

    heading2(text("Status and last changes"));
    paragraph("Text body", text("Current status: %1").arg(m_content.language.status(issue.status)));
    if (!brief.lastChanges.isEmpty()) {
        startTable(TableKind::Grid, {18, 26, 16, 40},
                   {text("When (UTC)"), text("Change"), text("By"), text("Why")});
        for (const StatusChange &change : brief.lastChanges) {
            const QString what =
                change.from ? text("%1 → %2").arg(m_content.language.status(*change.from),
                                                  m_content.language.status(change.to))
                            : text("Created as %1").arg(m_content.language.status(change.to));
            startRow();
            cell("Table Contents", m_content.language.utcDateTime(change.changedAt));
            cell("Table Contents", what);
            cell("Table Contents", change.changedBy);
            cell("Table Contents", change.reason);
            endRow();
        }
        endTable();
    }
}

void ContentWriter::actorAnnex(const PackHtmlBuilder::Heading &heading)
{
    this->heading(heading);
    QString bloc;
    for (const Actor &actor : m_content.actors) {
        if (actor.bloc != bloc) {
            bloc = actor.bloc;
            heading2(bloc);
        }
        startParagraph("Actor");
        span("Strong Emphasis", actor.name);
        if (actor.illustrative) {
            characters(QStringLiteral(" "));
            span("Emphasis", QStringLiteral("(%1)").arg(text("illustrative")));
        }
        end();
        QStringList line;
        if (!actor.role.isEmpty())
            line << actor.role;
        line << text("Bloc: %1").arg(actor.bloc);
        paragraph("Actor Role", line.join(QStringLiteral(" · ")));
        paragraphs(actor.biography);
        if (!actor.source.isEmpty())
            paragraph("Source Line", text("Source: %1").arg(actor.source));
    }
}

void ContentWriter::matrixAnnex(const PackHtmlBuilder::Heading &heading)
{
    this->heading(heading);
    // Columns: the actors on two or more issues of this pack, in the store's order;
    // too many for a page and the blocs are shown instead (as in the PDF).
    QHash<qint64, int> issueCount;
    for (const PackContent::Brief &brief : m_content.briefs) {
        for (const Position &position : brief.positions)
            issueCount[position.actorId] += 1;
    }
    QList<Actor> columns;
    for (const Actor &actor : m_content.actors) {
        if (issueCount.value(actor.id) >= 2)
            columns.append(actor);
    }
    const bool byBloc = columns.isEmpty() || columns.size() > MaxMatrixActors;
    QStringList headers = {text("Issue")};
    if (byBloc) {
        headers << m_content.summit.ourBloc << m_content.summit.counterpartBloc << text("Others");
        paragraph("Lead",
                  text("Mean position of each bloc's actors on each issue's own scale "
                       "(0–100; the labels are in each brief). A dash: no position recorded."));
    } else {
        for (const Actor &actor : std::as_const(columns))
            headers << actor.name;
        paragraph("Lead",
                  text("Positions of the actors that appear on two or more issues, on each "
                       "issue's own scale (0–100; the labels are in each brief). A dash: no "
                       "position recorded."));
    }
    const int codeWidth = 12;
    const int columnWidth = (100 - codeWidth) / int(headers.size() - 1);
    QList<int> widths = {codeWidth};
    for (qsizetype i = 1; i < headers.size(); ++i)
        widths.append(columnWidth);
    startTable(TableKind::Grid, widths, headers, "Matrix Heading");
    bool anyIllustrative = false;
    for (const PackContent::Brief &brief : m_content.briefs) {
        startRow();
        cell("Table Code", brief.issue.code);
        if (byBloc) {
            for (int group = 0; group < 3; ++group) {
                int sum = 0;
                int count = 0;
                bool illustrative = false;
                for (const Position &position : brief.positions) {
                    const int positionGroup =
                        position.actorBloc == m_content.summit.ourBloc           ? 0
                        : position.actorBloc == m_content.summit.counterpartBloc ? 1
                                                                                 : 2;
                    if (positionGroup != group)
                        continue;
                    sum += position.position;
                    ++count;
                    illustrative = illustrative || position.illustrative;
                }
                anyIllustrative = anyIllustrative || illustrative;
                cell("Table Centred",
                     count ? QString::number(qRound(double(sum) / count)) + star(illustrative)
                           : QStringLiteral("–"));
            }
        } else {
            for (const Actor &actor : std::as_const(columns)) {
                QString value = QStringLiteral("–");
                for (const Position &position : brief.positions) {
                    if (position.actorId == actor.id) {
                        value = QString::number(position.position) + star(position.illustrative);
                        anyIllustrative = anyIllustrative || position.illustrative;
                    }
                }
                cell("Table Centred", value);
            }
        }
        endRow();
    }
    endTable();
    if (anyIllustrative)
        illustrativeNote();
}

void ContentWriter::indicatorAnnex(const PackHtmlBuilder::Heading &heading)
{
    this->heading(heading);
    const QList<IndicatorChartPainter::Series> charts =
        IndicatorChartPainter::chartable(m_content.indicators);
    for (qsizetype i = 0; i < charts.size(); ++i)
        chart(PackObjectHandler::indicatorChartName(int(i)),
              PackHtmlBuilder::indicatorChartSizeMm(), text("Chart of %1").arg(charts.at(i).name));
    startTable(TableKind::Grid, {23, 12, 8, 9, 35, 13},
               {text("Indicator"), text("Date"), text("Value"), text("Unit"), text("Source"),
                text("Illustrative")});
    bool anyIllustrative = false;
    for (const Indicator &indicator : m_content.indicators) {
        anyIllustrative = anyIllustrative || indicator.illustrative;
        startRow();
        cell("Table Contents", indicator.name);
        cell("Table Contents", m_content.language.shortDate(indicator.observedOn));
        cell("Table Number",
             m_content.language.number(indicator.value) + star(indicator.illustrative));
        cell("Table Contents", indicator.unit);
        cell("Table Source", indicator.source);
        cell("Table Contents", indicator.illustrative ? text("Yes") : text("No"));
        endRow();
    }
    endTable();
    if (anyIllustrative)
        illustrativeNote();
}

void ContentWriter::sourceAnnex(const PackHtmlBuilder::Heading &heading)
{
    this->heading(heading);
    paragraph("Lead", text("Every source cited in this pack. Figures marked * are illustrative."));
    start("text:list");
    attribute("xml:id", QStringLiteral("list%1").arg(++m_lists));
    attribute("text:style-name", OdtPageStyle::styleName(QStringLiteral("List Number")));
    for (const QString &source : m_content.sources) {
        start("text:list-item");
        paragraph("List Number", source);
        end();
    }
    end();
}

QByteArray metaXml(const PackContent &content)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("office:document-meta"));
    xml.writeAttribute(QStringLiteral("xmlns:office"),
                       QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0"));
    xml.writeAttribute(QStringLiteral("xmlns:meta"),
                       QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0"));
    xml.writeAttribute(QStringLiteral("xmlns:dc"),
                       QStringLiteral("http://purl.org/dc/elements/1.1/"));
    xml.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.2"));
    xml.writeStartElement(QStringLiteral("office:meta"));
    xml.writeTextElement(QStringLiteral("meta:generator"), QStringLiteral("Summit Brief"));
    xml.writeTextElement(
        QStringLiteral("dc:title"),
        content.language.translate("OdtPackWriter", "Briefing pack – %1").arg(content.summit.name));
    xml.writeTextElement(QStringLiteral("dc:language"), content.language.locale().bcp47Name());
    // The date of issue, not the clock: the same pack is the same file.
    const QString date =
        content.options.issueDate.toString(Qt::ISODate) + QStringLiteral("T00:00:00");
    xml.writeTextElement(QStringLiteral("meta:creation-date"), date);
    xml.writeTextElement(QStringLiteral("dc:date"), date);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray manifestXml(const QList<OdtPageStyle::ZipEntry> &entries)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("manifest:manifest"));
    xml.writeAttribute(QStringLiteral("xmlns:manifest"),
                       QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"));
    xml.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.2"));
    const auto entry = [&xml](const QString &path, const QString &type) {
        xml.writeEmptyElement(QStringLiteral("manifest:file-entry"));
        xml.writeAttribute(QStringLiteral("manifest:full-path"), path);
        xml.writeAttribute(QStringLiteral("manifest:media-type"), type);
    };
    entry(QStringLiteral("/"), QStringLiteral("application/vnd.oasis.opendocument.text"));
    for (const OdtPageStyle::ZipEntry &file : entries) {
        if (file.name == "mimetype")
            continue;
        entry(QString::fromUtf8(file.name), file.name.endsWith(".png")
                                                ? QStringLiteral("image/png")
                                                : QStringLiteral("text/xml"));
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace

QByteArray OdtPackWriter::document(const PackContent &content)
{
    ContentWriter writer(content);
    QList<OdtPageStyle::ZipEntry> entries;
    // First and uncompressed, so the file names its type at a fixed offset.
    entries.append({QByteArrayLiteral("mimetype"),
                    QByteArrayLiteral("application/vnd.oasis.opendocument.text")});
    entries.append({QByteArrayLiteral("content.xml"), writer.contentXml()});
    entries.append({QByteArrayLiteral("styles.xml"), OdtPageStyle::stylesXml(content)});
    entries.append({QByteArrayLiteral("meta.xml"), metaXml(content)});
    entries.append(writer.pictures());
    entries.append({QByteArrayLiteral("META-INF/manifest.xml"), manifestXml(entries)});
    return OdtPageStyle::storedZip(entries, content.options.issueDate);
}

bool OdtPackWriter::write(const PackContent &content, QIODevice *device, QString *error)
{
    const QByteArray bytes = document(content);
    if (!AtomicFile::writeAll(*device, bytes)) {
        if (error)
            *error = tr("Cannot write the ODT document: %1").arg(AtomicFile::writeFailure(*device));
        return false;
    }
    return true;
}
