#pragma once

#include <QStyledItemDelegate>

// A 0–100 value (position, salience, clout) edited with a spin box. With a bar,
// it also draws the value as a short horizontal gauge beside the number, so a
// column of positions reads like a chart.
class ScaleDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ScaleDelegate(bool drawBar = false, QObject *parent = nullptr);

    bool drawsBar() const { return m_drawBar; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    bool m_drawBar;
};
