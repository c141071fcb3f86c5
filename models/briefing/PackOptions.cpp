#include "PackOptions.h"

std::optional<PackFormat> packFormatFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("pdf"))
        return PackFormat::Pdf;
    if (key == QLatin1String("odt") || key == QLatin1String("odf"))
        return PackFormat::Odt;
    if (key == QLatin1String("html") || key == QLatin1String("htm"))
        return PackFormat::Html;
    return std::nullopt;
}
