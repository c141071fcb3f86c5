#pragma once

#include <QPointer>
#include <QWidget>

class EventTableModel;
class QPushButton;
class QTableView;
class QUndoStack;
class Store;
struct Event;

// The summit's programme: meetings and deadlines by date, added, edited (in a
// dialog or in place) and removed as undo steps.
class ProgrammeView : public QWidget
{
    Q_OBJECT
public:
    explicit ProgrammeView(QWidget *parent = nullptr);

    // Both null when no database is open.
    void setContext(Store *store, QUndoStack *undoStack);

    EventTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    qint64 currentEventId() const;
    void selectEvent(qint64 eventId);

public slots:
    void addEvent();
    void editCurrentEvent();
    void removeCurrentEvent();

private:
    void showContextMenu(const QPoint &position);
    void updateButtons();
    void fitColumns();
    const Event *currentEvent() const;

    QPointer<Store> m_store;
    QPointer<QUndoStack> m_undoStack;
    EventTableModel *m_model = nullptr;
    qint64 m_keptEventId = 0; // the current row across a reset of the model
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};
