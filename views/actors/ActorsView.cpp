#include "ActorsView.h"

#include "ActorDialog.h"
#include "ActorItemDelegate.h"
#include "MergeActorsDialog.h"
#include "charts/BlocPalette.h"
#include "commands/AddActorCommand.h"
#include "commands/EditActorCommand.h"
#include "commands/MergeActorsCommand.h"
#include "commands/RemoveActorCommand.h"
#include "delegates/ReadableItemDelegate.h"
#include "delegates/ScaleDelegate.h"
#include "items/ActorListModel.h"
#include "store/ActorRepository.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

enum IssueColumn
{
    CodeColumn,
    TitleColumn,
    PositionColumn,
    StanceColumn,
    ColumnCount
};

constexpr int IssueIdRole = Qt::UserRole + 1;

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

namespace {

// The store's own rule (names compare without case), said in the dialog.
QString nameProblem(const QPointer<Store> &store, const Actor &actor, qint64 ownId)
{
    if (!store)
        return {};
    try {
        store->actors().checkNameFree(actor.name.trimmed(), ownId);
    } catch (const StoreError &error) {
        return error.message();
    }
    return {};
}

} // namespace

ActorsView::ActorsView(QWidget *parent)
    : QWidget(parent), m_toolBar(new QToolBar(this)),
      m_addAction(new QAction(tr("&Add Actor…"), this)),
      m_editAction(new QAction(tr("&Edit Actor…"), this)),
      m_mergeAction(new QAction(tr("&Merge Into…"), this)),
      m_removeAction(new QAction(tr("&Remove Actor"), this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_list(new QListView(this)),
      m_name(wrappingLabel(this)), m_role(wrappingLabel(this)), m_kind(wrappingLabel(this)),
      m_illustrative(new QLabel(this)), m_biography(wrappingLabel(this)),
      m_source(wrappingLabel(this)), m_issuesTitle(new QLabel(this)),
      m_issues(new QTableView(this)), m_issueModel(new QStandardItemModel(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("actorsView"));
    m_splitter->setObjectName(QStringLiteral("actorSplitter"));
    m_list->setObjectName(QStringLiteral("actorList"));
    m_issues->setObjectName(QStringLiteral("actorIssues"));
    m_issues->setTabKeyNavigation(false); // Tab moves on; the arrows move in the table
    m_list->setAccessibleName(tr("Actors"));
    m_list->setAccessibleDescription(tr("Every actor of the summit; double-click to edit"));
    m_issues->setAccessibleName(tr("Positions of the selected actor"));
    m_issues->setAccessibleDescription(
        tr("The issues on which the actor holds a position; double-click to open the issue"));
    m_name->setObjectName(QStringLiteral("actorName"));

    m_addAction->setObjectName(QStringLiteral("addActorAction"));
    m_addAction->setToolTip(tr("Add an actor to this summit"));
    m_editAction->setObjectName(QStringLiteral("editActorAction"));
    m_editAction->setToolTip(tr("Edit the selected actor (double-click)"));
    m_mergeAction->setObjectName(QStringLiteral("mergeActorAction"));
    m_mergeAction->setToolTip(
        tr("Merge the selected actor into another: its positions move to the other"));
    m_removeAction->setObjectName(QStringLiteral("removeActorAction"));
    m_removeAction->setToolTip(tr("Remove the selected actor (only one without positions)"));
    connect(m_addAction, &QAction::triggered, this, &ActorsView::addActor);
    connect(m_editAction, &QAction::triggered, this, &ActorsView::editActor);
    connect(m_mergeAction, &QAction::triggered, this, &ActorsView::mergeActor);
    connect(m_removeAction, &QAction::triggered, this, &ActorsView::removeActor);
    // Delete in the list removes the selected actor, as Remove Actor does.
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_toolBar->setObjectName(QStringLiteral("actorToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_addAction);
    m_toolBar->addAction(m_editAction);
    m_toolBar->addAction(m_mergeAction);
    m_toolBar->addAction(m_removeAction);

    m_list->setItemDelegate(new ActorItemDelegate(m_list));
    m_list->addAction(m_removeAction);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QListView::customContextMenuRequested, this, &ActorsView::showContextMenu);
    connect(m_list, &QListView::doubleClicked, this, [this] {
        if (m_editAction->isEnabled())
            editActor();
    });
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMinimumWidth(220);

    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    QFont roleFont = m_role->font();
    roleFont.setPointSizeF(roleFont.pointSizeF() * 1.1);
    m_role->setFont(roleFont);
    m_kind->setForegroundRole(QPalette::PlaceholderText);
    m_source->setForegroundRole(QPalette::PlaceholderText);
    m_illustrative->setText(tr("Illustrative: not from a source"));
    m_illustrative->setStyleSheet(QStringLiteral(
        "QLabel { color: #92400e; background: #fef3c7; border-radius: 3px; padding: 2px 8px; }"));
    m_illustrative->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    QFont sectionFont = m_issuesTitle->font();
    sectionFont.setBold(true);
    m_issuesTitle->setFont(sectionFont);

    m_issueModel->setHorizontalHeaderLabels(
        {tr("Code"), tr("Issue"), tr("Position"), tr("Stance")});
    m_issues->setModel(m_issueModel);
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issues->setSelectionMode(QAbstractItemView::SingleSelection);
    m_issues->setAlternatingRowColors(true);
    m_issues->setWordWrap(false);
    m_issues->verticalHeader()->hide();
    m_issues->setItemDelegateForColumn(PositionColumn, new ScaleDelegate(true, m_issues));
    m_issues->setToolTip(tr("Double-click an issue to open it"));
    QHeaderView *header = m_issues->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(CodeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TitleColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(PositionColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(StanceColumn, QHeaderView::Stretch);
    m_issues->setColumnWidth(TitleColumn, 300);
    m_issues->setColumnWidth(PositionColumn, 140);
    connect(m_issues, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const qint64 id =
            m_issueModel->index(index.row(), CodeColumn).data(IssueIdRole).toLongLong();
        if (id != 0)
            emit issueActivated(id);
    });

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(14, 10, 10, 10);
    detailsLayout->setSpacing(6);
    detailsLayout->addWidget(m_name);
    detailsLayout->addWidget(m_role);
    detailsLayout->addWidget(m_kind);
    detailsLayout->addWidget(m_illustrative);
    detailsLayout->addSpacing(4);
    detailsLayout->addWidget(m_biography);
    detailsLayout->addWidget(m_source);
    detailsLayout->addSpacing(8);
    detailsLayout->addWidget(m_issuesTitle);
    detailsLayout->addWidget(m_issues, 1);

    m_splitter->addWidget(m_list);
    m_splitter->addWidget(details);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({280, 900});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter, 1);
    showActor(0);
}

void ActorsView::setContext(Store *store, ActorListModel *actors, QUndoStack *undoStack)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    if (m_actors)
        disconnect(m_actors, nullptr, this, nullptr);
    m_store = store;
    m_actors = actors;
    m_undoStack = undoStack;
    m_list->setModel(actors);
    if (m_store) {
        connect(m_store, &Store::actorsChanged, this, &ActorsView::reload);
        connect(m_store, &Store::positionsChanged, this, &ActorsView::reload);
        connect(m_store, &Store::issueChanged, this, &ActorsView::reload);
        connect(m_store, &Store::reset, this, &ActorsView::reload);
        connect(m_store, &Store::externalChange, this, &ActorsView::reload);
        // Editing pauses while a team database's connection is lost.
        connect(m_store, &Store::connectionLost, this, &ActorsView::updateActions);
        connect(m_store, &Store::connectionRestored, this, &ActorsView::updateActions);
    }
    if (actors) {
        connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) {
                    showActor(current.isValid()
                                  ? current.data(ActorListModel::ActorIdRole).toLongLong()
                                  : 0);
                });
        // A refresh that changed the rows keeps the actor shown selected, if it is
        // still there.
        connect(actors, &QAbstractItemModel::modelReset, this, [this] {
            if (m_actors && m_actors->rowOfActor(m_actorId) >= 0)
                selectActor(m_actorId);
            else
                showActor(0);
        });
        if (actors->rowCount() > 0)
            m_list->setCurrentIndex(actors->index(0));
        else
            showActor(0);
    } else {
        showActor(0);
    }
    updateActions();
}

