#include "Actor.h"

#include "FieldLimits.h"

QStringList Actor::kinds()
{
    return {QStringLiteral("delegation"), QStringLiteral("institution"),
            QStringLiteral("member_state"), QStringLiteral("company"), QStringLiteral("person")};
}

QStringList Actor::blocs(const QString &ourBloc, const QString &counterpartBloc,
                         const QStringList &used)
{
    QStringList list;
    for (const QStringList &group : {QStringList{ourBloc, counterpartBloc}, used, usualBlocs()}) {
        for (const QString &bloc : group) {
            if (isValidBloc(bloc) && !list.contains(bloc))
                list.append(bloc);
        }
    }
    return list;
}

bool Actor::isValidBloc(const QString &bloc)
{
    return !bloc.isEmpty() && bloc == bloc.trimmed() && bloc.size() <= FieldLimits::Bloc;
}

QStringList Actor::usualBlocs()
{
    return {QStringLiteral("EU"),   QStringLiteral("China"), QStringLiteral("Russia"),
            QStringLiteral("US"),   QStringLiteral("Iran"),  QStringLiteral("Japan"),
            QStringLiteral("Other")};
}
