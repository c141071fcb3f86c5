#pragma once

#include "charts/BlocPalette.h"
#include "domain/Actor.h"

#include <QAbstractListModel>

class Store;

// All actors, grouped by bloc (sorted by bloc, then name).
class ActorListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        ActorIdRole = Qt::UserRole + 1,
        BlocRole,
        KindRole,
        BlocColorRole // QColor: our side, the counterpart or another bloc (BlocPalette)
    };

    explicit ActorListModel(Store &store, QObject *parent = nullptr);

    const QList<Actor> &actors() const { return m_actors; }
    int rowOfActor(qint64 actorId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

public slots:
    void refresh();

private:
    Store &m_store;
    BlocPalette m_palette; // follows the summit's sides
    QList<Actor> m_actors;
};
