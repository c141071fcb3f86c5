#include "IssueLink.h"

#include <QCoreApplication>

namespace LinkKindText {

QString key(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Relates:
        return QStringLiteral("relates");
    case LinkKind::Blocks:
        return QStringLiteral("blocks");
    case LinkKind::Tradeoff:
        return QStringLiteral("tradeoff");
    }
    return {};
}

std::optional<LinkKind> fromKey(const QString &text)
{
    for (LinkKind kind : all()) {
        if (key(kind).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QList<LinkKind> all()
{
    return {LinkKind::Relates, LinkKind::Blocks, LinkKind::Tradeoff};
}

bool isSymmetric(LinkKind kind)
{
    return kind != LinkKind::Blocks;
}

QString label(LinkKind kind, bool outgoing)
{
    switch (kind) {
    case LinkKind::Relates:
        return QCoreApplication::translate("IssueLink", "relates to");
    case LinkKind::Blocks:
        return outgoing ? QCoreApplication::translate("IssueLink", "blocks")
                        : QCoreApplication::translate("IssueLink", "is blocked by");
    case LinkKind::Tradeoff:
        return QCoreApplication::translate("IssueLink", "trade-off with");
    }
    return {};
}

} // namespace LinkKindText
