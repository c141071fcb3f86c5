#include "MainWindow.h"

#include "AppSettings.h"
#include "actors/ActorsView.h"
#include "briefing/BriefingPackComposer.h"
#include "briefing/PackExport.h"
#include "briefing/PackWriter.h"
#include "charts/DashboardView.h"
#include "charts/MatrixView.h"
#include "delegates/DateDelegate.h"
#include "delegates/PriorityDelegate.h"
#include "delegates/StatusDelegate.h"
#include "i18n/PluralForms.h"
#include "io/DemoScenario.h"
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
#include "store/IssueRepository.h"
#include "store/SettingsRepository.h"
#include "tracking/TrackingController.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace {

bool s_quietForTesting = false;

QString databaseFilter()
{
    return QCoreApplication::translate("MainWindow", "Summit Brief database (*.db *.sqlite)") +
           QStringLiteral(";;") + QCoreApplication::translate("MainWindow", "All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_undoStack(new QUndoStack(this))
{
    PluralForms::install(); // the window's counts read "1 issue", not "1 issue(s)"
    setObjectName(QStringLiteral("mainWindow"));
    createActions();
    createCentralArea();
    createMenus();
    m_tracking = new TrackingController(this);

    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    restoreLayout();
    closeDatabase();
}

MainWindow::~MainWindow()
{
    // The models and the commands on the stack refer to the store: let go of them first.
    closeDatabase();
}

void MainWindow::setQuietForTesting(bool quiet)
{
    s_quietForTesting = quiet;
}

bool MainWindow::isQuietForTesting()
{
    return s_quietForTesting;
}

void MainWindow::createActions()
{
    m_newAction = new QAction(tr("&New…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Create an empty database"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDatabaseInteractive);

    m_openAction =
        new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a Summit Brief database"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDatabaseInteractive);

    m_openDemoAction = new QAction(tr("Open &Demo"), this);
    m_openDemoAction->setStatusTip(
        tr("Write a fresh copy of the EU–China summit demo and open it"));
    connect(m_openDemoAction, &QAction::triggered, this, &MainWindow::openDemo);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));

    m_toggleDetailsAction = new QAction(tr("Issue &Details"), this);
    m_toggleDetailsAction->setCheckable(true);
    m_toggleDetailsAction->setChecked(true);
    m_toggleDetailsAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_toggleDetailsAction->setStatusTip(tr("Show or hide the details of the selected issue"));

    m_showIssuesAction = new QAction(tr("&Issues"), this);
    m_showIssuesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_showActorsAction = new QAction(tr("&Actors"), this);
    m_showActorsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));

    m_exportPackAction = new QAction(tr("&Export Briefing Pack…"), this);
    m_exportPackAction->setObjectName(QStringLiteral("exportPackAction"));
    m_exportPackAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportPackAction->setStatusTip(tr("Write the briefing pack as PDF, ODT or HTML"));
    connect(m_exportPackAction, &QAction::triggered, this, &MainWindow::exportPackInteractive);
    m_printPreviewAction = new QAction(tr("Print Pre&view…"), this);
    m_printPreviewAction->setObjectName(QStringLiteral("printPreviewAction"));
    connect(m_printPreviewAction, &QAction::triggered, this, &MainWindow::printPreviewInteractive);
    m_printAction = new QAction(tr("&Print…"), this);
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &MainWindow::printInteractive);

    m_aboutAction = new QAction(tr("&About Summit Brief"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addAction(m_openDemoAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    file->addSeparator();
    file->addAction(m_exportPackAction);
    file->addAction(m_printPreviewAction);
    file->addAction(m_printAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find Issues…"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_filterBar->fullTextEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->fullTextEdit()->selectAll();
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_showIssuesAction);
    view->addAction(m_showActorsAction);
    view->addSeparator();
    view->addAction(m_toggleDetailsAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createCentralArea()
{
    m_summitHeader = new SummitHeader(this);

    m_filterBar = new IssueFilterBar(this);
    connect(m_filterBar, &IssueFilterBar::filterChanged, this, &MainWindow::applyFilter);

    m_issueTable = new QTableView(this);
    m_issueTable->setObjectName(QStringLiteral("issueTable"));
    m_issueTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issueTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_issueTable->setAlternatingRowColors(true);
    m_issueTable->setWordWrap(false);
    m_issueTable->setEditTriggers(QAbstractItemView::DoubleClicked |
                                  QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::SelectedClicked);
    m_issueTable->verticalHeader()->hide();
    m_issueTable->verticalHeader()->setDefaultSectionSize(m_issueTable->fontMetrics().height() +
                                                          12);
    m_issueTable->horizontalHeader()->setHighlightSections(false);
    m_issueTable->horizontalHeader()->setSortIndicatorShown(true);
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
            &MainWindow::showColumnMenu);
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
    connect(m_toggleDetailsAction, &QAction::toggled, m_detailPanel, &QWidget::setVisible);

    m_actorsView = new ActorsView(this);
    connect(m_actorsView, &ActorsView::issueActivated, this, &MainWindow::selectIssue);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_issueSplitter, tr("Issues"));
    m_tabs->addTab(m_actorsView, tr("Actors"));

    m_dashboard = new DashboardView(this);
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    connect(m_dashboard, &DashboardView::issueActivated, this, &MainWindow::selectIssue);
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
        m_tabs->setCurrentIndex(0);
        applyFilter();
    });
    m_matrixView = new MatrixView(this);
    m_tabs->addTab(m_matrixView, tr("Matrix"));
    connect(m_matrixView, &MatrixView::issueActivated, this, &MainWindow::selectIssue);
    connect(m_showIssuesAction, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(0); });
    connect(m_showActorsAction, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(1); });

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_summitHeader);
    layout->addWidget(line);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
}

