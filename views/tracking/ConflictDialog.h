#pragma once

#include "domain/Issue.h"

#include <QDialog>
#include <QVariant>

#include <functional>

// A colleague saved this field after the user read it: show both values and let
// the user keep theirs or write their own again.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice
    {
        KeepTheirs,
        UseMine
    };

    ConflictDialog(const QString &what, const QString &theirs, const QString &mine,
                   QWidget *parent = nullptr);

    static Choice ask(QWidget *parent, const QString &what, const QString &theirs,
                      const QString &mine);

    // A field's value as the user reads it (status and priority labels, a
    // long date), for the two sides of the dialog.
    static QString issueValueText(IssueField field, const QVariant &value);

    // Tests answer in place of the user: the script sees the dialog as shown.
    using Script = std::function<Choice(ConflictDialog &dialog)>;
    static void setScriptForTesting(Script script);

    QString theirsText() const { return m_theirs; }
    QString mineText() const { return m_mine; }

private:
    QString m_theirs;
    QString m_mine;
};
