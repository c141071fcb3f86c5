#include "ForecastResult.h"

#include "Forecast.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

QJsonObject ForecastResult::toJson() const
{
    QJsonArray leverageArray;
    for (const Leverage &entry : leverage) {
        leverageArray.append(QJsonObject{
            {QStringLiteral("actorId"), entry.actorId},
            {QStringLiteral("actor"), entry.actorName},
            {QStringLiteral("bloc"), entry.actorBloc},
            {QStringLiteral("position"), entry.position},
            {QStringLiteral("movedTo"), entry.movedTo},
            {QStringLiteral("weight"), entry.weight},
            {QStringLiteral("medianShift"), entry.medianShift},
            {QStringLiteral("meanShift"), entry.meanShift},
            {QStringLiteral("newMedian"), entry.newMedian},
            {QStringLiteral("newMean"), entry.newMean},
        });
    }
    return QJsonObject{
        {QStringLiteral("weightedMedian"), weightedMedian},
        {QStringLiteral("weightedMean"), weightedMean},
        {QStringLiteral("euObjective"),
         hasEuObjective ? QJsonValue(euObjective) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("actorCount"), actorCount},
        {QStringLiteral("totalWeight"), totalWeight},
        {QStringLiteral("leverageStep"), Forecast::leverageStep},
        {QStringLiteral("leverage"), leverageArray},
    };
}

QString ForecastResult::toText(const QString &code, const QString &title, const QString &scaleLow,
                               const QString &scaleHigh) const
{
    QString text =
        QCoreApplication::translate("ForecastResult", "%1 %2").arg(code, title) + QLatin1Char('\n');
    if (!scaleLow.isEmpty() || !scaleHigh.isEmpty())
        text += QCoreApplication::translate("ForecastResult", "Scale: 0 = %1, 100 = %2")
                    .arg(scaleLow, scaleHigh) +
                QLatin1Char('\n');
    text += QCoreApplication::translate("ForecastResult", "Forecast outcome (weighted median): %1")
                .arg(formatValue(weightedMedian)) +
            QLatin1Char('\n');
    text += QCoreApplication::translate("ForecastResult", "Weighted mean: %1")
                .arg(formatValue(weightedMean)) +
            QLatin1Char('\n');
    text += QCoreApplication::translate("ForecastResult",
                                        "Actors: %1, total weight (clout x salience): %2")
                .arg(actorCount)
                .arg(totalWeight) +
            QLatin1Char('\n');
    if (!hasEuObjective) {
        text += (objectiveBloc.isEmpty()
                     ? QCoreApplication::translate("ForecastResult", "Objective: none")
                     : QCoreApplication::translate(
                           "ForecastResult", "%1 objective: none (no %1 actor holds a position)")
                           .arg(objectiveBloc)) +
                QLatin1Char('\n');
        return text;
    }
    const QString objectiveName =
        objectiveBloc.isEmpty()
            ? QCoreApplication::translate("ForecastResult", "Objective")
            : QCoreApplication::translate("ForecastResult", "%1 objective").arg(objectiveBloc);
    text += QCoreApplication::translate("ForecastResult", "%1: %2")
                .arg(objectiveName, formatValue(euObjective)) +
            QLatin1Char('\n');
    text += QCoreApplication::translate(
                "ForecastResult", "Who to work on (each actor moved %1 points toward the %2):")
                .arg(formatValue(Forecast::leverageStep),
                     objectiveBloc.isEmpty()
                         ? QCoreApplication::translate("ForecastResult", "objective")
                         : QCoreApplication::translate("ForecastResult", "%1 objective")
                               .arg(objectiveBloc)) +
            QLatin1Char('\n');
    int rank = 0;
    for (const Leverage &entry : leverage) {
        ++rank;
        text += QCoreApplication::translate("ForecastResult",
                                            "  %1. %2 (%3): %4 -> %5; median %6, mean %7")
                    .arg(rank)
                    .arg(entry.actorName, entry.actorBloc, formatValue(entry.position),
                         formatValue(entry.movedTo), formatShift(entry.medianShift),
                         formatShift(entry.meanShift)) +
                QLatin1Char('\n');
    }
    return text;
}

QString ForecastResult::formatValue(double value)
{
    const double rounded = std::round(value * 10.0) / 10.0;
    if (rounded == std::round(rounded))
        return QString::number(qint64(std::round(rounded)));
    return QString::number(rounded, 'f', 1);
}

QString ForecastResult::formatShift(double value)
{
    const QString text = formatValue(value);
    if (text == QLatin1String("0") || text == QLatin1String("-0"))
        return QStringLiteral("0");
    return value > 0 ? QLatin1Char('+') + text : text;
}
