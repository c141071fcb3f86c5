#include "PositionTableModel.h"

#include "commands/SetPositionFieldCommand.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/Store.h"

#include <QScopeGuard>

#include <optional>

namespace {

std::optional<PositionField> fieldOf(int column)
{
    switch (column) {
    case PositionTableModel::StanceColumn:
        return PositionField::Stance;
    case PositionTableModel::PositionColumn:
        return PositionField::Position;
    case PositionTableModel::SalienceColumn:
        return PositionField::Salience;
    case PositionTableModel::CloutColumn:
        return PositionField::Clout;
    case PositionTableModel::SourceColumn:
        return PositionField::Source;
    case PositionTableModel::ConsentColumn:
        return PositionField::ConsentNeeded;
    default:
        return std::nullopt;
    }
}

} // namespace

PositionTableModel::PositionTableModel(Store &store, QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_undoStack(undoStack)
{
    connect(&m_store, &Store::positionsChanged, this, [this](qint64 issueId) {
        if (issueId == m_issueId)
            refresh();
    });
    // The issue's rule decides whether the consent column can be ticked.
    connect(&m_store, &Store::issueChanged, this, [this](qint64 issueId) {
        if (issueId == m_issueId)
            refresh();
    });
    connect(&m_store, &Store::actorsChanged, this, &PositionTableModel::refresh);
    connect(&m_store, &Store::reset, this, &PositionTableModel::refresh);
}

void PositionTableModel::setIssue(qint64 issueId)
{
    if (issueId == m_issueId)
        return;
    beginResetModel();
    m_issueId = issueId;
    m_positions.clear();
    endResetModel();
    refresh();
}

int PositionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_positions.size());
}

int PositionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PositionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Position &position = m_positions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case ActorColumn:
            return position.actorName;
        case BlocColumn:
            return position.actorBloc;
        case StanceColumn:
            return position.stance;
        case PositionColumn:
            return position.position;
        case SalienceColumn:
            return position.salience;
        case CloutColumn:
            return position.clout;
        case SourceColumn:
            return position.source;
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() == ConsentColumn)
            return position.consentNeeded ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == ConsentColumn)
            return position.consentNeeded ? tr("Consent needed") : tr("Consent not needed");
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ActorColumn:
            return position.illustrative
                       ? tr("%1: illustrative estimate, not from a source").arg(position.actorName)
                       : position.actorName;
        case StanceColumn:
            return position.stance.isEmpty() ? QVariant() : QVariant(position.stance);
        case SourceColumn:
            return position.source.isEmpty() ? QVariant() : QVariant(position.source);
        case ConsentColumn:
            return m_decisionRule == DecisionRule::Consent
                       ? tr("Tick when %1's agreement is needed for any outcome: the forecast "
                            "lies between the positions of the actors ticked.")
                             .arg(position.actorName)
                       : tr("Counts only when the issue is decided by agreement of named "
                            "parties (Decided by, in the issue's details); this issue is decided "
                            "by weighted majority.");
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PositionColumn || index.column() == SalienceColumn ||
            index.column() == CloutColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case PositionIdRole:
        return position.id;
    case VersionRole:
        return position.version;
    case IllustrativeRole:
        return position.illustrative;
    default:
        return {};
    }
}

QVariant PositionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ConsentColumn)
        return tr("Consent needed: whose agreement is needed. Counts only when the issue is "
                  "decided by agreement of named parties.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ActorColumn:
        return tr("Actor");
    case BlocColumn:
        return tr("Bloc");
    case StanceColumn:
        return tr("Stance");
    case PositionColumn:
        return tr("Position");
    case SalienceColumn:
        return tr("Salience");
    case CloutColumn:
        return tr("Clout");
    case SourceColumn:
        return tr("Source");
    case ConsentColumn:
        // Short, so the actors' names keep their room; the tooltip says it whole.
        return tr("Consent");
    }
    return {};
}

Qt::ItemFlags PositionTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ConsentColumn) {
        // The flag stays visible under weighted majority but cannot be changed
        // there: it would change nothing the user could see.
        if (m_decisionRule != DecisionRule::Consent)
            result &= ~Qt::ItemIsEnabled;
        else if (!m_store.isReadOnly())
            result |= Qt::ItemIsUserCheckable;
        return result;
    }
    // A read-only summit (a reader's account, a file that cannot be written) edits nothing.
    if (index.isValid() && fieldOf(index.column()) && !m_store.isReadOnly())
        result |= Qt::ItemIsEditable;
    return result;
}

