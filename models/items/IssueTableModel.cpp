#include "IssueTableModel.h"

#include "IssueFilterSql.h"
#include "commands/IssueFieldEdit.h"
#include "store/IssueRepository.h"
#include "store/SearchRepository.h"
#include "store/SettingsRepository.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QColor>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// The columns the table shows; the long text fields stay in the database.
const char *const rowColumns =
    "id, code, title, category, status, priority, owner, due_date, version, archived_at";

// The condition, and archived issues left out unless the filter shows them.
QString withLive(const QString &condition, const IssueFilter &filter)
{
    const QString live = IssueFilterSql::archivedCondition(filter);
    if (live.isEmpty() || condition.isEmpty())
        return condition.isEmpty() ? live : condition;
    return condition + QStringLiteral(" AND ") + live;
}

// Beyond this many issues to follow across a refresh, one ordered scan of ids is
// cheaper than one COUNT(*) per issue.
constexpr int maxCountedIssues = 32;

// When at least one issue in this many matches the filter, a page of rows is
// read by walking the sort index (about pageSize * walkDensity index entries)
// rather than by reading and sorting every match.
constexpr qint64 walkDensity = 50;

QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw Sql::errorFrom(query.driver(), query.lastError(), QString());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw Sql::errorFrom(query.driver(), query.lastError(), QString());
    return query;
}

QString withCondition(const QString &sql, const QString &condition)
{
    return condition.isEmpty() ? sql : sql + QStringLiteral(" WHERE ") + condition;
}

std::optional<IssueField> fieldOf(int column)
{
    switch (column) {
    case IssueTableModel::TitleColumn:
        return IssueField::Title;
    case IssueTableModel::CategoryColumn:
        return IssueField::Category;
    case IssueTableModel::StatusColumn:
        return IssueField::Status;
    case IssueTableModel::PriorityColumn:
        return IssueField::Priority;
    case IssueTableModel::OwnerColumn:
        return IssueField::Owner;
    case IssueTableModel::DueDateColumn:
        return IssueField::DueDate;
    default:
        return std::nullopt;
    }
}

// Accepts the integer a delegate gives or the English key a script might.
template <typename Enum>
std::optional<Enum> enumFrom(const QVariant &value, std::optional<Enum> (*fromInt)(int),
                             std::optional<Enum> (*fromKey)(const QString &))
{
    bool ok = false;
    const int number = value.toInt(&ok);
    if (ok)
        return fromInt(number);
    return fromKey(value.toString());
}

} // namespace

IssueTableModel::IssueTableModel(Store &store, QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_undoStack(undoStack)
{
    connect(&m_store, &Store::issueChanged, this, &IssueTableModel::onIssueChanged);
    connect(&m_store, &Store::reset, this, &IssueTableModel::onStoreReset);
    resetContents();
}

IssueTableModel::~IssueTableModel()
{
    dropMatchTable();
}

void IssueTableModel::setFilter(const IssueFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    resetContents();
    endResetModel();
    emit countsChanged(m_rowCount, m_totalCount);
}

void IssueTableModel::setCacheLimits(int pageSize, int maxPages)
{
    beginResetModel();
    m_pageSize = qMax(1, pageSize);
    m_maxPages = qMax(1, maxPages);
    resetContents();
    endResetModel();
}

int IssueTableModel::cachedRowCount() const
{
    int rows = 0;
    for (const Page &page : m_pages)
        rows += int(page.rows.size());
    return rows;
}

qint64 IssueTableModel::issueIdAt(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->id : 0;
}

int IssueTableModel::rowOfIssue(qint64 issueId) const
{
    try {
        return rowOfIssueOrThrow(issueId);
    } catch (const StoreError &error) {
        if (error.message() != m_lastError) {
            m_lastError = error.message();
            m_store.reportError(error.message());
        }
        return -1;
    }
}

int IssueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rowCount);
}

int IssueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IssueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*row, index.column());
    case Qt::EditRole:
    case RawValueRole:
        return editValue(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return row->title;
        if ((index.column() == DueDateColumn || index.column() == DaysBeforeSummitColumn) &&
            isOverdue(*row))
            return tr("Overdue: due %1 and not yet agreed or closed")
                .arg(QLocale().toString(row->dueDate, QLocale::ShortFormat));
        return {};
    case Qt::ForegroundRole:
        if (row->archived)
            return QColor(0x80, 0x80, 0x80);
        if ((index.column() == DueDateColumn || index.column() == DaysBeforeSummitColumn) &&
            isOverdue(*row))
            return QColor(0xb0, 0x1c, 0x1c);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DaysBeforeSummitColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case IssueIdRole:
        return row->id;
    case VersionRole:
        return row->version;
    case ArchivedRole:
        return row->archived;
    default:
        return {};
    }
}

QVariant IssueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == DaysBeforeSummitColumn)
        return tr("Days from the due date to the first day of the summit");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Title");
    case CategoryColumn:
        return tr("Category");
    case StatusColumn:
        return tr("Status");
    case PriorityColumn:
        return tr("Priority");
    case OwnerColumn:
        return tr("Owner");
    case DueDateColumn:
        return tr("Due");
    case DaysBeforeSummitColumn:
        return tr("Days before summit");
    }
    return {};
}

Qt::ItemFlags IssueTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    // A read-only summit (a reader's account, a file that cannot be written) edits nothing.
    if (index.isValid() && fieldOf(index.column()) && !m_store.isReadOnly())
        result |= Qt::ItemIsEditable;
    return result;
}

bool IssueTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_undoStack ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const std::optional<IssueField> field = fieldOf(index.column());
    const Row *row = rowAt(index.row());
    if (!field || !row)
        return false;
    const qint64 issueId = row->id;
    const int version = row->version;
    const QVariant oldValue = editValue(*row, index.column());

    QVariant newValue;
    switch (*field) {
    case IssueField::Status: {
        const std::optional<Status> status =
            enumFrom<Status>(value, &StatusText::fromInt, &StatusText::fromKey);
        if (!status)
            return false;
        newValue = int(*status);
        break;
    }
    case IssueField::Priority: {
        const std::optional<Priority> priority =
            enumFrom<Priority>(value, &PriorityText::fromInt, &PriorityText::fromKey);
        if (!priority)
            return false;
        newValue = int(*priority);
        break;
    }
    case IssueField::DueDate:
        if (value.metaType().id() == QMetaType::QDate) {
            newValue = value.toDate();
        } else if (value.toString().trimmed().isEmpty()) {
            newValue = QDate(); // clears the due date
        } else {
            const QDate date = QDate::fromString(value.toString().trimmed(), Qt::ISODate);
            if (!date.isValid())
                return false;
            newValue = date;
        }
        break;
    default:
        newValue = value.toString().trimmed();
        break;
    }
    if (newValue == oldValue)
        return true;

    QString reason;
    if (*field == IssueField::Status && m_reasonProvider) {
        const std::optional<QString> given =
            m_reasonProvider(issueId, Status(oldValue.toInt()), Status(newValue.toInt()));
        if (!given)
            return false;
        reason = *given;
    }
    IssueFieldEdit::UseMine useMine;
    if (m_conflictResolver)
        useMine = [&](const QVariant &theirs) {
            return m_conflictResolver(issueId, *field, theirs, newValue);
        };
    return IssueFieldEdit::push(*m_undoStack, m_store, issueId, *field, oldValue, newValue, version,
                                reason, useMine);
}

void IssueTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    resetContents();
    endResetModel();
}

void IssueTableModel::refresh()
{
    refreshAll(false);
    emit countsChanged(m_rowCount, m_totalCount);
}

void IssueTableModel::onStoreReset()
{
    refreshAll(m_store.path() != m_path);
    emit countsChanged(m_rowCount, m_totalCount);
}

