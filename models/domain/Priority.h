#pragma once

#include <QList>
#include <QString>

#include <optional>

// Stored as its integer value: a descending sort puts Critical first.
enum class Priority
{
    Low = 0,
    Medium,
    High,
    Critical
};

namespace PriorityText {
QString key(Priority priority);
QString label(Priority priority);
// The label's English source, marked for lupdate in the "Priority" context.
const char *sourceLabel(Priority priority);
std::optional<Priority> fromKey(const QString &key);
std::optional<Priority> fromInt(int value);
QList<Priority> all();
} // namespace PriorityText
