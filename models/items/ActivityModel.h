#pragma once

#include "store/ActivityEntry.h"

#include <QAbstractTableModel>
#include <QDateTime>

class Store;

// Every issue's status changes since a time, newest first: "what changed since
// the last pack". Read-only. New changes are inserted at the top, so a view
// keeps its selection while colleagues work.
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        WhenColumn,
        CodeColumn,
        TitleColumn,
        FromColumn,
        ToColumn,
        WhoColumn,
        WhyColumn,
        ColumnCount
    };
    enum Role
    {
        IssueIdRole = Qt::UserRole + 1, // qint64, to open the issue
        ChangedAtRole                   // QDateTime (UTC)
    };
    // At most this many changes are held; isTruncated() tells when more exist.
    static constexpr int maxRows = 5000;

    // Starts at defaultSince(store).
    explicit ActivityModel(Store &store, QObject *parent = nullptr);

    // The last pack export from this file or, if there was none, seven days
    // before the file's latest status change (before now, without history).
    static QDateTime defaultSince(Store &store);

    void setSince(const QDateTime &since);
    QDateTime since() const { return m_since; }
    bool isTruncated() const { return m_entries.size() >= maxRows; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    void refresh();

private:
    QList<ActivityEntry> read() const;

    Store &m_store;
    QDateTime m_since;
    QList<ActivityEntry> m_entries;
};