void ActorsView::updateActions()
{
    const bool editable = m_store && m_actors && m_undoStack && !m_store->isReadOnly();
    const bool selected = editable && m_actorId != 0;
    m_addAction->setEnabled(editable);
    m_editAction->setEnabled(selected);
    m_mergeAction->setEnabled(selected && m_actors->rowCount() > 1);
    m_removeAction->setEnabled(selected);
}

void ActorsView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_list->indexAt(position);
    if (index.isValid())
        m_list->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(m_addAction);
    menu.addAction(m_editAction);
    menu.addAction(m_mergeAction);
    menu.addSeparator();
    menu.addAction(m_removeAction);
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

QStringList ActorsView::blocChoices() const
{
    SummitInfo summit;
    try {
        summit = m_store->settings().summit();
    } catch (const StoreError &error) {
        m_store->reportError(error);
    }
    return ActorDialog::blocChoices(summit.ourBloc, summit.counterpartBloc,
                                    m_actors ? m_actors->actors() : QList<Actor>());
}

QString ActorsView::push(QUndoCommand *command)
{
    QString refusal;
    const QMetaObject::Connection watch =
        connect(m_store, &Store::errorOccurred, this,
                [&refusal](const QString &message) { refusal = message; });
    m_undoStack->push(command);
    disconnect(watch);
    return refusal;
}

