#include "ProgrammeView.h"

#include "EventDialog.h"
#include "commands/AddEventCommand.h"
#include "commands/EditEventCommand.h"
#include "commands/RemoveEventCommand.h"
#include "delegates/DateDelegate.h"
#include "delegates/LineLimitDelegate.h"
#include "domain/FieldLimits.h"
#include "items/EventTableModel.h"
#include "store/EventRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

// Meeting or deadline, picked from a list; the model takes the stored key.
class KindDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (const QString &kind : {Event::meetingKind(), Event::deadlineKind()})
            combo->addItem(EventTableModel::kindLabel(kind), kind);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(
                qMax(0, combo->findData(index.data(EventTableModel::KindKeyRole))));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            model->setData(index, combo->currentData(), Qt::EditRole);
    }
};

} // namespace

ProgrammeView::ProgrammeView(QWidget *parent)
    : QWidget(parent), m_table(new QTableView(this)),
      m_add(new QPushButton(tr("&Add Event…"), this)), m_edit(new QPushButton(tr("E&dit…"), this)),
      m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("programmeView"));
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setTabKeyNavigation(false); // Tab moves on; the arrows move in the table
    m_table->setAccessibleName(tr("Programme events"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setItemDelegateForColumn(EventTableModel::DateColumn,
                                      new DateDelegate(Qt::EditRole, this));
    m_table->setItemDelegateForColumn(EventTableModel::EndColumn,
                                      new DateDelegate(Qt::EditRole, this));
    m_table->setItemDelegateForColumn(EventTableModel::KindColumn, new KindDelegate(this));
    m_table->setItemDelegateForColumn(EventTableModel::TitleColumn,
                                      new LineLimitDelegate(FieldLimits::Title, this));
    m_table->setItemDelegateForColumn(EventTableModel::PlaceColumn,
                                      new LineLimitDelegate(FieldLimits::ShortText, this));
    m_table->setItemDelegateForColumn(EventTableModel::SourceColumn,
                                      new LineLimitDelegate(FieldLimits::LongText, this));
    connect(m_table, &QWidget::customContextMenuRequested, this, &ProgrammeView::showContextMenu);

    m_add->setObjectName(QStringLiteral("addEventButton"));
    m_edit->setObjectName(QStringLiteral("editEventButton"));
    m_remove->setObjectName(QStringLiteral("removeEventButton"));
    m_add->setToolTip(tr("Add a meeting or a deadline to the programme"));
    connect(m_add, &QPushButton::clicked, this, &ProgrammeView::addEvent);
    connect(m_edit, &QPushButton::clicked, this, &ProgrammeView::editCurrentEvent);
    connect(m_remove, &QPushButton::clicked, this, &ProgrammeView::removeCurrentEvent);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    updateButtons();
}

void ProgrammeView::setContext(Store *store, QUndoStack *undoStack)
{
    m_table->setModel(nullptr);
    delete std::exchange(m_model, nullptr);
    m_store = store;
    m_undoStack = undoStack;
    if (store) {
        m_model = new EventTableModel(*store, undoStack, this);
        m_table->setModel(m_model);
        QHeaderView *header = m_table->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->setSectionResizeMode(EventTableModel::SourceColumn, QHeaderView::Stretch);
        fitColumns();
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &ProgrammeView::updateButtons);
        // Editing pauses while a team database's connection is lost (the model
        // goes with this store).
        connect(store, &Store::connectionLost, m_model, [this] { updateButtons(); });
        connect(store, &Store::connectionRestored, m_model, [this] { updateButtons(); });
        // A reset (an event added or removed) keeps the row the user was on.
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
                [this] { m_keptEventId = currentEventId(); });
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            fitColumns();
            selectEvent(m_keptEventId);
            updateButtons();
        });
    }
    updateButtons();
}

void ProgrammeView::fitColumns()
{
    // To the content, but a long title or place keeps to a readable start (the
    // source takes what is left; tooltips have the rest), so the check box stays
    // in view.
    m_table->resizeColumnsToContents();
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    const std::pair<int, int> caps[] = {{EventTableModel::TitleColumn, 48},
                                        {EventTableModel::PlaceColumn, 24}};
    for (const auto &[column, characters] : caps) {
        if (m_table->columnWidth(column) > charWidth * characters)
            m_table->setColumnWidth(column, charWidth * characters);
    }
}

qint64 ProgrammeView::currentEventId() const
{
    const Event *event = currentEvent();
    return event ? event->id : 0;
}

const Event *ProgrammeView::currentEvent() const
{
    if (!m_model)
        return nullptr;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return nullptr;
    return &m_model->events().at(current.row());
}

void ProgrammeView::selectEvent(qint64 eventId)
{
    if (!m_model)
        return;
    const int row = m_model->rowOfEvent(eventId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, EventTableModel::TitleColumn);
    m_table->setCurrentIndex(index);
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ProgrammeView::addEvent()
{
    if (!m_store || !m_undoStack)
        return;
    EventDialog dialog(m_store->settings().summit(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new AddEventCommand(*m_store, dialog.event());
    const int before = m_undoStack->index();
    m_undoStack->push(command);
    // A refused add is deleted by the stack as it is pushed: nothing to select.
    if (m_undoStack->index() == before)
        return;
    selectEvent(command->eventId());
}

void ProgrammeView::editCurrentEvent()
{
    const Event *current = currentEvent();
    if (!current || !m_store || !m_undoStack)
        return;
    const Event before = *current;
    EventDialog dialog(m_store->settings().summit(), this);
    dialog.setEvent(before);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Event after = dialog.event();
    if (EventRepository::normalized(after) == before)
        return;
    m_undoStack->push(new EditEventCommand(*m_store, before, after));
    selectEvent(before.id);
}

void ProgrammeView::removeCurrentEvent()
{
    const Event *current = currentEvent();
    if (!current || !m_store || !m_undoStack)
        return;
    // Undo brings it back: no question asked.
    const int row = m_table->currentIndex().row();
    m_undoStack->push(new RemoveEventCommand(*m_store, *current));
    if (m_model->rowCount() > 0)
        selectEvent(m_model->events().at(qMin(row, m_model->rowCount() - 1)).id);
}

void ProgrammeView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (index.isValid())
        selectEvent(m_model->events().at(index.row()).id);
    QMenu menu(this);
    menu.addAction(tr("&Add Event…"), this, &ProgrammeView::addEvent)
        ->setEnabled(m_add->isEnabled());
    menu.addAction(tr("E&dit…"), this, &ProgrammeView::editCurrentEvent)
        ->setEnabled(m_edit->isEnabled());
    menu.addAction(tr("&Remove"), this, &ProgrammeView::removeCurrentEvent)
        ->setEnabled(m_remove->isEnabled());
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void ProgrammeView::updateButtons()
{
    const bool open = m_store && m_undoStack && !m_store->isReadOnly();
    const bool chosen = open && currentEvent();
    m_add->setEnabled(open);
    m_edit->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}
