#include "BlocPalette.h"

#include <QHash>

#include <array>

namespace {

// Colours the blocs most summits meet have always had, apart from the two sides.
const QHash<QString, QColor> &usualColors()
{
    static const QHash<QString, QColor> colors = {
        // Okabe–Ito: told apart by readers with any common colour blindness.
        {QStringLiteral("Russia"), QColor(0xcc, 0x79, 0xa7)},
        {QStringLiteral("US"), QColor(0x56, 0xb4, 0xe9)},
        {QStringLiteral("Iran"), QColor(0x00, 0x9e, 0x73)},
        {QStringLiteral("Japan"), QColor(0xe6, 0x9f, 0x00)},
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
    return QColor(0x00, 0x72, 0xb2); // Okabe–Ito blue
}

QColor BlocPalette::counterpartColor() const
{
    return QColor(0xd5, 0x5e, 0x00); // Okabe–Ito vermillion: apart from the blue for all
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
