#pragma once

#include "forecast/ExchangeModel.h"

#include <QAbstractTableModel>

class Store;

// The package deals our side can make (ExchangeModel::ourDeals over the store's
// trade-off links), best first. Read-only; re-read when positions, issues, links or
// actors change.
class PackageDealModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IssueColumn,      // the issue moved toward our objective
        GainColumn,       // how far its forecast moves toward it
        PartnerColumn,    // who moves for us
        ConcessionColumn, // what our actor gives: issue, from → to
        CostColumn,       // how far that issue's forecast moves away from our objective
        ColumnCount
    };
    enum Role
    {
        ExplanationRole = Qt::UserRole + 1, // QString: the deal in a few sentences
        IssueIdRole,                        // qint64, the issue moved
        GainRole                            // double, for sorting
    };

    explicit PackageDealModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QList<ExchangeModel::OurDeal> &deals() const { return m_deals; }
    // Distinct trade-off links between live issues at the last refresh.
    int tradeoffLinks() const { return m_tradeoffLinks; }
    QString ourBloc() const { return m_ourBloc; }
    // Why the table is empty, or empty when it is not.
    QString emptyText() const;

    // Live (the default): store changes refresh the rows. Not live: they only mark
    // the rows stale, refreshed when made live again (a view not on screen does not
    // pay for the search on every edit).
    void setLive(bool live);
    bool isLive() const { return m_live; }
    bool isStale() const { return m_stale; }

public slots:
    // Reads the store again now.
    void refresh();

signals:
    // After every refresh (the rows may be the same).
    void refreshed();

private:
    // Coalesces a burst of store signals into one refresh.
    void scheduleRefresh();

    Store &m_store;
    QList<ExchangeModel::OurDeal> m_deals;
    int m_tradeoffLinks = 0;
    QString m_ourBloc;
    bool m_refreshPending = false;
    bool m_live = true;
    bool m_stale = false;
};
