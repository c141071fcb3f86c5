#pragma once

#include "domain/DecisionRule.h"
#include "domain/Position.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QUndoStack>

#include <functional>

class Store;

// Every actor's position on one issue. Edits become undo commands.
class PositionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ActorColumn,
        BlocColumn,
        StanceColumn,
        PositionColumn, // 0–100 on the issue's scale
        SalienceColumn,
        CloutColumn,
        SourceColumn,
        // A check box: this actor's agreement is needed. It counts only under the
        // issue's Consent rule, so it can be ticked only then.
        ConsentColumn,
        ColumnCount
    };
    enum Role
    {
        PositionIdRole = Qt::UserRole + 1,
        VersionRole,
        IllustrativeRole
    };

    PositionTableModel(Store &store, QUndoStack *undoStack, QObject *parent = nullptr);

    void setIssue(qint64 issueId); // 0: empty
    qint64 issueId() const { return m_issueId; }
    const QList<Position> &positions() const { return m_positions; }
    // The issue's rule, as last read: whether the consent column counts.
    DecisionRule decisionRule() const { return m_decisionRule; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // setData() for an edit that started when the row held seenValue at
    // seenVersion (an editor opened before a refresh): when a colleague changed
    // this field since, the store refuses and the conflict resolver is asked.
    // Position, salience and clout must be whole numbers from 0 to 100; anything
    // else is refused with a message through the store, never rounded or cut.
    bool setDataSince(const QModelIndex &index, const QVariant &value, const QVariant &seenValue,
                      int seenVersion);

    // Asked after a stale edit was refused: true writes the user's value over
    // the colleague's (`theirs`) as one more undo step.
    using ConflictResolver = std::function<bool(const Position &position, PositionField field,
                                                const QVariant &theirs, const QVariant &mine)>;
    void setConflictResolver(ConflictResolver resolver)
    {
        m_conflictResolver = std::move(resolver);
    }

public slots:
    void refresh();

private:
    Store &m_store;
    QPointer<QUndoStack> m_undoStack;
    qint64 m_issueId = 0;
    QList<Position> m_positions;
    DecisionRule m_decisionRule = DecisionRule::WeightedMajority;
    ConflictResolver m_conflictResolver;
};
