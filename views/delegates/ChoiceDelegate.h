#pragma once

#include "ReadableItemDelegate.h"
#include <QColor>
#include <QList>

// Edits an enumerated value (stored as an int) with a combo box and paints it
// with a coloured dot. The value is read from valueRole (models that display a
// label keep the number in a raw-value role) and written back as an int.
class ChoiceDelegate : public ReadableItemDelegate
{
    Q_OBJECT
public:
    struct Choice
    {
        int value;
        QString label;
        QColor color;
    };

    ChoiceDelegate(QList<Choice> choices, int valueRole, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

    const QList<Choice> &choices() const { return m_choices; }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    const Choice *choiceFor(const QModelIndex &index) const;

    QList<Choice> m_choices;
    int m_valueRole;
};
