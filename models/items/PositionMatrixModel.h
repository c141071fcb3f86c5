#pragma once

#include "domain/Position.h"
#include "items/IssueFilter.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>

#include <optional>

class Store;

// Issues × actors: every actor's position on every live (not archived) issue,
// coloured by how far it is from our side's objective on that issue (our bloc's
// median, SummitInfo::ourBloc). Read-only; refreshed from the store.
class PositionMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        DistanceFromObjectiveRole = Qt::UserRole + 1, // |position − our objective|, double
        PositionIdRole,
        IssueIdRole, // also on the vertical header
        ActorIdRole, // also on the horizontal header
        BlocRole     // horizontal header: the actor's bloc
    };

    // Distance at which a cell is fully red.
    static constexpr double farDistance = 60.0;

    explicit PositionMatrixModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    qint64 issueIdAt(int row) const;
    qint64 actorIdAt(int column) const;
    int rowOfIssue(qint64 issueId) const;    // -1 if absent
    int columnOfActor(qint64 actorId) const; // -1 if absent
    std::optional<double> objectiveAt(int row) const;
    // The bloc whose median is the objective (the summit's our side).
    QString ourBloc() const { return m_ourBloc; }

    // Pale blue at distance 0, through grey, to pale orange at farDistance and
    // beyond: blue and orange stay apart for colour-blind readers (Okabe–Ito),
    // where green and red do not. Pale enough for dark text.
    static QColor distanceColor(double distance);

    // The issues the issue table shows: rows follow its filter (applied in SQL).
    void setFilter(const IssueFilter &filter);
    IssueFilter filter() const { return m_filter; }

public slots:
    void refresh();

private slots:
    void refreshIssue(qint64 issueId);

private:
    struct IssueRow
    {
        qint64 issueId = 0;
        QString code;
        QString title;
        QString scaleLow;
        QString scaleHigh;
        QList<Position> positions;
        QHash<qint64, qsizetype> byActor; // actor id -> index in positions
        std::optional<double> objective;
    };
    struct ActorColumn
    {
        qint64 actorId = 0;
        QString name;
        QString bloc;
    };

    void indexPositions(IssueRow &row) const;
    const Position *positionAt(const QModelIndex &index) const;
    bool reloadIssue(qint64 issueId);

    Store &m_store;
    IssueFilter m_filter;
    QList<IssueRow> m_rows;
    QList<ActorColumn> m_columns;
    QHash<qint64, int> m_rowOfIssue;
    QHash<qint64, int> m_columnOfActor;
    QHash<qint64, int> m_positionsPerActor; // a column goes when its count drops to 0
    QString m_ourBloc;                      // the summit's, read on every refresh
};
