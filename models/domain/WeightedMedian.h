#pragma once

#include "Position.h"

#include <QList>
#include <QString>

#include <optional>

// The median-voter rule shared by the forecast and the stored bloc gaps: each
// actor pulls with weight clout × salience, and a group of actors stands at the
// weighted median of their positions.
namespace WeightedMedian {

qint64 weightOf(const Position &position);

struct Point
{
    double position = 0;
    qint64 weight = 0;
};

QList<Point> pointsOf(const QList<Position> &positions);
qint64 totalOf(const QList<Point> &points);

// The first position, in ascending order, at which the running weight reaches half
// the total weight. Empty when there is no point or the total weight is zero.
std::optional<double> of(QList<Point> points);

// Where a bloc stands: the weighted median of its actors' positions (their plain
// median if all of them carry zero weight). Empty when none of them holds one.
std::optional<double> ofBloc(const QList<Position> &positions, const QString &bloc);

} // namespace WeightedMedian
