#pragma once

#include "domain/Position.h"
#include "forecast/ForecastResult.h"

#include <QList>
#include <QString>

#include <optional>

class Store;

// One issue's positions with their forecast: what the position map draws.
struct PositionMapData
{
    qint64 issueId = 0;
    QString code;
    QString title;
    QString scaleLow;
    QString scaleHigh;
    QList<Position> positions;
    std::optional<ForecastResult> forecast;

    // The height of an actor's stem: clout × salience on a 0–100 scale.
    static double heightOf(const Position &position);

    // Throws StoreError; an unknown issue gives an empty map (issueId 0).
    static PositionMapData load(Store &store, qint64 issueId);
};
