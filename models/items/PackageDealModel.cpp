#include "PackageDealModel.h"

#include "forecast/PackageDealText.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QTimer>

PackageDealModel::PackageDealModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    connect(&store, &Store::positionsChanged, this, &PackageDealModel::scheduleRefresh);
    connect(&store, &Store::issueChanged, this, &PackageDealModel::scheduleRefresh);
    connect(&store, &Store::linksChanged, this, &PackageDealModel::scheduleRefresh);
    connect(&store, &Store::actorsChanged, this, &PackageDealModel::scheduleRefresh);
    connect(&store, &Store::reset, this, &PackageDealModel::scheduleRefresh);
    connect(&store, &Store::externalChange, this, &PackageDealModel::scheduleRefresh);
    refresh();
}

void PackageDealModel::setLive(bool live)
{
    m_live = live;
    if (m_live && m_stale)
        scheduleRefresh();
}

void PackageDealModel::scheduleRefresh()
{
    m_stale = true;
    if (!m_live || m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, &PackageDealModel::refresh);
}

void PackageDealModel::refresh()
{
    m_refreshPending = false;
    m_stale = false;
    QList<ExchangeModel::OurDeal> deals;
    int links = 0;
    QString ourBloc;
    if (m_store.isOpen()) {
        try {
            const ExchangeModel::Input input = ExchangeModel::load(m_store);
            deals = ExchangeModel::ourDeals(input);
            links = ExchangeModel::tradeoffCount(input);
            ourBloc = input.ourBloc;
        } catch (const StoreError &error) {
            m_store.reportError(error.message());
        }
    }
    beginResetModel();
    m_deals = deals;
    m_tradeoffLinks = links;
    m_ourBloc = ourBloc;
    endResetModel();
    emit refreshed();
}

QString PackageDealModel::emptyText() const
{
    if (!m_deals.isEmpty())
        return QString();
    return PackageDealText::none(nullptr, m_tradeoffLinks, m_ourBloc);
}

int PackageDealModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deals.size());
}

int PackageDealModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackageDealModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExchangeModel::OurDeal &deal = m_deals.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IssueColumn:
            return tr("%1 — %2").arg(deal.issueCode, deal.issueTitle);
        case GainColumn:
            return PackageDealText::gain(nullptr, deal);
        case PartnerColumn:
            return deal.partner.actorName;
        case ConcessionColumn:
            return PackageDealText::concession(nullptr, deal);
        case CostColumn:
            return PackageDealText::cost(nullptr, deal);
        default:
            return {};
        }
    case Qt::ToolTipRole:
    case ExplanationRole:
        return PackageDealText::explanation(nullptr, deal);
    case Qt::TextAlignmentRole:
        if (index.column() == GainColumn || index.column() == CostColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IssueIdRole:
        return deal.issueId;
    case GainRole:
        return deal.gainTowardObjective;
    default:
        return {};
    }
}

QVariant PackageDealModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == CostColumn)
        return tr("How far the conceded issue's forecast moves away from our objective there");
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == GainColumn)
        return tr("How far the issue's forecast moves toward our objective");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IssueColumn:
        return tr("Issue moved");
    case GainColumn:
        return tr("Gain");
    case PartnerColumn:
        return tr("Partner");
    case ConcessionColumn:
        return tr("We concede");
    case CostColumn:
        return tr("Cost");
    default:
        return {};
    }
}
