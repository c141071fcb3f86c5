#include "NoteEdit.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QTextCursor>

NoteEdit::NoteEdit(int lines, QWidget *parent) : QPlainTextEdit(parent), m_lines(lines) {}

QSize NoteEdit::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), heightFor(m_lines)};
}

QSize NoteEdit::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), heightFor(2)};
}

int NoteEdit::heightFor(int lines) const
{
    const QMargins margins = contentsMargins();
    return fontMetrics().lineSpacing() * lines + int(2 * document()->documentMargin()) +
           margins.top() + margins.bottom() + 2 * frameWidth();
}

qsizetype NoteEdit::length() const
{
    return toPlainText().size();
}

qsizetype NoteEdit::lengthAfter(const QString &inserted) const
{
    const QTextCursor cursor = textCursor();
    return length() - (cursor.selectionEnd() - cursor.selectionStart()) + inserted.size();
}

void NoteEdit::keyPressEvent(QKeyEvent *event)
{
    QString typed = event->text();
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        typed = QStringLiteral("\n");
    const bool inserts =
        !typed.isEmpty() && (typed.at(0).isPrint() || typed == QStringLiteral("\n"));
    if (m_maxLength > 0 && inserts && !isReadOnly() && lengthAfter(typed) > m_maxLength &&
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        emit lengthRefused(lengthAfter(typed));
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void NoteEdit::insertFromMimeData(const QMimeData *source)
{
    if (m_maxLength > 0 && source && source->hasText()) {
        const qsizetype after = lengthAfter(source->text());
        if (after > m_maxLength) {
            emit lengthRefused(after);
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}
