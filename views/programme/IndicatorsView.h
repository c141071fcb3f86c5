#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class ChartPanel;
class IndicatorTableModel;
class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;
class QTableView;
class QUndoStack;
class Store;
struct Indicator;

// The indicator series: a list of the series, the points of the one chosen (or
// of all) with Add/Edit/Remove as undo steps, and a line chart of the series.
class IndicatorsView : public QWidget
{
    Q_OBJECT
public:
    explicit IndicatorsView(QWidget *parent = nullptr);

    // Both null when no database is open.
    void setContext(Store *store, QUndoStack *undoStack);

    IndicatorTableModel *model() const { return m_model; }
    QListWidget *seriesList() const { return m_seriesList; }
    QTableView *table() const { return m_table; }
    ChartPanel *chart() const { return m_chart; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    // Empty when every series is shown.
    QString currentSeries() const;
    void selectSeries(const QString &series); // empty: all
    qint64 currentPointId() const;
    void selectPoint(qint64 pointId);

public slots:
    void addPoint();
    void editCurrentPoint();
    void removeCurrentPoint();

private:
    void reloadSeries();
    void seriesChanged();
    void updateChart();
    void showContextMenu(const QPoint &position);
    void updateButtons();
    void fitColumns();
    const Indicator *currentPoint() const;
    QHash<QString, QString> unitOfSeries() const;

    QPointer<Store> m_store;
    QPointer<QUndoStack> m_undoStack;
    IndicatorTableModel *m_model = nullptr;
    qint64 m_keptPointId = 0; // the current row across a reset of the model
    QListWidget *m_seriesList;
    QSplitter *m_splitter;
    QTableView *m_table;
    ChartPanel *m_chart;
    QLabel *m_chartHint;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};
