#include "BlocPalette.h"

QColor BlocPalette::colorOf(const QString &bloc)
{
    if (bloc == QLatin1String("EU"))
        return QColor(0x1d, 0x4e, 0xd8);
    if (bloc == QLatin1String("China"))
        return QColor(0xdc, 0x26, 0x26);
    if (bloc == QLatin1String("Russia"))
        return QColor(0x7c, 0x3a, 0xed);
    if (bloc == QLatin1String("US"))
        return QColor(0x0e, 0x74, 0x90);
    if (bloc == QLatin1String("Iran"))
        return QColor(0x15, 0x80, 0x3d);
    if (bloc == QLatin1String("Japan"))
        return QColor(0xdb, 0x27, 0x77);
    return QColor(0x6b, 0x72, 0x80);
}
