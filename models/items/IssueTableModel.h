#pragma once

#include "domain/Issue.h"
#include "domain/IssueColumns.h"
#include "domain/IssueFilter.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QPointer>
#include <QUndoStack>
#include <QVector>

#include <functional>
#include <optional>

class QSqlQuery;
class Store;

// The issue table, sized for 100,000 issues: it knows the filtered total
// (COUNT(*)) and loads pages of rows on demand (LIMIT/OFFSET), with filter and
// sort done in SQL. rowCount() is always the true total, so the view never
// shows a partial list as if it were complete.
// Edits made through setData() become undo commands on the given QUndoStack.
class IssueTableModel : public QAbstractTableModel, public IssueColumns
{
    Q_OBJECT
public:
    enum Role
    {
        IssueIdRole = Qt::UserRole + 1, // qint64
        VersionRole,                    // int, for optimistic locking
        RawValueRole,                   // status/priority as int, due date as QDate
        ArchivedRole                    // bool
    };

    IssueTableModel(Store &store, QUndoStack *undoStack, QObject *parent = nullptr);
    ~IssueTableModel() override;

    void setFilter(const IssueFilter &filter);
    IssueFilter filter() const { return m_filter; }
    qint64 totalCount() const { return m_totalCount; } // all issues, unfiltered
    qint64 issueIdAt(int row) const;
    int rowOfIssue(qint64 issueId) const; // -1 when the filter hides it
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Rows are read in pages of pageSize and at most maxPages are kept (least
    // recently used dropped first). Resets the model; tests use small values.
    void setCacheLimits(int pageSize, int maxPages);

    // Asked for the reason of a status change made through setData(); nothing
    // cancels the change. Without one the reason is empty.
    using ReasonProvider =
        std::function<std::optional<QString>(qint64 issueId, Status from, Status to)>;
    void setReasonProvider(ReasonProvider provider) { m_reasonProvider = std::move(provider); }

    // Asked when setData() was refused because a colleague saved the issue since
    // it was read: true writes the user's value over theirs (one more undo step),
    // false keeps theirs. Without one the refusal stands.
    using ConflictResolver = std::function<bool(qint64 issueId, IssueField field,
                                                const QVariant &theirs, const QVariant &mine)>;
    void setConflictResolver(ConflictResolver resolver)
    {
        m_conflictResolver = std::move(resolver);
    }
    int cachedRowCount() const; // rows held in memory now

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
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
    struct Row
    {
        qint64 id = 0;
        QString code;
        QString title;
        QString category;
        int status = 0;
        int priority = 0;
        QString owner;
        QDate dueDate;
        int version = 0;
        bool archived = false;
    };
    struct Page
    {
        QVector<Row> rows;
        quint64 lastUsed = 0;
    };
    struct Where
    {
        QString condition; // empty: every issue
        QVariantList values;
    };

    void onIssueChanged(qint64 issueId);
    void onStoreReset();
    void refreshAll(bool forceReset);
    void resetContents();
    void readCounts(qint64 *shown, qint64 *total) const;
    Where filterCondition() const;
    bool storeTextMatches() const;
    void dropMatchTable();
    QString sortExpression() const; // the column the sort reads
    bool sortsDescending() const;   // in SQL terms, which can differ from m_sortOrder
    QString orderBy() const;
    int rowOfIssueOrThrow(qint64 issueId) const;
    QHash<qint64, int> rowsOfIssues(const QList<qint64> &issueIds) const;
    const Row *rowAt(int row) const;
    QVector<Row> readRows(qint64 offset, int limit) const;
    bool rereadCachedRow(int row, qint64 issueId);
    static Row rowFrom(const QSqlQuery &query);
    void evictPages() const;
    void dropPage(int pageNumber) const;
    int knownRowOf(qint64 issueId) const;
    qint64 knownIdAt(int row) const;
    // Moves persistent indexes (and the ids remembered for them) through `map`
    // (old row -> new row, -1 when gone); the caller emits the layout signals.
    void remapPersistent(const std::function<int(int, qint64)> &map);
    void dropCache();
    QVariant displayValue(const Row &row, int column) const;
    QVariant editValue(const Row &row, int column) const;
    bool isOverdue(const Row &row) const;

    // implementation detail members are free to change
    Store &m_store;
    QPointer<QUndoStack> m_undoStack;
    IssueFilter m_filter;
    int m_sortColumn = CodeColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    qint64 m_rowCount = 0;
    qint64 m_totalCount = 0;
    QDate m_summitStart;
    QString m_path; // the file the rows come from; another file means a reset
    int m_pageSize = 256;
    int m_maxPages = 40;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useCounter = 0;
    // Issue ids of rows that persistent indexes point at, kept when their page
    // is dropped, so a refresh can follow the issue to its new row.
    mutable QHash<int, qint64> m_pinnedIds;
    // While rows are being inserted or removed the store already holds the new
    // state: this maps an old row to the row that now holds the same issue.
    std::function<int(int)> m_oldToNew;
    mutable Row m_transitionRow;
    mutable QString m_lastError; // reported once, not once per painted cell
    ReasonProvider m_reasonProvider;
    ConflictResolver m_conflictResolver;
    // The issues a text filter matches, found once per count through the search
    // index and kept in a temporary table of this connection, so that pages and
    // row lookups do not search again. Empty name: not created yet.
    mutable QString m_matchTable;
    mutable bool m_matchesStored = false; // the table holds the current filter's matches
};
