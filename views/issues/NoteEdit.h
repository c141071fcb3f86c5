#pragma once

#include <QPlainTextEdit>

// A plain-text field that asks for a few lines rather than QPlainTextEdit's
// large default, so a form of several notes fits its panel before it scrolls.
class NoteEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit NoteEdit(int lines, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    int heightFor(int lines) const;

    int m_lines;
};
