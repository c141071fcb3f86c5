#pragma once

#include "domain/Position.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QUndoStack>

class Store;

// Every actor's position on one issue. Edits become undo commands.
class PositionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ActorColumn,
        BlocColumn,
        StanceColumn,
        PositionColumn, // 0–100 on the issue's scale
        SalienceColumn,
        CloutColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role
    {
        PositionIdRole = Qt::UserRole + 1,
        VersionRole,
        IllustrativeRole
    };

    PositionTableModel(Store &store, QUndoStack *undoStack, QObject *parent = nullptr);

    void setIssue(qint64 issueId); // 0: empty
    qint64 issueId() const { return m_issueId; }
    const QList<Position> &positions() const { return m_positions; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

public slots:
    void refresh();

private:
    Store &m_store;
    QPointer<QUndoStack> m_undoStack;
    qint64 m_issueId = 0;
    QList<Position> m_positions;
};
