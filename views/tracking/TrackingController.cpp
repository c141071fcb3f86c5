#include "TrackingController.h"

#include "ActivityView.h"
#include "AppSettings.h"
#include "ConflictDialog.h"
#include "IssueLinksView.h"
#include "MainWindow.h"
#include "OwnerDelegate.h"
#include "SearchResultsView.h"
#include "StatusReasonDialog.h"
#include "commands/BulkEditCommand.h"
#include "commands/RemoveViewCommand.h"
#include "commands/SaveViewCommand.h"
#include "delegates/LineLimitDelegate.h"
#include "domain/FieldLimits.h"
#include "issues/IssueActions.h"
#include "issues/IssueDetailPanel.h"
#include "issues/IssueFilterBar.h"
#include "items/IssueTableModel.h"
#include "items/PositionTableModel.h"
#include "store/DataVersionWatcher.h"
#include "store/IssueRepository.h"
#include "store/SavedViewRepository.h"
#include "store/Store.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// The window's own menu of this title (the same translation as MainWindow's).
QMenu *windowMenu(MainWindow *window, const char *title)
{
    const QString text = QCoreApplication::translate("MainWindow", title);
    for (QAction *action : window->menuBar()->actions()) {
        if (action->menu() && action->text() == text)
            return action->menu();
    }
    return nullptr;
}

} // namespace

TrackingController::TrackingController(MainWindow *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("trackingController"));
    createActions();

    QTableView *table = m_window->issueTable();
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setItemDelegateForColumn(IssueTableModel::OwnerColumn, new OwnerDelegate(table));
    table->setItemDelegateForColumn(IssueTableModel::TitleColumn,
                                    new LineLimitDelegate(FieldLimits::Title, table));
    table->setItemDelegateForColumn(IssueTableModel::CategoryColumn,
                                    new LineLimitDelegate(FieldLimits::ShortText, table));
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, [this, table](const QPoint &pos) {
        updateBulkActions();
        QMenu menu;
        m_window->issueActions()->addTo(&menu);
        menu.addSeparator();
        menu.addAction(m_bulkStatus);
        menu.addAction(m_bulkPriority);
        menu.addAction(m_bulkOwner);
        menu.exec(table->viewport()->mapToGlobal(pos));
    });

    // Ranked results under the filter bar while a full-text search is typed.
    m_searchResults = new SearchResultsView(m_window);
    IssueFilterBar *filterBar = m_window->filterBar();
    if (auto *list = qobject_cast<QVBoxLayout *>(filterBar->parentWidget()->layout()))
        list->insertWidget(list->indexOf(filterBar) + 1, m_searchResults);
    connect(filterBar, &IssueFilterBar::filterChanged, this,
            [this] { m_searchResults->search(m_window->filterBar()->fullTextEdit()->text()); });
    connect(m_searchResults, &SearchResultsView::issueActivated, m_window,
            &MainWindow::selectIssue);

    m_activity = new ActivityView(m_window);
    m_window->tabs()->addTab(m_activity, tr("Activity"));
    connect(m_activity, &ActivityView::issueActivated, m_window, &MainWindow::selectIssue);

    m_connectionLabel = new QLabel(m_window);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setTextFormat(Qt::PlainText);
    m_connectionLabel->setStyleSheet(
        QStringLiteral("QLabel { color: #a40000; font-weight: bold; }"));
    m_connectionLabel->hide();
    m_window->statusBar()->addPermanentWidget(m_connectionLabel);

    m_links = new IssueLinksView(m_window);
    m_window->detailPanel()->tabs()->addTab(m_links, tr("Links"));
    connect(m_links, &IssueLinksView::issueActivated, m_window, &MainWindow::selectIssue);
}

TrackingController::~TrackingController() = default;

