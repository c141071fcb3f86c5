#pragma once

#include <QPointer>
#include <QWidget>

class ActivityModel;
class QDateTimeEdit;
class QLabel;
class QTableView;
class Store;

// "What changed since the last pack": every status change since a time, newest
// first. Double-clicking a change shows its issue.
class ActivityView : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityView(QWidget *parent = nullptr);

    // Null to show nothing. Starts at the last pack export, or seven days ago.
    void setStore(Store *store);
    void refresh();

    ActivityModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QDateTimeEdit *sinceEdit() const { return m_since; }
    QLabel *countLabel() const { return m_note; }

signals:
    void issueActivated(qint64 issueId);

private:
    void updateCount();

    QPointer<Store> m_store;
    ActivityModel *m_model = nullptr;
    QDateTimeEdit *m_since;
    QTableView *m_table;
    QLabel *m_note;
};
