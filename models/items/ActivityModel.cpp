#include "ActivityModel.h"

#include "store/HistoryRepository.h"
#include "store/PackExportRepository.h"
#include "store/Store.h"

#include <QLocale>

#include <algorithm>

ActivityModel::ActivityModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    connect(&m_store, &Store::issueChanged, this, &ActivityModel::refresh);
    connect(&m_store, &Store::reset, this, &ActivityModel::refresh);
    connect(&m_store, &Store::externalChange, this, &ActivityModel::refresh);
    if (m_store.isOpen())
        m_since = defaultSince(m_store);
    m_entries = read();
}

QDateTime ActivityModel::defaultSince(Store &store)
{
    // Without a pack, the file's last week of work: a file last worked on months
    // ago still opens on its latest changes rather than on an empty list.
    QDateTime since;
    try {
        since = PackExportRepository(store).lastExportTime();
        if (!since.isValid()) {
            const QDateTime last = HistoryRepository(store).lastChangeTime();
            if (last.isValid())
                since = std::min(last, QDateTime::currentDateTimeUtc()).addDays(-7);
        }
    } catch (const StoreError &error) {
        store.reportError(error);
    }
    return since.isValid() ? since : QDateTime::currentDateTimeUtc().addDays(-7);
}

void ActivityModel::setSince(const QDateTime &since)
{
    beginResetModel();
    m_since = since;
    m_entries = read();
    endResetModel();
}

void ActivityModel::refresh()
{
    const QList<ActivityEntry> entries = read();
    // History is append-only: usually the old rows are the tail of the new list
    // and only the new ones at the top need inserting.
    const qsizetype added = entries.size() - m_entries.size();
    bool isTail = added >= 0;
    QList<int> renamed; // rows (in the new list) whose issue's code or title changed
    for (qsizetype i = 0; isTail && i < m_entries.size(); ++i) {
        const ActivityEntry &now = entries.at(added + i);
        const ActivityEntry &before = m_entries.at(i);
        isTail = now.change.id == before.change.id;
        if (now.code != before.code || now.title != before.title)
            renamed.append(int(added + i));
    }
    if (!isTail) {
        beginResetModel();
        m_entries = entries;
        endResetModel();
        return;
    }
    if (added > 0) {
        beginInsertRows(QModelIndex(), 0, int(added) - 1);
        m_entries = entries;
        endInsertRows();
    } else {
        m_entries = entries;
    }
    for (int row : std::as_const(renamed))
        emit dataChanged(index(row, CodeColumn), index(row, TitleColumn));
}

QList<ActivityEntry> ActivityModel::read() const
{
    if (!m_store.isOpen())
        return {};
    try {
        return m_store.history().since(m_since, maxRows);
    } catch (const StoreError &error) {
        m_store.reportError(error);
        return {};
    }
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityEntry &entry = m_entries.at(index.row());
    const StatusChange &change = entry.change;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(change.changedAt.toLocalTime(), QLocale::ShortFormat);
        case CodeColumn:
            return entry.code;
        case TitleColumn:
            return entry.title;
        case FromColumn:
            return change.from ? StatusText::label(*change.from) : tr("—");
        case ToColumn:
            return StatusText::label(change.to);
        case WhoColumn:
            return change.changedBy;
        case WhyColumn:
            return change.reason;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == WhenColumn)
            return QLocale().toString(change.changedAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == TitleColumn)
            return entry.title;
        if (index.column() == WhyColumn && !change.reason.isEmpty())
            return change.reason;
        return {};
    case IssueIdRole:
        return change.issueId;
    case ChangedAtRole:
        return change.changedAt;
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Title");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case WhoColumn:
        return tr("Who");
    case WhyColumn:
        return tr("Why");
    }
    return {};
}
