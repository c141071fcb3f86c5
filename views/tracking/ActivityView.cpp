#include "ActivityView.h"

#include "items/ActivityModel.h"
#include "store/Store.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

ActivityView::ActivityView(QWidget *parent)
    : QWidget(parent), m_since(new QDateTimeEdit(this)), m_table(new QTableView(this)),
      m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("activityView"));
    m_since->setObjectName(QStringLiteral("activitySince"));
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("d MMM yyyy HH:mm"));
    m_since->setToolTip(tr("Status changes from this time on; starts at the last pack export"));
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setTabKeyNavigation(false); // Tab moves on; the arrows move in the table
    m_since->setAccessibleName(tr("Activity since"));
    m_table->setAccessibleName(tr("Recent changes"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_note->setObjectName(QStringLiteral("activityCount"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Since"), this));
    top->addWidget(m_since);
    top->addWidget(m_note, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_since, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &since) {
        if (m_model && since.toUTC() != m_model->since().toUTC()) {
            m_model->setSince(since.toUTC());
            refresh();
        }
    });
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(ActivityModel::IssueIdRole).toLongLong();
        // After the mouse event: the jump switches tabs under the pointer.
        if (id != 0)
            QMetaObject::invokeMethod(
                this, [this, id] { emit issueActivated(id); }, Qt::QueuedConnection);
    });
    setStore(nullptr);
}

void ActivityView::setStore(Store *store)
{
    m_store = store;
    m_table->setModel(nullptr);
    delete std::exchange(m_model, nullptr);
    setEnabled(store != nullptr);
    if (!store)
        return;
    m_model = new ActivityModel(*store, this);
    m_table->setModel(m_model);
    // The model also refreshes itself on the store's signals (this window's edits,
    // a colleague's commit): the count follows every change of its rows.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ActivityView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ActivityView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityView::updateCount);
    {
        const QSignalBlocker blocker(m_since);
        m_since->setDateTime(m_model->since().toLocalTime());
    }
    refresh();
    m_table->resizeColumnsToContents();
}

void ActivityView::refresh()
{
    if (!m_model)
        return;
    m_model->refresh();
    updateCount();
}

void ActivityView::updateCount()
{
    if (!m_model)
        return;
    m_note->setText(m_model->isTruncated() ? tr("Showing the latest %n change(s) only", nullptr,
                                                ActivityModel::maxRows)
                                           : tr("%n change(s)", nullptr, m_model->rowCount()));
}
