#include "IssueFieldEdit.h"

#include "ChangeStatusCommand.h"
#include "SetIssueFieldCommand.h"
#include "store/IssueRepository.h"
#include "store/Store.h"

#include <QScopeGuard>
#include <QUndoStack>

#include <optional>

namespace IssueFieldEdit {

bool push(QUndoStack &stack, Store &store, qint64 issueId, IssueField field,
          const QVariant &oldValue, const QVariant &newValue, int version, const QString &reason,
          const UseMine &useMine)
{
    // A refused write reports through the store and the stack drops the command.
    bool failed = false;
    std::optional<QVariant> theirs;
    const QMetaObject::Connection errors =
        QObject::connect(&store, &Store::errorOccurred, [&failed] { failed = true; });
    const QMetaObject::Connection conflicts =
        QObject::connect(&store, &Store::conflictOccurred,
                         [&theirs](const QString &, const QVariant &current) { theirs = current; });
    const auto unwatch = qScopeGuard([errors, conflicts] {
        QObject::disconnect(errors);
        QObject::disconnect(conflicts);
    });
    const auto write = [&](const QVariant &before, int expectedVersion) {
        if (field == IssueField::Status)
            stack.push(new ChangeStatusCommand(store, issueId, Status(before.toInt()),
                                               Status(newValue.toInt()), expectedVersion, reason));
        else
            stack.push(
                new SetIssueFieldCommand(store, issueId, field, before, newValue, expectedVersion));
    };

    {
        // The user is asked about a conflict: no "not saved" message before the question.
        std::optional<Store::ConflictQuestion> question;
        if (useMine)
            question.emplace(store);
        write(oldValue, version);
    }
    if (!theirs)
        return !failed;
    if (!useMine || !useMine(*theirs))
        return false;
    // Over the colleague's value, as the store holds it now.
    std::optional<Issue> current;
    try {
        current = store.issues().byId(issueId);
    } catch (const StoreError &error) {
        store.reportError(error);
    }
    if (!current)
        return false;
    failed = false;
    theirs.reset();
    write(IssueRepository::valueOf(*current, field), current->version);
    return !failed;
}

} // namespace IssueFieldEdit
