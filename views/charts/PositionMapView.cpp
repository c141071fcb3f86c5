#include "PositionMapView.h"

#include "ChartPanel.h"
#include "charts/BlocPalette.h"
#include "delegates/ReadableItemDelegate.h"
#include "forecast/Forecast.h"
#include "store/Store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

PositionMapView::PositionMapView(QWidget *parent)
    : QWidget(parent), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_chart(new ChartPanel(this)), m_summary(new QLabel(this)), m_leverage(new QTreeWidget(this)),
      m_roundRow(new QWidget(this)), m_roundSpin(new QSpinBox(m_roundRow)),
      m_roundStatus(new QLabel(m_roundRow))
{
    setObjectName(QStringLiteral("positionMapView"));
    m_chart->setObjectName(QStringLiteral("positionMapChart"));
    m_leverage->setObjectName(QStringLiteral("leverageList"));
    m_leverage->setRootIsDecorated(false);
    m_leverage->setAlternatingRowColors(true);
    m_leverage->setColumnCount(3);
    m_leverage->setHeaderLabels({tr("Actor"), tr("Median"), tr("Mean")});
    m_leverage->headerItem()->setToolTip(
        1, tr("How far the forecast moves toward our side's objective if this actor moves "
              "10 points toward it"));
    m_leverage->headerItem()->setToolTip(2, tr("The same for the weighted mean"));
    m_leverage->header()->setStretchLastSection(false);
    m_leverage->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_leverage->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_leverage->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(4, 0, 0, 0);
    auto *title = new QLabel(tr("Who to work on"), side);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    sideLayout->addWidget(title);
    m_leverage->setAccessibleName(title->text()); // item views ignore label buddies
    sideLayout->addWidget(m_summary);
    sideLayout->addWidget(m_leverage, 1);

    QSplitter *splitter = m_splitter;
    splitter->setObjectName(QStringLiteral("positionMapSplitter"));
    splitter->addWidget(m_chart);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(splitter);

    // Under the map: step through the bargaining rounds (the opening by default).
    m_roundRow->setObjectName(QStringLiteral("bargainingRounds"));
    m_roundRow->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // the map grows
    auto *roundLayout = new QHBoxLayout(m_roundRow);
    roundLayout->setContentsMargins(0, 2, 0, 0);
    auto *roundLabel = new QLabel(tr("Bar&gaining round:"), m_roundRow);
    roundLabel->setBuddy(m_roundSpin);
    m_roundSpin->setObjectName(QStringLiteral("bargainingRound"));
    m_roundSpin->setAccessibleName(tr("Bargaining round"));
    m_roundSpin->setToolTip(tr("Show where the actors stand after each round of bargaining: "
                               "0 is the opening"));
    m_roundStatus->setObjectName(QStringLiteral("bargainingStatus"));
    m_roundStatus->setTextFormat(Qt::PlainText);
    m_roundStatus->setWordWrap(true);
    roundLayout->addWidget(roundLabel);
    roundLayout->addWidget(m_roundSpin);
    roundLayout->addWidget(m_roundStatus, 1);
    layout->addWidget(m_roundRow);
    connect(m_roundSpin, &QSpinBox::valueChanged, this, &PositionMapView::showRound);
    reload();
}

// Beside the chart when there is room, under it in a narrow detail panel.
void PositionMapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const Qt::Orientation orientation = width() >= 900 ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() != orientation) {
        m_splitter->setOrientation(orientation);
        const int length = orientation == Qt::Horizontal ? width() : height();
        m_splitter->setSizes({length * 3 / 4, length / 4});
    }
}

void PositionMapView::setStore(Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_issueId = 0;
    if (m_store) {
        const auto follow = [this](qint64 issueId) {
            if (issueId == m_issueId)
                reload();
        };
        connect(m_store, &Store::positionsChanged, this, follow);
        connect(m_store, &Store::issueChanged, this, follow);
        connect(m_store, &Store::actorsChanged, this, &PositionMapView::reload);
        connect(m_store, &Store::reset, this, &PositionMapView::reload);
        connect(m_store, &Store::externalChange, this, &PositionMapView::reload);
    }
    reload();
}

