#include "PositionMatrixModel.h"

#include "domain/Actor.h"
#include "forecast/Forecast.h"
#include "items/IssueFilterSql.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/SearchRepository.h"
#include "store/SettingsRepository.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <algorithm>
#include <cmath>

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

PositionMatrixModel::PositionMatrixModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    connect(&m_store, &Store::issueChanged, this, &PositionMatrixModel::refreshIssue);
    connect(&m_store, &Store::positionsChanged, this, &PositionMatrixModel::refreshIssue);
    // A renamed actor or one moved to another bloc changes the column order.
    connect(&m_store, &Store::actorsChanged, this, &PositionMatrixModel::refresh);
    connect(&m_store, &Store::reset, this, &PositionMatrixModel::refresh);
    refresh();
}

int PositionMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PositionMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

const Position *PositionMatrixModel::positionAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    const IssueRow &row = m_rows.at(index.row());
    const auto found = row.byActor.constFind(m_columns.at(index.column()).actorId);
    return found == row.byActor.constEnd() ? nullptr : &row.positions.at(found.value());
}

QVariant PositionMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IssueRow &row = m_rows.at(index.row());
    if (role == IssueIdRole)
        return row.issueId;
    if (role == ActorIdRole)
        return m_columns.at(index.column()).actorId;

    const Position *position = positionAt(index);
    if (!position)
        return {};
    // Plain values rather than an optional: GCC 12 misreads optional<double> here.
    const bool hasDistance = row.objective.has_value();
    const double distance = hasDistance ? std::abs(position->position - *row.objective) : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        return position->position;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case DistanceFromObjectiveRole:
        return hasDistance ? QVariant(distance) : QVariant();
    case Qt::BackgroundRole:
        return hasDistance ? QVariant(distanceColor(distance)) : QVariant();
    case PositionIdRole:
        return position->id;
    case Qt::ToolTipRole: {
        // Rich text on purpose: plain text that merely looks like HTML would be
        // rendered as such by the tooltip, so user text is escaped into real HTML.
        QString tip =
            tr("<b>%1</b> (%2)").arg(escaped(position->actorName), escaped(position->actorBloc));
        if (!position->stance.isEmpty())
            tip += QStringLiteral("<br>") + escaped(position->stance);
        tip += QStringLiteral("<br>") + tr("Position: %1 (0 = %2, 100 = %3)")
                                            .arg(QLocale().toString(position->position),
                                                 escaped(row.scaleLow), escaped(row.scaleHigh));
        if (hasDistance) {
            tip += QStringLiteral("<br>") +
                   tr("Distance from the %1 objective: %2")
                       .arg(escaped(m_ourBloc), ForecastResult::formatValue(distance));
        }
        return tip;
    }
    default:
        return {};
    }
}

QVariant PositionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && section >= 0 && section < m_rows.size()) {
        const IssueRow &row = m_rows.at(section);
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 %2").arg(row.code, row.title);
        case Qt::ToolTipRole:
            return tr("<b>%1</b> %2<br>0 = %3, 100 = %4")
                .arg(escaped(row.code), escaped(row.title), escaped(row.scaleLow),
                     escaped(row.scaleHigh));
        case IssueIdRole:
            return row.issueId;
        default:
            break;
        }
    } else if (orientation == Qt::Horizontal && section >= 0 && section < m_columns.size()) {
        const ActorColumn &column = m_columns.at(section);
        switch (role) {
        case Qt::DisplayRole:
            return column.name;
        case Qt::ToolTipRole:
            return tr("<b>%1</b> (%2)").arg(escaped(column.name), escaped(column.bloc));
        case ActorIdRole:
            return column.actorId;
        case BlocRole:
            return column.bloc;
        default:
            break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

qint64 PositionMatrixModel::issueIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).issueId : 0;
}

qint64 PositionMatrixModel::actorIdAt(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).actorId : 0;
}

