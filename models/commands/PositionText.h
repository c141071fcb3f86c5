#pragma once

#include "domain/Position.h"

#include <QString>

class Store;

namespace PositionText {

// The actor's name and the issue's code a position's undo text names; empty
// when they cannot be read (only the label suffers, redo reports the problem).
struct Names
{
    QString actor;
    QString issueCode;
};
Names namesOf(Store &store, const Position &position);

} // namespace PositionText
