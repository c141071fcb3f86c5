#include "SetSummitPropertiesCommand.h"

#include "store/SettingsRepository.h"
#include "store/Sql.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

SetSummitPropertiesCommand::SetSummitPropertiesCommand(Store &store, const SummitInfo &before,
                                                       const SummitInfo &after,
                                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_before(before), m_after(after)
{
    setText(QCoreApplication::translate("SetSummitPropertiesCommand",
                                        "Change the summit's properties"));
}

bool SetSummitPropertiesCommand::same(const SummitInfo &a, const SummitInfo &b)
{
    return a.name == b.name && a.place == b.place && a.start == b.start && a.end == b.end &&
           a.classification == b.classification && a.ourBloc == b.ourBloc &&
           a.counterpartBloc == b.counterpartBloc;
}

void SetSummitPropertiesCommand::apply(const SummitInfo &expected, const SummitInfo &wanted,
                                       const char *refusal)
{
    try {
        // Read and written under one write lock: a colleague's change cannot fall between.
        Sql::Transaction transaction(m_store.database());
        SettingsRepository &settings = m_store.settings();
        if (!same(settings.summit(), expected))
            throw StoreError(StoreError::Kind::Conflict,
                             QCoreApplication::translate("SetSummitPropertiesCommand", refusal));
        settings.setSummit(wanted);
        transaction.commit();
    } catch (const StoreError &error) {
        setObsolete(true);
        m_store.reportError(error);
    }
}

void SetSummitPropertiesCommand::redo()
{
    apply(m_before, m_after,
          QT_TRANSLATE_NOOP("SetSummitPropertiesCommand",
                            "Someone else changed the summit's properties since; your change was "
                            "not saved."));
}

void SetSummitPropertiesCommand::undo()
{
    apply(m_after, m_before,
          QT_TRANSLATE_NOOP("SetSummitPropertiesCommand",
                            "Someone else changed the summit's properties since; the change was "
                            "not undone."));
}
