#include "SetPositionFieldCommand.h"

#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace {

QString textFor(PositionField field, const QString &actor, const QString &code)
{
    switch (field) {
    case PositionField::Stance:
        return QCoreApplication::translate("SetPositionFieldCommand", "Change stance of %1 on %2")
            .arg(actor, code);
    case PositionField::Position:
        return QCoreApplication::translate("SetPositionFieldCommand", "Change position of %1 on %2")
            .arg(actor, code);
    case PositionField::Salience:
        return QCoreApplication::translate("SetPositionFieldCommand", "Change salience of %1 on %2")
            .arg(actor, code);
    case PositionField::Clout:
        return QCoreApplication::translate("SetPositionFieldCommand", "Change clout of %1 on %2")
            .arg(actor, code);
    case PositionField::Source:
        return QCoreApplication::translate("SetPositionFieldCommand", "Change source of %1 on %2")
            .arg(actor, code);
    case PositionField::ConsentNeeded:
        return QCoreApplication::translate("SetPositionFieldCommand",
                                           "Change whether %1's consent is needed on %2")
            .arg(actor, code);
    }
    return {};
}

// The value in the type PositionRepository::valueOf() returns.
QVariant normalized(PositionField field, const QVariant &value)
{
    switch (field) {
    case PositionField::Position:
    case PositionField::Salience:
    case PositionField::Clout: {
        bool ok = false;
        const int number = value.toInt(&ok);
        // Left as it is, so the repository refuses it with a clear message.
        return ok ? QVariant(number) : value;
    }
    case PositionField::ConsentNeeded:
        return value.toBool();
    default:
        return value.toString();
    }
}

} // namespace

SetPositionFieldCommand::SetPositionFieldCommand(Store &store, qint64 positionId,
                                                 PositionField field, const QVariant &oldValue,
                                                 const QVariant &newValue, int seenVersion,
                                                 QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_positionId(positionId), m_field(field),
      m_oldValue(normalized(field, oldValue)), m_newValue(normalized(field, newValue)),
      m_seenVersion(seenVersion)
{
    QString actor;
    QString code;
    try {
        if (const std::optional<Position> position = m_store.positions().byId(positionId)) {
            actor = position->actorName;
            if (const std::optional<Issue> issue = m_store.issues().byId(position->issueId))
                code = issue->code;
        }
    } catch (const StoreError &) {
        // Only the label suffers; redo() reports the real problem.
    }
    setText(textFor(field, actor, code));
}

void SetPositionFieldCommand::redo()
{
    try {
        if (m_firstRedo) {
            m_firstRedo = false;
            m_store.positions().setField(m_positionId, m_field, m_newValue, m_seenVersion);
            return;
        }
        const std::optional<Position> current = m_store.positions().byId(m_positionId);
        if (!current)
            throw StoreError(StoreError::Kind::NotFound,
                             QCoreApplication::translate("SetPositionFieldCommand",
                                                         "The position no longer exists."));
        if (PositionRepository::valueOf(*current, m_field) != m_oldValue)
            throw StoreError(StoreError::Kind::Conflict,
                             QCoreApplication::translate(
                                 "SetPositionFieldCommand",
                                 "Someone else changed this position since; \"%1\" was not redone.")
                                 .arg(text()));
        m_store.positions().setField(m_positionId, m_field, m_newValue, current->version);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}

void SetPositionFieldCommand::undo()
{
    try {
        const std::optional<Position> current = m_store.positions().byId(m_positionId);
        if (!current)
            throw StoreError(StoreError::Kind::NotFound,
                             QCoreApplication::translate("SetPositionFieldCommand",
                                                         "The position no longer exists."));
        if (PositionRepository::valueOf(*current, m_field) != m_newValue)
            throw StoreError(StoreError::Kind::Conflict,
                             QCoreApplication::translate(
                                 "SetPositionFieldCommand",
                                 "Someone else changed this position since; \"%1\" was not undone.")
                                 .arg(text()));
        m_store.positions().setField(m_positionId, m_field, m_oldValue, current->version);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}
