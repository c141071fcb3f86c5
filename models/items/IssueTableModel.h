#pragma once

#include "IssueFilter.h"
#include "domain/Issue.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QPointer>
#include <QUndoStack>
#include <QVector>

class Store;

// The issue table, sized for 100,000 issues: it knows the filtered total
// (COUNT(*)) and loads pages of rows on demand (LIMIT/OFFSET), with filter and
// sort done in SQL. rowCount() is always the true total, so the view never
// shows a partial list as if it were complete.
// Edits made through setData() become undo commands on the given QUndoStack.
class IssueTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        TitleColumn,
        CategoryColumn,
        StatusColumn,
        PriorityColumn,
        OwnerColumn,
        DueDateColumn,
        DaysBeforeSummitColumn,
        ColumnCount
    };
    enum Role {
        IssueIdRole = Qt::UserRole + 1, // qint64
        VersionRole,                    // int, for optimistic locking
        RawValueRole                    // status/priority as int, due date as QDate
    };

    IssueTableModel(Store &store, QUndoStack *undoStack, QObject *parent = nullptr);

    void setFilter(const IssueFilter &filter);
    IssueFilter filter() const { return m_filter; }
    qint64 totalCount() const { return m_totalCount; } // all issues, unfiltered
    qint64 issueIdAt(int row) const;
    int rowOfIssue(qint64 issueId) const; // -1 when the filter hides it
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public slots:
    // Re-reads counts and rows from the store, keeping persistent indexes (and so
    // the view's selection) on the same issues where they are still shown.
    void refresh();

signals:
    void countsChanged(qint64 shown, qint64 total);

private:
    struct Row; // defined in the .cpp
    // implementation detail members are free to change
    Store &m_store;
    QPointer<QUndoStack> m_undoStack;
    IssueFilter m_filter;
    int m_sortColumn = CodeColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    qint64 m_rowCount = 0;
    qint64 m_totalCount = 0;
    QDate m_summitStart;
};
