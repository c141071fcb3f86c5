#include "SummitTabs.h"

#include "AppSettings.h"
#include "actors/ActorsView.h"
#include "charts/DashboardView.h"
#include "charts/MatrixView.h"
#include "delegates/DateDelegate.h"
#include "delegates/PriorityDelegate.h"
#include "delegates/ReadableItemDelegate.h"
#include "delegates/StatusDelegate.h"
#include "domain/Priority.h"
#include "domain/Status.h"
#include "issues/ColumnFit.h"
#include "issues/IssueDetailPanel.h"
#include "issues/IssueFilterBar.h"
#include "issues/IssueOverviewForm.h"
#include "items/ActorListModel.h"
#include "items/IssueTableModel.h"
#include "items/PositionMatrixModel.h"
#include "items/PositionTableModel.h"
#include "items/StatusHistoryModel.h"
#include "mainwindow/SummitHeader.h"
#include "programme/IndicatorsView.h"
#include "programme/ProgrammeView.h"
#include "store/IssueRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

SummitTabs::SummitTabs(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("summitTabs"));
    m_summitHeader = new SummitHeader(this);

    m_filterBar = new IssueFilterBar(this);
    connect(m_filterBar, &IssueFilterBar::filterChanged, this, &SummitTabs::applyFilter);

    m_issueTable = new QTableView(this);
    m_issueTable->setObjectName(QStringLiteral("issueTable"));
    m_issueTable->setAccessibleName(tr("Issues"));
    m_issueTable->setAccessibleDescription(
        tr("One row per issue; Tab moves to the issue details, F6 to the filter"));
    m_issueTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issueTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_issueTable->setAlternatingRowColors(true);
    m_issueTable->setWordWrap(false);
    // Tab leaves the table for the detail panel; the arrows move between issues.
    m_issueTable->setTabKeyNavigation(false);
    m_issueTable->setEditTriggers(QAbstractItemView::DoubleClicked |
                                  QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::SelectedClicked);
    m_issueTable->verticalHeader()->hide();
    m_issueTable->verticalHeader()->setDefaultSectionSize(m_issueTable->fontMetrics().height() +
                                                          12);
    m_issueTable->horizontalHeader()->setHighlightSections(false);
    m_issueTable->horizontalHeader()->setSortIndicatorShown(true);
    // Grey (archived) and red (overdue) text read on a dark palette too.
    m_issueTable->setItemDelegate(new ReadableItemDelegate(m_issueTable));
    m_issueTable->setItemDelegateForColumn(
        IssueTableModel::StatusColumn,
        new StatusDelegate(IssueTableModel::RawValueRole, m_issueTable));
    m_issueTable->setItemDelegateForColumn(
        IssueTableModel::PriorityColumn,
        new PriorityDelegate(IssueTableModel::RawValueRole, m_issueTable));
    m_issueTable->setItemDelegateForColumn(
        IssueTableModel::DueDateColumn,
        new DateDelegate(IssueTableModel::RawValueRole, m_issueTable));
    m_issueTable->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_issueTable->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &SummitTabs::showColumnMenu);
    // The model sorts in SQL; the view only forwards header clicks to it.
    m_issueTable->horizontalHeader()->setSortIndicator(IssueTableModel::CodeColumn,
                                                       Qt::AscendingOrder);
    m_issueTable->setSortingEnabled(true);
    m_issueTable->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_issueTable->viewport()->installEventFilter(this);
    connect(m_issueTable->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int column, int, int size) {
                if (!m_fittingColumns && m_issueModel && size > 0 &&
                    column != IssueTableModel::TitleColumn)
                    m_columnPreferences.insert(column, size);
            });

    auto *issueList = new QWidget(this);
    auto *issueListLayout = new QVBoxLayout(issueList);
    issueListLayout->setContentsMargins(8, 8, 0, 0);
    issueListLayout->setSpacing(6);
    issueListLayout->addWidget(m_filterBar);
    issueListLayout->addWidget(m_issueTable, 1);

    m_detailPanel = new IssueDetailPanel(this);
    m_issueSplitter = new QSplitter(Qt::Horizontal, this);
    m_issueSplitter->setObjectName(QStringLiteral("issueSplitter"));
    m_issueSplitter->addWidget(issueList);
    m_issueSplitter->addWidget(m_detailPanel);
    m_issueSplitter->setStretchFactor(0, 3);
    m_issueSplitter->setStretchFactor(1, 2);
    m_issueSplitter->setChildrenCollapsible(false);
    m_issueSplitter->setSizes({790, 600});

    m_actorsView = new ActorsView(this);
    connect(m_actorsView, &ActorsView::issueActivated, this, &SummitTabs::selectIssue);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setAccessibleName(tr("Summit views"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_issueSplitter, tr("Issues"));
    m_tabs->addTab(m_actorsView, tr("Actors"));
    m_programmeView = new ProgrammeView(this);
    m_tabs->addTab(m_programmeView, tr("Programme"));
    m_indicatorsView = new IndicatorsView(this);
    m_tabs->addTab(m_indicatorsView, tr("Indicators"));

    m_dashboard = new DashboardView(this);
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    connect(m_dashboard, &DashboardView::issueActivated, this, &SummitTabs::selectIssue);
    // A clicked bar becomes the table's filter, shown in the filter bar too.
    connect(m_dashboard, &DashboardView::filterRequested, this, [this](const IssueFilter &filter) {
        {
            const QSignalBlocker blocker(m_filterBar);
            m_filterBar->setStatuses(filter.statuses);
            QComboBox *category = m_filterBar->categoryCombo();
            category->setCurrentIndex(qMax(0, category->findData(filter.category)));
            QComboBox *priority = m_filterBar->priorityCombo();
            priority->setCurrentIndex(
                qMax(0, priority->findData(filter.priority ? int(*filter.priority) : -1)));
        }
        m_tabs->setCurrentIndex(IssuesTab);
        applyFilter();
    });
    m_matrixView = new MatrixView(this);
    m_tabs->addTab(m_matrixView, tr("Matrix"));
    connect(m_matrixView, &MatrixView::issueActivated, this, &SummitTabs::selectIssue);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_summitHeader);
    layout->addWidget(line);
    layout->addWidget(m_tabs, 1);
    detach();
}

