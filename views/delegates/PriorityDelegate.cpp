#include "PriorityDelegate.h"

namespace {

QList<ChoiceDelegate::Choice> priorityChoices()
{
    QList<ChoiceDelegate::Choice> list;
    // Most urgent first, as a reader scans the list.
    const QList<Priority> all = PriorityText::all();
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        list.append({int(*it), PriorityText::label(*it), PriorityDelegate::colorOf(*it)});
    return list;
}

} // namespace

PriorityDelegate::PriorityDelegate(int valueRole, QObject *parent)
    : ChoiceDelegate(priorityChoices(), valueRole, parent)
{
}

QColor PriorityDelegate::colorOf(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return QColor(0xd1, 0xd5, 0xdb);
    case Priority::Medium:
        return QColor(0x93, 0xc5, 0xfd);
    case Priority::High:
        return QColor(0xfb, 0x92, 0x3c);
    case Priority::Critical:
        return QColor(0xdc, 0x26, 0x26);
    }
    return {};
}