void ActorsView::addActor()
{
    if (!m_addAction->isEnabled())
        return;
    ActorDialog dialog(blocChoices(), this);
    Actor fresh;
    fresh.kind = QStringLiteral("person");
    fresh.bloc = dialog.blocBox()->itemText(0);
    dialog.setActor(fresh);
    QPointer<Store> store = m_store;
    dialog.setCheck(
        [store](const Actor &actor) -> QString { return nameProblem(store, actor, 0); });
    while (dialog.exec() == QDialog::Accepted && m_store && m_undoStack) {
        auto *command = new AddActorCommand(*m_store, dialog.actor());
        const QString refusal = push(command);
        if (refusal.isEmpty()) {
            selectActor(command->actorId());
            return;
        }
        dialog.showError(refusal);
    }
}

void ActorsView::editActor()
{
    if (!m_editAction->isEnabled())
        return;
    std::optional<Actor> before;
    try {
        before = m_store->actors().byId(m_actorId);
    } catch (const StoreError &error) {
        m_store->reportError(error);
    }
    if (!before)
        return;
    ActorDialog dialog(blocChoices(), this);
    dialog.setActor(*before);
    QPointer<Store> store = m_store;
    const qint64 id = before->id;
    dialog.setCheck(
        [store, id](const Actor &actor) -> QString { return nameProblem(store, actor, id); });
    while (dialog.exec() == QDialog::Accepted && m_store && m_undoStack) {
        const Actor after = dialog.actor();
        if (EditActorCommand::sameFields(after, *before))
            return;
        const QString refusal = push(new EditActorCommand(*m_store, *before, after));
        if (refusal.isEmpty()) {
            selectActor(id);
            return;
        }
        dialog.showError(refusal);
    }
}

