#include "MultiLineTextDelegate.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QPlainTextEdit>

namespace {
constexpr int editorLines = 5;
}

QWidget *MultiLineTextDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                             const QModelIndex &) const
{
    auto *editor = new QPlainTextEdit(parent);
    editor->setObjectName(QStringLiteral("multiLineEditor"));
    editor->setTabChangesFocus(true);
    editor->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    editor->setToolTip(tr("Enter saves, Shift+Enter starts a new line, Escape cancels"));
    return editor;
}

void MultiLineTextDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = qobject_cast<QPlainTextEdit *>(editor);
    if (!edit)
        return;
    edit->setPlainText(index.data(Qt::EditRole).toString());
    edit->selectAll();
}

void MultiLineTextDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                         const QModelIndex &index) const
{
    auto *edit = qobject_cast<QPlainTextEdit *>(editor);
    if (!edit)
        return;
    const QString text = edit->toPlainText();
    // An unchanged text would still become an undo step; skip it.
    if (text != index.data(Qt::EditRole).toString())
        model->setData(index, text, Qt::EditRole);
}

void MultiLineTextDelegate::updateEditorGeometry(QWidget *editor,
                                                 const QStyleOptionViewItem &option,
                                                 const QModelIndex &) const
{
    // Taller than the row, and kept inside the table's viewport.
    QRect rect = option.rect;
    const int lineHeight = editor->fontMetrics().lineSpacing();
    rect.setHeight(qMax(rect.height(), lineHeight * editorLines + 12));
    rect.setWidth(qMax(rect.width(), editor->fontMetrics().averageCharWidth() * 30));
    if (const QWidget *viewport = editor->parentWidget()) {
        const QRect bounds = viewport->rect();
        if (rect.bottom() > bounds.bottom())
            rect.moveBottom(bounds.bottom());
        if (rect.right() > bounds.right())
            rect.moveRight(bounds.right());
        rect = rect.intersected(bounds);
    }
    editor->setGeometry(rect);
}

bool MultiLineTextDelegate::eventFilter(QObject *watched, QEvent *event)
{
    auto *editor = qobject_cast<QPlainTextEdit *>(watched);
    if (editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & Qt::ShiftModifier)) {
            emit commitData(editor);
            emit closeEditor(editor, QAbstractItemDelegate::SubmitModelCache);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}
