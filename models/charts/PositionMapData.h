#pragma once

#include "charts/BlocPalette.h"
#include "domain/DecisionRule.h"
#include "domain/Position.h"
#include "forecast/Bargaining.h"
#include "forecast/ForecastResult.h"

#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
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
    // How the issue is decided and why (a treaty article, a competence), for the
    // sentence that names the rule beside the forecast.
    DecisionRule decisionRule = DecisionRule::WeightedMajority;
    QString decisionRuleSource;
    QList<Position> positions;
    std::optional<ForecastResult> forecast; // its objective is our bloc's median
    QString ourBloc;                        // the summit's two sides
    QString counterpartBloc;
    BlocPalette palette;
    // The bargaining rounds from these positions (Bargaining::run under the issue's
    // decision rule); rounds[0] is the opening, the map as loaded.
    Bargaining::Result bargaining;

    // The map as it stands after `round` of bargaining (0: the opening, as loaded):
    // every actor at its position in that round (to the whole point) and that
    // round's forecast. A round past the last gives the last.
    PositionMapData atRound(int round) const;

    // The height of an actor's stem: clout × salience on a 0–100 scale.
    static double heightOf(const Position &position);

    // Bargaining rounds cost about the cube of the actor count (seconds for 200
    // actors): the window works them out in the background instead.
    enum class Rounds
    {
        Compute,
        Skip
    };
    // Throws StoreError; an unknown issue gives an empty map (issueId 0).
    static PositionMapData load(Store &store, qint64 issueId, Rounds rounds = Rounds::Compute);

    // One actor's name to place: its stem's head (in the drawing's pixels) and
    // the size of the name as drawn.
    struct Label
    {
        QPointF head;
        QSizeF size;
    };
    // Where the names go, in the drawing's pixels, one rectangle per label in
    // order: each inside `plot`, none over another or over a head, none crossed
    // by a line of `avoid` (the forecast's) wherever a free place exists, and
    // stems crossed only when nothing better is left. Greedy, tallest stem first,
    // over places around the head and further up or down along the stem, so the
    // window's chart and the pack's drawing place names alike. A label wider than
    // the plot is given the plot's width (the caller elides its text).
    static QList<QRectF> placeLabels(const QList<Label> &labels, const QRectF &plot,
                                     const QList<QLineF> &avoid);
    // A name placed this far from its head needs a leader line to it.
    static bool needsLeader(const QRectF &label, const QPointF &head);
};
