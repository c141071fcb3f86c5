#include "ForecastResult.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace {

// Gain per effort needs a second decimal: a gain of 5 for an effort of 40 is 0.13.
QString formatRatio(double value)
{
    QString text = QString::number(std::round(value * 100.0) / 100.0, 'f', 2);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

// "20 (No deal)" when the scale has labels, else "20".
QString valueWithLabel(double value, const QString &label)
{
    return label.isEmpty()
               ? ForecastResult::formatValue(value)
               : ForecastResult::tr("%1 (%2)").arg(ForecastResult::formatValue(value), label);
}

} // namespace

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
            {QStringLiteral("outcomeShift"), entry.outcomeShift},
            {QStringLiteral("newOutcome"), entry.newOutcome},
            {QStringLiteral("effort"), entry.effort},
            {QStringLiteral("gainPerEffort"), entry.gainPerEffort},
        });
    }
    QJsonObject object{
        {QStringLiteral("weightedMedian"), weightedMedian},
        {QStringLiteral("weightedMean"), weightedMean},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("rule"), DecisionRuleText::key(rule)},
        {QStringLiteral("ruleFellBack"), ruleFellBack},
        {QStringLiteral("consentParties"), QJsonArray::fromStringList(consentParties)},
        {QStringLiteral("tie"), tie},
        {QStringLiteral("euObjective"),
         hasEuObjective ? QJsonValue(euObjective) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("objectiveSplit"), objectiveSplit},
        {QStringLiteral("actorCount"), actorCount},
        {QStringLiteral("totalWeight"), totalWeight},
        {QStringLiteral("noSingleActorShifts"), noSingleActorShifts},
        {QStringLiteral("leverage"), leverageArray},
    };
    if (tie) {
        object.insert(QStringLiteral("tieLow"), tieLow);
        object.insert(QStringLiteral("tieHigh"), tieHigh);
    }
    if (objectiveSplit) {
        object.insert(QStringLiteral("objectiveLow"), objectiveLow);
        object.insert(QStringLiteral("objectiveHigh"), objectiveHigh);
    }
    if (band) {
        object.insert(
            QStringLiteral("medianBand"),
            QJsonObject{{QStringLiteral("low"), band->low}, {QStringLiteral("high"), band->high}});
        object.insert(QStringLiteral("medianProbability"), band->probability);
        object.insert(QStringLiteral("likelyOutcome"), band->likely);
        object.insert(QStringLiteral("draws"), band->draws);
    }
    return object;
}

QString ForecastResult::toText(const QString &code, const QString &title, const QString &scaleLow,
                               const QString &scaleHigh, const QString &ruleSource) const
{
    const QChar newline = QLatin1Char('\n');
    const bool labelled = !scaleLow.isEmpty() || !scaleHigh.isEmpty();
    QString text = tr("%1 %2").arg(code, title) + newline;
    if (labelled)
        text += tr("Scale: 0 = %1, 100 = %2").arg(scaleLow, scaleHigh) + newline;

    const bool byConsent = rule == DecisionRule::Consent && !ruleFellBack;
    if (byConsent)
        text += tr("Needs the agreement of %1").arg(consentParties.join(QStringLiteral(", ")));
    else if (ruleFellBack)
        text += tr("Needs the agreement of named parties, but no position with weight is marked "
                   "as needed: decided by weighted majority instead");
    else
        text += tr("Decided by weighted majority");
    text += newline;
    if (!ruleSource.trimmed().isEmpty())
        text += tr("Source of the rule: %1").arg(ruleSource.trimmed()) + newline;

    if (byConsent) {
        text += tr("Forecast outcome (compromise of the parties whose agreement is needed): %1")
                    .arg(formatValue(outcome)) +
                newline;
        text += tr("Weighted median: %1").arg(formatValue(weightedMedian)) + newline;
    } else {
        text +=
            tr("Forecast outcome (weighted median): %1").arg(formatValue(weightedMedian)) + newline;
    }
    if (tie && !byConsent) {
        // Which end "wins" an even split is not for the model to say. Under consent the
        // split majority decides nothing, so there is no deadlock to report.
        text += (labelled ? tr("The weight is evenly split between %1 and %2: deadlock.")
                                .arg(valueWithLabel(tieLow, scaleLow),
                                     valueWithLabel(tieHigh, scaleHigh))
                          : tr("The weight is evenly split between %1 and %2: deadlock.")
                                .arg(formatValue(tieLow), formatValue(tieHigh))) +
                newline;
    }
    if (band) {
        const int timesInTen = std::max(1, int(std::lround(band->probability * 10.0)));
        text +=
            tr("Likely outcome %1 (%2–%3; %n time(s) in 10)", nullptr, timesInTen)
                .arg(formatValue(band->likely), formatValue(band->low), formatValue(band->high)) +
            newline;
    }
    text += tr("Weighted mean: %1").arg(formatValue(weightedMean)) + newline;
    text += tr("Actors: %1, total weight (clout x salience): %2").arg(actorCount).arg(totalWeight) +
            newline;
    if (!hasEuObjective) {
        text += (objectiveBloc.isEmpty()
                     ? tr("Objective: none")
                     : tr("%1 objective: none (no %1 actor holds a position)").arg(objectiveBloc)) +
                newline;
        return text;
    }
    const QString objectiveName =
        objectiveBloc.isEmpty() ? tr("Objective") : tr("%1 objective").arg(objectiveBloc);
    text += tr("%1: %2").arg(objectiveName, formatValue(euObjective)) + newline;
    if (objectiveSplit) {
        text += tr("Our side's weight is evenly split between %1 and %2: the objective is taken "
                   "as the midpoint, %3.")
                    .arg(valueWithLabel(objectiveLow, scaleLow),
                         valueWithLabel(objectiveHigh, scaleHigh), formatValue(euObjective)) +
                newline;
    }
    text += tr("Who to work on (each actor moved to the %1; effort = points moved x salience / "
               "100), by gain per effort:")
                .arg(objectiveBloc.isEmpty() ? tr("objective")
                                             : tr("%1 objective").arg(objectiveBloc)) +
            newline;
    int rank = 0;
    for (const Leverage &entry : leverage) {
        ++rank;
        text += tr("  %1. %2 (%3): %4 -> %5; outcome %6, effort %7, gain per effort %8; "
                   "median %9, mean %10")
                    .arg(QString::number(rank), entry.actorName, entry.actorBloc,
                         formatValue(entry.position), formatValue(entry.movedTo),
                         formatShift(entry.outcomeShift), formatValue(entry.effort),
                         formatRatio(entry.gainPerEffort), formatShift(entry.medianShift),
                         formatShift(entry.meanShift)) +
                newline;
    }
    if (noSingleActorShifts) {
        text += (std::abs(outcome - euObjective) < 1e-9
                     ? tr("The forecast is at the objective already.")
                     : tr("No single actor moved to the objective shifts the outcome.")) +
                newline;
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