SummitTabs::~SummitTabs()
{
    detach();
}

void SummitTabs::attach(Store *store, QUndoStack *undoStack)
{
    detach();
    if (!store)
        return;
    m_store = store;
    m_issueModel = new IssueTableModel(*store, undoStack, this);
    m_positionModel = new PositionTableModel(*store, undoStack, this);
    m_historyModel = new StatusHistoryModel(*store, this);
    m_actorModel = new ActorListModel(*store, this);

    m_issueTable->setModel(m_issueModel);
    QHeaderView *header = m_issueTable->horizontalHeader();
    m_columnPreferences.clear();
    if (!m_issueHeaderState.isEmpty() && header->restoreState(m_issueHeaderState)) {
        // Saved widths the user chose stay (see issueHeaderState()); the others
        // fit the content again.
        for (int column : std::as_const(m_issueColumnsResized)) {
            if (column >= 0 && column < IssueTableModel::ColumnCount &&
                column != IssueTableModel::TitleColumn && header->sectionSize(column) > 0)
                m_columnPreferences.insert(column, header->sectionSize(column));
        }
    } else {
        // Room for the title first; the header's context menu shows the rest.
        header->setSectionHidden(IssueTableModel::CategoryColumn, true);
        header->setSectionHidden(IssueTableModel::DaysBeforeSummitColumn, true);
        header->setSortIndicator(IssueTableModel::CodeColumn, Qt::AscendingOrder);
    }
    fitIssueColumns();
    // The indicator may come from the saved layout: make the model agree with it.
    int sortColumn = header->sortIndicatorSection();
    if (sortColumn < 0 || sortColumn >= IssueTableModel::ColumnCount)
        sortColumn = IssueTableModel::CodeColumn;
    header->setSortIndicator(sortColumn, header->sortIndicatorOrder());
    m_issueModel->sort(sortColumn, header->sortIndicatorOrder());

    connect(m_issueTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SummitTabs::onCurrentRowChanged);
    connect(m_issueModel, &QAbstractItemModel::modelReset, this, &SummitTabs::reselectCurrentIssue);
    // Rows added to a table that showed none (an import, a first issue): the first
    // one is shown, as on opening a file.
    connect(m_issueModel, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_currentIssueId == 0)
            reselectCurrentIssue();
    });
    connect(m_issueModel, &IssueTableModel::countsChanged, this, &SummitTabs::countsChanged);
    // Other rows, other widths: the columns fit what the filter shows.
    connect(m_issueModel, &IssueTableModel::countsChanged, this, &SummitTabs::fitIssueColumns);

    m_detailPanel->setContext(store, undoStack, m_positionModel, m_historyModel);
    m_actorsView->setContext(store, m_actorModel, undoStack);
    m_programmeView->setContext(store, undoStack);
    m_indicatorsView->setContext(store, undoStack);
    m_matrixModel = new PositionMatrixModel(*store, this);
    m_matrixView->setModel(m_matrixModel);
    m_dashboard->setStore(store);
    // The dashboard and the matrix show what the table shows, whoever set the filter.
    connect(m_issueModel, &IssueTableModel::countsChanged, m_dashboard, [this] {
        m_dashboard->setFilter(m_issueModel->filter());
        m_matrixModel->setFilter(m_issueModel->filter());
    });

    connect(store, &Store::reset, this, [this] {
        updateSummit();
        updateCategories();
    });
    connect(store, &Store::issueChanged, this, &SummitTabs::updateCategories);

    m_filterBar->setEnabled(true);
    updateCategories();
    updateSummit();
    applyFilter();
    emit countsChanged(m_issueModel->rowCount(), m_issueModel->totalCount());
}

