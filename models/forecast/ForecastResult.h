#pragma once

#include "domain/DecisionRule.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The likely outcome of one issue and where lobbying would move it most. All values
// are on the issue's own 0–100 position scale.
struct ForecastResult
{
    Q_DECLARE_TR_FUNCTIONS(ForecastResult)

public:
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
        // The same move's effect on `outcome` (the rule) toward the objective,
        // what the move costs (it grows with the actor's salience) and their ratio,
        // by which the list is ranked.
        double outcomeShift = 0;
        double newOutcome = 0;
        double effort = 0;
        double gainPerEffort = 0;
    };

    // How firm the forecast is: the outcome recomputed over many seeded draws of
    // perturbed salience and clout (the same data always gives the same band).
    struct Band
    {
        double likely = 0;      // the most likely outcome over the draws
        double probability = 0; // share of draws (0–1) that give it
        double low = 0;         // 10th percentile of the draws' outcomes
        double high = 0;        // 90th percentile
        int draws = 0;
    };

    double weightedMedian = 0; // the weighted-majority outcome (midpoint of a tie)
    double weightedMean = 0;
    // The point forecast under the decision rule: weightedMedian under
    // WeightedMajority, the compromise of the consent parties under Consent.
    double outcome = 0;
    DecisionRule rule = DecisionRule::WeightedMajority;
    // Consent asked for, but no position with weight is marked consent-needed:
    // the majority rule was applied instead, and the text says so.
    bool ruleFellBack = false;
    QStringList consentParties; // names of the parties whose consent is needed
    // Exactly half the weight lies at or below tieLow and half at or above
    // tieHigh: a deadlock between the two, never decided silently.
    bool tie = false;
    double tieLow = 0;
    double tieHigh = 0;
    std::optional<Band> band;
    // Our side's objective (named after the eu_objective column, which
    // holds our side's objective whatever our bloc is).
    double euObjective = 0;
    bool hasEuObjective = false; // false: no actor of our bloc holds a position and none was given
    QString objectiveBloc;       // our bloc, when the objective is its median
    // Our own side is evenly split: its objective is the midpoint of the two ends.
    bool objectiveSplit = false;
    double objectiveLow = 0;
    double objectiveHigh = 0;
    // No single actor moved to the objective shifts the outcome toward it.
    bool noSingleActorShifts = false;
    int actorCount = 0;
    qint64 totalWeight = 0;
    QList<Leverage> leverage; // most effective first; empty without an objective

    QJsonObject toJson() const;
    // A plain-text report for the command line; the scale labels are optional.
    // ruleSource says why the decision rule applies (a treaty article).
    QString toText(const QString &code, const QString &title, const QString &scaleLow = QString(),
                   const QString &scaleHigh = QString(),
                   const QString &ruleSource = QString()) const;

    // A scale value for people: one decimal, without a trailing ".0".
    static QString formatValue(double value);
    // A shift with its sign ("+10", "-2.5", "0").
    static QString formatShift(double value);
};
