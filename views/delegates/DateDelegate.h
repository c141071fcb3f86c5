#pragma once

#include "ReadableItemDelegate.h"
#include <QDate>

// A date cell edited with a QDateEdit and its calendar popup. The earliest date
// of the editor stands for "no date" and is written back as a null QDate.
class DateDelegate : public ReadableItemDelegate
{
    Q_OBJECT
public:
    explicit DateDelegate(int valueRole = Qt::EditRole, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

    static QDate noDate() { return QDate(2000, 1, 1); }

private:
    int m_valueRole;
};
