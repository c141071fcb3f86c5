#include "IndicatorsView.h"

#include "IndicatorPointDialog.h"
#include "charts/ChartPanel.h"
#include "commands/AddIndicatorPointCommand.h"
#include "commands/EditIndicatorPointCommand.h"
#include "commands/RemoveIndicatorPointCommand.h"
#include "delegates/DateDelegate.h"
#include "delegates/LineLimitDelegate.h"
#include "domain/FieldLimits.h"
#include "items/IndicatorTableModel.h"
#include "store/IndicatorRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace {

qreal msecsOf(const QDate &day)
{
    return qreal(QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
}

} // namespace

IndicatorsView::IndicatorsView(QWidget *parent)
    : QWidget(parent), m_seriesList(new QListWidget(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_table(new QTableView(this)),
      m_chart(new ChartPanel(this)), m_chartHint(new QLabel(this)),
      m_add(new QPushButton(tr("&Add Point…"), this)), m_edit(new QPushButton(tr("E&dit…"), this)),
      m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("indicatorsView"));
    m_seriesList->setObjectName(QStringLiteral("seriesList"));
    m_table->setObjectName(QStringLiteral("pointTable"));
    m_table->setTabKeyNavigation(false); // Tab moves on; the arrows move in the table
    m_chart->setObjectName(QStringLiteral("seriesChart"));
    m_seriesList->setAccessibleName(tr("Indicator series"));
    m_table->setAccessibleName(tr("Points of the series"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setItemDelegateForColumn(IndicatorTableModel::DateColumn,
                                      new DateDelegate(Qt::EditRole, this));
    m_table->setItemDelegateForColumn(IndicatorTableModel::SeriesColumn,
                                      new LineLimitDelegate(FieldLimits::Title, this));
    m_table->setItemDelegateForColumn(IndicatorTableModel::UnitColumn,
                                      new LineLimitDelegate(FieldLimits::ShortText, this));
    m_table->setItemDelegateForColumn(IndicatorTableModel::SourceColumn,
                                      new LineLimitDelegate(FieldLimits::LongText, this));
    connect(m_table, &QWidget::customContextMenuRequested, this, &IndicatorsView::showContextMenu);
    connect(m_seriesList, &QListWidget::currentRowChanged, this, &IndicatorsView::seriesChanged);

    m_add->setObjectName(QStringLiteral("addPointButton"));
    m_edit->setObjectName(QStringLiteral("editPointButton"));
    m_remove->setObjectName(QStringLiteral("removePointButton"));
    m_add->setToolTip(tr("Add a dated value to a series, or start a new series"));
    connect(m_add, &QPushButton::clicked, this, &IndicatorsView::addPoint);
    connect(m_edit, &QPushButton::clicked, this, &IndicatorsView::editCurrentPoint);
    connect(m_remove, &QPushButton::clicked, this, &IndicatorsView::removeCurrentPoint);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    // Table over chart on the right; the series list on the left.
    auto *pointsAndChart = new QSplitter(Qt::Vertical, this);
    pointsAndChart->addWidget(m_table);
    // Until a series (or a point) is chosen, a hint stands where the chart goes.
    auto *chartArea = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartArea);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_chartHint, 1);
    m_chartHint->setObjectName(QStringLiteral("chartHint"));
    m_chartHint->setAlignment(Qt::AlignCenter);
    m_chartHint->setWordWrap(true);
    m_chartHint->setTextFormat(Qt::PlainText);
    m_chartHint->setEnabled(false);
    pointsAndChart->addWidget(chartArea);
    pointsAndChart->setSizes({fontMetrics().lineSpacing() * 10, fontMetrics().lineSpacing() * 20});
    pointsAndChart->setChildrenCollapsible(false);
    // The chart with its caption (sources can run to three lines) needs the room
    // more than a series' few rows.
    pointsAndChart->setStretchFactor(0, 2);
    pointsAndChart->setStretchFactor(1, 3);
    m_table->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    m_chart->setMinimumHeight(fontMetrics().lineSpacing() * 16);

    // Series names are long and differ at the end ("… (low end)", "… (high end)"):
    // wrapped, never cut.
    m_seriesList->setMinimumWidth(fontMetrics().averageCharWidth() * 22);
    m_seriesList->setWordWrap(true);
    m_seriesList->setTextElideMode(Qt::ElideNone);
    m_seriesList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_seriesList->setResizeMode(QListView::Adjust);
    m_seriesList->setSpacing(2);
    m_splitter->addWidget(m_seriesList);
    m_splitter->addWidget(pointsAndChart);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setSizes({fontMetrics().averageCharWidth() * 30, 800});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_splitter, 1);
    updateButtons();
}

