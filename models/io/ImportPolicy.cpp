#include "ImportPolicy.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ImportConflicts", text, nullptr, n);
}

} // namespace

QString ImportConflicts::abbreviated(const QStringList &names, int shown)
{
    if (names.size() <= shown)
        return names.join(QStringLiteral(", "));
    return tr("%1 … and %n more", int(names.size()) - shown)
        .arg(names.first(shown).join(QStringLiteral(", ")));
}

QString ImportConflicts::summary(int shown) const
{
    QStringList parts;
    if (!issueCodes.isEmpty())
        parts << tr("%n issue code(s) (%1)", int(issueCodes.size()))
                     .arg(abbreviated(issueCodes, shown));
    if (!actorNames.isEmpty())
        parts << tr("%n actor(s) with other details (%1)", int(actorNames.size()))
                     .arg(abbreviated(actorNames, shown));
    if (!savedViewNames.isEmpty())
        parts << tr("%n saved view(s) (%1)", int(savedViewNames.size()))
                     .arg(abbreviated(savedViewNames, shown));
    return parts.join(QStringLiteral(", "));
}
