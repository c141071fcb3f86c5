#pragma once

#include <QSqlDatabase>

// Keeps bloc_gap, each issue's weighted medians of the summit's two sides (our
// bloc and the counterpart, from the settings), in step with the positions.
// Triggers queue the issues whose positions (or whose actors' blocs) changed in
// bloc_gap_stale; sync() recomputes those with the median rule of
// domain/WeightedMedian, so the dashboard reads twenty rows off an index instead
// of a million positions. When the summit's sides change, every issue is
// recomputed.
class BlocGapRepository
{
public:
    explicit BlocGapRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Recomputes the queued issues in one transaction and returns how many there
    // were. Cheap when nothing changed; a freshly upgraded or bulk-loaded store
    // pays once for all of its issues. Throws StoreError.
    int sync();

private:
    QSqlDatabase m_db;
};
