#pragma once

#include "domain/Issue.h"

#include <QString>
#include <QVariant>

#include <functional>

class QUndoStack;
class Store;

// One edit of an issue field from the window (the table or the detail form), on
// the undo stack: a ChangeStatusCommand for the status, a SetIssueFieldCommand
// for anything else. When a colleague saved the issue since `version` was read,
// the store refuses the write; `useMine` is then asked with the value the
// colleague saved, and if it answers true the user's value is written over it
// as one more undo step. With `useMine` the refusal itself is not reported as
// an error (the question says it); without, it is.
namespace IssueFieldEdit {

using UseMine = std::function<bool(const QVariant &theirs)>;

// False when nothing was written (the store refused and the user kept theirs,
// or another error, which the store has reported).
bool push(QUndoStack &stack, Store &store, qint64 issueId, IssueField field,
          const QVariant &oldValue, const QVariant &newValue, int version, const QString &reason,
          const UseMine &useMine);

} // namespace IssueFieldEdit
