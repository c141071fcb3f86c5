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
    // Okabe–Ito, so Agreed and Stalled differ for colour-blind readers too
    // (the label is always beside the dot as well).
    case Status::Draft:
        return QColor(0xbb, 0xbb, 0xbb);
    case Status::Open:
        return QColor(0x00, 0x72, 0xb2);
    case Status::Raised:
        return QColor(0xe6, 0x9f, 0x00);
    case Status::InNegotiation:
        return QColor(0xcc, 0x79, 0xa7);
    case Status::Converging:
        return QColor(0x56, 0xb4, 0xe9);
    case Status::Agreed:
        return QColor(0x00, 0x9e, 0x73);
    case Status::Stalled:
        return QColor(0xd5, 0x5e, 0x00);
    case Status::Closed:
        return QColor(0x4b, 0x55, 0x63);
    }
    return {};
}
