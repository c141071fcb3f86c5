#include "PackHtmlBuilder.h"

#include "forecast/PackageDealText.h"

#include "IndicatorChartPainter.h"
#include "PackBargaining.h"
#include "PackObjectHandler.h"
#include "forecast/ForecastText.h"
#include "io/AtomicFile.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QPainter>

#include <cmath>

namespace {

const QString AnchorProgramme = QStringLiteral("programme");
const QString AnchorSteering = QStringLiteral("steering-note");
const QString AnchorActors = QStringLiteral("annex-actors");
const QString AnchorMatrix = QStringLiteral("annex-matrix");
const QString AnchorIndicators = QStringLiteral("annex-indicators");
const QString AnchorSources = QStringLiteral("annex-sources");
const QString BriefPrefix = QStringLiteral("brief-");

// Resolution of the charts' pictures in the HTML and ODT (the PDF draws vectors).
constexpr int ChartRasterDpi = 150;

// More columns than this do not fit a portrait page: the matrix then shows blocs.
constexpr int MaxMatrixActors = 8;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString tag(const char *name, const QString &innerHtml, const char *cssClass = nullptr)
{
    const QString open =
        cssClass
            ? QStringLiteral("<%1 class=\"%2\">").arg(QLatin1String(name), QLatin1String(cssClass))
            : QStringLiteral("<%1>").arg(QLatin1String(name));
    return open + innerHtml + QStringLiteral("</%1>").arg(QLatin1String(name));
}

// One paragraph per non-empty line of user text.
QString paragraphs(const QString &text)
{
    QString html;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            html += tag("p", esc(line.trimmed()));
    }
    return html;
}

// One bullet per non-empty line of user text.
QString bullets(const QString &text)
{
    QString html;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            html += tag("li", esc(line.trimmed()));
    }
    return html.isEmpty() ? html : tag("ul", html);
}

QString star(bool illustrative)
{
    return illustrative ? QStringLiteral("*") : QString();
}

QString pageBreakHeading(const char *level, const QString &innerHtml, const char *cssClass)
{
    // Inline, because Qt applies page breaks most reliably from the style attribute.
    return QStringLiteral("<%1 class=\"%2\" style=\"page-break-before: always\">%3</%1>")
        .arg(QLatin1String(level), QLatin1String(cssClass), innerHtml);
}

QString tableStart(const char *cssClass = "grid", int border = 1)
{
    return QStringLiteral("<table class=\"%1\" width=\"100%\" border=\"%2\" cellspacing=\"0\" "
                          "cellpadding=\"4\">")
        .arg(QLatin1String(cssClass))
        .arg(border);
}

QString headerRow(const QList<QPair<QString, int>> &columns)
{
    QString html = QStringLiteral("<thead><tr>");
    for (const auto &column : columns) {
        html += QStringLiteral("<th width=\"%1%\">%2</th>").arg(column.second).arg(column.first);
    }
    return html + QStringLiteral("</tr></thead>");
}

QString cell(const QString &innerHtml, const char *cssClass = nullptr)
{
    return tag("td", innerHtml, cssClass);
}

QString illustrativeNote(const PackLanguage &language)
{
    return tag("p",
               esc(language.translate(
                   "PackHtmlBuilder",
                   "* Illustrative figure: not stated in the cited source; shown so the "
                   "table can be read.")),
               "note");
}

// A picture of chart `name` at the size given in millimetres; null when nothing
// was painted (no such chart, or no data for it).
QImage chartPicture(const PackContent &content, const QString &name, const QSizeF &mm)
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
        PackObjectHandler::paintChart(content, name, &painter, QRectF(image.rect()));
    painter.end();
    return painted ? image : QImage();
}

} // namespace

// Where the HTML goes as it is composed: into one string (the PDF's and ODT's
// document), or to a device, each part written out as soon as it is complete, so
// what is held at once is one part (a brief with its map, a table row), however
// many issues the pack has.
class PackHtmlBuilder::Output
{
public:
    explicit Output(QString *text) : m_text(text) {}
    explicit Output(QIODevice *device) : m_device(device) {}

    Output &operator<<(const QString &html)
    {
        (m_text ? *m_text : m_pending) += html;
        return *this;
    }

