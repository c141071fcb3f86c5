#include "StatusHistoryModel.h"

#include "store/HistoryRepository.h"
#include "store/Store.h"

#include <QLocale>

StatusHistoryModel::StatusHistoryModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    connect(&m_store, &Store::issueChanged, this, [this](qint64 issueId) {
        if (issueId == m_issueId)
            refresh();
    });
    connect(&m_store, &Store::reset, this, &StatusHistoryModel::refresh);
}

void StatusHistoryModel::setIssue(qint64 issueId)
{
    if (issueId == m_issueId)
        return;
    beginResetModel();
    m_issueId = issueId;
    m_changes.clear();
    endResetModel();
    refresh();
}

int StatusHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int StatusHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatusHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StatusChange &change = m_changes.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(change.changedAt.toLocalTime(), QLocale::ShortFormat);
        case FromColumn:
            return change.from ? StatusText::label(*change.from) : tr("—");
        case ToColumn:
            return StatusText::label(change.to);
        case WhoColumn:
            return change.changedBy;
        case WhyColumn:
            return change.reason;
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == WhenColumn)
            return QLocale().toString(change.changedAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == WhyColumn && !change.reason.isEmpty())
            return change.reason;
    }
    return {};
}

QVariant StatusHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
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

void StatusHistoryModel::refresh()
{
    QList<StatusChange> changes;
    try {
        if (m_issueId != 0 && m_store.isOpen())
            changes = m_store.history().forIssue(m_issueId);
    } catch (const StoreError &error) {
        m_store.reportError(error.message());
    }
    // The history only grows: new entries are appended rows, the rest stay put.
    bool appended = changes.size() >= m_changes.size();
    for (int row = 0; appended && row < m_changes.size(); ++row)
        appended = changes.at(row).id == m_changes.at(row).id;
    if (!appended) {
        beginResetModel();
        m_changes = changes;
        endResetModel();
        return;
    }
    if (changes.size() == m_changes.size())
        return;
    beginInsertRows(QModelIndex(), int(m_changes.size()), int(changes.size()) - 1);
    m_changes = changes;
    endInsertRows();
}
