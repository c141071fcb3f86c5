#pragma once

#include "domain/Event.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QUndoStack>

class Store;

// The programme, by date. An edit in place becomes an EditEventCommand on the
// undo stack; the rows are re-read from the store after every change (this
// window's or a colleague's).
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        EndColumn,
        KindColumn,
        TitleColumn,
        PlaceColumn,
        SourceColumn,
        IllustrativeColumn,
        ColumnCount
    };
    enum Role
    {
        EventIdRole = Qt::UserRole + 1,
        // The kind as stored ("meeting", "deadline"); DisplayRole shows its label.
        KindKeyRole
    };

    EventTableModel(Store &store, QUndoStack *undoStack, QObject *parent = nullptr);

    const QList<Event> &events() const { return m_events; }
    int rowOfEvent(qint64 eventId) const; // -1 when not shown
    static QString kindLabel(const QString &kind);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Pushes an EditEventCommand; false when nothing was written (the store
    // refused the value and said why through Store::errorOccurred).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

public slots:
    void refresh();

private:
    Store &m_store;
    QPointer<QUndoStack> m_undoStack;
    QList<Event> m_events;
};
