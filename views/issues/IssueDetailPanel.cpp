#include "IssueDetailPanel.h"

#include "AddPositionDialog.h"
#include "ColumnFit.h"
#include "IssueOverviewForm.h"
#include "MultiLineTextDelegate.h"
#include "charts/PositionMapView.h"
#include "commands/AddPositionCommand.h"
#include "commands/RemovePositionCommand.h"
#include "delegates/PositionTextDelegate.h"
#include "delegates/ScaleDelegate.h"
#include "domain/Status.h"
#include "items/PositionTableModel.h"
#include "items/StatusHistoryModel.h"
#include "store/ActorRepository.h"
#include "store/IssueRepository.h"
#include "store/Store.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QSet>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

QTableView *makeTable(const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    return view;
}

} // namespace

IssueDetailPanel::IssueDetailPanel(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_placeholder(new QLabel(this)),
      m_code(new QLabel(this)), m_title(new QLabel(this)), m_summary(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_overview(new IssueOverviewForm(this)),
      m_positionsView(makeTable(QStringLiteral("positionsView"), this)),
      m_scaleHint(new QLabel(this)), m_positionNote(new QLabel(this)),
      m_historyView(makeTable(QStringLiteral("historyView"), this)),
      m_positionMap(new PositionMapView(this)),
      m_addPositionAction(new QAction(tr("&Add Position…"), this)),
      m_removePositionAction(new QAction(tr("&Remove Position"), this))
{
    setObjectName(QStringLiteral("issueDetailPanel"));
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setAccessibleName(tr("Issue details"));
    m_positionsView->setAccessibleName(tr("Positions on the issue"));
    m_historyView->setAccessibleName(tr("Status history"));
    m_placeholder->setText(tr("Select an issue to see its details."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    QFont codeFont = m_code->font();
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.35);
    codeFont.setBold(true);
    m_code->setFont(codeFont);
    m_code->setObjectName(QStringLiteral("issueCode"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("issueTitle"));
    m_title->setWordWrap(true);
    m_title->installEventFilter(this);
    m_code->setTextFormat(Qt::PlainText);
    m_title->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("issueSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_code->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_title->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setWidget(m_overview);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(scroll, tr("Overview"));

    auto *positionsPage = new QWidget(this);
    auto *positionsLayout = new QVBoxLayout(positionsPage);
    positionsLayout->setContentsMargins(0, 6, 0, 0);
    m_scaleHint->setWordWrap(true);
    m_scaleHint->setTextFormat(Qt::PlainText);
    m_scaleHint->setContentsMargins(6, 0, 6, 0);
    positionsLayout->addWidget(m_scaleHint);
    m_addPositionAction->setObjectName(QStringLiteral("addPositionAction"));
    m_addPositionAction->setToolTip(tr("Add the position of an actor not yet on this issue"));
    m_removePositionAction->setObjectName(QStringLiteral("removePositionAction"));
    m_removePositionAction->setToolTip(tr("Remove the selected actor's position on this issue"));
    connect(m_addPositionAction, &QAction::triggered, this, &IssueDetailPanel::addPosition);
    connect(m_removePositionAction, &QAction::triggered, this, &IssueDetailPanel::removePosition);
    // Delete in the table removes the selected position; only on the table
    // itself, so Delete in a cell being edited still deletes a character.
    m_removePositionAction->setShortcut(QKeySequence::Delete);
    m_removePositionAction->setShortcutContext(Qt::WidgetShortcut);
    m_positionsView->addAction(m_removePositionAction);
    auto *positionButtons = new QHBoxLayout;
    positionButtons->setContentsMargins(6, 0, 6, 0);
    for (QAction *action : {m_addPositionAction, m_removePositionAction}) {
        auto *button = new QToolButton(positionsPage);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(false);
        positionButtons->addWidget(button);
    }
    positionButtons->addStretch(1);
    positionsLayout->addLayout(positionButtons);
    positionsLayout->addWidget(m_positionsView, 1);
    m_positionsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_positionsView, &QTableView::customContextMenuRequested, this,
            &IssueDetailPanel::showPositionMenu);
    // The table has room for the numbers; the selected actor's stance and source
    // are read here in full.
    m_positionNote->setObjectName(QStringLiteral("positionNote"));
    m_positionNote->setWordWrap(true);
    m_positionNote->setTextFormat(Qt::RichText);
    m_positionNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_positionNote->setContentsMargins(6, 4, 6, 4);
    m_positionNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_positionNote->setMinimumHeight(m_positionNote->fontMetrics().lineSpacing() * 4);
    positionsLayout->addWidget(m_positionNote);
    m_positionsView->setItemDelegateForColumn(PositionTableModel::StanceColumn,
                                              new MultiLineTextDelegate(m_positionsView));
    m_positionsView->viewport()->installEventFilter(this);
    m_historyView->viewport()->installEventFilter(this);
    m_historyView->setWordWrap(true);
    m_historyView->setTextElideMode(Qt::ElideRight);
    m_positionsView->setItemDelegateForColumn(PositionTableModel::PositionColumn,
                                              new ScaleDelegate(true, m_positionsView));
    m_positionsView->setItemDelegateForColumn(PositionTableModel::SalienceColumn,
                                              new ScaleDelegate(false, m_positionsView));
    m_positionsView->setItemDelegateForColumn(PositionTableModel::CloutColumn,
                                              new ScaleDelegate(false, m_positionsView));
    m_positionsView->setItemDelegateForColumn(PositionTableModel::SourceColumn,
                                              new PositionTextDelegate(m_positionsView));
    m_positionsView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                     QAbstractItemView::EditKeyPressed |
                                     QAbstractItemView::SelectedClicked);
    m_tabs->addTab(positionsPage, tr("Positions"));
    m_tabs->addTab(m_historyView, tr("History"));
    m_tabs->addTab(m_positionMap, tr("Position Map"));

    auto *page = new QWidget(this);
    auto *header = new QHBoxLayout;
    header->setSpacing(10);
    header->addWidget(m_code, 0, Qt::AlignTop);
    header->addWidget(m_title, 1);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(8, 8, 0, 0);
    pageLayout->addLayout(header);
    pageLayout->addWidget(m_summary);
    pageLayout->addSpacing(4);
    pageLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void IssueDetailPanel::setContext(Store *store, QUndoStack *undoStack,
                                  PositionTableModel *positions, StatusHistoryModel *history)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_positions = positions;
    m_history = history;
    m_undoStack = undoStack;
    m_issueId = 0;
    m_overview->setContext(store, undoStack);
    m_positionsView->setModel(positions);
    m_historyView->setModel(history);
    m_positionMap->setStore(store);
    if (m_store) {
        connect(m_store, &Store::issueChanged, this, [this](qint64 id) {
            if (id == m_issueId)
                reloadHeader();
        });
        connect(m_store, &Store::reset, this, &IssueDetailPanel::reloadHeader);
        // Editing pauses while a team database's connection is lost.
        connect(m_store, &Store::connectionLost, this, &IssueDetailPanel::updatePositionActions);
        connect(m_store, &Store::connectionRestored, this,
                &IssueDetailPanel::updatePositionActions);
    }
    if (positions) {
        connect(positions, &QAbstractItemModel::modelReset, this, &IssueDetailPanel::fitColumns);
        connect(positions, &QAbstractItemModel::modelReset, this,
                &IssueDetailPanel::showPositionNote);
        connect(positions, &QAbstractItemModel::dataChanged, this,
                &IssueDetailPanel::showPositionNote);
        connect(m_positionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &IssueDetailPanel::showPositionNote);
        connect(m_positionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &IssueDetailPanel::updatePositionActions);
        connect(positions, &QAbstractItemModel::modelReset, this,
                &IssueDetailPanel::updatePositionActions);
        // Numbers first, where a narrow panel still shows them; stance, consent and source
        // after (consent matters only under the consent rule).
        QHeaderView *header = m_positionsView->horizontalHeader();
        const QList<int> order = {
            PositionTableModel::ActorColumn,    PositionTableModel::BlocColumn,
            PositionTableModel::PositionColumn, PositionTableModel::SalienceColumn,
            PositionTableModel::CloutColumn,    PositionTableModel::StanceColumn,
            PositionTableModel::ConsentColumn,  PositionTableModel::SourceColumn};
        for (int visual = 0; visual < order.size(); ++visual)
            header->moveSection(header->visualIndex(order.at(visual)), visual);
        header->setSectionHidden(PositionTableModel::SourceColumn, true);
        fitColumns();
    }
    showPositionNote();
    updatePositionActions();
    if (history) {
        connect(history, &QAbstractItemModel::modelReset, this,
                &IssueDetailPanel::fitHistoryColumns);
        fitHistoryColumns();
    }
    reloadHeader();
}

void IssueDetailPanel::setIssue(qint64 issueId)
{
    if (issueId == m_issueId)
        return;
    m_issueId = issueId;
    m_overview->setIssue(issueId);
    if (m_positions)
        m_positions->setIssue(issueId);
    if (m_history)
        m_history->setIssue(issueId);
    m_positionMap->setIssue(issueId);
    reloadHeader();
    updatePositionActions();
}

void IssueDetailPanel::updatePositionActions()
{
    const bool editable =
        m_store && m_positions && m_undoStack && m_issueId != 0 && !m_store->isReadOnly();
    const QModelIndex current = m_positionsView->currentIndex();
    m_addPositionAction->setEnabled(editable);
    m_removePositionAction->setEnabled(editable && current.isValid());
}

void IssueDetailPanel::showPositionMenu(const QPoint &position)
{
    const QModelIndex index = m_positionsView->indexAt(position);
    if (index.isValid())
        m_positionsView->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(m_addPositionAction);
    menu.addAction(m_removePositionAction);
    menu.exec(m_positionsView->viewport()->mapToGlobal(position));
}

void IssueDetailPanel::addPosition()
{
    updatePositionActions();
    if (!m_addPositionAction->isEnabled())
        return;
    std::optional<Issue> issue;
    QList<Actor> candidates;
    try {
        issue = m_store->issues().byId(m_issueId);
        QSet<qint64> present;
        for (const Position &position : m_positions->positions())
            present.insert(position.actorId);
        for (const Actor &actor : m_store->actors().all()) {
            if (!present.contains(actor.id))
                candidates.append(actor);
        }
    } catch (const StoreError &error) {
        m_store->reportError(error);
    }
    if (!issue)
        return;
    if (candidates.isEmpty()) {
        // No one left to add: an empty list with a disabled OK would not say why.
        const bool anyActor = !m_positions->positions().isEmpty();
        QMessageBox box(QMessageBox::Information, tr("Add Position"),
                        anyActor ? tr("Every actor already has a position on %1; add an actor in "
                                      "the Actors tab first.")
                                       .arg(issue->code)
                                 : tr("This summit has no actors yet; add one in the Actors tab "
                                      "first."),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("noActorToAdd"));
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    AddPositionDialog dialog(issue->code, issue->scaleLow, issue->scaleHigh, candidates, this);
    while (dialog.exec() == QDialog::Accepted && m_store && m_undoStack) {
        QString refusal;
        const QMetaObject::Connection watch =
            connect(m_store, &Store::errorOccurred, this,
                    [&refusal](const QString &message) { refusal = message; });
        auto *command = new AddPositionCommand(*m_store, dialog.position(issue->id));
        m_undoStack->push(command);
        disconnect(watch);
        if (refusal.isEmpty()) {
            // The new row, selected so its note and Remove Position apply to it.
            const qint64 id = command->positionId();
            for (int row = 0; m_positions && row < m_positions->rowCount(); ++row) {
                if (m_positions->positions().at(row).id == id)
                    m_positionsView->setCurrentIndex(
                        m_positions->index(row, PositionTableModel::ActorColumn));
            }
            return;
        }
        dialog.showError(refusal);
    }
}

void IssueDetailPanel::removePosition()
{
    updatePositionActions();
    if (!m_removePositionAction->isEnabled())
        return;
    const QModelIndex current = m_positionsView->currentIndex();
    if (!current.isValid() || current.row() >= m_positions->positions().size())
        return;
    const Position &position = m_positions->positions().at(current.row());
    m_undoStack->push(new RemovePositionCommand(*m_store, position.id, position.version));
}

QString IssueDetailPanel::headerText() const
{
    return m_code->text() + QLatin1Char(' ') + m_title->text();
}

void IssueDetailPanel::reloadHeader()
{
    std::optional<Issue> issue;
    if (m_store && m_store->isOpen() && m_issueId != 0) {
        try {
            issue = m_store->issues().byId(m_issueId);
        } catch (const StoreError &error) {
            m_store->reportError(error.message());
        }
    }
    if (!issue) {
        m_code->clear();
        m_fullTitle.clear();
        m_title->clear();
        m_title->setToolTip(QString());
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    m_code->setText(issue->code);
    m_fullTitle = issue->title;
    showTitle();
    QStringList summary;
    if (!issue->category.isEmpty())
        summary.append(issue->category);
    summary.append(StatusText::label(issue->status));
    summary.append(tr("%1 priority").arg(PriorityText::label(issue->priority)));
    if (!issue->owner.isEmpty())
        summary.append(issue->owner);
    if (issue->illustrative)
        summary.append(tr("illustrative"));
    if (issue->isArchived())
        summary.prepend(tr("Archived %1")
                            .arg(QLocale().toString(issue->archivedAt.toLocalTime().date(),
                                                    QLocale::ShortFormat)));
    m_summary->setText(summary.join(QStringLiteral("  ·  ")));
    if (issue->scaleLow.isEmpty() && issue->scaleHigh.isEmpty())
        m_scaleHint->setText(tr("Positions run from 0 to 100 on this issue's scale."));
    else
        m_scaleHint->setText(
            tr("Position scale: 0 = %1, 100 = %2.")
                .arg(issue->scaleLow.isEmpty() ? tr("(unlabelled)") : issue->scaleLow,
                     issue->scaleHigh.isEmpty() ? tr("(unlabelled)") : issue->scaleHigh));
    m_stack->setCurrentIndex(1);
}

void IssueDetailPanel::fitColumns()
{
    if (!m_positions)
        return;
    const QFontMetrics metrics = m_positionsView->fontMetrics();
    const auto headerWidth = [&](int column) {
        return metrics.horizontalAdvance(
                   m_positions->headerData(column, Qt::Horizontal).toString()) +
               24;
    };
    const int actorWidth = qBound(120,
                                  static_cast<QAbstractItemView *>(m_positionsView)
                                      ->sizeHintForColumn(PositionTableModel::ActorColumn),
                                  180);
    const int blocWidth = qMax(headerWidth(PositionTableModel::BlocColumn),
                               static_cast<QAbstractItemView *>(m_positionsView)
                                   ->sizeHintForColumn(PositionTableModel::BlocColumn));
    // Names and numbers give way before the stance does; names elide with the
    // whole in their tooltip, and the note under the table reads in full.
    // The stance is what a reader came for: it keeps up to 18 ems (two fifths of a
    // narrow panel) before the names and numbers beside it shrink.
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    const int stanceMinimum =
        qBound(em * 8, int(m_positionsView->viewport()->width() * 0.4), em * 18);
    ::fitColumns(
        m_positionsView, PositionTableModel::StanceColumn, stanceMinimum,
        {{PositionTableModel::ActorColumn, 80, actorWidth},
         {PositionTableModel::BlocColumn, headerWidth(PositionTableModel::BlocColumn), blocWidth},
         {PositionTableModel::PositionColumn, 72, 110},
         {PositionTableModel::SalienceColumn, headerWidth(PositionTableModel::SalienceColumn),
          headerWidth(PositionTableModel::SalienceColumn)},
         {PositionTableModel::CloutColumn, headerWidth(PositionTableModel::CloutColumn),
          qMax(headerWidth(PositionTableModel::CloutColumn), 56)},
         {PositionTableModel::ConsentColumn, headerWidth(PositionTableModel::ConsentColumn),
          headerWidth(PositionTableModel::ConsentColumn)},
         {PositionTableModel::SourceColumn, headerWidth(PositionTableModel::SourceColumn), 160}});
}

void IssueDetailPanel::fitHistoryColumns()
{
    if (!m_history)
        return;
    const QFontMetrics metrics = m_historyView->fontMetrics();
    const auto width = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 16;
    };
    const auto widest = [this](int column, int cap) {
        return qMin(cap,
                    qMax(static_cast<QAbstractItemView *>(m_historyView)->sizeHintForColumn(column),
                         m_historyView->horizontalHeader()->sectionSizeHint(column)));
    };
    const int status = width(StatusText::label(Status::InNegotiation));
    ::fitColumns(
        m_historyView, StatusHistoryModel::WhyColumn,
        metrics.horizontalAdvance(QLatin1Char('M')) * 10,
        {{StatusHistoryModel::WhenColumn, width(QStringLiteral("0000-00-00")),
          width(QStringLiteral("0000-00-00 00:00"))},
         {StatusHistoryModel::FromColumn, width(StatusText::label(Status::Draft)),
          widest(StatusHistoryModel::FromColumn, status)},
         {StatusHistoryModel::ToColumn, width(StatusText::label(Status::Draft)),
          widest(StatusHistoryModel::ToColumn, status)},
         {StatusHistoryModel::WhoColumn, width(QStringLiteral("Who")),
          widest(StatusHistoryModel::WhoColumn, width(QStringLiteral("Security policy desk")))}});
    // The reason wraps: the row grows to show all of it.
    m_historyView->resizeRowsToContents();
}

void IssueDetailPanel::showTitle()
{
    // At most two lines: a very long title is cut short, whole in the tooltip.
    const QFontMetrics metrics = m_title->fontMetrics();
    const int room = 2 * m_title->width() - 6 * metrics.averageCharWidth();
    const QString shown = room > 0 && metrics.horizontalAdvance(m_fullTitle) > room
                              ? metrics.elidedText(m_fullTitle, Qt::ElideRight, room)
                              : m_fullTitle;
    if (m_title->text() != shown)
        m_title->setText(shown);
    m_title->setToolTip(shown == m_fullTitle ? QString() : m_fullTitle);
}

bool IssueDetailPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_title && event->type() == QEvent::Resize)
        showTitle();
    if (event->type() == QEvent::Resize) {
        if (watched == m_positionsView->viewport())
            fitColumns();
        else if (watched == m_historyView->viewport())
            fitHistoryColumns();
    }
    return QWidget::eventFilter(watched, event);
}

QString IssueDetailPanel::positionNoteText() const
{
    return m_positionNote->text();
}

void IssueDetailPanel::showPositionNote()
{
    const QModelIndex current = m_positionsView->currentIndex();
    if (!m_positions || !current.isValid() || current.row() >= m_positions->positions().size()) {
        m_positionNote->setText(m_positions && m_positions->rowCount() > 0
                                    ? tr("Select an actor to read the whole stance and its source.")
                                    : QString());
        return;
    }
    const Position &position = m_positions->positions().at(current.row());
    // Store text is escaped before it goes into rich text.
    QString html = QStringLiteral("<b>%1</b>: %2")
                       .arg(position.actorName.toHtmlEscaped(),
                            position.stance.isEmpty() ? tr("no stance recorded").toHtmlEscaped()
                                                      : position.stance.toHtmlEscaped());
    QStringList notes;
    if (!position.source.isEmpty())
        notes.append(tr("Source: %1").arg(position.source).toHtmlEscaped());
    if (position.illustrative)
        notes.append(tr("Illustrative estimate, not from a source.").toHtmlEscaped());
    if (!notes.isEmpty())
        html += QStringLiteral("<br><span style=\"color:#6b7280\">%1</span>")
                    .arg(notes.join(QStringLiteral("<br>")));
    m_positionNote->setText(html);
}