void TrackingController::createActions()
{
    m_userNameAction = new QAction(tr("Your &Name…"), this);
    m_userNameAction->setObjectName(QStringLiteral("userNameAction"));
    m_userNameAction->setStatusTip(tr("The name recorded with your status changes"));
    connect(m_userNameAction, &QAction::triggered, this, &TrackingController::userNameInteractive);

    m_bulkStatus = new QAction(tr("Set &Status…"), this);
    m_bulkStatus->setObjectName(QStringLiteral("bulkStatusAction"));
    m_bulkStatus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_bulkStatus, &QAction::triggered, this, &TrackingController::bulkStatusInteractive);
    m_bulkPriority = new QAction(tr("Set &Priority…"), this);
    m_bulkPriority->setObjectName(QStringLiteral("bulkPriorityAction"));
    connect(m_bulkPriority, &QAction::triggered, this,
            &TrackingController::bulkPriorityInteractive);
    m_bulkOwner = new QAction(tr("Set &Owner…"), this);
    m_bulkOwner->setObjectName(QStringLiteral("bulkOwnerAction"));
    connect(m_bulkOwner, &QAction::triggered, this, &TrackingController::bulkOwnerInteractive);

    if (QMenu *edit = windowMenu(m_window, "&Edit")) {
        edit->addSeparator();
        edit->addAction(m_bulkStatus);
        edit->addAction(m_bulkPriority);
        edit->addAction(m_bulkOwner);
        edit->addSeparator();
        edit->addAction(m_userNameAction);
        connect(edit, &QMenu::aboutToShow, this, &TrackingController::updateBulkActions);
    }

    m_viewsMenu = new QMenu(tr("Vie&ws"), m_window);
    m_viewsMenu->setObjectName(QStringLiteral("viewsMenu"));
    connect(m_viewsMenu, &QMenu::aboutToShow, this, &TrackingController::updateViewsMenu);
    QMenu *help = windowMenu(m_window, "&Help");
    m_window->menuBar()->insertMenu(help ? help->menuAction() : nullptr, m_viewsMenu);
    m_saveView = new QAction(tr("&Save Current View…"), this);
    m_saveView->setObjectName(QStringLiteral("saveViewAction"));
    connect(m_saveView, &QAction::triggered, this, &TrackingController::saveViewInteractive);
    m_deleteViewMenu = new QMenu(tr("&Delete View"), m_window);
    m_deleteViewMenu->setObjectName(QStringLiteral("deleteViewMenu"));
    updateViewsMenu();
}

void TrackingController::attach(Store *store)
{
    delete std::exchange(m_watcher, nullptr);
    m_connectionLabel->hide();
    m_store = store;
    m_searchResults->setStore(store);
    m_activity->setStore(store);
    m_links->setContext(store, store ? m_window->undoStack() : nullptr);
    if (!store)
        return;

    store->setUserName(AppSettings().userName());
    if (IssueTableModel *model = m_window->issueModel()) {
        model->setReasonProvider(
            [this, model](qint64 issueId, Status from, Status to) -> std::optional<QString> {
                const int row = model->rowOfIssue(issueId);
                const QString code =
                    row >= 0 ? model->index(row, IssueTableModel::CodeColumn).data().toString()
                             : QString();
                if (!m_store)
                    return std::nullopt;
                return StatusReasonDialog::ask(m_window, code, from, to, *m_store);
            });
        // A stale edit in the table asks, as one in the overview form does.
        model->setConflictResolver([this, model](qint64 issueId, IssueField field,
                                                 const QVariant &theirs, const QVariant &mine) {
            const int row = model->rowOfIssue(issueId);
            const QString code =
                row >= 0 ? model->index(row, IssueTableModel::CodeColumn).data().toString()
                         : QString();
            return ConflictDialog::ask(m_window, ConflictDialog::issueFieldName(field), code,
                                       ConflictDialog::issueValueText(field, theirs),
                                       ConflictDialog::issueValueText(field, mine)) ==
                   ConflictDialog::UseMine;
        });
    }
    // A stale edit of a position asks too: the colleague's value or the user's.
    if (auto *positions =
            qobject_cast<PositionTableModel *>(m_window->detailPanel()->positionsView()->model())) {
        positions->setConflictResolver([this](const Position &position, PositionField field,
                                              const QVariant &theirs, const QVariant &mine) {
            QString code;
            try {
                if (m_store)
                    if (const std::optional<Issue> issue = m_store->issues().byId(position.issueId))
                        code = issue->code;
            } catch (const StoreError &) {
                // Only the dialog's title suffers.
            }
            return ConflictDialog::ask(m_window, ConflictDialog::positionFieldName(field),
                                       tr("%1 on %2").arg(position.actorName, code),
                                       theirs.toString(),
                                       mine.toString()) == ConflictDialog::UseMine;
        });
    }
    connect(m_window->issueTable()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_links->setIssue(m_window->currentIssueId()); });
    m_links->setIssue(m_window->currentIssueId());
    updateBulkActions();

    m_watcher = new DataVersionWatcher(*store, 500, this);
    connect(store, &Store::externalChange, this, &TrackingController::onExternalChange);
    connect(store, &Store::connectionLost, this, &TrackingController::onConnectionLost);
    connect(store, &Store::connectionRestored, this, &TrackingController::onConnectionRestored);
}

