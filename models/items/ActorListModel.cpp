#include "ActorListModel.h"

#include "store/ActorRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

ActorListModel::ActorListModel(Store &store, QObject *parent)
    : QAbstractListModel(parent), m_store(store)
{
    connect(&m_store, &Store::actorsChanged, this, &ActorListModel::refresh);
    connect(&m_store, &Store::reset, this, &ActorListModel::refresh);
    // A colleague's added, merged or removed actor shows within a second.
    connect(&m_store, &Store::externalChange, this, &ActorListModel::refresh);
    refresh();
}

int ActorListModel::rowOfActor(qint64 actorId) const
{
    for (int row = 0; row < m_actors.size(); ++row) {
        if (m_actors.at(row).id == actorId)
            return row;
    }
    return -1;
}

int ActorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actors.size());
}

QVariant ActorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Actor &actor = m_actors.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return actor.name;
    case Qt::ToolTipRole: {
        const QString bloc = tr("Bloc: %1").arg(actor.bloc);
        QString tip = actor.role.isEmpty() ? bloc : actor.role + QLatin1Char('\n') + bloc;
        if (actor.illustrative)
            tip += QLatin1Char('\n') + tr("Illustrative estimate");
        return tip;
    }
    case ActorIdRole:
        return actor.id;
    case BlocRole:
        return actor.bloc;
    case KindRole:
        return actor.kind;
    case BlocColorRole:
        return m_palette.colorOf(actor.bloc);
    default:
        return {};
    }
}

void ActorListModel::refresh()
{
    QList<Actor> actors;
    try {
        if (m_store.isOpen()) {
            actors = m_store.actors().all();
            m_palette = BlocPalette(m_store.settings().summit());
        }
    } catch (const StoreError &error) {
        m_store.reportError(error.message());
    }
    bool sameRows = actors.size() == m_actors.size();
    for (int row = 0; sameRows && row < actors.size(); ++row)
        sameRows = actors.at(row).id == m_actors.at(row).id;
    if (sameRows) {
        // Same actors in the same order: keep the rows (and a view's selection).
        m_actors = actors;
        if (!m_actors.isEmpty())
            emit dataChanged(index(0), index(int(m_actors.size()) - 1));
        return;
    }
    beginResetModel();
    m_actors = actors;
    endResetModel();
}
