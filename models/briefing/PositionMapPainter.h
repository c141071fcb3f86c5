#pragma once

#include "domain/Issue.h"
#include "domain/Position.h"
#include "domain/SummitInfo.h"
#include "forecast/ForecastResult.h"

#include <QList>
#include <QRectF>

#include <optional>

class PackLanguage;
class QPainter;

// An issue's position map drawn with QPainter alone, for the briefing pack: one
// stem per actor at its position, as tall as its weight (clout × salience ÷ 100),
// in its bloc's colour and named; our side's objective, weighted mean and forecast as
// vertical lines, the forecast's likely range shaded and a deadlock's span hatched
// between its two ends; the scale's two ends named under the axis; a legend. It mirrors
// the window's Qt Charts map but needs no widgets, so the pack draws it as vector
// paths and text on any paint device, quickly, from a command line or a test.
class PositionMapPainter
{
public:
    // Nothing is drawn without positions.
    // The summit's sides name the objective and give the colours; the labels and
    // numbers are in the pack's language.
    static void paint(QPainter *painter, const QRectF &target, const Issue &issue,
                      const QList<Position> &positions, const SummitInfo &summit,
                      const std::optional<ForecastResult> &forecast, const PackLanguage &language);
    // The same with the forecast computed here from the positions.
    static void paint(QPainter *painter, const QRectF &target, const Issue &issue,
                      const QList<Position> &positions, const SummitInfo &summit,
                      const PackLanguage &language);
};
