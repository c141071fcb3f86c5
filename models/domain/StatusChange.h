#pragma once

#include "Status.h"

#include <QDateTime>
#include <QString>

#include <optional>

// One row of the append-only status history.
struct StatusChange
{
    qint64 id = 0;
    qint64 issueId = 0;
    std::optional<Status> from; // empty for the issue's first status
    Status to = Status::Draft;
    QDateTime changedAt;
    QString changedBy;
    QString reason;
};