bool MainWindow::openDatabase(const QString &path, Store::OpenMode mode)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto store = std::make_unique<Store>();
    try {
        store->open(absolute, mode);
    } catch (const StoreError &error) {
        showCritical(tr("Cannot open the database"), error.message());
        return false;
    }
    closeDatabase();
    m_store = std::move(store);
    attachModels();
    rememberDatabase(absolute);
    if (!m_store->lastBackupPath().isEmpty())
        statusBar()->showMessage(tr("The database was upgraded; a copy of the old file is at %1")
                                     .arg(QDir::toNativeSeparators(m_store->lastBackupPath())),
                                 15000);
    return true;
}

bool MainWindow::newDatabase(const QString &path)
{
    if (QFileInfo::exists(path)) {
        showCritical(tr("Cannot create the database"),
                     tr("%1 already exists. Choose a new file name: a new database never "
                        "replaces a file.")
                         .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return openDatabase(path, Store::OpenMode::CreateIfMissing);
}

bool MainWindow::openDemo()
{
    const QString path = AppSettings::demoDatabasePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    // The demo file is replaced on disk: let go of it first if it is the one open.
    if (m_store && QFileInfo(m_store->path()) == QFileInfo(path))
        closeDatabase();
    QString error;
    // The app's own demo file: replaced, after a backup like any database.
    if (!DemoScenario::write(path, true, &error)) {
        showCritical(tr("Cannot write the demo"), error);
        return false;
    }
    return openDatabase(path);
}

void MainWindow::closeDatabase()
{
    if (m_store) {
        // What is being typed is saved before the file goes.
        m_detailPanel->overview()->commitPending();
        m_issueHeaderState = issueHeaderState();
        m_issueColumnsResized = m_columnPreferences.keys();
    }
    m_tracking->attach(nullptr);
    m_issueTable->setModel(nullptr);
    m_detailPanel->setContext(nullptr, nullptr, nullptr, nullptr);
    m_actorsView->setContext(nullptr, nullptr);
    m_dashboard->setStore(nullptr);
    m_matrixView->setModel(nullptr);
    m_undoStack->clear();
    delete std::exchange(m_issueModel, nullptr);
    delete std::exchange(m_positionModel, nullptr);
    delete std::exchange(m_historyModel, nullptr);
    delete std::exchange(m_actorModel, nullptr);
    delete std::exchange(m_matrixModel, nullptr);
    m_store.reset();
    m_currentIssueId = 0;
    {
        const QSignalBlocker blocker(m_filterBar);
        m_filterBar->setCategories({});
        m_filterBar->clearFilter();
    }
    m_filterBar->setEnabled(false);
    m_summitHeader->clear();
    m_fileLabel->clear();
    updateCounts(0, 0);
    updateTitle();
}

void MainWindow::attachModels()
{
    Store *store = m_store.get();
    m_issueModel = new IssueTableModel(*store, m_undoStack, this);
    m_positionModel = new PositionTableModel(*store, m_undoStack, this);
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
            &MainWindow::onCurrentRowChanged);
    connect(m_issueModel, &QAbstractItemModel::modelReset, this, &MainWindow::reselectCurrentIssue);
    connect(m_issueModel, &IssueTableModel::countsChanged, this, &MainWindow::updateCounts);
    // Other rows, other widths: the columns fit what the filter shows.
    connect(m_issueModel, &IssueTableModel::countsChanged, this, &MainWindow::fitIssueColumns);

    m_detailPanel->setContext(store, m_undoStack, m_positionModel, m_historyModel);
    m_actorsView->setContext(store, m_actorModel);
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
        updateTitle();
    });
    connect(store, &Store::issueChanged, this, &MainWindow::updateCategories);
    connect(store, &Store::errorOccurred, this, &MainWindow::showWarning);

    m_filterBar->setEnabled(true);
    updateCategories();
    updateSummit();
    updateTitle();
    m_fileLabel->setText(QDir::toNativeSeparators(store->path()));
    applyFilter();
    updateCounts(m_issueModel->rowCount(), m_issueModel->totalCount());
    m_tracking->attach(store);
}