void TrackingController::onConnectionLost(const QString &message)
{
    if (!m_store)
        return;
    m_connectionLabel->setText(
        tr("Connection to %1 lost: editing paused, reconnecting…").arg(m_store->location().host()));
    m_connectionLabel->setToolTip(message);
    m_connectionLabel->show();
}

void TrackingController::onConnectionRestored()
{
    m_connectionLabel->hide();
    if (m_store)
        m_window->statusBar()->showMessage(
            tr("Reconnected to %1: editing resumed.").arg(m_store->location().host()), 10000);
}

void TrackingController::onExternalChange()
{
    if (!m_store)
        return;
    // The table keeps its selection; the form keeps a field being typed in.
    if (IssueTableModel *model = m_window->issueModel())
        model->refresh();
    if (m_window->currentIssueId() != 0) {
        m_store->notifyIssueChanged(m_window->currentIssueId());
        // An open position editor keeps what is typed (the delegates see to it).
        m_store->notifyPositionsChanged(m_window->currentIssueId());
    }
}

void TrackingController::setUserName(const QString &name)
{
    AppSettings settings;
    settings.setUserName(name);
    if (m_store)
        m_store->setUserName(settings.userName());
}

void TrackingController::userNameInteractive()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Your Name"),
                                               tr("Name recorded with your status changes:"),
                                               QLineEdit::Normal, AppSettings().userName(), &ok);
    if (ok)
        setUserName(name);
}

QList<qint64> TrackingController::selectedIssueIds() const
{
    QList<qint64> ids;
    if (!m_window->issueTable()->selectionModel())
        return ids;
    const QModelIndexList rows =
        m_window->issueTable()->selectionModel()->selectedRows(IssueTableModel::CodeColumn);
    for (const QModelIndex &index : rows)
        ids.append(index.data(IssueTableModel::IssueIdRole).toLongLong());
    return ids;
}

void TrackingController::updateBulkActions()
{
    const bool any = m_store && !m_store->isReadOnly() && !selectedIssueIds().isEmpty();
    m_bulkStatus->setEnabled(any);
    m_bulkPriority->setEnabled(any);
    m_bulkOwner->setEnabled(any);
}

bool TrackingController::setSelectedField(IssueField field, const QVariant &value,
                                          const QString &reason)
{
    if (!m_store || !m_window->issueTable()->selectionModel())
        return false;
    QList<BulkEditCommand::Target> targets;
    const QModelIndexList rows =
        m_window->issueTable()->selectionModel()->selectedRows(IssueTableModel::CodeColumn);
    for (const QModelIndex &index : rows)
        targets.append({index.data(IssueTableModel::IssueIdRole).toLongLong(),
                        index.data(IssueTableModel::VersionRole).toInt()});
    if (targets.isEmpty())
        return false;
    bool failed = false;
    const QMetaObject::Connection watch =
        connect(m_store, &Store::errorOccurred, this, [&failed] { failed = true; });
    m_window->undoStack()->push(new BulkEditCommand(*m_store, targets, field, value, reason));
    disconnect(watch);
    return !failed;
}

QString TrackingController::selectionText(const QList<CurrentValue> &current)
{
    // Long enough to recognise a title, short enough for the dialog's one line.
    constexpr qsizetype titleShown = 40;
    constexpr qsizetype namedAtMost = 3;
    if (current.size() == 1) {
        const QString title = current.first().title.simplified();
        return tr("%1 (%2)").arg(current.first().code,
                                 title.size() > titleShown
                                     ? title.left(titleShown - 1).trimmed() + QChar(0x2026)
                                     : title);
    }
    const auto differs = [&](const CurrentValue &value) {
        return value.value != current.first().value;
    };
    if (std::none_of(current.cbegin(), current.cend(), differs))
        return tr("the %n selected issue(s), now all %1", nullptr, current.size())
            .arg(current.first().value);
    QStringList named;
    for (qsizetype i = 0; i < current.size() && i < namedAtMost; ++i)
        named.append(tr("%1 (%2)").arg(current.at(i).value, current.at(i).code));
    const qsizetype rest = current.size() - named.size();
    const QString list =
        rest > 0
            ? tr("%1 and %n more", nullptr, int(rest)).arg(named.join(tr(", ")))
            : tr("%1 and %2")
                  .arg(QStringList(named.mid(0, named.size() - 1)).join(tr(", ")), named.last());
    return tr("%n selected issue(s), now %1", nullptr, current.size()).arg(list);
}

