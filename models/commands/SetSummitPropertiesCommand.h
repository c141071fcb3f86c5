#pragma once

#include "domain/SummitInfo.h"

#include <QUndoCommand>

class Store;

// Sets the summit's properties (name, place, dates, marking, the two blocs) as
// one step; undo puts back the values they replace. The values the dialog showed
// are the ones replaced: when a colleague changed the properties since, redo and
// undo are refused like a conflict (the command becomes obsolete and reports
// through Store::reportError) instead of overwriting their change.
class SetSummitPropertiesCommand : public QUndoCommand
{
public:
    SetSummitPropertiesCommand(Store &store, const SummitInfo &before, const SummitInfo &after,
                               QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    static bool same(const SummitInfo &a, const SummitInfo &b);

private:
    void apply(const SummitInfo &expected, const SummitInfo &wanted, const char *refusal);

    Store &m_store;
    SummitInfo m_before;
    SummitInfo m_after;
};
