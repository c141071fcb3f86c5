#pragma once

#include <QHash>
#include <QSqlDatabase>

// Keeps bloc_gap, each issue's weighted medians of the summit's two sides (our
// bloc and the counterpart, from the settings), in step with the positions.
// Triggers queue the issues whose positions (or whose actors' blocs) changed in
// bloc_gap_stale; sync() recomputes those with the median rule of
// domain/WeightedMedian, so the dashboard reads twenty rows off an index instead
// of a million positions. When the summit's sides change, every issue is
// recomputed.
//
// A store that may not be written (a reader's account on a team database, a file
// opened read-only) keeps its queue: there sync() writes nothing, and whoever
// reads the gaps takes the queued issues' from pending(), computed in memory the
// same way, so a reader never sees a gap that a colleague's edit made wrong.
class BlocGapRepository
{
public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    explicit BlocGapRepository(QSqlDatabase db, Access access = Access::ReadWrite)
        : m_db(std::move(db)), m_access(access)
    {
    }

    struct Gap
    {
        double ours = 0;
        double theirs = 0;
        double gap = 0;
    };
    // The gaps bloc_gap does not hold yet.
    struct Pending
    {
        // Nothing is queued: bloc_gap is up to date.
        bool none = true;
        // The summit's sides changed since bloc_gap was written: none of it holds.
        bool everyIssue = false;
        // The queued issues (every issue, with everyIssue) where both sides hold a
        // position; a queued issue missing here has no gap.
        QHash<qint64, Gap> gaps;
    };

    // Recomputes the queued issues in one transaction and returns how many there
    // were. Cheap when nothing changed; a freshly upgraded or bulk-loaded store
    // pays once for all of its issues. Writes nothing (and returns 0) when the
    // access is ReadOnly. Throws StoreError.
    int sync();
    // The queued issues' gaps, computed without writing. Throws StoreError.
    Pending pending() const;

private:
    struct Sides
    {
        QString ours;
        QString theirs;
        bool changed = false; // since bloc_gap was computed
    };
    Sides sides() const;
    QHash<qint64, Gap> compute(const Sides &sides, bool everyIssue) const;

    QSqlDatabase m_db;
    Access m_access;
};