void IndicatorsView::setContext(Store *store, QUndoStack *undoStack)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_table->setModel(nullptr);
    delete std::exchange(m_model, nullptr);
    m_seriesList->clear();
    m_store = store;
    m_undoStack = undoStack;
    if (store) {
        m_model = new IndicatorTableModel(*store, undoStack, this);
        m_table->setModel(m_model);
        QHeaderView *header = m_table->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->setSectionResizeMode(IndicatorTableModel::SourceColumn, QHeaderView::Stretch);
        fitColumns();
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
            updateButtons();
            // Under "All series" the chart follows the current point's series.
            if (currentSeries().isEmpty())
                updateChart();
        });
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
                [this] { m_keptPointId = currentPointId(); });
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            fitColumns();
            selectPoint(m_keptPointId);
            updateButtons();
        });
        // A new series, or the last point of one gone: the list follows.
        connect(store, &Store::indicatorsChanged, this, &IndicatorsView::reloadSeries);
        connect(store, &Store::reset, this, &IndicatorsView::reloadSeries);
        connect(store, &Store::externalChange, this, &IndicatorsView::reloadSeries);
        // Editing pauses while a team database's connection is lost.
        connect(store, &Store::connectionLost, m_model, [this] { updateButtons(); });
        connect(store, &Store::connectionRestored, m_model, [this] { updateButtons(); });
    }
    reloadSeries();
    updateButtons();
}

void IndicatorsView::fitColumns()
{
    // To the content, but a long series name or unit keeps to a readable start
    // (the source column takes what is left).
    m_table->resizeColumnsToContents();
    const int maxWidth = m_table->fontMetrics().averageCharWidth() * 40;
    for (int column :
         {int(IndicatorTableModel::SeriesColumn), int(IndicatorTableModel::UnitColumn)}) {
        if (m_table->columnWidth(column) > maxWidth)
            m_table->setColumnWidth(column, maxWidth);
    }
}

