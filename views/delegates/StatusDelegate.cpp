#include "StatusDelegate.h"

namespace {

QList<ChoiceDelegate::Choice> statusChoices()
{
    QList<ChoiceDelegate::Choice> list;
    for (Status status : StatusText::all())
        list.append({int(status), StatusText::label(status), StatusDelegate::colorOf(status)});
    return list;
}

} // namespace

StatusDelegate::StatusDelegate(int valueRole, QObject *parent)
    : ChoiceDelegate(statusChoices(), valueRole, parent)
{
}

QColor StatusDelegate::colorOf(Status status)
{
    switch (status) {
    case Status::Draft:
        return QColor(0x9c, 0xa3, 0xaf);
    case Status::Open:
        return QColor(0x3b, 0x82, 0xf6);
    case Status::Raised:
        return QColor(0xf5, 0x9e, 0x0b);
    case Status::InNegotiation:
        return QColor(0x8b, 0x5c, 0xf6);
    case Status::Converging:
        return QColor(0x14, 0xb8, 0xa6);
    case Status::Agreed:
        return QColor(0x22, 0xc5, 0x5e);
    case Status::Stalled:
        return QColor(0xef, 0x44, 0x44);
    case Status::Closed:
        return QColor(0x4b, 0x55, 0x63);
    }
    return {};
}