int PositionMatrixModel::rowOfIssue(qint64 issueId) const
{
    return m_rowOfIssue.value(issueId, -1);
}

int PositionMatrixModel::columnOfActor(qint64 actorId) const
{
    return m_columnOfActor.value(actorId, -1);
}

std::optional<double> PositionMatrixModel::objectiveAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).objective : std::nullopt;
}

QColor PositionMatrixModel::distanceColor(double distance)
{
    const double t = std::clamp(distance / farDistance, 0.0, 1.0);
    const QColor close(0xaa, 0xd9, 0xf4); // Okabe–Ito sky blue, half white
    const QColor halfway(0xee, 0xee, 0xee);
    const QColor far(0xf4, 0xcf, 0x80); // Okabe–Ito orange, half white
    const QColor &from = t < 0.5 ? close : halfway;
    const QColor &to = t < 0.5 ? halfway : far;
    const double u = t < 0.5 ? t * 2.0 : (t - 0.5) * 2.0;
    const auto mix = [u](int a, int b) { return int(std::lround(a + (b - a) * u)); };
    return QColor(mix(from.red(), to.red()), mix(from.green(), to.green()),
                  mix(from.blue(), to.blue()));
}

void PositionMatrixModel::indexPositions(IssueRow &row) const
{
    row.byActor.clear();
    for (qsizetype i = 0; i < row.positions.size(); ++i)
        row.byActor.insert(row.positions.at(i).actorId, i);
    row.objective = Forecast::objective(row.positions, m_ourBloc);
}

void PositionMatrixModel::refresh()
{
    QList<IssueRow> rows;
    QList<ActorColumn> columns;
    QHash<qint64, int> rowOfIssue;
    QHash<qint64, int> positionsPerActor;
    try {
        if (m_store.isOpen()) {
            const QSqlDatabase db = m_store.database();
            const SummitInfo summit = m_store.settings().summit();
            m_ourBloc = summit.ourBloc;
            if (IssueFilterSql::usesSearchIndex(m_filter))
                SearchRepository(m_store).sync();
            const IssueFilterSql condition = IssueFilterSql::from(db, m_filter);
            // Archived issues have left the analysis.
            QSqlQuery issues =
                Sql::exec(db,
                          QStringLiteral("SELECT id, code, title, scale_low, scale_high FROM issue "
                                         "WHERE archived_at IS NULL") +
                              (condition.sql.isEmpty()
                                   ? QString()
                                   : QStringLiteral(" AND (") + condition.sql + QLatin1Char(')')) +
                              QStringLiteral(" ORDER BY code"),
                          condition.values);
            while (issues.next()) {
                IssueRow row;
                row.issueId = issues.value(0).toLongLong();
                row.code = issues.value(1).toString();
                row.title = issues.value(2).toString();
                row.scaleLow = issues.value(3).toString();
                row.scaleHigh = issues.value(4).toString();
                rowOfIssue.insert(row.issueId, int(rows.size()));
                rows.append(row);
            }
            QSqlQuery positions = Sql::exec(
                db, QStringLiteral("SELECT p.id, p.issue_id, p.actor_id, a.name, a.bloc, p.stance, "
                                   "p.position, p.salience, p.clout, p.version "
                                   "FROM position p JOIN actor a ON a.id = p.actor_id "
                                   "ORDER BY p.issue_id, a.bloc, a.name"));
            QHash<qint64, ActorColumn> actors;
            while (positions.next()) {
                Position position;
                position.id = positions.value(0).toLongLong();
                position.issueId = positions.value(1).toLongLong();
                position.actorId = positions.value(2).toLongLong();
                position.actorName = positions.value(3).toString();
                position.actorBloc = positions.value(4).toString();
                position.stance = positions.value(5).toString();
                position.position = positions.value(6).toInt();
                position.salience = positions.value(7).toInt();
                position.clout = positions.value(8).toInt();
                position.version = positions.value(9).toInt();
                const int row = rowOfIssue.value(position.issueId, -1);
                if (row < 0)
                    continue;
                if (!actors.contains(position.actorId))
                    actors.insert(position.actorId,
                                  {position.actorId, position.actorName, position.actorBloc});
                ++positionsPerActor[position.actorId];
                rows[row].positions.append(position);
            }
            for (IssueRow &row : rows)
                indexPositions(row);
            columns = actors.values();
            // Our side first, then the counterpart, then the other blocs.
            const QStringList blocs = Actor::blocs(summit.ourBloc, summit.counterpartBloc);
            const auto blocRank = [&blocs](const QString &bloc) {
                const qsizetype rank = blocs.indexOf(bloc);
                return rank < 0 ? blocs.size() : rank;
            };
            std::sort(columns.begin(), columns.end(),
                      [&blocRank](const ActorColumn &a, const ActorColumn &b) {
                          if (blocRank(a.bloc) != blocRank(b.bloc))
                              return blocRank(a.bloc) < blocRank(b.bloc);
                          const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
                          if (byName != 0)
                              return byName < 0;
                          return a.actorId < b.actorId;
                      });
        }
    } catch (const StoreError &error) {
        // A slot is the edge: report, and keep showing what was last read.
        m_store.reportError(error.message());
        return;
    }

    beginResetModel();
    m_rows = std::move(rows);
    m_columns = std::move(columns);
    m_rowOfIssue = std::move(rowOfIssue);
    m_positionsPerActor = std::move(positionsPerActor);
    m_columnOfActor.clear();
    for (int column = 0; column < m_columns.size(); ++column)
        m_columnOfActor.insert(m_columns.at(column).actorId, column);
    endResetModel();
}

