#pragma once

#include "domain/StatusChange.h"

#include <QAbstractTableModel>

class Store;

// The status history of one issue, oldest first; read-only, like the table.
class StatusHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        WhenColumn,
        FromColumn,
        ToColumn,
        WhoColumn,
        WhyColumn,
        ColumnCount
    };

    explicit StatusHistoryModel(Store &store, QObject *parent = nullptr);

    void setIssue(qint64 issueId);
    qint64 issueId() const { return m_issueId; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    void refresh();

private:
    Store &m_store;
    qint64 m_issueId = 0;
    QList<StatusChange> m_changes;
};
