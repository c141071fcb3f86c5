#pragma once

#include "IssueLink.h"

#include <QString>

// A link as seen from one of its issues: the issue at the other end and the
// label that reads from this one ("RE-01 is blocked by RE-02").
struct LinkedIssue
{
    IssueLink link;
    bool outgoing = true; // this issue is link.fromIssue
    qint64 otherIssueId = 0;
    QString otherCode;
    QString otherTitle;
    QString label;
};