void PositionMatrixModel::setFilter(const IssueFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void PositionMatrixModel::refreshIssue(qint64 issueId)
{
    // An edit may move the issue into or out of the filter.
    if (!m_filter.isEmpty()) {
        refresh();
        return;
    }
    try {
        if (reloadIssue(issueId))
            return;
    } catch (const StoreError &error) {
        m_store.reportError(error.message());
        return;
    }
    refresh();
}

// Updates one row in place; false when the change reshapes the table (a new or
// removed issue, a renamed code, an actor column appearing or going), which needs
// a full refresh.
bool PositionMatrixModel::reloadIssue(qint64 issueId)
{
    const int rowIndex = rowOfIssue(issueId);
    if (rowIndex < 0 || !m_store.isOpen())
        return false;
    const std::optional<Issue> issue = m_store.issues().byId(issueId);
    if (!issue || issue->code != m_rows.at(rowIndex).code)
        return false;
    // Archived since the last refresh: its row goes.
    if (Sql::scalar(m_store.database(),
                    QStringLiteral("SELECT archived_at IS NOT NULL FROM issue WHERE id = ?"),
                    {issueId})
            .toBool())
        return false;

    IssueRow row;
    row.issueId = issueId;
    row.code = issue->code;
    row.title = issue->title;
    row.scaleLow = issue->scaleLow;
    row.scaleHigh = issue->scaleHigh;
    row.positions = m_store.positions().forIssue(issueId);
    indexPositions(row);

    QHash<qint64, int> counts = m_positionsPerActor;
    for (const Position &position : std::as_const(m_rows.at(rowIndex).positions))
        --counts[position.actorId];
    for (const Position &position : std::as_const(row.positions)) {
        if (!m_columnOfActor.contains(position.actorId))
            return false;
        ++counts[position.actorId];
    }
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        if (it.value() <= 0)
            return false;
    }

    m_rows[rowIndex] = std::move(row);
    m_positionsPerActor = std::move(counts);
    if (!m_columns.isEmpty())
        emit dataChanged(index(rowIndex, 0), index(rowIndex, int(m_columns.size()) - 1));
    emit headerDataChanged(Qt::Vertical, rowIndex, rowIndex);
    return true;
}
