#pragma once

#include "domain/StatusChange.h"

#include <QString>

// One status change with the issue it belongs to, for "what changed since".
struct ActivityEntry
{
    StatusChange change;
    QString code;
    QString title;
};