void SummitTabs::detach()
{
    if (m_store) {
        // What is being typed is saved before the file goes.
        m_detailPanel->overview()->commitPending();
        m_issueHeaderState = issueHeaderState();
        m_issueColumnsResized = m_columnPreferences.keys();
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_issueTable->setModel(nullptr);
    m_detailPanel->setContext(nullptr, nullptr, nullptr, nullptr);
    m_actorsView->setContext(nullptr, nullptr);
    m_programmeView->setContext(nullptr, nullptr);
    m_indicatorsView->setContext(nullptr, nullptr);
    m_dashboard->setStore(nullptr);
    m_matrixView->setModel(nullptr);
    delete std::exchange(m_issueModel, nullptr);
    delete std::exchange(m_positionModel, nullptr);
    delete std::exchange(m_historyModel, nullptr);
    delete std::exchange(m_actorModel, nullptr);
    delete std::exchange(m_matrixModel, nullptr);
    m_store = nullptr;
    m_currentIssueId = 0;
    {
        const QSignalBlocker blocker(m_filterBar);
        m_filterBar->setCategories({});
        m_filterBar->clearFilter();
    }
    m_filterBar->setEnabled(false);
    m_summitHeader->clear();
    emit countsChanged(0, 0);
}

void SummitTabs::commitPending()
{
    m_detailPanel->overview()->commitPending();
}

void SummitTabs::focusFind()
{
    m_tabs->setCurrentIndex(IssuesTab);
    m_filterBar->fullTextEdit()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->fullTextEdit()->selectAll();
}

namespace {

// The first field of an area a Tab press would reach, or the area itself.
QWidget *firstFocusableIn(QWidget *area)
{
    for (QWidget *widget = area->nextInFocusChain(); widget && widget != area;
         widget = widget->nextInFocusChain()) {
        if (area->isAncestorOf(widget) && widget->isVisibleTo(area->window()) &&
            widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus))
            return widget;
    }
    return area;
}

} // namespace

