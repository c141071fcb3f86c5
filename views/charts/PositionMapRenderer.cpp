#include "PositionMapRenderer.h"

#include "ChartFactory.h"
#include "charts/PositionMapData.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>
#include <QXYSeries>

namespace {

// Width of the chart's own layout when painted into a rectangle of any size: the
// size of the map on screen, so its fonts and markers keep their proportions.
constexpr qreal LayoutWidth = 760;

QFont withoutLigatures(QFont font)
{
    // "ff" drawn as one glyph extracts as U+FB00, so a search of the PDF for
    // "Affairs" would miss it.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// Every text of the chart, drawn glyph by glyph as the pack's own text is.
void dropLigatures(QChart *chart)
{
    chart->setTitleFont(withoutLigatures(chart->titleFont()));
    chart->legend()->setFont(withoutLigatures(chart->legend()->font()));
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(withoutLigatures(axis->labelsFont()));
        axis->setTitleFont(withoutLigatures(axis->titleFont()));
    }
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *one : series) {
        if (auto *xy = qobject_cast<QXYSeries *>(one))
            xy->setPointLabelsFont(withoutLigatures(xy->pointLabelsFont()));
    }
}

// Draws the map laid out at `layoutSize` into `target`. False when there is none.
bool paintMap(Store &store, qint64 issueId, QPainter *painter, const QRectF &target,
              const QSizeF &layoutSize)
{
    PositionMapData data;
    try {
        data = PositionMapData::load(store, issueId);
    } catch (const StoreError &) {
        // Called while a page is painted: an exception must not cross Qt's drawing
        // code. The map is left out; the pack's own text comes from its content.
        return false;
    }
    if (data.issueId == 0 || data.positions.isEmpty())
        return false;
    // The scene owns the chart once it is added.
    QGraphicsScene scene;
    QChart *chart = ChartFactory::positionMap(data);
    scene.addItem(chart);
    // Laid out for print: a page wants a white background and no drop shadow.
    chart->setBackgroundBrush(Qt::white);
    chart->setDropShadowEnabled(false);
    dropLigatures(chart);
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
