#include "ChoiceDelegate.h"

#include <QComboBox>
#include <QPainter>
#include <QPixmap>

namespace {

QPixmap dotPixmap(const QColor &color, const QColor &outline)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(outline, outline == Qt::white ? 1.5 : 1.0));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return pixmap;
}

// The same dot on a selected row, untinted and ringed in white: the style's
// tinting of selected icons made a blue dot vanish into the highlight.
QIcon dotIcon(const QColor &color)
{
    QIcon icon(dotPixmap(color, color.darker(125)));
    icon.addPixmap(dotPixmap(color, Qt::white), QIcon::Selected);
    return icon;
}

} // namespace

ChoiceDelegate::ChoiceDelegate(QList<Choice> choices, int valueRole, QObject *parent)
    : ReadableItemDelegate(parent), m_choices(std::move(choices)), m_valueRole(valueRole)
{
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setFrame(false);
    for (const Choice &choice : m_choices)
        combo->addItem(dotIcon(choice.color), choice.label, choice.value);
    // Picking an entry is the whole edit: commit at once instead of waiting for
    // the user to leave the cell.
    auto *self = const_cast<ChoiceDelegate *>(this);
    connect(combo, &QComboBox::activated, self, [self, combo] {
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    if (const Choice *choice = choiceFor(index))
        combo->setCurrentIndex(combo->findData(choice->value));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo || combo->currentIndex() < 0)
        return;
    const int value = combo->currentData().toInt();
    // An unchanged value would still become an undo step; skip it.
    if (const Choice *current = choiceFor(index); current && current->value == value)
        return;
    model->setData(index, value, Qt::EditRole);
}

void ChoiceDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                          const QModelIndex &) const
{
    editor->setGeometry(option.rect);
}

void ChoiceDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    ReadableItemDelegate::initStyleOption(option, index);
    if (const Choice *choice = choiceFor(index); choice && choice->color.isValid()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = dotIcon(choice->color);
        option->decorationSize = QSize(12, 12);
    }
}

const ChoiceDelegate::Choice *ChoiceDelegate::choiceFor(const QModelIndex &index) const
{
    const QVariant value = index.data(m_valueRole);
    if (!value.isValid())
        return nullptr;
    bool isNumber = false;
    const int number = value.toInt(&isNumber);
    for (const Choice &choice : m_choices) {
        if (isNumber ? choice.value == number : choice.label == value.toString())
            return &choice;
    }
    return nullptr;
}
