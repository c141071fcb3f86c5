#pragma once

#include "charts/PositionMapData.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

class ChartPanel;
class QLabel;
class QSpinBox;
class QSplitter;
class QTreeWidget;
class Store;

// One issue's position map: every actor at its position, stem height clout ×
// salience, our side's objective and the forecast; beside it, who to work on.
// Follows the store, so an edit (or its undo) shows at once.
class PositionMapView : public QWidget
{
    Q_OBJECT
public:
    explicit PositionMapView(QWidget *parent = nullptr);

    void setStore(Store *store);
    void setIssue(qint64 issueId);
    qint64 issueId() const { return m_issueId; }
    void reload();

    const PositionMapData &data() const { return m_data; }
    ChartPanel *chartPanel() const { return m_chart; }
    // Who to work on, ranked as the forecast ranks it (gain per effort).
    enum LeverageColumn
    {
        ActorColumn,
        MoveColumn,   // "30 → 50": from where it stands to our objective
        GainColumn,   // the forecast outcome's shift toward the objective
        EffortColumn, // points moved × salience ÷ 100
        RatioColumn,  // gain per effort
        ColumnCount
    };
    QTreeWidget *leverageList() const { return m_leverage; }
    // Steps through the bargaining rounds: 0 shows the opening positions.
    QSpinBox *roundSpin() const { return m_roundSpin; }
    QLabel *roundStatus() const { return m_roundStatus; }
    void showRound(int round);
    // The rounds are worked out in the background after each load; false until then.
    bool roundsReady() const { return m_roundsReady; }
    // The forecast's sentences above the list.
    QLabel *summary() const { return m_summary; }
    // Shown when no single actor can shift the outcome toward our objective.
    QLabel *noSingleActorNote() const { return m_noSingleActor; }
    static QString effortExplanation();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QPointer<Store> m_store;
    qint64 m_issueId = 0;
    PositionMapData m_data;
    QSplitter *m_splitter;
    ChartPanel *m_chart;
    QLabel *m_summary;
    QTreeWidget *m_leverage;
    QWidget *m_roundRow;
    QSpinBox *m_roundSpin;
    QLabel *m_roundStatus;
    int m_shownRound = 0; // the round the chart draws
    QFutureWatcher<Bargaining::Result> m_roundsWatcher;
    bool m_roundsReady = false;
    void startRounds();
    void updateRounds();
    QLabel *m_noSingleActor;
};
