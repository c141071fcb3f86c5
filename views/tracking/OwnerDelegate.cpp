#include "OwnerDelegate.h"

#include "domain/FieldLimits.h"

#include <QPalette>

OwnerDelegate::OwnerDelegate(QObject *parent) : LineLimitDelegate(FieldLimits::ShortText, parent) {}

QString OwnerDelegate::noOwnerText()
{
    return tr("— no owner —");
}

void OwnerDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    LineLimitDelegate::initStyleOption(option, index);
    if (!option->text.trimmed().isEmpty())
        return;
    option->text = noOwnerText();
    option->font.setItalic(true);
    const QColor grey = option->palette.color(QPalette::PlaceholderText);
    option->palette.setColor(QPalette::Text, grey);
    option->palette.setColor(QPalette::HighlightedText,
                             option->palette.color(QPalette::HighlightedText));
}
