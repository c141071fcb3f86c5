#include "BlocPalette.h"

#include <QHash>

#include <array>

namespace {

// Colours the blocs most summits meet have always had, apart from the two sides.
const QHash<QString, QColor> &usualColors()
{
    static const QHash<QString, QColor> colors = {
        {QStringLiteral("Russia"), QColor(0x7c, 0x3a, 0xed)},
        {QStringLiteral("US"), QColor(0x0e, 0x74, 0x90)},
        {QStringLiteral("Iran"), QColor(0x15, 0x80, 0x3d)},
        {QStringLiteral("Japan"), QColor(0xdb, 0x27, 0x77)},
        {QStringLiteral("Other"), QColor(0x6b, 0x72, 0x80)},
    };
    return colors;
}

// For any other bloc: far from the sides' blue and red and from the usual colours.
constexpr std::array<QRgb, 8> otherColors = {0xb45309, 0x0d9488, 0x65a30d, 0xa21caf,
                                             0x92400e, 0x0891b2, 0xca8a04, 0x4338ca};

// FNV-1a over the name's UTF-16 units: the same bloc gets the same colour in every
// run and on every machine (qHash is seeded per process).
quint32 stableHash(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

} // namespace

BlocPalette::BlocPalette(QString ourBloc, QString counterpartBloc)
    : m_ourBloc(std::move(ourBloc)), m_counterpartBloc(std::move(counterpartBloc))
{
}

BlocPalette::BlocPalette(const SummitInfo &summit)
    : BlocPalette(summit.ourBloc, summit.counterpartBloc)
{
}

QColor BlocPalette::ourColor() const
{
    return QColor(0x1d, 0x4e, 0xd8);
}

QColor BlocPalette::counterpartColor() const
{
    return QColor(0xdc, 0x26, 0x26);
}

QColor BlocPalette::colorOf(const QString &bloc) const
{
    if (bloc == m_ourBloc)
        return ourColor();
    if (bloc == m_counterpartBloc)
        return counterpartColor();
    if (const auto it = usualColors().constFind(bloc); it != usualColors().constEnd())
        return *it;
    return QColor::fromRgb(otherColors[stableHash(bloc) % otherColors.size()]);
}