bool PositionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() == ConsentColumn) {
        if (role != Qt::CheckStateRole || !(flags(index) & Qt::ItemIsUserCheckable))
            return false;
        const Position &position = m_positions.at(index.row());
        return setDataSince(index, value.toInt() == Qt::Checked, position.consentNeeded,
                            position.version);
    }
    if (role != Qt::EditRole)
        return false;
    const std::optional<PositionField> field = fieldOf(index.column());
    if (!field)
        return false;
    const Position &position = m_positions.at(index.row());
    return setDataSince(index, value, PositionRepository::valueOf(position, *field),
                        position.version);
}

bool PositionTableModel::setDataSince(const QModelIndex &index, const QVariant &value,
                                      const QVariant &seenValue, int seenVersion)
{
    if (!m_undoStack ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const std::optional<PositionField> field = fieldOf(index.column());
    if (!field)
        return false;
    const Position position = m_positions.at(index.row());
    const QVariant current = PositionRepository::valueOf(position, *field);
    QVariant newValue;
    if (*field == PositionField::Stance || *field == PositionField::Source) {
        newValue = value.toString();
    } else if (*field == PositionField::ConsentNeeded) {
        newValue = value.toBool();
    } else {
        // Only a whole number as typed: 15.7 is not 16, "150" is not 15.
        const QString typed = value.toString().trimmed();
        bool ok = false;
        const int number = typed.toInt(&ok);
        if (!ok || number < 0 || number > 100) {
            const QString what = *field == PositionField::Position   ? tr("A position")
                                 : *field == PositionField::Salience ? tr("Salience")
                                                                     : tr("Clout");
            m_store.reportError(
                tr("%1 is a whole number from 0 to 100; “%2” was not saved.").arg(what, typed));
            return false;
        }
        newValue = number;
    }
    if (newValue == current)
        return true;
    // The field changed since the edit started: write against the version seen
    // then, so the store refuses and the user is asked.
    const bool stale = seenVersion != 0 && seenValue.isValid() && seenValue != current;
    const int version = stale ? seenVersion : position.version;

    // A refused write (conflict, invalid value) reports through the store and is
    // dropped by the stack; this tells the caller the edit did not happen.
    bool failed = false;
    std::optional<QVariant> theirs;
    const QMetaObject::Connection errors =
        connect(&m_store, &Store::errorOccurred, this, [&failed] { failed = true; });
    const QMetaObject::Connection conflicts =
        connect(&m_store, &Store::conflictOccurred, this,
                [&theirs](const QString &, const QVariant &now) { theirs = now; });
    const auto unwatch = qScopeGuard([errors, conflicts] {
        disconnect(errors);
        disconnect(conflicts);
    });
    {
        // The user is asked about a conflict: no "not saved" message before the question.
        std::optional<Store::ConflictQuestion> question;
        if (m_conflictResolver)
            question.emplace(m_store);
        m_undoStack->push(new SetPositionFieldCommand(
            m_store, position.id, *field, stale ? seenValue : current, newValue, version));
    }
    if (!theirs)
        return !failed;
    if (!m_conflictResolver || !m_conflictResolver(position, *field, *theirs, newValue))
        return false;
    // Over the colleague's value, as the store holds it now.
    std::optional<Position> now;
    try {
        now = m_store.positions().byId(position.id);
    } catch (const StoreError &error) {
        m_store.reportError(error);
    }
    if (!now)
        return false;
    failed = false;
    m_undoStack->push(new SetPositionFieldCommand(m_store, position.id, *field,
                                                  PositionRepository::valueOf(*now, *field),
                                                  newValue, now->version));
    return !failed;
}

void PositionTableModel::refresh()
{
    QList<Position> positions;
    DecisionRule rule = DecisionRule::WeightedMajority;
    try {
        if (m_issueId != 0 && m_store.isOpen()) {
            positions = m_store.positions().forIssue(m_issueId);
            if (const std::optional<Issue> issue = m_store.issues().byId(m_issueId))
                rule = issue->decisionRule;
        }
    } catch (const StoreError &error) {
        m_store.reportError(error.message());
    }
    bool sameRows = positions.size() == m_positions.size();
    for (int row = 0; sameRows && row < positions.size(); ++row)
        sameRows = positions.at(row).id == m_positions.at(row).id;
    if (sameRows) {
        // Same positions in the same order: keep the rows (and a view's selection).
        m_positions = positions;
        m_decisionRule = rule;
        if (!m_positions.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_positions.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_positions = positions;
    m_decisionRule = rule;
    endResetModel();
}