QString TrackingController::askItem(const QString &title, const QString &question,
                                    const QStringList &items, int current, bool editable,
                                    bool *ok) const
{
    QInputDialog dialog(m_window);
    dialog.setWindowTitle(title);
    dialog.setLabelText(question);
    if (auto *label = dialog.findChild<QLabel *>())
        label->setTextFormat(Qt::PlainText);
    dialog.setComboBoxItems(items);
    dialog.setTextValue(items.value(current));
    dialog.setComboBoxEditable(editable);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (ok)
        *ok = accepted;
    return accepted ? dialog.textValue() : QString();
}

void TrackingController::bulkStatusInteractive()
{
    const QList<qint64> ids = selectedIssueIds();
    if (ids.isEmpty() || !m_store || m_store->isReadOnly())
        return;
    // Each selected issue's status now, for the question and the reason dialog.
    QList<StatusReasonDialog::Change> changes;
    QList<CurrentValue> current;
    try {
        for (qint64 id : ids) {
            if (const std::optional<Issue> issue = m_store->issues().byId(id)) {
                changes.append({issue->code, issue->status});
                current.append({issue->code, issue->title, StatusText::label(issue->status)});
            }
        }
    } catch (const StoreError &error) {
        m_store->reportError(error.message());
        return;
    }
    if (changes.isEmpty())
        return;
    const QList<Status> statuses = StatusText::all();
    QStringList labels;
    for (Status status : statuses)
        labels.append(StatusText::label(status));
    bool ok = false;
    const QString chosen =
        askItem(tr("Set Status"), tr("Status of %1:").arg(selectionText(current)), labels,
                int(qMax(0, statuses.indexOf(changes.first().from))), false, &ok);
    if (!ok)
        return;
    const Status to = statuses.value(labels.indexOf(chosen));
    // Nothing to record: the history keeps changes only, so no reason is asked.
    if (std::all_of(changes.cbegin(), changes.cend(),
                    [to](const StatusReasonDialog::Change &change) { return change.from == to; })) {
        m_window->statusBar()->showMessage(
            tr("%n selected issue(s) already %1; nothing changed.", nullptr, changes.size())
                .arg(StatusText::label(to)),
            8000);
        return;
    }
    const std::optional<QString> reason = StatusReasonDialog::ask(m_window, changes, to, *m_store);
    if (reason)
        setSelectedField(IssueField::Status, int(to), *reason);
}

void TrackingController::bulkPriorityInteractive()
{
    const QList<qint64> ids = selectedIssueIds();
    if (ids.isEmpty() || !m_store || m_store->isReadOnly())
        return;
    const QList<Priority> priorities = PriorityText::all();
    QStringList labels;
    for (Priority priority : priorities)
        labels.append(PriorityText::label(priority));
    // Opens on the current priority (the first selected issue's).
    int current = -1;
    QList<CurrentValue> values;
    try {
        for (qint64 id : ids) {
            if (const std::optional<Issue> issue = m_store->issues().byId(id)) {
                if (current < 0)
                    current = int(qMax(0, priorities.indexOf(issue->priority)));
                values.append({issue->code, issue->title, PriorityText::label(issue->priority)});
            }
        }
    } catch (const StoreError &error) {
        m_store->reportError(error.message());
        return;
    }
    if (values.isEmpty())
        return;
    bool ok = false;
    const QString chosen =
        askItem(tr("Set Priority"), tr("Priority of %1:").arg(selectionText(values)), labels,
                current, false, &ok);
    if (ok)
        setSelectedField(IssueField::Priority, int(priorities.value(labels.indexOf(chosen))));
}