// One issue changed: most edits move, add or drop that one row, which can be
// told to the view exactly; anything else falls back to refreshAll().
void IssueTableModel::onIssueChanged(qint64 issueId)
{
    if (!m_store.isOpen() || m_store.path() != m_path) {
        refreshAll(true);
        emit countsChanged(m_rowCount, m_totalCount);
        return;
    }
    const int oldRow = knownRowOf(issueId);
    qint64 shown = 0;
    qint64 total = 0;
    int newRow = -1;
    try {
        readCounts(&shown, &total);
        newRow = rowOfIssueOrThrow(issueId);
    } catch (const StoreError &error) {
        m_store.reportError(error.message());
        refreshAll(true);
        emit countsChanged(m_rowCount, m_totalCount);
        return;
    }

    if (shown == m_rowCount && oldRow >= 0 && newRow == oldRow) {
        m_totalCount = total;
        // The issue stays on its row: read that row again, not its whole page.
        if (!rereadCachedRow(oldRow, issueId))
            dropPage(oldRow / m_pageSize);
        emit dataChanged(index(oldRow, 0), index(oldRow, ColumnCount - 1));
    } else if (shown == m_rowCount && oldRow >= 0 && newRow >= 0) {
        // The rows between the old and the new place shift by one.
        const auto moved = [oldRow, newRow](int row) {
            if (row == oldRow)
                return newRow;
            if (oldRow < newRow && row > oldRow && row <= newRow)
                return row - 1;
            if (newRow < oldRow && row >= newRow && row < oldRow)
                return row + 1;
            return row;
        };
        m_oldToNew = moved;
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        m_oldToNew = {};
        remapPersistent([&moved](int row, qint64) { return moved(row); });
        dropCache();
        m_totalCount = total;
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else if (shown == m_rowCount && oldRow < 0 && newRow < 0) {
        m_totalCount = total; // not shown before nor after: no row changes
    } else if (shown == m_rowCount - 1 && oldRow >= 0 && newRow < 0) {
        const auto removed = [oldRow](int row) {
            return row < oldRow ? row : row == oldRow ? -1 : row - 1;
        };
        const QHash<int, qint64> pinned = [&] {
            QHash<int, qint64> result;
            for (const QModelIndex &index : persistentIndexList()) {
                const qint64 id = knownIdAt(index.row());
                const int row = removed(index.row());
                if (id != 0 && row >= 0)
                    result.insert(row, id);
            }
            return result;
        }();
        m_oldToNew = removed;
        beginRemoveRows(QModelIndex(), oldRow, oldRow);
        m_oldToNew = {};
        dropCache();
        m_pinnedIds = pinned;
        m_rowCount = shown;
        m_totalCount = total;
        endRemoveRows();
    } else if (shown == m_rowCount + 1 && oldRow < 0 && newRow >= 0) {
        const auto inserted = [newRow](int row) { return row < newRow ? row : row + 1; };
        QHash<int, qint64> pinned;
        for (const QModelIndex &index : persistentIndexList()) {
            const qint64 id = knownIdAt(index.row());
            if (id != 0)
                pinned.insert(inserted(index.row()), id);
        }
        m_oldToNew = inserted;
        beginInsertRows(QModelIndex(), newRow, newRow);
        m_oldToNew = {};
        dropCache();
        m_pinnedIds = pinned;
        m_rowCount = shown;
        m_totalCount = total;
        endInsertRows();
    } else {
        refreshAll(false);
    }
    emit countsChanged(m_rowCount, m_totalCount);
}

// Re-reads everything. With the same number of rows, persistent indexes follow
// their issue to its new row (a layout change keeps the view's selection);
// otherwise the model resets.
void IssueTableModel::refreshAll(bool forceReset)
{
    qint64 shown = 0;
    qint64 total = 0;
    bool ok = m_store.isOpen();
    if (ok) {
        try {
            readCounts(&shown, &total);
        } catch (const StoreError &error) {
            m_store.reportError(error.message());
            ok = false;
        }
    }
    if (forceReset || !ok || shown != m_rowCount || m_store.path() != m_path) {
        beginResetModel();
        resetContents();
        endResetModel();
        return;
    }
    try {
        m_summitStart = m_store.settings().summit().start;
    } catch (const StoreError &error) {
        m_store.reportError(error.message());
    }

    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const QModelIndex &index : persistentIndexList()) {
        const qint64 id = knownIdAt(index.row());
        if (id != 0 && !seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    QHash<qint64, int> newRows;
    try {
        newRows = rowsOfIssues(ids);
    } catch (const StoreError &error) {
        m_store.reportError(error.message());
    }
    remapPersistent([&newRows, shown](int row, qint64 id) {
        if (id != 0)
            return newRows.value(id, -1);
        // Nothing known about this row: leave it where it is.
        return row < shown ? row : -1;
    });
    dropCache();
    m_totalCount = total;
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// Reads counts and settings afresh and forgets every cached row; called
// between beginResetModel() and endResetModel() (or before any view exists).
void IssueTableModel::resetContents()
{
    dropCache();
    m_pinnedIds.clear();
    m_lastError.clear();
    m_path = m_store.isOpen() ? m_store.path() : QString();
    m_rowCount = 0;
    m_totalCount = 0;
    if (!m_store.isOpen())
        return;
    try {
        readCounts(&m_rowCount, &m_totalCount);
        m_summitStart = m_store.settings().summit().start;
    } catch (const StoreError &error) {
        m_rowCount = 0;
        m_store.reportError(error.message());
    }
}

void IssueTableModel::readCounts(qint64 *shown, qint64 *total) const
{
    const QSqlDatabase db = m_store.database();
    // The search index is brought up to date here, before the rows are counted;
    // every later read of this filter follows a count.
    if (IssueFilterSql::usesSearchIndex(m_filter))
        SearchRepository(m_store).sync();
    QSqlQuery all = run(db, QStringLiteral("SELECT COUNT(*) FROM issue"), {});
    *total = all.next() ? all.value(0).toLongLong() : 0;
    m_matchesStored = false;
    if (m_filter.isEmpty()) {
        // The archived few are counted on their partial index, not by a scan.
        *shown = *total;
        if (!m_filter.showArchived) {
            QSqlQuery archived = run(
                db, QStringLiteral("SELECT COUNT(*) FROM issue WHERE archived_at IS NOT NULL"), {});
            *shown -= archived.next() ? archived.value(0).toLongLong() : 0;
        }
        return;
    }
    IssueFilter rest = m_filter;
    rest.text.clear();
    IssueFilterSql count;
    if (storeTextMatches()) {
        m_matchesStored = true;
        if (rest.isEmpty() && rest.showArchived) {
            count.sql = QStringLiteral("SELECT COUNT(*) FROM %1").arg(m_matchTable);
        } else {
            const Where where = filterCondition();
            count.sql =
                withCondition(QStringLiteral("SELECT COUNT(*) FROM issue"), where.condition);
            count.values = where.values;
        }
    } else {
        count = IssueFilterSql::countStatement(db, m_filter);
    }
    QSqlQuery filtered = run(db, count.sql, count.values);
    *shown = filtered.next() ? filtered.value(0).toLongLong() : 0;
}

// Fills the temporary table with the ids the filter's text matches; false when
// the text does not go through the search index or the table cannot be written
// (the filter then searches in every statement, which is slower but the same).
bool IssueTableModel::storeTextMatches() const
{
    const IssueFilterSql ids = IssueFilterSql::textMatchIds(m_store.database(), m_filter.text);
    if (ids.sql.isEmpty())
        return false;
    static int tables = 0;
    if (m_matchTable.isEmpty())
        m_matchTable = QStringLiteral("issue_table_match_%1").arg(++tables);
    const QSqlDatabase db = m_store.database();
    try {
        // IF NOT EXISTS: temporary tables go with the connection when the store
        // opens another file.
        run(db,
            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (id INTEGER PRIMARY KEY)")
                .arg(m_matchTable),
            {});
        run(db, QStringLiteral("DELETE FROM %1").arg(m_matchTable), {});
        // "WHERE true" tells the parser the ON CONFLICT belongs to the INSERT.
        run(db,
            QStringLiteral("INSERT INTO %1 (id) SELECT * FROM (%2) AS text_match "
                           "WHERE true ON CONFLICT DO NOTHING")
                .arg(m_matchTable, ids.sql),
            ids.values);
    } catch (const StoreError &) {
        return false;
    }
    return true;
}

void IssueTableModel::dropMatchTable()
{
    if (m_matchTable.isEmpty() || !m_store.isOpen())
        return;
    try {
        run(m_store.database(), QStringLiteral("DROP TABLE IF EXISTS %1").arg(m_matchTable), {});
    } catch (const StoreError &) {
        // The connection is closing or busy; the table goes with it.
    }
}

// The same condition the dashboard counts with (IssueFilterSql). When the text
// matches many issues, walking the sort column's index finds a page of them
// sooner than reading and sorting every match.
IssueTableModel::Where IssueTableModel::filterCondition() const
{
    const bool dense = m_rowCount * walkDensity >= m_totalCount;
    if (!m_matchesStored) {
        const IssueFilterSql condition = IssueFilterSql::from(
            m_store.database(), m_filter,
            dense ? IssueFilterSql::Plan::WalkOrder : IssueFilterSql::Plan::SeekMatches);
        return {withLive(condition.sql, m_filter), condition.values};
    }
    // The same plans as IssueFilterSql's, on the stored matches.
    IssueFilter rest = m_filter;
    rest.text.clear();
    const IssueFilterSql condition = IssueFilterSql::from(m_store.database(), rest);
    const bool walk = dense && !Sql::isPostgreSQL(m_store.database());
    QString sql = QStringLiteral("%1id IN (SELECT id FROM %2)")
                      .arg(walk ? QStringLiteral("+") : QString(), m_matchTable);
    if (!condition.sql.isEmpty())
        sql += QStringLiteral(" AND ") + condition.sql;
    return {withLive(sql, m_filter), condition.values};
}

QString IssueTableModel::sortExpression() const
{
    switch (m_sortColumn) {
    case TitleColumn:
        return QStringLiteral("title");
    case CategoryColumn:
        return QStringLiteral("category");
    case StatusColumn:
        return QStringLiteral("status");
    case PriorityColumn:
        return QStringLiteral("priority");
    case OwnerColumn:
        return QStringLiteral("owner");
    case DueDateColumn:
    case DaysBeforeSummitColumn:
        return QStringLiteral("due_date");
    default:
        return QStringLiteral("code");
    }
}

bool IssueTableModel::sortsDescending() const
{
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    // The later the due date, the fewer days before the summit: ascending days
    // is descending dates.
    return m_sortColumn == DaysBeforeSummitColumn ? !descending : descending;
}

// Ties break on id so the order is total and stable; issues without a due date
// count as the earliest (SQLite's default, spelled out for PostgreSQL), which
// lets both use the (due_date, id) index.
QString IssueTableModel::orderBy() const
{
    const QString column = sortExpression();
    const bool descending = sortsDescending();
    QString nulls;
    if (column == QLatin1String("due_date"))
        nulls = descending ? QStringLiteral(" NULLS LAST") : QStringLiteral(" NULLS FIRST");
    const QString direction = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    return QStringLiteral(" ORDER BY %1 %2%3, id %2").arg(column, direction, nulls);
}

// The issue's row is the number of shown issues that sort before it.
int IssueTableModel::rowOfIssueOrThrow(qint64 issueId) const
{
    if (!m_store.isOpen() || issueId <= 0)
        return -1;
    const QSqlDatabase db = m_store.database();
    const Where where = filterCondition();
    const QString column = sortExpression();

    QString condition = QStringLiteral("id = ?");
    QVariantList values{issueId};
    if (!where.condition.isEmpty()) {
        condition += QStringLiteral(" AND ") + where.condition;
        values += where.values;
    }
    QSqlQuery keyQuery =
        run(db, QStringLiteral("SELECT %1 FROM issue WHERE %2").arg(column, condition), values);
    if (!keyQuery.next())
        return -1;
    const QVariant key = keyQuery.value(0);

    const bool descending = sortsDescending();
    const QString op = descending ? QStringLiteral(">") : QStringLiteral("<");
    QString before;
    QVariantList beforeValues;
    if (column == QLatin1String("due_date") && key.isNull()) {
        before = descending ? QStringLiteral("(due_date IS NOT NULL OR id > ?)")
                            : QStringLiteral("(due_date IS NULL AND id < ?)");
        beforeValues = {issueId};
    } else {
        // Row values compare (key, id) in one step and use the (column, id) index.
        before = QStringLiteral("(%1, id) %2 (?, ?)").arg(column, op);
        if (column == QLatin1String("due_date") && !descending)
            before = QStringLiteral("(due_date IS NULL OR %1)").arg(before);
        beforeValues = {key, issueId};
    }
    QString countCondition = before;
    QVariantList countValues = beforeValues;
    if (!where.condition.isEmpty()) {
        countCondition = where.condition + QStringLiteral(" AND ") + before;
        countValues = where.values + beforeValues;
    }
    QSqlQuery count =
        run(db, withCondition(QStringLiteral("SELECT COUNT(*) FROM issue"), countCondition),
            countValues);
    return count.next() ? count.value(0).toInt() : -1;
}

QHash<qint64, int> IssueTableModel::rowsOfIssues(const QList<qint64> &issueIds) const
{
    QHash<qint64, int> rows;
    if (issueIds.isEmpty())
        return rows;
    if (issueIds.size() <= maxCountedIssues) {
        for (qint64 id : issueIds)
            rows.insert(id, rowOfIssueOrThrow(id));
        return rows;
    }
    // Many issues: one pass over the ordered ids, stopping once all are found.
    const QSet<qint64> wanted(issueIds.cbegin(), issueIds.cend());
    const Where where = filterCondition();
    QSqlQuery query =
        run(m_store.database(),
            withCondition(QStringLiteral("SELECT id FROM issue"), where.condition) + orderBy(),
            where.values);
    int row = 0;
    while (rows.size() < wanted.size() && query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (wanted.contains(id))
            rows.insert(id, row);
        ++row;
    }
    return rows;
}

const IssueTableModel::Row *IssueTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int pageNumber = row / m_pageSize;
    const int offset = row - pageNumber * m_pageSize;
    auto it = m_pages.find(pageNumber);
    if (it != m_pages.end()) {
        it->lastUsed = ++m_useCounter;
        return offset < it->rows.size() ? &it->rows.at(offset) : nullptr;
    }
    try {
        if (m_oldToNew) {
            // Mid insert/remove: answer for the old row from the new state, uncached.
            const int newRow = m_oldToNew(row);
            const QVector<Row> rows = newRow >= 0 ? readRows(newRow, 1) : QVector<Row>();
            if (rows.isEmpty())
                return nullptr;
            m_transitionRow = rows.first();
            return &m_transitionRow;
        }
        Page page;
        page.rows = readRows(qint64(pageNumber) * m_pageSize, m_pageSize);
        page.lastUsed = ++m_useCounter;
        evictPages();
        it = m_pages.insert(pageNumber, page);
    } catch (const StoreError &error) {
        if (error.message() != m_lastError) {
            m_lastError = error.message();
            m_store.reportError(error.message());
        }
        return nullptr;
    }
    return offset < it->rows.size() ? &it->rows.at(offset) : nullptr;
}

QVector<IssueTableModel::Row> IssueTableModel::readRows(qint64 offset, int limit) const
{
    QVector<Row> rows;
    if (!m_store.isOpen())
        return rows;
    const Where where = filterCondition();
    const QString sql =
        withCondition(QStringLiteral("SELECT %1 FROM issue").arg(QLatin1String(rowColumns)),
                      where.condition) +
        orderBy() + QStringLiteral(" LIMIT ? OFFSET ?");
    QSqlQuery query = run(m_store.database(), sql, where.values + QVariantList{limit, offset});
    rows.reserve(limit);
    while (query.next())
        rows.append(rowFrom(query));
    return rows;
}

// Replaces the cached row `row` with the issue as stored now; false when that row
// is not cached, holds another issue, or cannot be read.
bool IssueTableModel::rereadCachedRow(int row, qint64 issueId)
{
    const auto page = m_pages.find(row / m_pageSize);
    if (page == m_pages.end())
        return true; // nothing cached to correct
    const int offset = row - page.key() * m_pageSize;
    if (offset >= page->rows.size() || page->rows.at(offset).id != issueId)
        return false;
    try {
        QSqlQuery query =
            run(m_store.database(),
                QStringLiteral("SELECT %1 FROM issue WHERE id = ?").arg(QLatin1String(rowColumns)),
                {issueId});
        if (!query.next())
            return false;
        page->rows[offset] = rowFrom(query);
    } catch (const StoreError &) {
        return false;
    }
    return true;
}

IssueTableModel::Row IssueTableModel::rowFrom(const QSqlQuery &query)
{
    Row row;
    row.id = query.value(0).toLongLong();
    row.code = query.value(1).toString();
    row.title = query.value(2).toString();
    row.category = query.value(3).toString();
    row.status = query.value(4).toInt();
    row.priority = query.value(5).toInt();
    row.owner = query.value(6).toString();
    row.dueDate = Sql::toDate(query.value(7));
    row.version = query.value(8).toInt();
    row.archived = !query.value(9).isNull();
    return row;
}

// Drops the least recently used pages until there is room for one more.
void IssueTableModel::evictPages() const
{
    while (!m_pages.isEmpty() && m_pages.size() >= m_maxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUsed < oldest->lastUsed)
                oldest = it;
        }
        dropPage(oldest.key());
    }
}

