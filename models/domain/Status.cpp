#include "Status.h"

namespace StatusText {

QString key(Status status)
{
    switch (status) {
    case Status::Draft:
        return QStringLiteral("Draft");
    case Status::Open:
        return QStringLiteral("Open");
    case Status::Raised:
        return QStringLiteral("Raised");
    case Status::InNegotiation:
        return QStringLiteral("In negotiation");
    case Status::Converging:
        return QStringLiteral("Converging");
    case Status::Agreed:
        return QStringLiteral("Agreed");
    case Status::Stalled:
        return QStringLiteral("Stalled");
    case Status::Closed:
        return QStringLiteral("Closed");
    }
    return {};
}

const char *sourceLabel(Status status)
{
    switch (status) {
    case Status::Draft:
        return QT_TRANSLATE_NOOP("Status", "Draft");
    case Status::Open:
        return QT_TRANSLATE_NOOP("Status", "Open");
    case Status::Raised:
        return QT_TRANSLATE_NOOP("Status", "Raised");
    case Status::InNegotiation:
        return QT_TRANSLATE_NOOP("Status", "In negotiation");
    case Status::Converging:
        return QT_TRANSLATE_NOOP("Status", "Converging");
    case Status::Agreed:
        return QT_TRANSLATE_NOOP("Status", "Agreed");
    case Status::Stalled:
        return QT_TRANSLATE_NOOP("Status", "Stalled");
    case Status::Closed:
        return QT_TRANSLATE_NOOP("Status", "Closed");
    }
    return "";
}

QString label(Status status)
{
    return QCoreApplication::translate("Status", sourceLabel(status));
}

std::optional<Status> fromKey(const QString &text)
{
    for (Status status : all()) {
        if (key(status).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

std::optional<Status> fromInt(int value)
{
    if (value < int(Status::Draft) || value > int(Status::Closed))
        return std::nullopt;
    return Status(value);
}

QList<Status> all()
{
    return {Status::Draft,      Status::Open,   Status::Raised,  Status::InNegotiation,
            Status::Converging, Status::Agreed, Status::Stalled, Status::Closed};
}

} // namespace StatusText