    // The end of a part: on a device, what is pending is written out.
    void endPart()
    {
        if (!m_device || m_pending.isEmpty())
            return;
        if (!m_failed) {
            const QByteArray bytes = m_pending.toUtf8();
            m_failed = !AtomicFile::writeAll(*m_device, bytes);
        }
        m_pending.resize(0);
    }

    // A write failed: composing the rest is wasted work.
    bool failed() const { return m_failed; }

private:
    QString *m_text = nullptr;
    QIODevice *m_device = nullptr;
    QString m_pending;
    bool m_failed = false;
};

PackHtmlBuilder::PackHtmlBuilder(const PackContent &content, Target target)
    : m_content(content), m_target(target)
{
    collectHeadings();
    const PackSections sections = m_content.options.sections;
    QList<QPair<QString, QSizeF>> charts;
    if (sections.testFlag(PackSection::Briefs)) {
        for (const PackContent::Brief &brief : m_content.briefs) {
            if (!brief.positions.isEmpty())
                charts.append({mapUrl(brief.issue.id), positionMapSizeMm()});
        }
    }
    if (sections.testFlag(PackSection::Annexes)) {
        const qsizetype count = IndicatorChartPainter::chartable(m_content.indicators).size();
        for (qsizetype i = 0; i < count; ++i)
            charts.append({PackObjectHandler::indicatorChartName(int(i)), indicatorChartSizeMm()});
    }
    // Web: each picture is painted when its part is written, and dropped after.
    if (m_target == Target::Web)
        return;
    for (const auto &[name, mm] : std::as_const(charts)) {
        if (m_target == Target::Paged) {
            // Painted as vectors when the page is drawn (PackObjectHandler).
            m_charts.insert(name);
            continue;
        }
        const QImage image = chartPicture(m_content, name, mm);
        if (!image.isNull()) {
            m_charts.insert(name);
            m_images.insert(QUrl(name), image);
        }
    }
}

QString PackHtmlBuilder::chartHtml(const QString &name, const QSizeF &mm, const QString &alt) const
{
    QString src = name;
    if (m_target == Target::Web) {
        const QImage image = chartPicture(m_content, name, mm);
        if (image.isNull())
            return {};
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        // Light compression: twice as fast as the default, for a file a third larger.
        image.save(&buffer, "PNG", 80);
        src = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
    } else if (!m_charts.contains(name)) {
        return {};
    }
    // Sizes in CSS pixels (1/96 inch); the layout scales them to the device.
    const int width = qRound(mm.width() / 25.4 * 96.0);
    const int height = qRound(mm.height() / 25.4 * 96.0);
    return QStringLiteral("<p class=\"map\"><img src=\"%1\" width=\"%2\" height=\"%3\" "
                          "alt=\"%4\"/></p>")
        .arg(src, QString::number(width), QString::number(height), esc(alt));
}

