#pragma once

#include <QPointer>
#include <QWidget>

class PositionMatrixModel;
class QLabel;
class QTableView;

// Issues × actors, every cell coloured by its distance from our side's objective.
// Double-clicking a cell asks to open that issue.
class MatrixView : public QWidget
{
    Q_OBJECT
public:
    explicit MatrixView(QWidget *parent = nullptr);

    void setModel(PositionMatrixModel *model); // null: empty
    QTableView *table() const { return m_table; }

signals:
    void issueActivated(qint64 issueId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitColumns();
    void updateLegend();

    QPointer<PositionMatrixModel> m_model;
    QTableView *m_table;
    QLabel *m_legend;
};