void TrackingController::bulkOwnerInteractive()
{
    const QList<qint64> ids = selectedIssueIds();
    if (ids.isEmpty() || !m_store || m_store->isReadOnly())
        return;
    QStringList owners;
    // Opens on the current owner (the first selected issue's).
    int current = 0;
    QList<CurrentValue> values;
    try {
        owners = m_store->issues().owners();
        for (qint64 id : ids) {
            if (const std::optional<Issue> issue = m_store->issues().byId(id)) {
                if (values.isEmpty()) {
                    if (!owners.contains(issue->owner))
                        owners.prepend(issue->owner);
                    current = int(owners.indexOf(issue->owner));
                }
                values.append({issue->code, issue->title,
                               issue->owner.isEmpty() ? tr("no owner") : issue->owner});
            }
        }
    } catch (const StoreError &error) {
        m_store->reportError(error.message());
    }
    bool ok = false;
    const QString question = values.isEmpty()
                                 ? tr("Owner of the %n selected issue(s):", nullptr, ids.size())
                                 : tr("Owner of %1:").arg(selectionText(values));
    const QString owner = askItem(tr("Set Owner"), question, owners, current, true, &ok);
    if (ok)
        setSelectedField(IssueField::Owner, owner.trimmed());
}

bool TrackingController::saveCurrentView(const QString &name, bool replaceExisting)
{
    IssueTableModel *model = m_window->issueModel();
    if (!m_store || !model || name.trimmed().isEmpty())
        return false;
    SavedView view;
    view.name = name.trimmed();
    view.filter = model->filter();
    view.sortColumn = model->sortColumn();
    view.sortOrder = model->sortOrder();
    bool failed = false;
    const QMetaObject::Connection watch =
        connect(m_store, &Store::errorOccurred, this, [&failed] { failed = true; });
    m_window->undoStack()->push(new SaveViewCommand(*m_store, view, replaceExisting));
    disconnect(watch);
    return !failed;
}

bool TrackingController::applyView(const QString &name)
{
    if (!m_store)
        return false;
    std::optional<SavedView> view;
    try {
        view = SavedViewRepository(*m_store).byName(name);
    } catch (const StoreError &error) {
        m_store->reportError(error.message());
        return false;
    }
    if (!view)
        return false;
    m_window->tabs()->setCurrentIndex(0);
    m_window->filterBar()->setFilter(view->filter);
    m_window->issueActions()->showArchivedAction()->setChecked(view->filter.showArchived);
    // The header forwards the sort to the model, which sorts in SQL.
    m_window->issueTable()->horizontalHeader()->setSortIndicator(view->sortColumn, view->sortOrder);
    return true;
}

bool TrackingController::removeView(const QString &name)
{
    if (!m_store)
        return false;
    bool failed = false;
    const QMetaObject::Connection watch =
        connect(m_store, &Store::errorOccurred, this, [&failed] { failed = true; });
    m_window->undoStack()->push(new RemoveViewCommand(*m_store, name));
    disconnect(watch);
    return !failed;
}

void TrackingController::saveViewInteractive()
{
    if (!m_store)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Save View"), tr("Name of the view:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    bool replace = false;
    try {
        replace = SavedViewRepository(*m_store).byName(name).has_value();
    } catch (const StoreError &error) {
        m_store->reportError(error.message());
        return;
    }
    if (replace && QMessageBox::question(m_window, tr("Replace View"),
                                         tr("A view named “%1” exists. Replace it?").arg(name)) !=
                       QMessageBox::Yes)
        return;
    saveCurrentView(name, replace);
}

void TrackingController::updateViewsMenu()
{
    m_viewsMenu->clear();
    m_deleteViewMenu->clear();
    m_viewsMenu->addAction(m_saveView);
    m_viewsMenu->addMenu(m_deleteViewMenu);
    // Saved views are kept in the summit, so a read-only one cannot take another.
    m_saveView->setEnabled(m_store && !m_store->isReadOnly());
    QList<SavedView> views;
    if (m_store && m_store->isOpen()) {
        try {
            views = SavedViewRepository(*m_store).all();
        } catch (const StoreError &error) {
            m_store->reportError(error.message());
        }
    }
    m_deleteViewMenu->setEnabled(!views.isEmpty() && !m_store->isReadOnly());
    if (!views.isEmpty())
        m_viewsMenu->addSeparator();
    for (const SavedView &view : std::as_const(views)) {
        const QString name = view.name;
        // Names are user text: '&' must not turn into a mnemonic.
        QString shown = name;
        shown.replace(QLatin1Char('&'), QLatin1String("&&"));
        m_viewsMenu->addAction(shown, this, [this, name] { applyView(name); });
        m_deleteViewMenu->addAction(shown, this, [this, name] { removeView(name); });
    }
}
