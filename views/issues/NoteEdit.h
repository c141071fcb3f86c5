#pragma once

#include <QPlainTextEdit>

// A plain-text field that asks for a few lines rather than QPlainTextEdit's
// large default, so a form of several notes fits its panel before it scrolls.
// With a maximum length it refuses typing and pasting beyond it (never cuts
// text short) and says so through lengthRefused().
class NoteEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit NoteEdit(int lines, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    void setMaxLength(qsizetype maxLength) { m_maxLength = maxLength; }
    qsizetype maxLength() const { return m_maxLength; }
    qsizetype length() const;

signals:
    // The text would have been `attemptedLength` long: nothing was inserted.
    void lengthRefused(qsizetype attemptedLength);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    int heightFor(int lines) const;
    // The length the text would have once `inserted` replaces the selection.
    qsizetype lengthAfter(const QString &inserted) const;

    int m_lines;
    qsizetype m_maxLength = 0; // 0: no limit
};
