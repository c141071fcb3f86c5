#pragma once

#include "PackLanguage.h"
#include "PackOptions.h"
#include "domain/Actor.h"
#include "domain/Event.h"
#include "domain/Indicator.h"
#include "domain/Issue.h"
#include "domain/Position.h"
#include "domain/StatusChange.h"
#include "domain/SummitInfo.h"
#include "forecast/ExchangeModel.h"
#include "forecast/ForecastResult.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Everything a pack prints, read from the store in one go, so the writers never
// touch the database and the same content can be written in several formats.
struct PackContent
{
    struct Brief
    {
        Issue issue;
        QList<Position> positions;       // ordered by bloc, then actor name
        QList<StatusChange> lastChanges; // newest first, at most five
        // Computed once for the map and the text beside it; empty without a
        // position with weight.
        std::optional<ForecastResult> forecast;
    };

    SummitInfo summit;
    // The options with their defaults filled in (classification, date, names).
    PackOptions options;
    QString marking;       // the classification as printed on every page; empty = none
    PackLanguage language; // options.language: what every writer prints fixed text in

    QList<Event> events;
    QList<Brief> briefs; // ordered by issue code
    QList<Actor> actors; // every actor, ordered by bloc, then name
    QList<Indicator> indicators;
    QStringList sources; // every distinct source cited, sorted
    // Exchanges across trade-off links that move a briefed issue toward our objective
    // (ExchangeModel::ourDeals), best first, and how many such links the summit has.
    QList<ExchangeModel::OurDeal> packageDeals;
    int tradeoffLinks = 0;
};