void ActorsView::mergeActor()
{
    if (!m_mergeAction->isEnabled())
        return;
    std::optional<Actor> from;
    try {
        from = m_store->actors().byId(m_actorId);
    } catch (const StoreError &error) {
        m_store->reportError(error);
    }
    if (!from)
        return;
    MergeActorsDialog dialog(*m_store, *from, m_actors->actors(), this);
    if (dialog.exec() != QDialog::Accepted || !m_store || !m_undoStack || dialog.intoId() == 0)
        return;
    const qint64 into = dialog.intoId();
    if (push(new MergeActorsCommand(*m_store, from->id, into, from->version)).isEmpty())
        selectActor(into);
}

void ActorsView::removeActor()
{
    if (!m_removeAction->isEnabled())
        return;
    std::optional<Actor> actor;
    try {
        actor = m_store->actors().byId(m_actorId);
    } catch (const StoreError &error) {
        m_store->reportError(error);
    }
    if (actor)
        push(new RemoveActorCommand(*m_store, actor->id, actor->version));
}

void ActorsView::selectActor(qint64 actorId)
{
    if (!m_actors)
        return;
    const int row = m_actors->rowOfActor(actorId);
    if (row >= 0)
        m_list->setCurrentIndex(m_actors->index(row));
}

QString ActorsView::nameText() const
{
    return m_name->text();
}

void ActorsView::showActor(qint64 actorId)
{
    m_actorId = actorId;
    m_issueModel->removeRows(0, m_issueModel->rowCount());
    std::optional<Actor> actor;
    QList<Position> positions;
    if (m_store && m_store->isOpen() && actorId != 0) {
        try {
            actor = m_store->actors().byId(actorId);
            if (actor)
                positions = m_store->positions().forActor(actorId);
        } catch (const StoreError &error) {
            m_store->reportError(error.message());
        }
    }
    const QList<QWidget *> details = {m_role,   m_kind,        m_biography,
                                      m_source, m_issuesTitle, m_issues};
    for (QWidget *widget : details)
        widget->setVisible(actor.has_value());
    m_illustrative->setVisible(actor && actor->illustrative);
    if (!actor)
        m_actorId = 0;
    updateActions();
    if (!actor) {
        m_name->setText(m_store ? tr("Select an actor") : tr("No database open"));
        return;
    }
    m_name->setText(actor->name);
    m_role->setText(actor->role);
    m_role->setVisible(!actor->role.isEmpty());
    const QString kind = ActorItemDelegate::kindLabel(actor->kind);
    m_kind->setText(tr("Bloc: %1  ·  %2").arg(actor->bloc, kind));
    m_biography->setText(actor->biography);
    m_biography->setVisible(!actor->biography.isEmpty());
    m_source->setText(actor->source.isEmpty() ? tr("No source recorded")
                                              : tr("Source: %1").arg(actor->source));

    const QColor blocColor = BlocPalette(m_store->settings().summit()).colorOf(actor->bloc);
    QPalette namePalette = m_name->palette();
    namePalette.setColor(QPalette::WindowText,
                         readableOn(blocColor.darker(130), namePalette.color(QPalette::Window)));
    m_name->setPalette(namePalette);

    for (const Position &position : std::as_const(positions)) {
        std::optional<Issue> issue;
        try {
            issue = m_store->issues().byId(position.issueId);
        } catch (const StoreError &error) {
            m_store->reportError(error.message());
        }
        if (!issue)
            continue;
        auto *code = new QStandardItem(issue->code);
        code->setData(issue->id, IssueIdRole);
        auto *title = new QStandardItem(issue->title);
        title->setToolTip(issue->title);
        auto *value = new QStandardItem;
        value->setData(position.position, Qt::DisplayRole);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setToolTip(tr("0 = %1\n100 = %2").arg(issue->scaleLow, issue->scaleHigh));
        auto *stance = new QStandardItem(position.stance);
        stance->setToolTip(position.stance);
        m_issueModel->appendRow({code, title, value, stance});
    }
    m_issuesTitle->setText(positions.isEmpty()
                               ? tr("No recorded positions")
                               : tr("Positions on %n issue(s)", nullptr, m_issueModel->rowCount()));
}
