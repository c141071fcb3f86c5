#include "SetIssueFieldCommand.h"

#include "store/IssueRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace {

QString textFor(IssueField field, const QString &code)
{
    switch (field) {
    case IssueField::Title:
        return QCoreApplication::translate("SetIssueFieldCommand", "Change title of %1").arg(code);
    case IssueField::Category:
        return QCoreApplication::translate("SetIssueFieldCommand", "Change category of %1")
            .arg(code);
    case IssueField::Status:
        return QCoreApplication::translate("SetIssueFieldCommand", "Change status of %1").arg(code);
    case IssueField::Priority:
        return QCoreApplication::translate("SetIssueFieldCommand", "Change priority of %1")
            .arg(code);
    case IssueField::Owner:
        return QCoreApplication::translate("SetIssueFieldCommand", "Change owner of %1").arg(code);
    case IssueField::DueDate:
        return QCoreApplication::translate("SetIssueFieldCommand", "Change due date of %1")
            .arg(code);
    case IssueField::EuObjective:
        return QCoreApplication::translate("SetIssueFieldCommand", "Change objective of %1")
            .arg(code);
    case IssueField::LinesToTake:
        return QCoreApplication::translate("SetIssueFieldCommand", "Change lines to take of %1")
            .arg(code);
    case IssueField::DefensiveLines:
        return QCoreApplication::translate("SetIssueFieldCommand", "Change defensive lines of %1")
            .arg(code);
    case IssueField::Background:
        return QCoreApplication::translate("SetIssueFieldCommand", "Change background of %1")
            .arg(code);
    case IssueField::ScaleLow:
        return QCoreApplication::translate("SetIssueFieldCommand", "Change scale (low end) of %1")
            .arg(code);
    case IssueField::ScaleHigh:
        return QCoreApplication::translate("SetIssueFieldCommand", "Change scale (high end) of %1")
            .arg(code);
    case IssueField::Source:
        return QCoreApplication::translate("SetIssueFieldCommand", "Change source of %1").arg(code);
    case IssueField::Likelihood:
        return QCoreApplication::translate("SetIssueFieldCommand", "Change likelihood of %1")
            .arg(code);
    case IssueField::InPack:
        return QCoreApplication::translate("SetIssueFieldCommand",
                                           "Change whether %1 goes into the pack")
            .arg(code);
    case IssueField::DecisionRule:
        return QCoreApplication::translate("SetIssueFieldCommand", "Change how %1 is decided")
            .arg(code);
    case IssueField::DecisionRuleSource:
        return QCoreApplication::translate("SetIssueFieldCommand",
                                           "Change source of the decision rule of %1")
            .arg(code);
    }
    return {};
}

} // namespace

SetIssueFieldCommand::SetIssueFieldCommand(Store &store, qint64 issueId, IssueField field,
                                           const QVariant &oldValue, const QVariant &newValue,
                                           int seenVersion, QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_issueId(issueId), m_field(field),
      m_oldValue(IssueRepository::normalized(field, oldValue)),
      m_newValue(IssueRepository::normalized(field, newValue)), m_seenVersion(seenVersion)
{
    QString code;
    try {
        if (const std::optional<Issue> issue = m_store.issues().byId(issueId))
            code = issue->code;
    } catch (const StoreError &) {
        // Only the label suffers; redo() reports the real problem.
    }
    setText(textFor(field, code));
}

void SetIssueFieldCommand::redo()
{
    try {
        if (m_firstRedo) {
            m_firstRedo = false;
            m_store.issues().setField(m_issueId, m_field, m_newValue, m_seenVersion);
            return;
        }
        const std::optional<Issue> current = m_store.issues().byId(m_issueId);
        if (!current)
            throw StoreError(
                StoreError::Kind::NotFound,
                QCoreApplication::translate("SetIssueFieldCommand", "The issue no longer exists."));
        if (IssueRepository::normalized(m_field, IssueRepository::valueOf(*current, m_field)) !=
            m_oldValue)
            throw StoreError(
                StoreError::Kind::Conflict,
                QCoreApplication::translate("SetIssueFieldCommand",
                                            "Someone else changed %1 since; \"%2\" was not redone.")
                    .arg(current->code, text()));
        m_store.issues().setField(m_issueId, m_field, m_newValue, current->version);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}

void SetIssueFieldCommand::undo()
{
    try {
        const std::optional<Issue> current = m_store.issues().byId(m_issueId);
        if (!current)
            throw StoreError(
                StoreError::Kind::NotFound,
                QCoreApplication::translate("SetIssueFieldCommand", "The issue no longer exists."));
        if (IssueRepository::normalized(m_field, IssueRepository::valueOf(*current, m_field)) !=
            m_newValue)
            throw StoreError(
                StoreError::Kind::Conflict,
                QCoreApplication::translate("SetIssueFieldCommand",
                                            "Someone else changed %1 since; \"%2\" was not undone.")
                    .arg(current->code, text()));
        m_store.issues().setField(m_issueId, m_field, m_oldValue, current->version);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}