void MainWindow::fitIssueColumns()
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
         contentWidth(IssueTableModel::StatusColumn, width(QStringLiteral("In negotiation")) + dot,
                      unbounded),
         1},
        {IssueTableModel::PriorityColumn, headerWidth(IssueTableModel::PriorityColumn) + dot,
         contentWidth(IssueTableModel::PriorityColumn, width(QStringLiteral("Critical")) + dot,
                      unbounded),
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

QByteArray MainWindow::issueHeaderState()
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

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_issueTable->viewport() && event->type() == QEvent::Resize)
        fitIssueColumns();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showColumnMenu(const QPoint &position)
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

void MainWindow::applyFilter()
{
    if (!m_issueModel)
        return;
    m_issueModel->setFilter(m_filterBar->filter());
    reselectCurrentIssue();
}

void MainWindow::reselectCurrentIssue()
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

void MainWindow::onCurrentRowChanged(const QModelIndex &current)
{
    if (!current.isValid() || !m_issueModel)
        return;
    m_currentIssueId = m_issueModel->issueIdAt(current.row());
    m_detailPanel->setIssue(m_currentIssueId);
}

void MainWindow::selectIssue(qint64 issueId)
{
    if (!m_issueModel || issueId == 0)
        return;
    m_tabs->setCurrentIndex(0);
    if (m_issueModel->rowOfIssue(issueId) < 0) {
        {
            const QSignalBlocker blocker(m_filterBar);
            m_filterBar->clearFilter();
        }
        m_issueModel->setFilter(m_filterBar->filter());
    }
    m_currentIssueId = issueId;
    reselectCurrentIssue();
    m_issueTable->setFocus(Qt::OtherFocusReason);
}

QString MainWindow::countText() const
{
    return m_countLabel->text();
}

void MainWindow::updateCounts(qint64 shown, qint64 total)
{
    if (!m_store) {
        m_countLabel->clear();
        return;
    }
    m_countLabel->setText(tr("Showing %1 of %n issue(s)", nullptr, int(total)).arg(shown));
}

void MainWindow::updateSummit()
{
    if (!m_store || !m_store->isOpen()) {
        m_summitHeader->clear();
        return;
    }
    try {
        m_summitHeader->setSummit(m_store->settings().summit());
    } catch (const StoreError &error) {
        showWarning(error.message());
    }
}

void MainWindow::updateCategories()
{
    if (!m_store || !m_store->isOpen())
        return;
    try {
        m_filterBar->setCategories(m_store->issues().categories());
    } catch (const StoreError &error) {
        showWarning(error.message());
    }
}

