#pragma once

#include "PackLanguage.h"
#include "domain/DecisionRule.h"
#include "domain/Position.h"

#include <QList>
#include <QString>

// The brief's line comparing the opening forecast with where bargaining ends
// (Bargaining::run), in the pack's language:
// "Opening forecast 90; after bargaining 40 (settled by round 6)."
namespace PackBargaining {

// Empty when the issue has no forecast (no position with weight).
QString line(const QList<Position> &positions, const QString &ourBloc, DecisionRule rule,
             const PackLanguage &language);

} // namespace PackBargaining
