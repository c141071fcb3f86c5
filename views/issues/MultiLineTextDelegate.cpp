#include "MultiLineTextDelegate.h"

#include "delegates/EditStart.h"
#include "domain/FieldLimits.h"
#include "items/PositionTableModel.h"

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
    // A refresh while the user types keeps the typed text and the version it
    // started from, so a colleague's save meanwhile is a conflict, not overwritten.
    if (!edit || EditStart::userChanged(editor, edit->toPlainText()))
        return;
    edit->setPlainText(index.data(Qt::EditRole).toString());
    edit->selectAll();
    EditStart::remember(editor, index, PositionTableModel::VersionRole, edit->toPlainText());
}

void MultiLineTextDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                         const QModelIndex &index) const
{
    auto *edit = qobject_cast<QPlainTextEdit *>(editor);
    if (!edit)
        return;
    const QString text = edit->toPlainText();
    // An unchanged text would still become an undo step; skip it.
    if (!EditStart::userChanged(editor, text) && text == index.data(Qt::EditRole).toString())
        return;
    if (auto *positions = qobject_cast<PositionTableModel *>(model))
        positions->setDataSince(index, text, EditStart::value(editor), EditStart::version(editor));
    else
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
