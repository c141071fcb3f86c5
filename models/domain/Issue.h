#pragma once

#include "DecisionRule.h"
#include "Likelihood.h"
#include "Priority.h"
#include "Status.h"

#include <QDate>
#include <QDateTime>
#include <QString>

struct Issue
{
    qint64 id = 0;
    QString code;
    QString title;
    QString category;
    Status status = Status::Draft;
    Priority priority = Priority::Medium;
    QString owner;
    QDate dueDate;
    QString euObjective;
    QString linesToTake;
    QString defensiveLines;
    QString background;
    QString scaleLow;  // label of position 0 on this issue's scale
    QString scaleHigh; // label of position 100
    QString source;
    bool illustrative = false;
    Likelihood likelihood = Likelihood::Might; // of coming up at the summit
    bool inPack = true;                        // goes into the briefing pack
    // How the outcome is decided; under Consent the parties are the positions
    // marked consentNeeded. The source says why (a treaty article, a competence).
    DecisionRule decisionRule = DecisionRule::WeightedMajority;
    QString decisionRuleSource;
    int version = 1; // optimistic locking: an update names the version it read
    QDateTime createdAt;
    QDateTime updatedAt;
    // Set while the issue is archived: it leaves the table, packs and charts but
    // keeps its row and history. Invalid: live.
    QDateTime archivedAt;

    bool isArchived() const { return archivedAt.isValid(); }
};

// The editable text and value fields of an issue, for generic edit commands.
enum class IssueField
{
    Title,
    Category,
    Status,
    Priority,
    Owner,
    DueDate,
    EuObjective,
    LinesToTake,
    DefensiveLines,
    Background,
    ScaleLow,
    ScaleHigh,
    Source,
    Likelihood,        // the key ("certain"), as LikelihoodText::key gives it
    InPack,            // bool
    DecisionRule,      // the key ("majority"), as DecisionRuleText::key gives it
    DecisionRuleSource // why the rule applies (a treaty article, a competence)
};
