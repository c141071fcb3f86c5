#pragma once

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
};
