#pragma once

#include "charts/DashboardData.h"
#include "items/IssueFilter.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class ChartPanel;
class QLabel;
class QGridLayout;
class QListWidget;
class QStackedWidget;
class Store;

// The dashboard: issues by status and category, by priority, the countdown to
// the summit, activity and burn-down, the rare-earth indicators and the gap
// between the summit's two sides. Follows the issue filter; clicking a bar asks for the matching
// filter. Rebuilt only while shown, so a filter change on the Issues tab costs nothing.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(QWidget *parent = nullptr);

    void setStore(Store *store); // null: nothing to show
    void setFilter(const IssueFilter &filter);
    IssueFilter filter() const { return m_filter; }

    // Re-reads the data, shown or not: at once on a small store, in a worker
    // thread with its own connection on a large one (the GUI stays responsive;
    // refreshed() says when the charts show the new numbers).
    void refresh();
    // Always at once, on the GUI thread (tests, benchmarks).
    void refreshNow();
    bool isRefreshing() const { return m_pending != 0; }
    // From this many issues on, refresh() reads in a worker thread.
    void setBackgroundThreshold(qint64 issues) { m_backgroundThreshold = issues; }
    const DashboardData &data() const { return m_data; }

    ChartPanel *statusChart() const { return m_statusChart; }
    ChartPanel *priorityChart() const { return m_priorityChart; }
    ChartPanel *activityChart() const { return m_activityChart; }
    ChartPanel *indicatorChart() const { return m_indicatorChart; }
    ChartPanel *gapChart() const { return m_gapChart; }
    QLabel *countdownLabel() const { return m_countdown; }
    QListWidget *criticalList() const { return m_critical; }
    // Shown instead of the charts when there is nothing to count.
    QLabel *emptyLabel() const { return m_empty; }
    bool showsCharts() const;
    int gridColumns() const { return m_columns; }
    // The category of the status chart's bar at `index` (bars are drawn bottom-up).
    QString statusCategoryAt(int index) const { return m_statusCategories.value(index); }

signals:
    // The issue table should show this filter (a bar was clicked).
    void filterRequested(const IssueFilter &filter);
    void issueActivated(qint64 issueId);
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void scheduleRefresh();
    void refreshInBackground();
    void showData(const DashboardData &data, const QString &error);
    void fill();
    // Three charts a row on a wide screen, two on a laptop, one in a narrow window.
    void arrangeGrid();
    void onStatusBarClicked(int setIndex, int categoryIndex);
    void onPriorityBarClicked(int setIndex, int categoryIndex);
    void onGapBarClicked(int setIndex, int categoryIndex);

    QPointer<Store> m_store;
    IssueFilter m_filter;
    DashboardData m_data;
    QList<Status> m_statusSets;     // the status of each set in the status chart
    QStringList m_statusCategories; // its bars' categories, bottom-up as drawn
    QList<Priority> m_priorityBars; // the priority of each bar
    bool m_dirty = true;
    qint64 m_backgroundThreshold = 5000;
    quint64 m_generation = 0; // results of older reads are dropped
    quint64 m_pending = 0;    // the generation a worker is reading, 0: none
    QTimer m_refreshTimer;

    ChartPanel *m_statusChart;
    ChartPanel *m_priorityChart;
    ChartPanel *m_activityChart;
    ChartPanel *m_indicatorChart;
    ChartPanel *m_gapChart;
    QLabel *m_countdown;
    QLabel *m_criticalTitle;
    QListWidget *m_critical;
    QLabel *m_error;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    QGridLayout *m_grid = nullptr;
    QList<QWidget *> m_panels; // in reading order
    int m_columns = 0;
};