// Forgets one page, remembering the issue ids of rows persistent indexes hold.
void IssueTableModel::dropPage(int pageNumber) const
{
    const auto it = m_pages.constFind(pageNumber);
    if (it == m_pages.cend())
        return;
    const int first = pageNumber * m_pageSize;
    const int last = first + int(it->rows.size()) - 1;
    for (const QModelIndex &index : persistentIndexList()) {
        if (index.row() >= first && index.row() <= last)
            m_pinnedIds.insert(index.row(), it->rows.at(index.row() - first).id);
    }
    m_pages.remove(pageNumber);
}

int IssueTableModel::knownRowOf(qint64 issueId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->rows.size(); ++i) {
            if (it->rows.at(i).id == issueId)
                return it.key() * m_pageSize + i;
        }
    }
    for (auto it = m_pinnedIds.cbegin(); it != m_pinnedIds.cend(); ++it) {
        if (it.value() == issueId)
            return it.key();
    }
    return -1;
}

qint64 IssueTableModel::knownIdAt(int row) const
{
    const auto it = m_pages.constFind(row / m_pageSize);
    if (it != m_pages.cend()) {
        const int offset = row - it.key() * m_pageSize;
        if (offset < it->rows.size())
            return it->rows.at(offset).id;
    }
    return m_pinnedIds.value(row, 0);
}