void SummitTabs::cyclePane(bool forward)
{
    if (m_tabs->currentIndex() != IssuesTab) {
        // From another tab, F6 comes back to the issues, starting with the table.
        m_tabs->setCurrentIndex(IssuesTab);
        m_issueTable->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    QList<QWidget *> panes = {m_issueTable};
    if (m_detailPanel->isVisible())
        panes.append(m_detailPanel);
    panes.append(m_filterBar);
    const QWidget *focus = QApplication::focusWidget();
    qsizetype current = -1;
    for (qsizetype i = 0; i < panes.size(); ++i) {
        if (focus && (focus == panes[i] || panes[i]->isAncestorOf(focus)))
            current = i;
    }
    const qsizetype count = panes.size();
    const qsizetype next = current < 0 ? 0 : (forward ? current + 1 : current - 1 + count) % count;
    QWidget *pane = panes[next];
    if (pane == m_filterBar)
        m_filterBar->searchEdit()->setFocus(Qt::ShortcutFocusReason);
    else if (pane == m_detailPanel)
        firstFocusableIn(m_detailPanel->tabs()->currentWidget())->setFocus(Qt::ShortcutFocusReason);
    else
        pane->setFocus(Qt::ShortcutFocusReason);
}

QStringList SummitTabs::selectedIssueCodes() const
{
    QStringList codes;
    if (!m_issueTable->selectionModel())
        return codes;
    const QModelIndexList rows =
        m_issueTable->selectionModel()->selectedRows(IssueTableModel::CodeColumn);
    for (const QModelIndex &index : rows)
        codes.append(index.data().toString());
    return codes;
}

void SummitTabs::restoreLayout(const AppSettings &settings)
{
    const QByteArray issueSplitter = settings.issueSplitterState();
    if (!issueSplitter.isEmpty())
        m_issueSplitter->restoreState(issueSplitter);
    const QByteArray actorSplitter = settings.actorSplitterState();
    if (!actorSplitter.isEmpty())
        m_actorsView->splitter()->restoreState(actorSplitter);
    m_issueHeaderState = settings.issueHeaderState();
    m_issueColumnsResized = settings.issueColumnsResized();
    m_detailPanel->setVisible(settings.detailPanelVisible());
}

void SummitTabs::saveLayout(AppSettings &settings)
{
    settings.setIssueSplitterState(m_issueSplitter->saveState());
    settings.setActorSplitterState(m_actorsView->splitter()->saveState());
    if (m_issueModel)
        m_issueHeaderState = issueHeaderState();
    if (!m_issueHeaderState.isEmpty())
        settings.setIssueHeaderState(m_issueHeaderState);
    if (m_issueModel)
        m_issueColumnsResized = m_columnPreferences.keys();
    settings.setIssueColumnsResized(m_issueColumnsResized);
}

void SummitTabs::fitIssueColumns()
{
    if (!m_issueModel)
        return;
    const QFontMetrics metrics = m_issueTable->fontMetrics();
    const auto width = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 28;
    };
    const auto characters = [&metrics](int count) { return metrics.averageCharWidth() * count; };
    QHeaderView *header = m_issueTable->horizontalHeader();
    const auto headerWidth = [this, &width](int column) {
        return width(m_issueModel->headerData(column, Qt::Horizontal).toString());
    };
    // What the rows on screen need (capped for long owners and categories), never
    // less than the header; before there are rows, a usual value.
    const auto contentWidth = [this, header](int column, int usual, int cap) {
        const int content =
            m_issueModel->rowCount() > 0
                ? static_cast<const QAbstractItemView *>(m_issueTable)->sizeHintForColumn(column)
                : usual;
        return std::max(std::min(content, cap), header->sectionSizeHint(column));
    };
    constexpr int dot = 18; // the status and priority dots
    constexpr int unbounded = 1 << 20;
    // Owner and category give up room first, toward their header; the title
    // keeps a readable minimum before the others shrink.
    QList<ColumnWidth> widths = {
        {IssueTableModel::CodeColumn, width(QStringLiteral("MM-00")),
         contentWidth(IssueTableModel::CodeColumn, width(QStringLiteral("MMM-000")), unbounded), 1},
        {IssueTableModel::CategoryColumn, headerWidth(IssueTableModel::CategoryColumn),
         contentWidth(IssueTableModel::CategoryColumn,
                      width(QStringLiteral("Critical raw materials")), characters(24)),
         0},
        {IssueTableModel::StatusColumn, headerWidth(IssueTableModel::StatusColumn) + dot,
         contentWidth(IssueTableModel::StatusColumn,
                      width(StatusText::label(Status::InNegotiation)) + dot, unbounded),
         1},
        {IssueTableModel::PriorityColumn, headerWidth(IssueTableModel::PriorityColumn) + dot,
         contentWidth(IssueTableModel::PriorityColumn,
                      width(PriorityText::label(Priority::Critical)) + dot, unbounded),
         1},
        {IssueTableModel::OwnerColumn, headerWidth(IssueTableModel::OwnerColumn),
         contentWidth(IssueTableModel::OwnerColumn, width(QStringLiteral("Security policy desk")),
                      characters(22)),
         0},
        {IssueTableModel::DueDateColumn, width(QStringLiteral("00-00-00")),
         contentWidth(IssueTableModel::DueDateColumn, width(QStringLiteral("0000-00-00")),
                      unbounded),
         1},
        {IssueTableModel::DaysBeforeSummitColumn, width(QStringLiteral("-000")),
         contentWidth(IssueTableModel::DaysBeforeSummitColumn,
                      headerWidth(IssueTableModel::DaysBeforeSummitColumn), unbounded),
         1}};
    // A width the user chose is the one to keep while there is room for it.
    for (ColumnWidth &column : widths) {
        column.preferred = m_columnPreferences.value(column.column, column.preferred);
        column.minimum = qMin(column.minimum, column.preferred);
    }
    m_fittingColumns = true;
    fitColumns(m_issueTable, IssueTableModel::TitleColumn,
               qMax(characters(titleMinimumCharacters), width(tr("Title"))), widths);
    m_fittingColumns = false;
}

