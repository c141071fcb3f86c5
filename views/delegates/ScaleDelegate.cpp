#include "ScaleDelegate.h"

#include "EditStart.h"
#include "items/PositionTableModel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QSignalBlocker>
#include <QSpinBox>

#include <algorithm>

namespace {

// Shows a number as typed, also out of range: a plain QSpinBox drops the key
// that makes "15" into "150" and then saves 15. The model refuses 150 and says why.
class ScaleSpinBox : public QSpinBox
{
public:
    using QSpinBox::QSpinBox;

    QValidator::State validate(QString &input, int &pos) const override
    {
        const QValidator::State state = QSpinBox::validate(input, pos);
        const QString text = input.trimmed();
        const bool digits =
            !text.isEmpty() && text.size() <= 6 &&
            std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
        return state == QValidator::Invalid && digits ? QValidator::Intermediate : state;
    }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        // QSpinBox "corrects" 150 to its last valid value (15) on Enter, before
        // the delegate's queued commit reads it: leave the text as typed.
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            QString typed = text();
            int pos = 0;
            if (validate(typed, pos) != QValidator::Acceptable) {
                event->accept();
                return;
            }
        }
        QSpinBox::keyPressEvent(event);
    }

    void focusOutEvent(QFocusEvent *event) override
    {
        // Losing the focus to the message that refuses 150 would put the last
        // valid value (15) in the box behind it: keep what was typed.
        const QString typed = lineEdit()->text();
        QString check = typed;
        int pos = 0;
        const bool outOfRange = validate(check, pos) == QValidator::Intermediate;
        const int cursor = lineEdit()->cursorPosition();
        QSpinBox::focusOutEvent(event);
        if (outOfRange && lineEdit()->text() != typed) {
            const QSignalBlocker blocker(lineEdit());
            lineEdit()->setText(typed);
            lineEdit()->setCursorPosition(cursor);
        }
    }
};

int valueOf(const QModelIndex &index)
{
    QVariant value = index.data(Qt::EditRole);
    if (!value.isValid())
        value = index.data(Qt::DisplayRole);
    return qBound(0, value.toInt(), 100);
}

} // namespace

ScaleDelegate::ScaleDelegate(bool drawBar, QObject *parent)
    : QStyledItemDelegate(parent), m_drawBar(drawBar)
{
}

void ScaleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    if (!m_drawBar || !index.data(Qt::DisplayRole).isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background and selection as the style draws them, then our gauge and number.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect cell = opt.rect.adjusted(6, 0, -6, 0);
    const int numberWidth = opt.fontMetrics.horizontalAdvance(QStringLiteral("100")) + 8;
    const QRect numberRect(cell.left(), cell.top(), numberWidth, cell.height());
    const int barHeight = qMax(6, cell.height() / 4);
    const int gap = 6;
    const QRect track(numberRect.right() + gap, cell.center().y() - barHeight / 2 + 1,
                      qMax(0, cell.right() - numberRect.right() - gap), barHeight);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(selected ? opt.palette.color(group, QPalette::HighlightedText)
                             : opt.palette.color(group, QPalette::Text));
    painter->setFont(opt.font);
    painter->drawText(numberRect, Qt::AlignRight | Qt::AlignVCenter, text);
    if (track.width() > 8) {
        QColor trackColor = opt.palette.color(group, QPalette::Mid);
        trackColor.setAlpha(70);
        painter->setPen(Qt::NoPen);
        painter->setBrush(trackColor);
        painter->drawRoundedRect(track, 2, 2);
        QRect filled = track;
        filled.setWidth(track.width() * valueOf(index) / 100);
        const QColor fill = selected ? opt.palette.color(group, QPalette::HighlightedText)
                                     : QColor(0x25, 0x63, 0xeb);
        painter->setBrush(fill);
        painter->drawRoundedRect(filled, 2, 2);
    }
    painter->restore();
}

QSize ScaleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (m_drawBar)
        size.setWidth(qMax(size.width(), 120));
    return size;
}

QWidget *ScaleDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                     const QModelIndex &) const
{
    auto *spin = new ScaleSpinBox(parent);
    spin->setFrame(false);
    spin->setRange(0, 100);
    spin->setAccelerated(true);
    spin->setToolTip(tr("A whole number from 0 to 100"));
    return spin;
}

void ScaleDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *spin = qobject_cast<QSpinBox *>(editor);
    // A refresh while the user types keeps what was typed.
    if (!spin || EditStart::userChanged(editor, spin->cleanText()))
        return;
    spin->setValue(valueOf(index));
    EditStart::remember(editor, index, PositionTableModel::VersionRole, spin->cleanText());
}

void ScaleDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                 const QModelIndex &index) const
{
    auto *spin = qobject_cast<QSpinBox *>(editor);
    if (!spin)
        return;
    // The text as typed, not the spin box's last valid value (which drops digits).
    const QString typed = spin->cleanText().trimmed();
    if (typed == QString::number(valueOf(index)) && !EditStart::userChanged(editor, typed))
        return;
    if (auto *positions = qobject_cast<PositionTableModel *>(model)) {
        positions->setDataSince(index, typed, EditStart::value(editor), EditStart::version(editor));
        return;
    }
    bool ok = false;
    const int number = typed.toInt(&ok);
    if (ok && number >= 0 && number <= 100)
        model->setData(index, number, Qt::EditRole);
}

void ScaleDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                         const QModelIndex &) const
{
    editor->setGeometry(option.rect);
}
