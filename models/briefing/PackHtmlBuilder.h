#pragma once

#include "PackContent.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QUrl>

class QIODevice;

// Turns pack content into HTML. Every piece of user text is escaped here, in one
// place. The same markup feeds the paged PDF, the editable ODT and the web page;
// only the contents (page numbers, nothing, or links) and the markings differ.
class PackHtmlBuilder
{
public:
    enum class Target
    {
        Paged,    // PDF: markings are painted on each page; contents show page numbers
        Editable, // ODT: markings at the start and end; contents without numbers
        Web       // one HTML file: markings at top and bottom, contents as links
    };

    // A heading listed in the contents.
    struct Heading
    {
        QString anchor; // the name of the <a> that starts the heading
        QString number; // "RE-01", "Annex A" or empty
        QString title;
        bool isBrief = false;
    };

    // HTML and ODT: paints each position map and indicator chart into a picture,
    // through PackObjectHandler::paintChart. Paged: leaves them to the pages.
    PackHtmlBuilder(const PackContent &content, Target target);

    QList<Heading> headings() const { return m_headings; }
    // The pack's body. Paged: the contents' page numbers and the position maps are
    // inline objects for PackObjectHandler (slot i is the page of headings()[i]).
    QString body() const;
    // Web: the complete HTML file, body() with the stylesheet inline, written to
    // `device` part by part as it is composed: one brief with its map picture, one
    // table row at a time. What is held at once does not grow with the number of
    // issues. False when a write fails (the device's errorString() says why).
    bool writeWebDocument(QIODevice *device) const;
    // Images the body refers to by URL (the charts of the ODT), to add as
    // resources. Empty for Web, whose pictures are painted as they are written.
    QMap<QUrl, QImage> images() const { return m_images; }

    // The anchor of the contents heading, to find its page.
    static QString contentsAnchor() { return QStringLiteral("contents"); }
    // The pack stylesheet shared by every target, and the extra rules for browsers.
    static QString styleSheet();
    static QString webStyleSheet();
    // Size of a position map on the page, in millimetres.
    static QSizeF positionMapSizeMm() { return {160.0, 90.0}; }
    // Size of an indicator chart in the annex, in millimetres.
    static QSizeF indicatorChartSizeMm() { return {160.0, 62.0}; }

private:
    class Output;
    void collectHeadings();
    void writeBody(Output &out) const;
    QString cover() const;
    void contents(Output &out) const;
    void programme(Output &out) const;
    void steeringNote(Output &out) const;
    // Within the steering note: the exchanges across trade-off links that help us.
    void packageDeals(Output &out) const;
    QString brief(const PackContent::Brief &brief) const;
    void actorAnnex(Output &out, const Heading &heading) const;
    void matrixAnnex(Output &out, const Heading &heading) const;
    void indicatorAnnex(Output &out, const Heading &heading) const;
    void sourceAnnex(Output &out, const Heading &heading) const;
    Heading headingFor(const QString &anchor) const;
    // Fixed text, dates and numbers in the pack's language, never the window's.
    const PackLanguage &language() const { return m_content.language; }
    QString headingHtml(const Heading &heading) const;
    QString mapUrl(qint64 issueId) const;
    // The paragraph showing chart `name` (an image URL of PackObjectHandler), or
    // nothing when there is no such chart. Web: the picture is painted here.
    QString chartHtml(const QString &name, const QSizeF &mm, const QString &alt) const;

    const PackContent &m_content;
    Target m_target;
    QList<Heading> m_headings;
    QMap<QUrl, QImage> m_images;
    QSet<QString> m_charts; // image names of the maps and charts shown
};