QString PackHtmlBuilder::styleSheet()
{
    QFile file(QStringLiteral(":/pack/pack.css"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString PackHtmlBuilder::webStyleSheet()
{
    QFile file(QStringLiteral(":/pack/pack-web.css"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString PackHtmlBuilder::mapUrl(qint64 issueId) const
{
    return PackObjectHandler::mapName(issueId);
}

void PackHtmlBuilder::collectHeadings()
{
    const PackSections sections = m_content.options.sections;
    if (sections.testFlag(PackSection::Programme) && !m_content.events.isEmpty())
        m_headings.append({AnchorProgramme, QString(),
                           language().translate("PackHtmlBuilder", "Programme"), false});
    if (sections.testFlag(PackSection::SteeringNote) && !m_content.briefs.isEmpty())
        m_headings.append({AnchorSteering, QString(),
                           language().translate("PackHtmlBuilder", "Steering note"), false});
    if (sections.testFlag(PackSection::Briefs)) {
        for (const PackContent::Brief &brief : m_content.briefs)
            m_headings.append({BriefPrefix + QString::number(brief.issue.id), brief.issue.code,
                               brief.issue.title, true});
    }
    if (sections.testFlag(PackSection::Annexes)) {
        bool anyPositions = false;
        for (const PackContent::Brief &brief : m_content.briefs)
            anyPositions = anyPositions || !brief.positions.isEmpty();
        QList<QPair<QString, QString>> annexes;
        if (!m_content.actors.isEmpty())
            annexes.append(
                {AnchorActors, language().translate("PackHtmlBuilder", "Actor biographies")});
        if (anyPositions)
            annexes.append(
                {AnchorMatrix, language().translate("PackHtmlBuilder", "Position matrix")});
        if (!m_content.indicators.isEmpty())
            annexes.append(
                {AnchorIndicators, language().translate("PackHtmlBuilder", "Indicators")});
        if (!m_content.sources.isEmpty())
            annexes.append({AnchorSources, language().translate("PackHtmlBuilder", "Sources")});
        for (qsizetype i = 0; i < annexes.size(); ++i) {
            const QString letter = QString(QChar(u'A' + char16_t(i)));
            m_headings.append({annexes.at(i).first,
                               language().translate("PackHtmlBuilder", "Annex %1").arg(letter),
                               annexes.at(i).second, false});
        }
    }
}

PackHtmlBuilder::Heading PackHtmlBuilder::headingFor(const QString &anchor) const
{
    for (const Heading &heading : m_headings) {
        if (heading.anchor == anchor)
            return heading;
    }
    return {};
}

QString PackHtmlBuilder::headingHtml(const Heading &heading) const
{
    QString text = esc(heading.title);
    if (!heading.number.isEmpty())
        text = QStringLiteral("<span class=\"number\">%1</span>&nbsp;&nbsp;&nbsp;%2")
                   .arg(esc(heading.number), text);
    return pageBreakHeading("h1", QStringLiteral("<a name=\"%1\">%2</a>").arg(heading.anchor, text),
                            "section");
}

QString PackHtmlBuilder::body() const
{
    QString html;
    Output out(&html);
    writeBody(out);
    return html;
}

bool PackHtmlBuilder::writeWebDocument(QIODevice *device) const
{
    Output out(device);
    out << QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">\n")
               .arg(language().code());
    out << tag("title", esc(language()
                                .translate("PackHtmlBuilder", "Briefing pack – %1")
                                .arg(m_content.summit.name)));
    out << QStringLiteral("\n<style>\n") + styleSheet() + webStyleSheet() +
               QStringLiteral("</style>\n</head>\n<body>\n");
    out.endPart();
    writeBody(out);
    out << QStringLiteral("\n</body></html>\n");
    out.endPart();
    return !out.failed();
}

void PackHtmlBuilder::writeBody(Output &out) const
{
    const QString markingHtml =
        m_content.marking.isEmpty() ? QString() : tag("p", esc(m_content.marking), "marking");
    if (m_target != Target::Paged)
        out << markingHtml;
    out << cover();
    out.endPart();
    contents(out);
    QHash<QString, const PackContent::Brief *> briefs;
    for (const PackContent::Brief &brief : m_content.briefs)
        briefs.insert(BriefPrefix + QString::number(brief.issue.id), &brief);
    for (const Heading &heading : m_headings) {
        if (out.failed())
            return;
        if (heading.anchor == AnchorProgramme) {
            programme(out);
        } else if (heading.anchor == AnchorSteering) {
            steeringNote(out);
        } else if (heading.isBrief) {
            if (const PackContent::Brief *brief = briefs.value(heading.anchor))
                out << this->brief(*brief);
            out.endPart();
        } else if (heading.anchor == AnchorActors) {
            actorAnnex(out, heading);
        } else if (heading.anchor == AnchorMatrix) {
            matrixAnnex(out, heading);
        } else if (heading.anchor == AnchorIndicators) {
            indicatorAnnex(out, heading);
        } else if (heading.anchor == AnchorSources) {
            sourceAnnex(out, heading);
        }
    }
    if (m_target != Target::Paged) {
        out << tag("p",
                   esc(language()
                           .translate("PackHtmlBuilder",
                                      "Registration no. %1 · Copy no. %2 · Generated %3")
                           .arg(m_content.options.registrationNumber,
                                QString::number(m_content.options.copyNumber),
                                language().longDate(m_content.options.issueDate))),
                   "end-note");
        out << markingHtml;
    }
    out.endPart();
}

QString PackHtmlBuilder::cover() const
{
    const PackOptions &options = m_content.options;
    const SummitInfo &summit = m_content.summit;
    // The first block's top margin is ignored, so a blank line pushes the title down.
    QString html = tag("p", QStringLiteral("&nbsp;"), "cover-space");
    html += tag(
        "p",
        esc(language().translate("PackHtmlBuilder", "Briefing pack for the Head of Delegation")),
        "cover-kicker");
    html += tag("p", esc(language().translate("PackHtmlBuilder", "Briefing pack")), "cover-title");
    if (!summit.name.isEmpty())
        html += tag("p", esc(summit.name), "cover-summit");
    QStringList where;
    if (!summit.place.isEmpty())
        where << summit.place;
    if (summit.start.isValid())
        where << language().dateRange(summit.start, summit.end);
    if (!where.isEmpty())
        html += tag("p", esc(where.join(QStringLiteral(", "))), "cover-place");

    const QList<QPair<QString, QString>> rows = {
        {language().translate("PackHtmlBuilder", "Date of issue"),
         language().longDate(options.issueDate)},
        {language().translate("PackHtmlBuilder", "Classification"),
         m_content.marking.isEmpty() ? language().translate("PackHtmlBuilder", "Unclassified")
                                     : m_content.marking},
        {language().translate("PackHtmlBuilder", "Registration no."), options.registrationNumber},
        {language().translate("PackHtmlBuilder", "Copy no."), QString::number(options.copyNumber)},
        {language().translate("PackHtmlBuilder", "Prepared by"), options.preparedBy},
        {language().translate("PackHtmlBuilder", "Issues covered"),
         QString::number(m_content.briefs.size())},
    };
    // Qt drops the margin between a paragraph and a table: a small blank line instead.
    html += tag("p", QStringLiteral("&nbsp;"), "gap");
    html += tableStart("control");
    for (const auto &row : rows) {
        if (row.second.isEmpty())
            continue;
        html += QStringLiteral("<tr>") +
                QStringLiteral("<td class=\"label\" width=\"30%\">%1</td>").arg(esc(row.first)) +
                cell(esc(row.second)) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    html += tag("p",
                QStringLiteral("<b>%1</b> %2")
                    .arg(esc(language().translate("PackHtmlBuilder", "Handling:")),
                         esc(options.handlingNote)),
                "handling");
    return html;
}

void PackHtmlBuilder::contents(Output &out) const
{
    out << pageBreakHeading(
        "h1",
        QStringLiteral("<a name=\"%1\">%2</a>")
            .arg(contentsAnchor(), esc(language().translate("PackHtmlBuilder", "Contents"))),
        "section");
    out << tableStart("contents", 0);
    bool briefsStarted = false;
    for (qsizetype i = 0; i < m_headings.size(); ++i) {
        const Heading &heading = m_headings.at(i);
        if (heading.isBrief && !briefsStarted) {
            briefsStarted = true;
            out << QStringLiteral("<tr><td colspan=\"3\" class=\"group\">%1</td></tr>")
                       .arg(esc(language().translate("PackHtmlBuilder", "Issue briefs")));
        }
        QString title = esc(heading.title);
        if (m_target == Target::Web)
            title = QStringLiteral("<a href=\"#%1\">%2</a>").arg(heading.anchor, title);
        // A slot the writer fills once the layout knows the page.
        const QString page =
            m_target == Target::Paged
                ? QStringLiteral("<img src=\"%1\"/>").arg(PackObjectHandler::pageNumberName(int(i)))
                : QString();
        out << QStringLiteral(
                   "<tr><td width=\"14%\" class=\"code\">%1</td><td width=\"78%\">%2</td>"
                   "<td width=\"8%\" class=\"page\">%3</td></tr>")
                   .arg(esc(heading.number), title, page);
        out.endPart();
    }
    out << QStringLiteral("</table>");
    out.endPart();
}

void PackHtmlBuilder::programme(Output &out) const
{
    out << headingHtml(headingFor(AnchorProgramme));
    out << tableStart();
    out << headerRow({{esc(language().translate("PackHtmlBuilder", "Date")), 22},
                      {esc(language().translate("PackHtmlBuilder", "Event")), 60},
                      {esc(language().translate("PackHtmlBuilder", "Place")), 18}});
    bool anyIllustrative = false;
    for (const Event &event : m_content.events) {
        anyIllustrative = anyIllustrative || event.illustrative;
        QString what = QStringLiteral("<b>%1</b>").arg(esc(event.title));
        if (!event.description.trimmed().isEmpty())
            what += QStringLiteral("<br/><span class=\"small\">%1</span>")
                        .arg(esc(event.description.trimmed()));
        out << QStringLiteral("<tr>") +
                   cell(esc(language().dateRange(event.startsOn, event.endsOn)) +
                        star(event.illustrative)) +
                   cell(what) + cell(esc(event.place)) + QStringLiteral("</tr>");
        out.endPart();
    }
    out << QStringLiteral("</table>");
    if (anyIllustrative)
        out << tag("p",
                   esc(language().translate(
                       "PackHtmlBuilder",
                       "* Illustrative date: the source gives none; see the sources annex.")),
                   "note");
    out.endPart();
}

void PackHtmlBuilder::steeringNote(Output &out) const
{
    out << headingHtml(headingFor(AnchorSteering));

    // One line on where the issues stand, counted by status in workflow order.
    QMap<int, int> byStatus;
    for (const PackContent::Brief &brief : m_content.briefs)
        byStatus[int(brief.issue.status)] += 1;
    QStringList counts;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        counts << language()
                      .translate("PackHtmlBuilder", "%1 %2")
                      .arg(it.value())
                      .arg(language().status(Status(it.key())).toLower());
    out << tag("p",
               esc(language()
                       .translate("PackHtmlBuilder", "%n issue(s) in this pack: %1.", nullptr,
                                  int(m_content.briefs.size()))
                       .arg(counts.join(QStringLiteral(", ")))),
               "lead");

    const SummitInfo &summit = m_content.summit;
    out << tag("h2",
               esc(language().translate("PackHtmlBuilder", "%1 objectives").arg(summit.ourBloc)));
    out << tableStart();
    out << headerRow(
        {{esc(language().translate("PackHtmlBuilder", "Code")), 10},
         {esc(language().translate("PackHtmlBuilder", "Issue")), 30},
         {esc(language().translate("PackHtmlBuilder", "%1 objective").arg(summit.ourBloc)), 60}});
    for (const PackContent::Brief &brief : m_content.briefs) {
        const QString objective = brief.issue.euObjective.trimmed();
        out << QStringLiteral("<tr>") + cell(esc(brief.issue.code), "code") +
                   cell(esc(brief.issue.title)) +
                   cell(objective.isEmpty()
                            ? tag("i",
                                  esc(language().translate("PackHtmlBuilder", "No objective set")))
                            : esc(objective)) +
                   QStringLiteral("</tr>");
        out.endPart();
    }
    out << QStringLiteral("</table>");
    packageDeals(out);

    const auto isCounterpart = [&summit](const Actor &actor) {
        return actor.bloc == summit.counterpartBloc;
    };
    if (std::any_of(m_content.actors.cbegin(), m_content.actors.cend(), isCounterpart)) {
        out << tag("h2", esc(language().translate("PackHtmlBuilder", "Counterparts")));
        out << tableStart();
        out << headerRow({{esc(language().translate("PackHtmlBuilder", "Name")), 35},
                          {esc(language().translate("PackHtmlBuilder", "Role")), 65}});
        for (const Actor &actor : m_content.actors) {
            if (!isCounterpart(actor))
                continue;
            out << QStringLiteral("<tr>") + cell(QStringLiteral("<b>%1</b>").arg(esc(actor.name))) +
                       cell(esc(actor.role)) + QStringLiteral("</tr>");
            out.endPart();
        }
        out << QStringLiteral("</table>");
    }
    out.endPart();
}

void PackHtmlBuilder::packageDeals(Output &out) const
{
    // Only where the summit links issues as trade-offs: the rest is the window's advice.
    if (m_content.tradeoffLinks == 0)
        return;
    const PackLanguage &lang = language();
    out << tag("h2", esc(lang.translate("PackHtmlBuilder", "Package deals")));
    out << tag("p", esc(PackageDealText::method(&lang)), "note");
    if (m_content.packageDeals.isEmpty()) {
        out << tag("p", esc(PackageDealText::none(&lang, m_content.tradeoffLinks,
                                                  m_content.summit.ourBloc)));
        return;
    }
    out << tableStart();
    out << headerRow({{esc(lang.translate("PackHtmlBuilder", "Issue moved")), 32},
                      {esc(lang.translate("PackHtmlBuilder", "Gain")), 9},
                      {esc(lang.translate("PackHtmlBuilder", "Partner")), 25},
                      {esc(lang.translate("PackHtmlBuilder", "We concede")), 25},
                      {esc(lang.translate("PackHtmlBuilder", "Cost")), 9}});
    for (const ExchangeModel::OurDeal &deal : m_content.packageDeals) {
        out << QStringLiteral("<tr>") +
                   cell(QStringLiteral("<b>%1</b> %2")
                            .arg(esc(deal.issueCode), esc(deal.issueTitle))) +
                   cell(esc(PackageDealText::gain(&lang, deal))) +
                   cell(esc(deal.partner.actorName)) +
                   cell(esc(PackageDealText::concession(&lang, deal))) +
                   cell(esc(PackageDealText::cost(&lang, deal))) + QStringLiteral("</tr>");
        out.endPart();
    }
    out << QStringLiteral("</table>");
    for (const ExchangeModel::OurDeal &deal : m_content.packageDeals)
        out << tag("p",
                   QStringLiteral("<b>%1</b> %2")
                       .arg(esc(deal.issueCode), esc(PackageDealText::explanation(&lang, deal))));
}

QString PackHtmlBuilder::brief(const PackContent::Brief &brief) const
{
    const Issue &issue = brief.issue;
    QString html =
        headingHtml({BriefPrefix + QString::number(issue.id), issue.code, issue.title, true});

    QStringList facts;
    facts << language()
                 .translate("PackHtmlBuilder", "Status: %1")
                 .arg(language().status(issue.status))
          << language()
                 .translate("PackHtmlBuilder", "Priority: %1")
                 .arg(language().priority(issue.priority));
    if (!issue.category.isEmpty())
        facts << language().translate("PackHtmlBuilder", "Category: %1").arg(issue.category);
    if (!issue.owner.isEmpty())
        facts << language().translate("PackHtmlBuilder", "Lead: %1").arg(issue.owner);
    if (issue.dueDate.isValid())
        facts << language()
                     .translate("PackHtmlBuilder", "Due: %1")
                     .arg(language().longDate(issue.dueDate));
    html += tag("p", esc(facts.join(QStringLiteral("   ·   "))), "facts");

    if (!issue.euObjective.trimmed().isEmpty())
        html += tag("h2", esc(language().translate("PackHtmlBuilder", "Objective"))) +
                paragraphs(issue.euObjective);
    if (!issue.linesToTake.trimmed().isEmpty())
        html += tag("h2", esc(language().translate("PackHtmlBuilder", "Lines to take"))) +
                bullets(issue.linesToTake);
    if (!issue.defensiveLines.trimmed().isEmpty())
        html += tag("h2",
                    esc(language().translate("PackHtmlBuilder", "Defensive lines (“If raised”)"))) +
                bullets(issue.defensiveLines);
    if (!issue.background.trimmed().isEmpty())
        html += tag("h2", esc(language().translate("PackHtmlBuilder", "Background"))) +
                paragraphs(issue.background);

    if (!brief.positions.isEmpty()) {
        html += tag("h2", esc(language().translate("PackHtmlBuilder", "Positions")));
        html += tag("p",
                    esc(language()
                            .translate("PackHtmlBuilder", "Scale: 0 = %1 … 100 = %2")
                            .arg(issue.scaleLow.isEmpty()
                                     ? language().translate("PackHtmlBuilder", "(unlabelled)")
                                     : issue.scaleLow,
                                 issue.scaleHigh.isEmpty()
                                     ? language().translate("PackHtmlBuilder", "(unlabelled)")
                                     : issue.scaleHigh)),
                    "scale");
        html += tableStart();
        html += headerRow({{esc(language().translate("PackHtmlBuilder", "Actor")), 20},
                           {esc(language().translate("PackHtmlBuilder", "Stance")), 40},
                           {esc(language().translate("PackHtmlBuilder", "Position")), 10},
                           {esc(language().translate("PackHtmlBuilder", "Source")), 30}});
        bool anyIllustrative = false;
        for (const Position &position : brief.positions) {
            anyIllustrative = anyIllustrative || position.illustrative;
            QString actor = QStringLiteral("<b>%1</b>").arg(esc(position.actorName));
            if (!position.actorBloc.isEmpty())
                actor += QStringLiteral("<br/><span class=\"small\">%1</span>")
                             .arg(esc(position.actorBloc));
            html += QStringLiteral("<tr>") + cell(actor) + cell(esc(position.stance)) +
                    cell(QString::number(position.position) + star(position.illustrative), "num") +
                    cell(esc(position.source), "source") + QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
        if (anyIllustrative)
            html += illustrativeNote(language());

        if (brief.forecast) {
            // What the map shows, in words: how likely, by which rule, and the
            // deadlocks a reader must not take for a forecast.
            const ForecastText text(language());
            const ForecastResult &forecast = *brief.forecast;
            html += tag("p", QStringLiteral("<b>%1</b>").arg(esc(text.likelyOutcome(forecast))),
                        "forecast");
            html += tag("p", esc(text.rule(forecast, issue.decisionRuleSource)), "forecast");
            for (const QString &warning :
                 {text.tie(forecast, issue.scaleLow, issue.scaleHigh),
                  text.objectiveSplit(forecast, issue.scaleLow, issue.scaleHigh)}) {
                if (!warning.isEmpty())
                    html +=
                        tag("p", QStringLiteral("<b>%1</b>").arg(esc(warning)), "forecast-warning");
            }
        }

        html += chartHtml(
            mapUrl(issue.id), positionMapSizeMm(),
            language().translate("PackHtmlBuilder", "Position map for %1").arg(issue.code));
        const QString bargaining = PackBargaining::line(brief.positions, m_content.summit.ourBloc,
                                                        issue.decisionRule, language());
        if (!bargaining.isEmpty())
            html += tag("p", esc(bargaining), "bargaining");
    }

    html += tag("h2", esc(language().translate("PackHtmlBuilder", "Status and last changes")));
    html += tag("p",
                esc(language()
                        .translate("PackHtmlBuilder", "Current status: %1")
                        .arg(language().status(issue.status))),
                "status");
    if (!brief.lastChanges.isEmpty()) {
        html += tableStart();
        html += headerRow({{esc(language().translate("PackHtmlBuilder", "When (UTC)")), 18},
                           {esc(language().translate("PackHtmlBuilder", "Change")), 26},
                           {esc(language().translate("PackHtmlBuilder", "By")), 16},
                           {esc(language().translate("PackHtmlBuilder", "Why")), 40}});
        for (const StatusChange &change : brief.lastChanges) {
            const QString change_ = change.from ? language()
                                                      .translate("PackHtmlBuilder", "%1 → %2")
                                                      .arg(language().status(*change.from),
                                                           language().status(change.to))
                                                : language()
                                                      .translate("PackHtmlBuilder", "Created as %1")
                                                      .arg(language().status(change.to));
            html += QStringLiteral("<tr>") + cell(esc(language().utcDateTime(change.changedAt))) +
                    cell(esc(change_)) + cell(esc(change.changedBy)) + cell(esc(change.reason)) +
                    QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

void PackHtmlBuilder::actorAnnex(Output &out, const Heading &heading) const
{
    out << headingHtml(heading);
    QString bloc;
    for (const Actor &actor : m_content.actors) {
        if (actor.bloc != bloc) {
            bloc = actor.bloc;
            out << tag("h2", esc(bloc));
        }
        // A heading block, not a bold paragraph: the PDF's pagination keeps headings
        // with the text that follows, so a name never ends a page without its entry.
        QString name = esc(actor.name);
        if (actor.illustrative)
            name += QStringLiteral(" <span style=\"font-weight: normal\"><i>(%1)</i></span>")
                        .arg(esc(language().translate("PackHtmlBuilder", "illustrative")));
        out << tag("h3", name, "actor");
        QStringList line;
        if (!actor.role.isEmpty())
            line << actor.role;
        line << language().translate("PackHtmlBuilder", "Bloc: %1").arg(actor.bloc);
        out << tag("p", esc(line.join(QStringLiteral(" · "))), "actor-role");
        out << paragraphs(actor.biography);
        if (!actor.source.isEmpty())
            out << tag("p",
                       esc(language().translate("PackHtmlBuilder", "Source: %1").arg(actor.source)),
                       "source-line");
        out.endPart();
    }
    out.endPart();
}

void PackHtmlBuilder::matrixAnnex(Output &out, const Heading &heading) const
{
    out << headingHtml(heading);

    // Columns: the actors that appear on two or more issues in this pack, in the
    // store's order (bloc, name); too many for a page and the blocs are shown instead.
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

    QStringList headers;
    if (byBloc) {
        headers << m_content.summit.ourBloc << m_content.summit.counterpartBloc
                << language().translate("PackHtmlBuilder", "Others");
        out << tag("p",
                   esc(language().translate(
                       "PackHtmlBuilder",
                       "Mean position of each bloc's actors on each issue's own scale "
                       "(0–100; the labels are in each brief). A dash: no position recorded.")),
                   "lead");
    } else {
        for (const Actor &actor : columns)
            headers << actor.name;
        out << tag("p",
                   esc(language().translate(
                       "PackHtmlBuilder",
                       "Positions of the actors that appear on two or more issues, on each "
                       "issue's own scale (0–100; the labels are in each brief). A dash: no "
                       "position recorded.")),
                   "lead");
    }

    const int codeWidth = 12;
    const int columnWidth = (100 - codeWidth) / int(headers.size());
    QList<QPair<QString, int>> header = {
        {esc(language().translate("PackHtmlBuilder", "Issue")), codeWidth}};
    for (const QString &name : std::as_const(headers))
        header.append({esc(name), columnWidth});
    out << tableStart("grid matrix");
    out << headerRow(header);
    bool anyIllustrative = false;
    for (const PackContent::Brief &brief : m_content.briefs) {
        QString html = QStringLiteral("<tr>") + cell(esc(brief.issue.code), "code");
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
                html +=
                    cell(count ? QString::number(qRound(double(sum) / count)) + star(illustrative)
                               : QStringLiteral("–"),
                         "mid");
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
                html += cell(value, "mid");
            }
        }
        out << html + QStringLiteral("</tr>");
        out.endPart();
    }
    out << QStringLiteral("</table>");
    if (anyIllustrative)
        out << illustrativeNote(language());
    out.endPart();
}

void PackHtmlBuilder::indicatorAnnex(Output &out, const Heading &heading) const
{
    out << headingHtml(heading);
    const QList<IndicatorChartPainter::Series> charts =
        IndicatorChartPainter::chartable(m_content.indicators);
    for (qsizetype i = 0; i < charts.size(); ++i) {
        out << chartHtml(
            PackObjectHandler::indicatorChartName(int(i)), indicatorChartSizeMm(),
            language().translate("PackHtmlBuilder", "Chart of %1").arg(charts.at(i).name));
        out.endPart();
    }
    out << tableStart();
    out << headerRow({{esc(language().translate("PackHtmlBuilder", "Indicator")), 23},
                      {esc(language().translate("PackHtmlBuilder", "Date")), 12},
                      {esc(language().translate("PackHtmlBuilder", "Value")), 8},
                      {esc(language().translate("PackHtmlBuilder", "Unit")), 9},
                      {esc(language().translate("PackHtmlBuilder", "Source")), 35},
                      {esc(language().translate("PackHtmlBuilder", "Illustrative")), 13}});
    bool anyIllustrative = false;
    for (const Indicator &indicator : m_content.indicators) {
        anyIllustrative = anyIllustrative || indicator.illustrative;
        out << QStringLiteral("<tr>") + cell(esc(indicator.name)) +
                   cell(esc(language().shortDate(indicator.observedOn))) +
                   cell(esc(language().number(indicator.value)) + star(indicator.illustrative),
                        "num") +
                   cell(esc(indicator.unit)) + cell(esc(indicator.source), "source") +
                   cell(esc(indicator.illustrative
                                ? language().translate("PackHtmlBuilder", "Yes")
                                : language().translate("PackHtmlBuilder", "No"))) +
                   QStringLiteral("</tr>");
        out.endPart();
    }
    out << QStringLiteral("</table>");
    if (anyIllustrative)
        out << illustrativeNote(language());
    out.endPart();
}

void PackHtmlBuilder::sourceAnnex(Output &out, const Heading &heading) const
{
    out << headingHtml(heading);
    out << tag("p",
               esc(language().translate(
                   "PackHtmlBuilder",
                   "Every source cited in this pack. Figures marked * are illustrative.")),
               "lead");
    // tag("ol", items, "sources"), one item at a time.
    out << QStringLiteral("<ol class=\"sources\">");
    for (const QString &source : m_content.sources) {
        out << tag("li", esc(source));
        out.endPart();
    }
    out << QStringLiteral("</ol>");
    out.endPart();
}
