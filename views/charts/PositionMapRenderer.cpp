#include "PositionMapRenderer.h"

#include "ChartFactory.h"
#include "charts/PositionMapData.h"
#include "store/Store.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>

#include <memory>

QImage PositionMapRenderer::render(Store &store, qint64 issueId, const QSize &pixels)
{
    if (pixels.isEmpty())
        return QImage();
    const PositionMapData data = PositionMapData::load(store, issueId);
    if (data.issueId == 0 || data.positions.isEmpty())
        return QImage();
    // The scene owns the chart once it is added.
    QGraphicsScene scene;
    QChart *chart = ChartFactory::positionMap(data);
    scene.addItem(chart);
    // Laid out for print: a page wants a white background and no drop shadow.
    chart->setBackgroundBrush(Qt::white);
    chart->setDropShadowEnabled(false);
    chart->resize(QSizeF(pixels));
    chart->layout()->activate();
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)),
                 QRectF(QPointF(0, 0), QSizeF(pixels)));
    return image;
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
