#include "ImportPolicy.h"

#include <QCoreApplication>

QString ImportConflicts::abbreviated(const QStringList &names, int shown)
{
    if (names.size() <= shown)
        return names.join(QStringLiteral(", "));
    return QCoreApplication::translate("ImportConflicts", "%1 … and %n more", nullptr,
                                       int(names.size()) - shown)
        .arg(names.first(shown).join(QStringLiteral(", ")));
}

QString ImportConflicts::summary(int shown) const
{
    QStringList parts;
    if (!issueCodes.isEmpty())
        parts << QCoreApplication::translate("ImportConflicts", "%n issue code(s) (%1)", nullptr,
                                             int(issueCodes.size()))
                     .arg(abbreviated(issueCodes, shown));
    if (!actorNames.isEmpty())
        parts << QCoreApplication::translate("ImportConflicts",
                                             "%n actor(s) with other details (%1)", nullptr,
                                             int(actorNames.size()))
                     .arg(abbreviated(actorNames, shown));
    if (!savedViewNames.isEmpty())
        parts << QCoreApplication::translate("ImportConflicts", "%n saved view(s) (%1)", nullptr,
                                             int(savedViewNames.size()))
                     .arg(abbreviated(savedViewNames, shown));
    return parts.join(QStringLiteral(", "));
}
