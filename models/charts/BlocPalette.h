#pragma once

#include <QColor>
#include <QString>

// One colour per bloc, the same wherever actors are listed or charted.
class BlocPalette
{
public:
    static QColor colorOf(const QString &bloc);
};
