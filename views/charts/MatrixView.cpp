#include "MatrixView.h"

#include "delegates/MatrixCellDelegate.h"
#include "items/PositionMatrixModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

MatrixView::MatrixView(QWidget *parent)
    : QWidget(parent), m_table(new QTableView(this)), m_legend(new QLabel(this))
{
    setObjectName(QStringLiteral("matrixView"));
    m_table->setObjectName(QStringLiteral("matrixTable"));
    m_table->setAccessibleName(tr("Position matrix"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setItemDelegate(new MatrixCellDelegate(m_table));
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultAlignment(
        Qt::Alignment(int(Qt::AlignCenter) | int(Qt::TextWordWrap)));
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setTextElideMode(Qt::ElideRight);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!m_model || !index.isValid())
            return;
        if (const qint64 id = m_model->issueIdAt(index.row()); id != 0)
            emit issueActivated(id);
    });

    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    updateLegend();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_legend);
    layout->addWidget(m_table, 1);
}

void MatrixView::setModel(PositionMatrixModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_table->setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &MatrixView::fitColumns);
        connect(model, &QAbstractItemModel::modelReset, this, &MatrixView::updateLegend);
        connect(model, &QAbstractItemModel::columnsInserted, this, &MatrixView::fitColumns);
        fitColumns();
    }
    updateLegend();
}

// The colour scale in words, with swatches from the model's own colours; the
// objective is our side's, named as the summit's settings say.
void MatrixView::updateLegend()
{
    // The swatch carries the cell's symbol too: the legend does not rely on colour.
    const auto swatch = [](double distance) {
        return QStringLiteral(
                   "<span style=\"background-color:%1; color:#000000\">&nbsp;%2&nbsp;</span>")
            .arg(PositionMatrixModel::distanceColor(distance).name(),
                 MatrixCellDelegate::symbolFor(distance));
    };
    const QString bloc = m_model ? m_model->ourBloc() : QString();
    const QString objective =
        bloc.isEmpty() ? tr("our side's objective") : tr("%1 objective").arg(bloc.toHtmlEscaped());
    m_legend->setText(tr("Each cell is an actor's position (0–100) on the issue, coloured by its "
                         "distance from the %1: %2 close  %3 halfway  %4 far. "
                         "Double-click a cell to open the issue.")
                          .arg(objective, swatch(0), swatch(PositionMatrixModel::farDistance / 2),
                               swatch(PositionMatrixModel::farDistance)));
}

// Issue names take at most a third of a narrow window, cut short with the
// whole in their tooltip, so the actors' columns keep the room.
void MatrixView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_table->verticalHeader()->setMaximumWidth(qMax(220, width() / 3));
}

void MatrixView::fitColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setMinimumSectionSize(40);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Actor names wrap in a tall header rather than making every column wide.
    const int width = m_table->fontMetrics().horizontalAdvance(QStringLiteral("Commission")) + 12;
    for (int column = 0; column < header->count(); ++column)
        m_table->setColumnWidth(column, width);
    header->setMinimumHeight(m_table->fontMetrics().height() * 3 + 8);
}
