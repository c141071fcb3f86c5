#include "IndicatorTableModel.h"

#include "commands/EditIndicatorPointCommand.h"
#include "store/IndicatorRepository.h"
#include "store/Store.h"

#include <QLocale>
#include <QScopeGuard>

#include <cmath>

IndicatorTableModel::IndicatorTableModel(Store &store, QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_undoStack(undoStack)
{
    connect(&m_store, &Store::indicatorsChanged, this, &IndicatorTableModel::refresh);
    connect(&m_store, &Store::reset, this, &IndicatorTableModel::refresh);
    connect(&m_store, &Store::externalChange, this, &IndicatorTableModel::refresh);
    refresh();
}

void IndicatorTableModel::setSeries(const QString &series)
{
    if (series == m_series)
        return;
    m_series = series;
    refresh();
}

int IndicatorTableModel::rowOfPoint(qint64 pointId) const
{
    for (int row = 0; row < m_points.size(); ++row) {
        if (m_points.at(row).id == pointId)
            return row;
    }
    return -1;
}

std::optional<double> IndicatorTableModel::parseValue(const QString &text)
{
    const QString typed = text.trimmed();
    bool ok = false;
    double value = QLocale().toDouble(typed, &ok);
    // A figure copied from an English source ("4.5") in a German desktop.
    if (!ok)
        value = QLocale::c().toDouble(typed, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Indicator &point = m_points.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeriesColumn:
            return point.name;
        case UnitColumn:
            return point.unit;
        case DateColumn:
            return locale.toString(point.observedOn, QLocale::ShortFormat);
        case ValueColumn:
            return locale.toString(point.value, 'g', 12);
        case SourceColumn:
            return point.source;
        }
        return {};
    case Qt::EditRole:
        switch (index.column()) {
        case SeriesColumn:
            return point.name;
        case UnitColumn:
            return point.unit;
        case DateColumn:
            return point.observedOn;
        case ValueColumn: {
            // Text, so an editor shows every digit (a spin box would round to
            // two decimals); setData() reads it back in the same locale.
            QLocale editing;
            editing.setNumberOptions(QLocale::OmitGroupSeparator);
            return editing.toString(point.value, 'g', 15);
        }
        case SourceColumn:
            return point.source;
        case IllustrativeColumn:
            return point.illustrative;
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() == IllustrativeColumn)
            return point.illustrative ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SourceColumn && !point.source.isEmpty())
            return point.source;
        if (index.column() == IllustrativeColumn && point.illustrative)
            return tr("Illustrative: not from a source");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case PointIdRole:
        return point.id;
    default:
        return {};
    }
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeriesColumn:
        return tr("Series");
    case UnitColumn:
        return tr("Unit");
    case DateColumn:
        return tr("Date");
    case ValueColumn:
        return tr("Value");
    case SourceColumn:
        return tr("Source");
    case IllustrativeColumn:
        return tr("Illustrative");
    }
    return {};
}

Qt::ItemFlags IndicatorTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    // A file opened to read offers nothing to edit.
    if (!index.isValid() || !m_undoStack || m_store.isReadOnly())
        return result;
    if (index.column() == IllustrativeColumn)
        return result | Qt::ItemIsUserCheckable;
    return result | Qt::ItemIsEditable;
}

bool IndicatorTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_undoStack ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Indicator before = m_points.at(index.row());
    Indicator after = before;
    if (role == Qt::CheckStateRole && index.column() == IllustrativeColumn) {
        after.illustrative = value.value<Qt::CheckState>() == Qt::Checked;
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case SeriesColumn:
            after.name = value.toString();
            break;
        case UnitColumn:
            after.unit = value.toString();
            break;
        case DateColumn:
            after.observedOn = value.toDate();
            break;
        case ValueColumn: {
            // A number as typed, never a guess: "4,5kg" is refused, not read as 4.
            const std::optional<double> number = value.typeId() == QMetaType::Double
                                                     ? std::optional<double>(value.toDouble())
                                                     : parseValue(value.toString());
            if (!number || !std::isfinite(*number)) {
                m_store.reportError(tr("“%1” is not a number; the value of %2 was not changed.")
                                        .arg(value.toString(), before.name));
                return false;
            }
            after.value = *number;
            break;
        }
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
    if (IndicatorRepository::normalized(after) == before)
        return true;
    // A refused write reports through the store and is dropped by the stack.
    bool failed = false;
    const QMetaObject::Connection errors =
        connect(&m_store, &Store::errorOccurred, this, [&failed] { failed = true; });
    const auto unwatch = qScopeGuard([errors] { disconnect(errors); });
    m_undoStack->push(new EditIndicatorPointCommand(m_store, before, after));
    return !failed;
}

void IndicatorTableModel::refresh()
{
    QList<Indicator> points;
    try {
        if (m_store.isOpen()) {
            const QList<Indicator> all = m_store.indicators().all();
            for (const Indicator &point : all) {
                if (m_series.isEmpty() || point.name == m_series)
                    points.append(point);
            }
        }
    } catch (const StoreError &error) {
        m_store.reportError(error.message());
    }
    bool sameRows = points.size() == m_points.size();
    for (int row = 0; sameRows && row < points.size(); ++row)
        sameRows = points.at(row).id == m_points.at(row).id;
    if (sameRows) {
        // The same points in the same order: keep the rows (and a view's selection).
        const bool changed = points != m_points;
        m_points = points;
        if (changed)
            emit dataChanged(index(0, 0), index(int(m_points.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_points = points;
    endResetModel();
}
