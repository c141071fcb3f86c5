#pragma once

#include "domain/Indicator.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QUndoStack>

#include <optional>

class Store;

// Indicator points by series, then date; optionally one series only. An edit in
// place becomes an EditIndicatorPointCommand on the undo stack; the rows are
// re-read from the store after every change (this window's or a colleague's).
class IndicatorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SeriesColumn,
        UnitColumn,
        DateColumn,
        ValueColumn,
        SourceColumn,
        IllustrativeColumn,
        ColumnCount
    };
    enum Role
    {
        PointIdRole = Qt::UserRole + 1
    };

    IndicatorTableModel(Store &store, QUndoStack *undoStack, QObject *parent = nullptr);

    // Empty: every series.
    void setSeries(const QString &series);
    QString series() const { return m_series; }
    const QList<Indicator> &points() const { return m_points; }
    int rowOfPoint(qint64 pointId) const; // -1 when not shown

    // A value as the user typed it, in the user's locale (or the C locale):
    // nullopt unless it is a finite number.
    static std::optional<double> parseValue(const QString &text);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Pushes an EditIndicatorPointCommand; false when nothing was written (a
    // value that is not a number, a refusal by the store, said through
    // Store::errorOccurred).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

public slots:
    void refresh();

private:
    Store &m_store;
    QPointer<QUndoStack> m_undoStack;
    QString m_series;
    QList<Indicator> m_points;
};