QByteArray SummitTabs::issueHeaderState()
{
    // Saved with the widths chosen, not the ones a narrow window squeezed them to.
    QHeaderView *header = m_issueTable->horizontalHeader();
    m_fittingColumns = true;
    for (auto it = m_columnPreferences.constBegin(); it != m_columnPreferences.constEnd(); ++it)
        header->resizeSection(it.key(), it.value());
    const QByteArray state = header->saveState();
    m_fittingColumns = false;
    fitIssueColumns();
    return state;
}

bool SummitTabs::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_issueTable->viewport() && event->type() == QEvent::Resize)
        fitIssueColumns();
    return QWidget::eventFilter(watched, event);
}

void SummitTabs::showColumnMenu(const QPoint &position)
{
    if (!m_issueModel)
        return;
    QHeaderView *header = m_issueTable->horizontalHeader();
    QMenu menu(this);
    for (int column = 0; column < IssueTableModel::ColumnCount; ++column) {
        if (column == IssueTableModel::CodeColumn || column == IssueTableModel::TitleColumn)
            continue;
        QAction *action =
            menu.addAction(m_issueModel->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            fitIssueColumns();
        });
    }
    menu.exec(header->viewport()->mapToGlobal(position));
}

void SummitTabs::applyFilter()
{
    if (!m_issueModel)
        return;
    IssueFilter filter = m_filterBar->filter();
    filter.showArchived = m_showArchived;
    m_issueModel->setFilter(filter);
    reselectCurrentIssue();
}

void SummitTabs::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    emit showArchivedChanged(show);
    applyFilter();
}

void SummitTabs::reselectCurrentIssue()
{
    if (!m_issueModel)
        return;
    int row = m_currentIssueId != 0 ? m_issueModel->rowOfIssue(m_currentIssueId) : -1;
    // Nothing chosen yet: start on the first issue rather than an empty panel.
    if (m_currentIssueId == 0 && m_issueModel->rowCount() > 0)
        row = 0;
    if (row < 0) {
        // Hidden by the filter: remembered, and selected again once it shows.
        m_issueTable->selectionModel()->clearSelection();
        m_detailPanel->setIssue(0);
        return;
    }
    const QModelIndex index = m_issueModel->index(row, IssueTableModel::CodeColumn);
    m_issueTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
    m_issueTable->scrollTo(index);
    m_currentIssueId = m_issueModel->issueIdAt(row);
    m_detailPanel->setIssue(m_currentIssueId);
}

void SummitTabs::onCurrentRowChanged(const QModelIndex &current)
{
    if (!current.isValid() || !m_issueModel)
        return;
    m_currentIssueId = m_issueModel->issueIdAt(current.row());
    m_detailPanel->setIssue(m_currentIssueId);
}

void SummitTabs::selectIssue(qint64 issueId)
{
    if (!m_issueModel || issueId == 0)
        return;
    m_tabs->setCurrentIndex(IssuesTab);
    if (m_issueModel->rowOfIssue(issueId) < 0) {
        {
            const QSignalBlocker blocker(m_filterBar);
            m_filterBar->clearFilter();
        }
        // An archived issue picked from the search results is shown, greyed.
        const std::optional<Issue> issue = m_store->issues().byId(issueId);
        if (issue && issue->isArchived())
            setShowArchived(true);
        applyFilter();
    }
    m_currentIssueId = issueId;
    reselectCurrentIssue();
    m_issueTable->setFocus(Qt::OtherFocusReason);
}

void SummitTabs::updateSummit()
{
    if (!m_store || !m_store->isOpen()) {
        m_summitHeader->clear();
        return;
    }
    try {
        m_summitHeader->setSummit(m_store->settings().summit());
    } catch (const StoreError &error) {
        emit warning(error.message());
    }
}

void SummitTabs::updateCategories()
{
    if (!m_store || !m_store->isOpen())
        return;
    try {
        m_filterBar->setCategories(m_store->issues().categories());
    } catch (const StoreError &error) {
        emit warning(error.message());
    }
}
