#include "Priority.h"

#include <QCoreApplication>

namespace PriorityText {

QString key(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return QStringLiteral("Low");
    case Priority::Medium:
        return QStringLiteral("Medium");
    case Priority::High:
        return QStringLiteral("High");
    case Priority::Critical:
        return QStringLiteral("Critical");
    }
    return {};
}

const char *sourceLabel(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return QT_TRANSLATE_NOOP("Priority", "Low");
    case Priority::Medium:
        return QT_TRANSLATE_NOOP("Priority", "Medium");
    case Priority::High:
        return QT_TRANSLATE_NOOP("Priority", "High");
    case Priority::Critical:
        return QT_TRANSLATE_NOOP("Priority", "Critical");
    }
    return "";
}

QString label(Priority priority)
{
    return QCoreApplication::translate("Priority", sourceLabel(priority));
}

std::optional<Priority> fromKey(const QString &text)
{
    for (Priority priority : all()) {
        if (key(priority).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return priority;
    }
    return std::nullopt;
}

std::optional<Priority> fromInt(int value)
{
    if (value < int(Priority::Low) || value > int(Priority::Critical))
        return std::nullopt;
    return Priority(value);
}

QList<Priority> all()
{
    return {Priority::Low, Priority::Medium, Priority::High, Priority::Critical};
}

} // namespace PriorityText
