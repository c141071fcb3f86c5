#pragma once

#include "domain/Issue.h"
#include "domain/Position.h"

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

    // `field` names the field ("Owner"), `what` whose it is ("CR-01", or
    // "France on CR-01" for a position).
    ConflictDialog(const QString &field, const QString &what, const QString &theirs,
                   const QString &mine, QWidget *parent = nullptr);

    static Choice ask(QWidget *parent, const QString &field, const QString &what,
                      const QString &theirs, const QString &mine);

    // What the user calls a field, as the form and the tables label it.
    static QString issueFieldName(IssueField field);
    static QString positionFieldName(PositionField field);

    // A field's value as the user reads it (status and priority labels, a
    // long date), for the two sides of the dialog.
    static QString issueValueText(IssueField field, const QVariant &value);

    // Tests answer in place of the user: the script sees the dialog as shown.
    using Script = std::function<Choice(ConflictDialog &dialog)>;
    static void setScriptForTesting(Script script);

    QString fieldText() const { return m_field; }
    QString introText() const { return m_intro; }
    QString theirsText() const { return m_theirs; }
    QString mineText() const { return m_mine; }

private:
    QString m_field;
    QString m_intro;
    QString m_theirs;
    QString m_mine;
};
