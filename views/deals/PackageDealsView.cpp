#include "PackageDealsView.h"

#include "forecast/PackageDealText.h"
#include "items/PackageDealModel.h"
#include "store/Store.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

PackageDealsView::PackageDealsView(QWidget *parent)
    : QWidget(parent), m_method(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_empty(new QLabel(this)), m_table(new QTableView(this)), m_detail(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("packageDealsView"));
    m_method->setObjectName(QStringLiteral("packageDealsMethod"));
    m_method->setWordWrap(true);
    m_method->setTextFormat(Qt::PlainText);
    m_method->setText(PackageDealText::method(nullptr));

    m_empty->setObjectName(QStringLiteral("packageDealsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setAccessibleName(tr("No package deals"));
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_empty->setFocusPolicy(Qt::StrongFocus);

    m_table->setObjectName(QStringLiteral("packageDealsTable"));
    m_table->setAccessibleName(tr("Package deals"));
    m_table->setAccessibleDescription(
        tr("One row per exchange that moves an issue toward our objective; the text below "
           "explains the selected one"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit issueActivated(index.data(PackageDealModel::IssueIdRole).toLongLong());
    });

    m_detail->setObjectName(QStringLiteral("packageDealDetail"));
    m_detail->setAccessibleName(tr("Package deal explanation"));
    m_detail->setOpenLinks(false);

    auto *deals = new QSplitter(Qt::Vertical, this);
    deals->addWidget(m_table);
    deals->addWidget(m_detail);
    deals->setStretchFactor(0, 3);
    deals->setStretchFactor(1, 1);
    deals->setChildrenCollapsible(false);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(deals);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_method);
    layout->addWidget(m_stack, 1);
    setStore(nullptr);
}

void PackageDealsView::setStore(Store *store)
{
    m_table->setModel(nullptr);
    delete std::exchange(m_model, nullptr);
    m_store = store;
    if (store) {
        m_model = new PackageDealModel(*store, this);
        m_model->setLive(isVisible());
        m_table->setModel(m_model);
        connect(m_model, &PackageDealModel::refreshed, this, &PackageDealsView::refreshState);
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &PackageDealsView::showDetail);
    }
    refreshState();
}

void PackageDealsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_model)
        m_model->setLive(true);
}

void PackageDealsView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (m_model)
        m_model->setLive(false);
}

bool PackageDealsView::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_empty;
}

void PackageDealsView::refreshState()
{
    if (!m_model || m_model->rowCount() == 0) {
        m_empty->setText(m_model ? m_model->emptyText() : QString());
        m_stack->setCurrentWidget(m_empty);
        m_detail->clear();
        return;
    }
    m_stack->setCurrentWidget(m_stack->widget(1));
    // The issue's title takes the room left; the figures keep to their width.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PackageDealModel::IssueColumn, QHeaderView::Stretch);
    if (!m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
    showDetail();
}

void PackageDealsView::showDetail()
{
    const QModelIndex current = m_table->currentIndex();
    m_detail->setPlainText(
        current.isValid() ? current.data(PackageDealModel::ExplanationRole).toString() : QString());
}
