#pragma once

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
        KindRole
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
    QList<Actor> m_actors;
};
