#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// The likely outcome of one issue and where lobbying would move it most. All values
// are on the issue's own 0–100 position scale.
struct ForecastResult
{
    // What one actor moving toward our side's objective would do to the outcome.
    struct Leverage
    {
        qint64 actorId = 0;
        QString actorName;
        QString actorBloc;
        double position = 0; // where the actor stands now
        double movedTo = 0;  // after the step toward the objective
        qint64 weight = 0;   // clout × salience
        // Movement of the median and mean toward the objective, in scale points;
        // negative means away from it (a mean already past the objective).
        double medianShift = 0;
        double meanShift = 0;
        double newMedian = 0;
        double newMean = 0;
    };

    double weightedMedian = 0; // the forecast outcome
    double weightedMean = 0;
    // Our side's objective (named after the eu_objective column, which
    // holds our side's objective whatever our bloc is).
    double euObjective = 0;
    bool hasEuObjective = false; // false: no actor of our bloc holds a position and none was given
    QString objectiveBloc;       // our bloc, when the objective is its median
    int actorCount = 0;
    qint64 totalWeight = 0;
    QList<Leverage> leverage; // most effective first; empty without an objective

    QJsonObject toJson() const;
    // A plain-text report for the command line; the scale labels are optional.
    QString toText(const QString &code, const QString &title, const QString &scaleLow = QString(),
                   const QString &scaleHigh = QString()) const;

    // A scale value for people: one decimal, without a trailing ".0".
    static QString formatValue(double value);
    // A shift with its sign ("+10", "-2.5", "0").
    static QString formatShift(double value);
};
