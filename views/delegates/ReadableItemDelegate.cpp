#include "ReadableItemDelegate.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace {

double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

QColor cellBackground(const QStyleOptionViewItem &option)
{
    if (option.backgroundBrush.style() != Qt::NoBrush)
        return option.backgroundBrush.color();
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    return option.palette.color(group, option.features & QStyleOptionViewItem::Alternate
                                           ? QPalette::AlternateBase
                                           : QPalette::Base);
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor &preferred, const QColor &background, double minimum)
{
    if (!preferred.isValid() || contrastRatio(preferred, background) >= minimum)
        return preferred;
    // Toward white on a dark background, toward black on a light one, in small
    // steps of lightness so the hue stays.
    const bool darkBackground = luminance(background) < 0.18;
    const QColor target = darkBackground ? QColor(Qt::white) : QColor(Qt::black);
    for (int step = 1; step <= 20; ++step) {
        const double t = step / 20.0;
        const QColor mixed =
            QColor::fromRgbF(float(preferred.redF() + (target.redF() - preferred.redF()) * t),
                             float(preferred.greenF() + (target.greenF() - preferred.greenF()) * t),
                             float(preferred.blueF() + (target.blueF() - preferred.blueF()) * t));
        if (contrastRatio(mixed, background) >= minimum)
            return mixed;
    }
    return target;
}

void ReadableItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                           const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QColor background = cellBackground(*option);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
        option->palette.setColor(group, QPalette::Text,
                                 readableOn(option->palette.color(group, QPalette::Text),
                                            background, group == QPalette::Disabled ? 3.0 : 4.5));
}

QColor ReadableItemDelegate::textColor(const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    return opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                       : QPalette::Text);
}

QColor ReadableItemDelegate::backgroundColor(const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.state & QStyle::State_Selected)
        return opt.palette.color(opt.state & QStyle::State_Enabled ? QPalette::Normal
                                                                   : QPalette::Disabled,
                                 QPalette::Highlight);
    return cellBackground(opt);
}
