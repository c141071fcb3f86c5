#pragma once

#include "PackContent.h"

#include <QList>
#include <QObject>
#include <QTextObjectInterface>

class QPainter;

// Draws the paged pack's inline objects in place of images: the contents' page
// numbers, known only once the document is laid out, and the position maps and
// indicator charts, painted as vectors straight onto the page. Both keep a size fixed before
// layout, so filling them in never moves a line. Registered for
// QTextFormat::ImageObject on the paged document's layout; the pack's only
// images are these (the document loads no resources).
class PackObjectHandler : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    // Keeps a reference to the content, which must outlive the handler.
    explicit PackObjectHandler(const PackContent &content, QObject *parent = nullptr);

    // Paints an issue's position map into `target`: the options' own painter if
    // they have one, else PositionMapPainter. False when nothing was painted.
    static bool paintMap(const PackContent &content, qint64 issueId, QPainter *painter,
                         const QRectF &target);
    // Paints the map or indicator chart an image name stands for. False when
    // nothing was painted (not a chart name, or no data for it).
    static bool paintChart(const PackContent &content, const QString &name, QPainter *painter,
                           const QRectF &target);

    // The image name of a page-number slot for contents entry `index`, and of the
    // position map of an issue.
    static QString pageNumberName(int index);
    static QString mapName(qint64 issueId);
    // ... and of chart `index` of IndicatorChartPainter::chartable().
    static QString indicatorChartName(int index);
    // Digits a page-number slot holds: a pack of up to 9,999 pages.
    static constexpr int PageNumberDigits = 4;

    // pageNumbers[i] is printed in slot i; zero or missing prints nothing.
    void setPageNumbers(const QList<int> &pageNumbers) { m_pageNumbers = pageNumbers; }

    QSizeF intrinsicSize(QTextDocument *document, int positionInDocument,
                         const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document,
                    int positionInDocument, const QTextFormat &format) override;

private:
    const PackContent &m_content;
    QList<int> m_pageNumbers;
};
