#pragma once

#include <QPointer>
#include <QWidget>

class PackageDealModel;
class QLabel;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class Store;

// "Package deals": the exchanges across trade-off-linked issues that move an issue
// toward our objective, what we would concede for each, and why. Without such a
// link (or such an exchange) it says so and how to add one. Double-clicking a deal
// shows the issue it moves.
class PackageDealsView : public QWidget
{
    Q_OBJECT
public:
    explicit PackageDealsView(QWidget *parent = nullptr);

    // Null to show nothing.
    void setStore(Store *store);

    PackageDealModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTextBrowser *detail() const { return m_detail; }
    QLabel *emptyLabel() const { return m_empty; }
    bool isEmptyStateShown() const;

signals:
    void issueActivated(qint64 issueId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void refreshState();
    void showDetail();

    QPointer<Store> m_store;
    PackageDealModel *m_model = nullptr;
    QLabel *m_method;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QTableView *m_table;
    QTextBrowser *m_detail;
};
