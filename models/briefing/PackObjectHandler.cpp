#include "PackObjectHandler.h"

#include "IndicatorChartPainter.h"
#include "PositionMapPainter.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTextImageFormat>

namespace {

const QString PagePrefix = QStringLiteral("pack-page:");
const QString MapPrefix = QStringLiteral("pack-map:issue-");
const QString IndicatorPrefix = QStringLiteral("pack-indicator:");

// The format's font as the layout measures it: in the paint device's resolution.
QFont deviceFont(QTextDocument *document, const QTextFormat &format)
{
    QPaintDevice *device = document->documentLayout()->paintDevice();
    const QFont font = format.toCharFormat().font();
    return device ? QFont(font, device) : font;
}

} // namespace

PackObjectHandler::PackObjectHandler(const PackContent &content, QObject *parent)
    : QObject(parent), m_content(content)
{
}

bool PackObjectHandler::paintMap(const PackContent &content, qint64 issueId, QPainter *painter,
                                 const QRectF &target)
{
    if (content.options.positionMap)
        return content.options.positionMap(issueId, painter, target);
    for (const PackContent::Brief &brief : content.briefs) {
        if (brief.issue.id == issueId && !brief.positions.isEmpty()) {
            PositionMapPainter::paint(painter, target, brief.issue, brief.positions, content.summit,
                                      brief.forecast, content.language);
            return true;
        }
    }
    return false;
}

QString PackObjectHandler::pageNumberName(int index)
{
    return PagePrefix + QString::number(index);
}

QString PackObjectHandler::mapName(qint64 issueId)
{
    return MapPrefix + QString::number(issueId);
}

QString PackObjectHandler::indicatorChartName(int index)
{
    return IndicatorPrefix + QString::number(index);
}

bool PackObjectHandler::paintChart(const PackContent &content, const QString &name,
                                   QPainter *painter, const QRectF &target)
{
    if (name.startsWith(MapPrefix))
        return paintMap(content, QStringView(name).mid(MapPrefix.size()).toLongLong(), painter,
                        target);
    if (name.startsWith(IndicatorPrefix)) {
        const int index = QStringView(name).mid(IndicatorPrefix.size()).toInt();
        const QList<IndicatorChartPainter::Series> charts =
            IndicatorChartPainter::chartable(content.indicators);
        if (index < 0 || index >= charts.size())
            return false;
        IndicatorChartPainter::paint(painter, target, charts.at(index), content.language);
        return true;
    }
    return false;
}

QSizeF PackObjectHandler::intrinsicSize(QTextDocument *document, int positionInDocument,
                                        const QTextFormat &format)
{
    Q_UNUSED(positionInDocument)
    const QTextImageFormat image = format.toImageFormat();
    if (image.name().startsWith(PagePrefix)) {
        // As wide as the widest number and as tall as the text above the baseline:
        // the row's height and the column's width are what the final numbers need.
        const QFontMetricsF metrics(deviceFont(document, format));
        return {metrics.horizontalAdvance(QString(PageNumberDigits, QLatin1Char('0'))),
                metrics.ascent()};
    }
    // Sizes are CSS pixels (1/96 inch), scaled to the device as Qt scales images.
    QPaintDevice *device = document->documentLayout()->paintDevice();
    const qreal scale = device ? device->logicalDpiY() / 96.0 : 1.0;
    return QSizeF(image.width(), image.height()) * scale;
}

void PackObjectHandler::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document,
                                   int positionInDocument, const QTextFormat &format)
{
    Q_UNUSED(positionInDocument)
    const QString name = format.toImageFormat().name();
    if (name.startsWith(PagePrefix)) {
        const int index = QStringView(name).mid(PagePrefix.size()).toInt();
        if (index < 0 || index >= m_pageNumbers.size() || m_pageNumbers.at(index) <= 0)
            return;
        const QString text = QString::number(m_pageNumbers.at(index));
        const QFont font = deviceFont(document, format);
        painter->save();
        painter->setFont(font);
        const QTextCharFormat charFormat = format.toCharFormat();
        painter->setPen(charFormat.hasProperty(QTextFormat::ForegroundBrush)
                            ? charFormat.foreground().color()
                            : QColor(Qt::black));
        // Right-aligned on the line's baseline: the slot's bottom edge.
        const qreal width = QFontMetricsF(font).horizontalAdvance(text);
        painter->drawText(QPointF(rect.right() - width, rect.bottom()), text);
        painter->restore();
        return;
    }
    // Layout rounding can leave a chart's top a hair above the page it starts, so
    // the page before asks for it too; drawn there it would be clipped away, yet
    // its text would still be in that page for a search to find. Drawn only on the
    // page that holds most of it.
    if (painter->hasClipping() &&
        painter->clipBoundingRect().intersected(rect).height() < rect.height() / 2)
        return;
    painter->save();
    painter->setClipRect(rect, Qt::IntersectClip);
    paintChart(m_content, name, painter, rect);
    painter->restore();
}