void IssueTableModel::remapPersistent(const std::function<int(int, qint64)> &map)
{
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    QHash<int, qint64> pinned;
    for (const QModelIndex &index : from) {
        const qint64 id = knownIdAt(index.row());
        const int row = map(index.row(), id);
        to.append(row >= 0 ? createIndex(row, index.column()) : QModelIndex());
        if (row >= 0 && id != 0)
            pinned.insert(row, id);
    }
    changePersistentIndexList(from, to);
    m_pinnedIds = pinned;
}

void IssueTableModel::dropCache()
{
    m_pages.clear();
}

QVariant IssueTableModel::displayValue(const Row &row, int column) const
{
    switch (column) {
    case StatusColumn:
        if (const std::optional<Status> status = StatusText::fromInt(row.status))
            return StatusText::label(*status);
        return {};
    case PriorityColumn:
        if (const std::optional<Priority> priority = PriorityText::fromInt(row.priority))
            return PriorityText::label(*priority);
        return {};
    case DueDateColumn:
        // In the user's format; sorting and editing use the date itself (EditRole).
        return row.dueDate.isValid()
                   ? QVariant(QLocale().toString(row.dueDate, QLocale::ShortFormat))
                   : QVariant();
    case TitleColumn:
        // Only shown with "Show archived" on: said in words, first, where eliding keeps it.
        return row.archived ? tr("(archived) %1").arg(row.title) : row.title;
    default:
        return editValue(row, column);
    }
}

QVariant IssueTableModel::editValue(const Row &row, int column) const
{
    switch (column) {
    case CodeColumn:
        return row.code;
    case TitleColumn:
        return row.title;
    case CategoryColumn:
        return row.category;
    case StatusColumn:
        return row.status;
    case PriorityColumn:
        return row.priority;
    case OwnerColumn:
        return row.owner;
    case DueDateColumn:
        return row.dueDate;
    case DaysBeforeSummitColumn:
        // Positive: due that many days before the summit opens.
        if (!row.dueDate.isValid() || !m_summitStart.isValid())
            return {};
        return int(row.dueDate.daysTo(m_summitStart));
    }
    return {};
}

bool IssueTableModel::isOverdue(const Row &row) const
{
    return row.dueDate.isValid() && row.dueDate < QDate::currentDate() &&
           row.status != int(Status::Agreed) && row.status != int(Status::Closed);
}
