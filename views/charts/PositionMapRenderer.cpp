#include "PositionMapRenderer.h"

#include "ChartFactory.h"
#include "charts/PositionMapData.h"
#include "store/Store.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>

namespace {

// Width of the chart's own layout when painted into a rectangle of any size: the
// size of the map on screen, so its fonts and markers keep their proportions.
constexpr qreal LayoutWidth = 760;

// Draws the map laid out at `layoutSize` into `target`. False when there is none.
bool paintMap(Store &store, qint64 issueId, QPainter *painter, const QRectF &target,
              const QSizeF &layoutSize)
{
    const PositionMapData data = PositionMapData::load(store, issueId);
    if (data.issueId == 0 || data.positions.isEmpty())
        return false;
    // The scene owns the chart once it is added.
    QGraphicsScene scene;
    QChart *chart = ChartFactory::positionMap(data);
    scene.addItem(chart);
    // Laid out for print: a page wants a white background and no drop shadow.
    chart->setBackgroundBrush(Qt::white);
    chart->setDropShadowEnabled(false);
    chart->resize(layoutSize);
    chart->layout()->activate();
    scene.render(painter, target, QRectF(QPointF(0, 0), layoutSize), Qt::IgnoreAspectRatio);
    return true;
}

} // namespace

QImage PositionMapRenderer::render(Store &store, qint64 issueId, const QSize &pixels)
{
    if (pixels.isEmpty())
        return QImage();
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF rect(QPointF(0, 0), QSizeF(pixels));
    if (!paintMap(store, issueId, &painter, rect, rect.size()))
        return QImage();
    return image;
}

bool PositionMapRenderer::paint(Store &store, qint64 issueId, QPainter *painter,
                                const QRectF &target)
{
    if (target.isEmpty())
        return false;
    const QSizeF layoutSize(LayoutWidth, LayoutWidth * target.height() / target.width());
    return paintMap(store, issueId, painter, target, layoutSize);
}

std::function<bool(qint64, QPainter *, const QRectF &)>
PositionMapRenderer::packPainter(Store &store)
{
    return [&store](qint64 issueId, QPainter *painter, const QRectF &target) {
        return paint(store, issueId, painter, target);
    };
}

std::function<QImage(qint64, const QSizeF &)> PositionMapRenderer::packCallback(Store &store,
                                                                                int dpi)
{
    return [&store, dpi](qint64 issueId, const QSizeF &sizeMm) {
        const QSize pixels(qRound(sizeMm.width() / 25.4 * dpi),
                           qRound(sizeMm.height() / 25.4 * dpi));
        QImage image = render(store, issueId, pixels);
        if (!image.isNull()) {
            image.setDotsPerMeterX(qRound(dpi / 0.0254));
            image.setDotsPerMeterY(qRound(dpi / 0.0254));
        }
        return image;
    };
}
