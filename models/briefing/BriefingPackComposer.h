#pragma once

#include "PackContent.h"
#include "PackOptions.h"

#include <QCoreApplication>

class Store;

// Reads what a briefing pack needs from the store, applying the options' filters
// and defaults. Throws StoreError (an unknown issue code is NotFound, naming it).
class BriefingPackComposer
{
    Q_DECLARE_TR_FUNCTIONS(BriefingPackComposer)
public:
    explicit BriefingPackComposer(Store &store) : m_store(store) {}

    PackContent compose(const PackOptions &options) const;
    // How many issues a pack of every issue briefs: those marked for the pack
    // and not archived.
    qsizetype issuesInPack() const;

    // The marking printed for a classification: trimmed, upper case, and empty for
    // none or "UNCLASSIFIED".
    static QString markingFor(const QString &classification);

private:
    Store &m_store;
};
