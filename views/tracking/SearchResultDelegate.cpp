#include "SearchResultDelegate.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

#include <cmath>

namespace {
constexpr int margin = 4;
// The snippet's grey in the stored rich text.
const QString snippetColor = QStringLiteral("color:#555");
} // namespace

SearchResultDelegate::SearchResultDelegate(int htmlRole, QObject *parent)
    : QStyledItemDelegate(parent), m_htmlRole(htmlRole)
{
}

QString SearchResultDelegate::styledHtml(const QString &html, const QPalette &palette,
                                         bool selected)
{
    QString styled = html;
    // Grey between the text and the background (the placeholder colour may be
    // the text colour made transparent, which rich text would draw opaque).
    const auto between = [](const QColor &a, const QColor &b) {
        return QColor((a.red() * 3 + b.red() * 2) / 5, (a.green() * 3 + b.green() * 2) / 5,
                      (a.blue() * 3 + b.blue() * 2) / 5);
    };
    const QColor snippet =
        selected ? palette.color(QPalette::HighlightedText)
                 : between(palette.color(QPalette::Text), palette.color(QPalette::Base));
    styled.replace(snippetColor, QStringLiteral("color:") + snippet.name());
    return styled;
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const QString html = index.data(m_htmlRole).toString();
    if (html.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    QTextDocument document;
    document.setDefaultFont(opt.font);
    document.setDocumentMargin(0);
    document.setHtml(styledHtml(html, opt.palette, selected));
    const QRect area = opt.rect.adjusted(margin, margin / 2, -margin, -margin / 2);
    document.setTextWidth(area.width());
    QAbstractTextDocumentLayout::PaintContext context;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled
            ? (opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive)
            : QPalette::Disabled;
    context.palette.setColor(
        QPalette::Text,
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    context.clip = QRectF(0, 0, area.width(), area.height());
    painter->save();
    painter->translate(area.topLeft());
    painter->setClipRect(context.clip);
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const QString html = index.data(m_htmlRole).toString();
    if (html.isEmpty())
        return QStyledItemDelegate::sizeHint(option, index);
    QTextDocument document;
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    document.setHtml(html);
    // Wrapped to the list's width, as paint() draws it.
    int width = 400;
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = view->viewport()->width();
    else if (option.rect.width() > 0)
        width = option.rect.width();
    document.setTextWidth(width - 2 * margin);
    return QSize(width, int(std::ceil(document.size().height())) + margin);
}
