#include "WeightedMedian.h"

#include <algorithm>

namespace WeightedMedian {

qint64 weightOf(const Position &position)
{
    // The schema keeps both in 0..100; a negative value would only come from a bug.
    return qint64(std::max(position.clout, 0)) * qint64(std::max(position.salience, 0));
}

QList<Point> pointsOf(const QList<Position> &positions)
{
    QList<Point> points;
    points.reserve(positions.size());
    for (const Position &position : positions)
        points.append({double(position.position), weightOf(position)});
    return points;
}

qint64 totalOf(const QList<Point> &points)
{
    qint64 total = 0;
    for (const Point &point : points)
        total += point.weight;
    return total;
}

std::optional<double> of(QList<Point> points)
{
    const qint64 total = totalOf(points);
    if (total <= 0)
        return std::nullopt;
    std::stable_sort(points.begin(), points.end(),
                     [](const Point &a, const Point &b) { return a.position < b.position; });
    // Integer weights, compared doubled: "reaches half" is exact, with no rounding.
    qint64 running = 0;
    for (const Point &point : points) {
        running += point.weight;
        if (2 * running >= total)
            return point.position;
    }
    return points.last().position; // unreachable: running ends at total
}

std::optional<double> ofBloc(const QList<Position> &positions, const QString &bloc)
{
    QList<Point> points;
    for (const Position &position : positions) {
        if (position.actorBloc == bloc)
            points.append({double(position.position), weightOf(position)});
    }
    if (points.isEmpty())
        return std::nullopt;
    if (totalOf(points) == 0) {
        for (Point &point : points)
            point.weight = 1;
    }
    return of(points);
}

} // namespace WeightedMedian
