#pragma once

#include "domain/Issue.h"

#include <QList>
#include <QUndoCommand>
#include <QVariant>

class Store;

// Sets one field (status, priority, owner, ...) on many issues as one undo step,
// in one transaction: all or nothing. The first redo() writes only if every
// issue is still at the version the user saw; one stale issue refuses the whole
// edit with a message naming the stale codes. A status change appends one
// history entry per issue; undo appends the reverse changes ("Undo: ...").
// A refusal marks the command obsolete and reports through Store::reportError.
class BulkEditCommand : public QUndoCommand
{
public:
    struct Target
    {
        qint64 issueId = 0;
        int seenVersion = 0;
    };

    BulkEditCommand(Store &store, const QList<Target> &issues, IssueField field,
                    const QVariant &newValue, const QString &reason = QString(),
                    QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(const QList<QVariant> &expected, const QList<QVariant> &values,
               const QString &reason, const char *refusal);

    Store &m_store;
    QList<Target> m_issues;
    IssueField m_field;
    QVariant m_newValue;
    QList<QVariant> m_oldValues; // per issue, read on the first redo
    QString m_reason;
    bool m_firstRedo = true;
};
