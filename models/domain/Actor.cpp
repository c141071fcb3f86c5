#include "Actor.h"

QStringList Actor::kinds()
{
    return {QStringLiteral("delegation"), QStringLiteral("institution"),
            QStringLiteral("member_state"), QStringLiteral("company"), QStringLiteral("person")};
}

QStringList Actor::blocs()
{
    return {QStringLiteral("EU"),   QStringLiteral("China"), QStringLiteral("Russia"),
            QStringLiteral("US"),   QStringLiteral("Iran"),  QStringLiteral("Japan"),
            QStringLiteral("Other")};
}
