#include "EventTableModel.h"

#include "commands/EditEventCommand.h"
#include "store/EventRepository.h"
#include "store/Store.h"

#include <QLocale>
#include <QScopeGuard>

EventTableModel::EventTableModel(Store &store, QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_undoStack(undoStack)
{
    connect(&m_store, &Store::eventsChanged, this, &EventTableModel::refresh);
    connect(&m_store, &Store::reset, this, &EventTableModel::refresh);
    connect(&m_store, &Store::externalChange, this, &EventTableModel::refresh);
    refresh();
}

QString EventTableModel::kindLabel(const QString &kind)
{
    if (kind == Event::meetingKind())
        return tr("Meeting");
    if (kind == Event::deadlineKind())
        return tr("Deadline");
    return kind;
}

int EventTableModel::rowOfEvent(qint64 eventId) const
{
    for (int row = 0; row < m_events.size(); ++row) {
        if (m_events.at(row).id == eventId)
            return row;
    }
    return -1;
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &event = m_events.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return locale.toString(event.startsOn, QLocale::ShortFormat);
        case EndColumn:
            return event.endsOn.isValid() ? locale.toString(event.endsOn, QLocale::ShortFormat)
                                          : QString();
        case KindColumn:
            return kindLabel(event.kind);
        case TitleColumn:
            return event.title;
        case PlaceColumn:
            return event.place;
        case SourceColumn:
            return event.source;
        }
        return {};
    case Qt::EditRole:
        switch (index.column()) {
        case DateColumn:
            return event.startsOn;
        case EndColumn:
            return event.endsOn;
        case KindColumn:
            return event.kind;
        case TitleColumn:
            return event.title;
        case PlaceColumn:
            return event.place;
        case SourceColumn:
            return event.source;
        case IllustrativeColumn:
            return event.illustrative;
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() == IllustrativeColumn)
            return event.illustrative ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TitleColumn:
            return event.description.isEmpty() ? QVariant() : QVariant(event.description);
        case SourceColumn:
            return event.source.isEmpty() ? QVariant() : QVariant(event.source);
        case IllustrativeColumn:
            return event.illustrative ? tr("Illustrative: not from a source") : QVariant();
        }
        return {};
    case EventIdRole:
        return event.id;
    case KindKeyRole:
        return event.kind;
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case EndColumn:
        return tr("Until");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Title");
    case PlaceColumn:
        return tr("Place");
    case SourceColumn:
        return tr("Source");
    case IllustrativeColumn:
        return tr("Illustrative");
    }
    return {};
}

Qt::ItemFlags EventTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    // A file opened to read offers nothing to edit.
    if (!index.isValid() || !m_undoStack || m_store.isReadOnly())
        return result;
    if (index.column() == IllustrativeColumn)
        return result | Qt::ItemIsUserCheckable;
    return result | Qt::ItemIsEditable;
}

bool EventTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_undoStack ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Event before = m_events.at(index.row());
    Event after = before;
    if (role == Qt::CheckStateRole && index.column() == IllustrativeColumn) {
        after.illustrative = value.value<Qt::CheckState>() == Qt::Checked;
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case DateColumn:
            after.startsOn = value.toDate();
            break;
        case EndColumn:
            after.endsOn = value.toDate();
            break;
        case KindColumn:
            after.kind = value.toString();
            break;
        case TitleColumn:
            after.title = value.toString();
            break;
        case PlaceColumn:
            after.place = value.toString();
            break;
        case SourceColumn:
            after.source = value.toString();
            break;
        case IllustrativeColumn:
            after.illustrative = value.toBool();
            break;
        default:
            return false;
        }
    } else {
        return false;
    }
    if (EventRepository::normalized(after) == before)
        return true;
    // A refused write reports through the store and is dropped by the stack.
    bool failed = false;
    const QMetaObject::Connection errors =
        connect(&m_store, &Store::errorOccurred, this, [&failed] { failed = true; });
    const auto unwatch = qScopeGuard([errors] { disconnect(errors); });
    m_undoStack->push(new EditEventCommand(m_store, before, after));
    return !failed;
}

void EventTableModel::refresh()
{
    QList<Event> events;
    try {
        if (m_store.isOpen())
            events = m_store.events().all();
    } catch (const StoreError &error) {
        m_store.reportError(error.message());
    }
    bool sameRows = events.size() == m_events.size();
    for (int row = 0; sameRows && row < events.size(); ++row)
        sameRows = events.at(row).id == m_events.at(row).id;
    if (sameRows) {
        // The same events in the same order: keep the rows (and a view's selection).
        const bool changed = events != m_events;
        m_events = events;
        if (changed)
            emit dataChanged(index(0, 0), index(int(m_events.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_events = events;
    endResetModel();
}