void MainWindow::updateTitle()
{
    if (!m_store) {
        setWindowTitle(tr("Summit Brief"));
        return;
    }
    QString name;
    try {
        name = m_store->settings().summit().name;
    } catch (const StoreError &) {
        // The title is cosmetic; the error shows where the data is used.
    }
    const QString fileName = QFileInfo(m_store->path()).fileName();
    if (name.isEmpty())
        setWindowTitle(tr("%1 — Summit Brief").arg(fileName));
    else
        setWindowTitle(tr("%1 — %2 — Summit Brief").arg(name, fileName));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings().recentDatabases();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action =
            m_recentMenu->addAction(tr("&%1  %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openDatabase(path); });
    }
    if (recent.isEmpty()) {
        QAction *none = m_recentMenu->addAction(tr("No recent databases"));
        none->setEnabled(false);
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear Menu"));
    clear->setEnabled(!recent.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        AppSettings().clearRecentDatabases();
        updateRecentMenu();
    });
}

void MainWindow::restoreLayout()
{
    const AppSettings settings;
    const QByteArray geometry = settings.windowGeometry();
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1400, 900);
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        resize(fittingSize(available));
        move(available.center() - rect().center());
    }
    restoreState(settings.windowState());
    const QByteArray issueSplitter = settings.issueSplitterState();
    if (!issueSplitter.isEmpty())
        m_issueSplitter->restoreState(issueSplitter);
    const QByteArray actorSplitter = settings.actorSplitterState();
    if (!actorSplitter.isEmpty())
        m_actorsView->splitter()->restoreState(actorSplitter);
    m_issueHeaderState = settings.issueHeaderState();
    m_issueColumnsResized = settings.issueColumnsResized();
    m_toggleDetailsAction->setChecked(settings.detailPanelVisible());
    m_detailPanel->setVisible(settings.detailPanelVisible());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_fittedToScreen || isMaximized() || isFullScreen() || !screen())
        return;
    m_fittedToScreen = true;
    // A geometry saved on a bigger screen: all of the window on this one, frame
    // and status bar included.
    const QRect available = screen()->availableGeometry();
    const QSize frameExtra = frameGeometry().size() - size();
    if (frameGeometry().width() > available.width() ||
        frameGeometry().height() > available.height())
        resize(size().boundedTo(available.size() - frameExtra));
    const QRect frame = frameGeometry();
    if (!available.contains(frame))
        // Still too big (its minimum size): the top left corner shows.
        move(qMax(available.left(), qMin(frame.x(), available.right() + 1 - frame.width())),
             qMax(available.top(), qMin(frame.y(), available.bottom() + 1 - frame.height())));
}

QSize MainWindow::fittingSize(const QRect &available)
{
    // Some room left around it for the window frame and the desktop's panels.
    return QSize(1400, 900).boundedTo(available.size() * 0.92);
}

void MainWindow::saveLayout()
{
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setIssueSplitterState(m_issueSplitter->saveState());
    settings.setActorSplitterState(m_actorsView->splitter()->saveState());
    if (m_issueModel)
        m_issueHeaderState = issueHeaderState();
    if (!m_issueHeaderState.isEmpty())
        settings.setIssueHeaderState(m_issueHeaderState);
    if (m_issueModel)
        m_issueColumnsResized = m_columnPreferences.keys();
    settings.setIssueColumnsResized(m_issueColumnsResized);
    settings.setDetailPanelVisible(m_toggleDetailsAction->isChecked());
}

void MainWindow::rememberDatabase(const QString &path)
{
    AppSettings settings;
    settings.setLastDatabase(path);
    settings.addRecentDatabase(path);
    updateRecentMenu();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_detailPanel->overview()->commitPending();
    saveLayout();
    event->accept();
}

void MainWindow::showCritical(const QString &title, const QString &message)
{
    m_lastError = message;
    if (s_quietForTesting) {
        statusBar()->showMessage(message, 15000);
        return;
    }
    QMessageBox box(QMessageBox::Critical, tr("Summit Brief"), title, QMessageBox::Ok, this);
    box.setInformativeText(message);
    box.exec();
}

void MainWindow::showWarning(const QString &message)
{
    m_lastError = message;
    if (s_quietForTesting) {
        statusBar()->showMessage(message, 15000);
        return;
    }
    QMessageBox::warning(this, tr("Summit Brief"), message);
}

void MainWindow::newDatabaseInteractive()
{
    const QString dir = m_store ? QFileInfo(m_store->path()).absolutePath() : QDir::homePath();
    QString path = QFileDialog::getSaveFileName(this, tr("New Database"), dir, databaseFilter(),
                                                nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".db");
    newDatabase(path);
}

