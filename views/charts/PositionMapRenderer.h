#pragma once

#include <QImage>
#include <QSizeF>

#include <functional>

class Store;

// The position map of one issue drawn offscreen, for briefing packs and exports.
class PositionMapRenderer
{
public:
    // A null image when the issue is unknown or has no positions. Needs a
    // QApplication (Qt Charts draws with widgets' styles).
    static QImage render(Store &store, qint64 issueId, const QSize &pixels);
    // For PackOptions::positionMap: millimetres to pixels at `dpi`.
    static std::function<QImage(qint64, const QSizeF &)> packCallback(Store &store, int dpi = 200);
};