void PositionMapView::setIssue(qint64 issueId)
{
    if (issueId == m_issueId)
        return;
    m_issueId = issueId;
    reload();
}

void PositionMapView::reload()
{
    m_data = PositionMapData();
    if (m_store && m_store->isOpen() && m_issueId != 0) {
        try {
            m_data = PositionMapData::load(*m_store, m_issueId);
        } catch (const StoreError &error) {
            m_store->reportError(error.message());
        }
    }
    m_chart->setPositionMap(m_data);
    m_shownRound = 0;
    updateRounds();

    m_leverage->clear();
    if (!m_data.forecast) {
        m_summary->setText(m_data.issueId == 0 ? QString()
                                               : tr("No actor holds a position with weight on "
                                                    "this issue, so there is no forecast."));
        return;
    }
    const ForecastResult &forecast = *m_data.forecast;
    if (!forecast.hasEuObjective) {
        m_summary->setText(
            tr("Forecast %1. No %2 actor holds a position, so there is no "
               "objective to work toward.")
                .arg(ForecastResult::formatValue(forecast.weightedMedian), m_data.ourBloc));
        return;
    }
    m_summary->setText(tr("Forecast %1, %2 objective %3. Effect on the forecast of moving each "
                          "actor to the objective:")
                           .arg(ForecastResult::formatValue(forecast.weightedMedian),
                                m_data.ourBloc, ForecastResult::formatValue(forecast.euObjective)));
    for (const ForecastResult::Leverage &entry : forecast.leverage) {
        auto *item = new QTreeWidgetItem(m_leverage);
        item->setText(0, entry.actorName);
        item->setText(1, ForecastResult::formatShift(entry.medianShift));
        item->setText(2, ForecastResult::formatShift(entry.meanShift));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        // The bloc's colour, light or dark enough to read on the list's background.
        item->setForeground(0, readableOn(m_data.palette.colorOf(entry.actorBloc).darker(110),
                                          m_leverage->palette().color(QPalette::Base)));
        item->setData(0, Qt::UserRole, entry.actorId);
        item->setToolTip(0, tr("%1 (%2): at %3, would move to %4; weight %5")
                                .arg(entry.actorName, entry.actorBloc,
                                     ForecastResult::formatValue(entry.position),
                                     ForecastResult::formatValue(entry.movedTo))
                                .arg(entry.weight));
    }
}

void PositionMapView::updateRounds()
{
    const Bargaining::Result &bargaining = m_data.bargaining;
    const int rounds = m_data.forecast ? bargaining.roundCount() : 0;
    {
        const QSignalBlocker blocker(m_roundSpin);
        m_roundSpin->setRange(0, std::max(0, rounds));
        m_roundSpin->setValue(0); // a new map opens on the opening positions
    }
    m_roundRow->setEnabled(m_data.forecast.has_value() && rounds > 0);
    showRound(0);
}

void PositionMapView::showRound(int round)
{
    if (m_roundSpin->value() != round) {
        m_roundSpin->setValue(round); // comes back here through valueChanged
        return;
    }
    const Bargaining::Result &bargaining = m_data.bargaining;
    if (!m_data.forecast || bargaining.rounds.isEmpty()) {
        m_roundStatus->clear();
        return;
    }
    if (round != m_shownRound) {
        m_chart->setPositionMap(m_data.atRound(round));
        m_shownRound = round;
    }
    const int rounds = bargaining.roundCount();
    const QString where =
        round == 0 ? tr("Opening positions") : tr("After round %1 of %2").arg(round).arg(rounds);
    const QString outcome =
        bargaining.rounds.at(std::min<qsizetype>(round, rounds)).forecast
            ? ForecastResult::formatValue(
                  bargaining.rounds.at(std::min<qsizetype>(round, rounds)).forecast->outcome)
            : QString();
    // A round's number, not a count: "by round 6" reads the same for any number.
    const QString end = bargaining.settled ? tr("settled by round %1").arg(rounds)
                                           : tr("not settled by round %1").arg(rounds);
    m_roundStatus->setText(tr("%1: forecast %2; %3.").arg(where, outcome, end));
    m_roundStatus->setAccessibleName(m_roundStatus->text());
}
