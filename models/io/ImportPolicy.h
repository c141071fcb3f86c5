#pragma once

#include <QString>
#include <QStringList>

// What an import does with a record the database already holds (an issue with
// the same code, an actor with the same name but other details, a saved view
// with the same name).
enum class ImportPolicy
{
    Ask,    // refuse the whole import and list the records, so the person can choose
    Skip,   // keep what the database holds
    Replace // overwrite it with the file's version (a status change is recorded)
};

// The records an import under ImportPolicy::Ask refused to overwrite.
struct ImportConflicts
{
    QStringList issueCodes;
    QStringList actorNames;
    QStringList savedViewNames;

    bool isEmpty() const
    {
        return issueCodes.isEmpty() && actorNames.isEmpty() && savedViewNames.isEmpty();
    }
    int count() const { return int(issueCodes.size() + actorNames.size() + savedViewNames.size()); }
    // One line however many there are, naming the first `shown` of each kind:
    // "3000 issue code(s) (RE-01, RE-02, … and 2990 more), 1 actor(s) with other
    // details (Wang Yi)".
    QString summary(int shown = 10) const;
    // "RE-01, RE-02, … and 2990 more": the first `shown` names and the count of the rest.
    static QString abbreviated(const QStringList &names, int shown = 10);
};

// An import's message as one line: the codes and names quoted in it are the
// file's text and may hold line breaks.
inline QString asOneLine(QString message)
{
    for (QChar &c : message) {
        if (c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return message;
}
