#include "CreateIssueCommand.h"

#include "store/PositionRepository.h"
#include "store/Sql.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QSignalBlocker>

#include <algorithm>
#include <tuple>

namespace {

// Whether two issues' positions say the same (actors, numbers, texts), whatever
// their ids, versions and order.
bool samePositions(QList<Position> a, QList<Position> b)
{
    const auto key = [](const Position &p) {
        return std::tie(p.actorId, p.position, p.salience, p.clout, p.stance, p.source,
                        p.illustrative);
    };
    const auto byKey = [&key](const Position &x, const Position &y) { return key(x) < key(y); };
    std::sort(a.begin(), a.end(), byKey);
    std::sort(b.begin(), b.end(), byKey);
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [&key](const Position &x, const Position &y) { return key(x) == key(y); });
}

} // namespace

CreateIssueCommand::CreateIssueCommand(Store &store, const Issue &issue, const QString &text,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_created(issue)
{
    setText(text.isEmpty() ? QCoreApplication::translate("CreateIssueCommand", "Create issue %1")
                                 .arg(issue.code.trimmed())
                           : text);
}

CreateIssueCommand::CreateIssueCommand(Store &store, const Issue &issue,
                                       const QList<Position> &positions, const QString &text,
                                       QUndoCommand *parent)
    : CreateIssueCommand(store, issue, text, parent)
{
    m_positions = positions;
}

void CreateIssueCommand::insert()
{
    try {
        {
            Sql::Transaction transaction(m_store.database());
            // Announced once the issue and its positions are all in.
            const QSignalBlocker quiet(&m_store);
            m_store.issues().insert(m_created);
            for (Position &position : m_positions) {
                position.id = 0;
                position.issueId = m_created.id;
                m_store.positions().insertRow(position);
            }
            transaction.commit();
        }
        m_store.notifyIssueChanged(m_created.id);
        if (!m_positions.isEmpty())
            m_store.notifyPositionsChanged(m_created.id);
    } catch (const StoreError &) {
        m_created.id = 0; // rolled back: nothing was created
        throw;
    }
}

void CreateIssueCommand::redo()
{
    try {
        if (m_firstRedo) {
            m_firstRedo = false;
            insert();
            return;
        }
        m_store.issues().restore(m_removed);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}

void CreateIssueCommand::undo()
{
    try {
        const std::optional<Issue> current = m_store.issues().byId(m_created.id);
        if (!current)
            throw StoreError(
                StoreError::Kind::NotFound,
                QCoreApplication::translate("CreateIssueCommand", "The issue no longer exists."));
        if (!IssueRepository::sameContent(*current, m_created) ||
            m_store.issues().hasHistoryBeyondCreation(m_created.id) ||
            !samePositions(m_store.positions().forIssue(m_created.id), m_positions))
            throw StoreError(
                StoreError::Kind::Conflict,
                QCoreApplication::translate("CreateIssueCommand",
                                            "Someone else changed %1 since; \"%2\" was not undone.")
                    .arg(current->code, text()));
        m_removed = m_store.issues().remove(m_created.id, current->version);
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}
