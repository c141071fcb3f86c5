#pragma once

#include <QImage>
#include <QRectF>
#include <QSizeF>

#include <functional>

class QPainter;
class Store;

// The position map of one issue drawn offscreen, for briefing packs and exports.
// Needs a QApplication (Qt Charts draws with widgets' styles).
class PositionMapRenderer
{
public:
    // A null image when the issue is unknown or has no positions.
    static QImage render(Store &store, qint64 issueId, const QSize &pixels);
    // Paints the map into `target`, scaled from a chart laid out at about screen
    // size, so on a PDF painter it stays vector paths and text. False (nothing
    // painted) when the issue is unknown or has no positions.
    static bool paint(Store &store, qint64 issueId, QPainter *painter, const QRectF &target);
    // For PackOptions::positionMap.
    static std::function<bool(qint64, QPainter *, const QRectF &)> packPainter(Store &store);
    // A picture of `sizeMm` (millimetres) at `dpi`, for exports that want one.
    static std::function<QImage(qint64, const QSizeF &)> packCallback(Store &store, int dpi = 200);
};