void MainWindow::openDatabaseInteractive()
{
    const QString dir = m_store ? QFileInfo(m_store->path()).absolutePath() : QDir::homePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Database"), dir, databaseFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Summit Brief"),
        tr("<h3>Summit Brief %1</h3>"
           "<p>Negotiation issues, actors' positions and briefing packs for a delegation "
           "preparing a summit.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

QString MainWindow::databaseClassification() const
{
    try {
        return m_store->settings().summit().classification;
    } catch (const StoreError &) {
        // Only a default for the dialog: the pack itself reports a broken store.
        return {};
    }
}

QStringList MainWindow::selectedIssueCodes() const
{
    QStringList codes;
    const QModelIndexList rows =
        m_issueTable->selectionModel()->selectedRows(IssueTableModel::CodeColumn);
    for (const QModelIndex &index : rows)
        codes.append(index.data().toString());
    return codes;
}

bool MainWindow::packIssueCodes(PackExportDialog::Scope scope, QStringList *codes)
{
    codes->clear();
    if (scope == PackExportDialog::Scope::Selected) {
        *codes = selectedIssueCodes();
    } else if (scope == PackExportDialog::Scope::Filtered) {
        // The model filters in SQL and knows its true row count; its rows are the filter.
        for (int row = 0; row < m_issueModel->rowCount(); ++row)
            codes->append(m_issueModel->index(row, IssueTableModel::CodeColumn).data().toString());
    } else {
        return true; // no codes: every issue
    }
    if (codes->isEmpty()) {
        // An empty list would mean every issue: refuse rather than print too much.
        showCritical(tr("Cannot make the briefing pack"), tr("No issue is chosen."));
        return false;
    }
    return true;
}

void MainWindow::prepareDialog(PackExportDialog &dialog)
{
    QString summitName;
    try {
        summitName = m_store->settings().summit().name;
    } catch (const StoreError &) {
        // Only the suggested file name suffers.
    }
    dialog.setDatabase(m_store->path(), summitName);
    dialog.setDefaultPreparedBy(m_store->userName());
    dialog.setIssueCounter([this](PackExportDialog::Scope scope, const PackOptions &) -> qsizetype {
        if (scope == PackExportDialog::Scope::Selected)
            return selectedIssueCodes().size();
        if (scope == PackExportDialog::Scope::Filtered)
            return m_issueModel->rowCount();
        // Every issue: those marked for the pack and not archived.
        try {
            return BriefingPackComposer(*m_store).issuesInPack();
        } catch (const StoreError &) {
            return 1; // the export itself reports a broken store
        }
    });
}

void MainWindow::exportPackInteractive()
{
    if (!m_store)
        return;
    PackExportDialog dialog(PackExportDialog::Purpose::Export, databaseClassification(),
                            m_issueModel->rowCount(), int(selectedIssueCodes().size()), this);
    prepareDialog(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PackOptions options = dialog.options();
    if (!packIssueCodes(dialog.scope(), &options.issueCodes))
        return;
    const QString path = QDir::fromNativeSeparators(dialog.outputPath());
    QString error;
    int pages = 0;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    statusBar()->showMessage(tr("Exporting the briefing pack…"));
    QString logWarning;
    const bool ok =
        exportPack(*m_store, options, path, dialog.format(), &error, &pages, &logWarning);
    QApplication::restoreOverrideCursor();
    statusBar()->clearMessage();
    if (!ok) {
        showCritical(tr("Cannot export the briefing pack"), error);
        return;
    }
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (!logWarning.isEmpty()) {
        showWarning(logWarning);
        return;
    }
    statusBar()->showMessage(pages > 0 ? tr("Exported %n page(s) to %1", nullptr, pages).arg(shown)
                                       : tr("Exported the briefing pack to %1").arg(shown),
                             15000);
}

bool MainWindow::askPrintOptions(PackOptions *options)
{
    if (!m_store)
        return false;
    PackExportDialog dialog(PackExportDialog::Purpose::Print, databaseClassification(),
                            m_issueModel->rowCount(), int(selectedIssueCodes().size()), this);
    prepareDialog(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *options = dialog.options();
    return packIssueCodes(dialog.scope(), &options->issueCodes);
}

bool MainWindow::printPack(QPrinter *printer, const PackOptions &options)
{
    if (!m_store)
        return false;
    // Margins, markings and page numbers are the pack's own, drawn from the paper's edge.
    printer->setFullPage(true);
    printer->setDocName(tr("Briefing pack"));
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = paintPack(*m_store, options, printer, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        showCritical(tr("Cannot print the briefing pack"), error);
    return ok;
}

void MainWindow::printPreviewInteractive()
{
    PackOptions options;
    if (!askPrintOptions(&options))
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setResolution(PackWriter::Resolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("packPrintPreview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this, &options](QPrinter *target) { printPack(target, options); });
    preview.exec();
}

void MainWindow::printInteractive()
{
    PackOptions options;
    if (!askPrintOptions(&options))
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setResolution(PackWriter::Resolution);
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("packPrintDialog"));
    if (dialog.exec() == QDialog::Accepted)
        printPack(&printer, options);
}
