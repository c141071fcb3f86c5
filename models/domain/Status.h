#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The workflow order; stored as its integer value, so it sorts in this order.
enum class Status
{
    Draft = 0,
    Open,
    Raised,
    InNegotiation,
    Converging,
    Agreed,
    Stalled,
    Closed
};

namespace StatusText {
// Stable English key used in files and the CLI ("In negotiation").
QString key(Status status);
// Translated label for display.
QString label(Status status);
// The label's English source, marked for lupdate in the "Status" context: for text
// translated apart from the application (the briefing pack's own language).
const char *sourceLabel(Status status);
std::optional<Status> fromKey(const QString &key);
std::optional<Status> fromInt(int value);
QList<Status> all();
} // namespace StatusText
