#include "BulkEditCommand.h"

#include "store/IssueRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace {

QString fieldName(IssueField field)
{
    switch (field) {
    case IssueField::Status:
        return QCoreApplication::translate("BulkEditCommand", "status");
    case IssueField::Priority:
        return QCoreApplication::translate("BulkEditCommand", "priority");
    case IssueField::Owner:
        return QCoreApplication::translate("BulkEditCommand", "owner");
    case IssueField::Category:
        return QCoreApplication::translate("BulkEditCommand", "category");
    case IssueField::DueDate:
        return QCoreApplication::translate("BulkEditCommand", "due date");
    case IssueField::Likelihood:
        return QCoreApplication::translate("BulkEditCommand", "likelihood");
    case IssueField::InPack:
        return QCoreApplication::translate("BulkEditCommand", "pack selection");
    default:
        return IssueRepository::columnOf(field);
    }
}

} // namespace

BulkEditCommand::BulkEditCommand(Store &store, const QList<Target> &issues, IssueField field,
                                 const QVariant &newValue, const QString &reason,
                                 QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_issues(issues), m_field(field),
      m_newValue(IssueRepository::normalized(field, newValue)), m_reason(reason)
{
    if (field == IssueField::Status) {
        const std::optional<Status> status = StatusText::fromInt(m_newValue.toInt());
        setText(QCoreApplication::translate("BulkEditCommand", "Change status of %n issue(s) to %1",
                                            nullptr, int(issues.size()))
                    .arg(status ? StatusText::label(*status) : QString()));
    } else {
        setText(QCoreApplication::translate("BulkEditCommand", "Change %1 of %n issue(s)", nullptr,
                                            int(issues.size()))
                    .arg(fieldName(field)));
    }
}

void BulkEditCommand::redo()
{
    try {
        if (m_firstRedo) {
            m_firstRedo = false;
            // The old values are read before the write; the write itself checks the
            // versions the user saw, so a value changed in between is refused.
            m_oldValues.clear();
            QList<IssueRepository::FieldChange> changes;
            for (const Target &target : std::as_const(m_issues)) {
                const std::optional<Issue> issue = m_store.issues().byId(target.issueId);
                m_oldValues.append(issue ? IssueRepository::normalized(
                                               m_field, IssueRepository::valueOf(*issue, m_field))
                                         : QVariant());
                changes.append({target.issueId, target.seenVersion, m_newValue});
            }
            m_store.issues().setFieldMany(m_field, changes, m_reason);
            return;
        }
        apply(m_oldValues, QList<QVariant>(m_issues.size(), m_newValue), m_reason,
              QT_TRANSLATE_NOOP("BulkEditCommand",
                                "Someone else changed %1 since; \"%2\" was not redone."));
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}

void BulkEditCommand::undo()
{
    try {
        // History is append-only: undo is recorded as the reverse change.
        const QString reason = QCoreApplication::translate("BulkEditCommand", "Undo: %1")
                                   .arg(m_reason.isEmpty() ? text() : m_reason);
        apply(QList<QVariant>(m_issues.size(), m_newValue), m_oldValues, reason,
              QT_TRANSLATE_NOOP("BulkEditCommand",
                                "Someone else changed %1 since; \"%2\" was not undone."));
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}

// Writes values[i] to issue i if every issue still holds expected[i].
void BulkEditCommand::apply(const QList<QVariant> &expected, const QList<QVariant> &values,
                            const QString &reason, const char *refusal)
{
    QList<IssueRepository::FieldChange> changes;
    QStringList changed;
    for (int i = 0; i < m_issues.size(); ++i) {
        const std::optional<Issue> current = m_store.issues().byId(m_issues.at(i).issueId);
        if (!current)
            throw StoreError(StoreError::Kind::NotFound,
                             QCoreApplication::translate("BulkEditCommand",
                                                         "An issue of \"%1\" no longer exists.")
                                 .arg(text()));
        if (IssueRepository::normalized(m_field, IssueRepository::valueOf(*current, m_field)) !=
            expected.at(i))
            changed.append(current->code);
        changes.append({current->id, current->version, values.at(i)});
    }
    if (!changed.isEmpty())
        throw StoreError(StoreError::Kind::Conflict,
                         QCoreApplication::translate("BulkEditCommand", refusal)
                             .arg(changed.join(QStringLiteral(", ")), text()));
    m_store.issues().setFieldMany(m_field, changes, reason);
}