QString IndicatorsView::currentSeries() const
{
    const QListWidgetItem *item = m_seriesList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void IndicatorsView::selectSeries(const QString &series)
{
    for (int row = 0; row < m_seriesList->count(); ++row) {
        if (m_seriesList->item(row)->data(Qt::UserRole).toString() == series) {
            m_seriesList->setCurrentRow(row);
            return;
        }
    }
}

void IndicatorsView::reloadSeries()
{
    // A file just opened shows its first series with its chart; after that the
    // choice stays, and "All series" when the series chosen is gone.
    const bool fresh = m_seriesList->count() == 0;
    const QString current = currentSeries();
    QStringList names;
    try {
        if (m_store && m_store->isOpen())
            names = m_store->indicators().seriesNames();
    } catch (const StoreError &error) {
        m_store->reportError(error);
    }
    {
        const QSignalBlocker blocker(m_seriesList);
        m_seriesList->clear();
        auto *all = new QListWidgetItem(tr("All series"), m_seriesList);
        all->setData(Qt::UserRole, QString());
        for (const QString &name : std::as_const(names)) {
            auto *item = new QListWidgetItem(name, m_seriesList);
            item->setData(Qt::UserRole, name);
            item->setToolTip(name);
        }
        int row = names.contains(current) ? int(names.indexOf(current)) + 1 : 0;
        if (fresh && !names.isEmpty())
            row = 1;
        m_seriesList->setCurrentRow(row);
    }
    seriesChanged();
}

void IndicatorsView::seriesChanged()
{
    if (m_model) {
        m_model->setSeries(currentSeries());
        // One series: its name is in the list and over the chart, not in every row.
        m_table->setColumnHidden(IndicatorTableModel::SeriesColumn, !currentSeries().isEmpty());
    }
    updateChart();
    updateButtons();
}

void IndicatorsView::updateChart()
{
    // The chart of the series chosen, or of the current point's series.
    QString series = currentSeries();
    if (series.isEmpty()) {
        if (const Indicator *point = currentPoint())
            series = point->name;
    }
    LineChartSpec spec;
    m_chart->setVisible(!series.isEmpty());
    m_chartHint->setVisible(series.isEmpty());
    m_chartHint->setText(tr("Pick a series, or one of its points, to see its chart."));
    // ChartFactory shows a series named "<b>…" as typed.
    spec.title = series;
    spec.dateFormat = QStringLiteral("d MMM yy");
    QStringList sources;
    bool anyIllustrative = false;
    if (m_store && m_store->isOpen() && !series.isEmpty()) {
        LineChartSpec::Series line;
        line.name = series;
        line.color = QColor(0x1f, 0x4e, 0x9a);
        line.markers = true;
        line.hollowName = tr("illustrative");
        QList<Indicator> points;
        try {
            points = m_store->indicators().all();
        } catch (const StoreError &error) {
            m_store->reportError(error);
        }
        for (const Indicator &point : std::as_const(points)) {
            if (point.name != series)
                continue;
            line.unit = point.unit;
            line.points.append(QPointF(msecsOf(point.observedOn), point.value));
            line.hollow.append(point.illustrative);
            anyIllustrative = anyIllustrative || point.illustrative;
            if (!point.source.isEmpty() && !sources.contains(point.source))
                sources.append(point.source);
        }
        spec.valueTitle = line.unit.isEmpty() ? tr("Value") : tr("Value (%1)").arg(line.unit);
        // Negative figures (a fall in percent) stay on the chart.
        spec.valuesFromZero = std::all_of(line.points.cbegin(), line.points.cend(),
                                          [](const QPointF &p) { return p.y() >= 0; });
        spec.series.append(line);
    }
    m_chart->setLineChart(spec);
    QString caption =
        sources.isEmpty() ? QString() : tr("Source: %1").arg(sources.join(QStringLiteral(" · ")));
    if (anyIllustrative)
        caption += (caption.isEmpty() ? QString() : QStringLiteral("\n")) +
                   tr("Hollow markers and dashed lines are illustrative, not sourced figures.");
    m_chart->setCaption(caption);
}

qint64 IndicatorsView::currentPointId() const
{
    const Indicator *point = currentPoint();
    return point ? point->id : 0;
}

const Indicator *IndicatorsView::currentPoint() const
{
    if (!m_model)
        return nullptr;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return nullptr;
    return &m_model->points().at(current.row());
}

void IndicatorsView::selectPoint(qint64 pointId)
{
    if (!m_model)
        return;
    const int row = m_model->rowOfPoint(pointId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, IndicatorTableModel::ValueColumn);
    m_table->setCurrentIndex(index);
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

QHash<QString, QString> IndicatorsView::unitOfSeries() const
{
    QHash<QString, QString> units;
    if (!m_store)
        return units;
    try {
        // all() is by name, then date: the latest point's unit wins.
        for (const Indicator &point : m_store->indicators().all())
            units.insert(point.name, point.unit);
    } catch (const StoreError &error) {
        m_store->reportError(error);
    }
    return units;
}

void IndicatorsView::addPoint()
{
    if (!m_store || !m_undoStack)
        return;
    IndicatorPointDialog dialog(unitOfSeries(), QDate::currentDate(), this);
    if (!currentSeries().isEmpty())
        dialog.seriesCombo()->setCurrentText(currentSeries());
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new AddIndicatorPointCommand(*m_store, dialog.point());
    const int before = m_undoStack->index();
    m_undoStack->push(command);
    // A refused add is deleted by the stack as it is pushed: nothing to select.
    if (m_undoStack->index() == before)
        return;
    if (!currentSeries().isEmpty() && currentSeries() != command->point().name)
        selectSeries(command->point().name);
    selectPoint(command->pointId());
}

void IndicatorsView::editCurrentPoint()
{
    const Indicator *current = currentPoint();
    if (!current || !m_store || !m_undoStack)
        return;
    const Indicator before = *current;
    QHash<QString, QString> units = unitOfSeries();
    // The point's own unit, not its series' latest: the dialog edits this point.
    units.insert(before.name, before.unit);
    IndicatorPointDialog dialog(units, before.observedOn, this);
    dialog.setPoint(before);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Indicator after = dialog.point();
    if (IndicatorRepository::normalized(after) == before)
        return;
    m_undoStack->push(new EditIndicatorPointCommand(*m_store, before, after));
    selectPoint(before.id);
}

void IndicatorsView::removeCurrentPoint()
{
    const Indicator *current = currentPoint();
    if (!current || !m_store || !m_undoStack)
        return;
    // Undo brings it back: no question asked.
    const int row = m_table->currentIndex().row();
    m_undoStack->push(new RemoveIndicatorPointCommand(*m_store, *current));
    if (m_model->rowCount() > 0)
        selectPoint(m_model->points().at(qMin(row, m_model->rowCount() - 1)).id);
}

void IndicatorsView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (index.isValid())
        selectPoint(m_model->points().at(index.row()).id);
    QMenu menu(this);
    menu.addAction(tr("&Add Point…"), this, &IndicatorsView::addPoint)
        ->setEnabled(m_add->isEnabled());
    menu.addAction(tr("E&dit…"), this, &IndicatorsView::editCurrentPoint)
        ->setEnabled(m_edit->isEnabled());
    menu.addAction(tr("&Remove"), this, &IndicatorsView::removeCurrentPoint)
        ->setEnabled(m_remove->isEnabled());
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void IndicatorsView::updateButtons()
{
    const bool open = m_store && m_undoStack && !m_store->isReadOnly();
    const bool chosen = open && currentPoint();
    m_add->setEnabled(open);
    m_edit->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}
