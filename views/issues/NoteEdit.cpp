#include "NoteEdit.h"

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
