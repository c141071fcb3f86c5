#pragma once

#include <QStyledItemDelegate>

// Draws a search result's rich text (code and title in bold, the snippet in
// grey) in the palette's colours: on a selected row all of it in the
// highlighted-text colour, so it reads on the highlight.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // The role that holds the result's rich text.
    explicit SearchResultDelegate(int htmlRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The rich text as drawn in this state, colours filled in.
    static QString styledHtml(const QString &html, const QPalette &palette, bool selected);

private:
    int m_htmlRole;
};
