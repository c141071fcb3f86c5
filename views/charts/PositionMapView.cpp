#include "PositionMapView.h"

#include "ChartPanel.h"
#include "charts/BlocPalette.h"
#include "delegates/ReadableItemDelegate.h"
#include "forecast/ForecastText.h"
#include "store/Store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

PositionMapView::PositionMapView(QWidget *parent)
    : QWidget(parent), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_chart(new ChartPanel(this)), m_summary(new QLabel(this)), m_leverage(new QTreeWidget(this)),
      m_roundRow(new QWidget(this)), m_roundSpin(new QSpinBox(m_roundRow)),
      m_roundStatus(new QLabel(m_roundRow)), m_noSingleActor(new QLabel(this))
{
    setObjectName(QStringLiteral("positionMapView"));
    // A newer load's setFuture() drops the older rounds, so only the shown issue's arrive.
    connect(&m_roundsWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_data.bargaining = m_roundsWatcher.result();
        m_roundsReady = true;
        updateRounds();
    });
    m_chart->setObjectName(QStringLiteral("positionMapChart"));
    m_leverage->setObjectName(QStringLiteral("leverageList"));
    m_leverage->setRootIsDecorated(false);
    m_leverage->setAlternatingRowColors(true);
    m_leverage->setColumnCount(ColumnCount);
    m_leverage->setHeaderLabels(
        {tr("Actor"), tr("Move"), tr("Gain"), tr("Effort"), tr("Gain per effort")});
    QTreeWidgetItem *header = m_leverage->headerItem();
    header->setToolTip(ActorColumn, tr("Ranked by gain per effort: the best use of the "
                                       "delegation's time first"));
    header->setToolTip(MoveColumn, tr("From where the actor stands to our side's objective "
                                      "(never past it)"));
    header->setToolTip(GainColumn, tr("How far the forecast outcome moves toward our side's "
                                      "objective if this actor moves there; negative: away"));
    header->setToolTip(EffortColumn, effortExplanation());
    header->setToolTip(RatioColumn, tr("Gain divided by effort"));
    m_leverage->header()->setStretchLastSection(false);
    m_leverage->header()->setSectionResizeMode(ActorColumn, QHeaderView::Stretch);
    for (int column = MoveColumn; column < ColumnCount; ++column)
        m_leverage->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("forecastSummary"));
    // Selectable, so a reader can copy the forecast's sentences into a note.
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

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
    m_noSingleActor->setObjectName(QStringLiteral("noSingleActorNote"));
    m_noSingleActor->setWordWrap(true);
    m_noSingleActor->setTextFormat(Qt::PlainText);
    m_noSingleActor->hide();
    sideLayout->addWidget(m_noSingleActor);

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
        // Under the chart, the forecast's sentences and a few rows need more than a
        // quarter of a short panel.
        const int chart = orientation == Qt::Horizontal ? length * 3 / 4 : length * 3 / 5;
        m_splitter->setSizes({chart, length - chart});
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
            m_data = PositionMapData::load(*m_store, m_issueId, PositionMapData::Rounds::Skip);
        } catch (const StoreError &error) {
            m_store->reportError(error.message());
        }
    }
    m_chart->setPositionMap(m_data);
    m_shownRound = 0;
    startRounds();

    m_leverage->clear();
    m_noSingleActor->clear();
    m_noSingleActor->hide();
    if (!m_data.forecast) {
        m_summary->setText(m_data.issueId == 0 ? QString()
                                               : tr("No actor holds a position with weight on "
                                                    "this issue, so there is no forecast."));
        return;
    }
    const ForecastResult &forecast = *m_data.forecast;
    const ForecastText text;
    QStringList lines =
        text.sentences(forecast, m_data.decisionRuleSource, m_data.scaleLow, m_data.scaleHigh);
    if (!forecast.hasEuObjective) {
        lines.append(tr("No %1 actor holds a position, so there is no objective to work toward.")
                         .arg(m_data.ourBloc));
        m_summary->setText(lines.join(QLatin1Char('\n')));
        return;
    }
    lines.append(
        tr("Forecast %1; %2 objective %3.")
            .arg(text.number(forecast.outcome),
                 forecast.objectiveBloc.isEmpty() ? m_data.ourBloc : forecast.objectiveBloc,
                 text.number(forecast.euObjective)));
    m_summary->setText(lines.join(QLatin1Char('\n')));
    const QString noOne = text.noSingleActor(forecast);
    m_noSingleActor->setText(noOne);
    m_noSingleActor->setVisible(!noOne.isEmpty());

    for (const ForecastResult::Leverage &entry : forecast.leverage) {
        auto *item = new QTreeWidgetItem(m_leverage);
        item->setText(ActorColumn, entry.actorName);
        item->setText(MoveColumn,
                      tr("%1 → %2").arg(text.number(entry.position), text.number(entry.movedTo)));
        item->setText(GainColumn, text.shift(entry.outcomeShift));
        item->setText(EffortColumn, text.number(entry.effort));
        item->setText(RatioColumn, text.number(entry.gainPerEffort, 2));
        for (int column = MoveColumn; column < ColumnCount; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        // The bloc's colour, light or dark enough to read on the list's background.
        item->setForeground(ActorColumn,
                            readableOn(m_data.palette.colorOf(entry.actorBloc).darker(110),
                                       m_leverage->palette().color(QPalette::Base)));
        item->setData(ActorColumn, Qt::UserRole, entry.actorId);
        const auto position =
            std::find_if(m_data.positions.cbegin(), m_data.positions.cend(),
                         [&entry](const Position &p) { return p.actorId == entry.actorId; });
        const int salience = position != m_data.positions.cend() ? position->salience : 0;
        // Under the agreement rule only the named parties decide: say why moving the
        // others gains nothing instead of leaving a bare 0.
        const bool noSay = forecast.rule == DecisionRule::Consent && !forecast.ruleFellBack &&
                           position != m_data.positions.cend() && !position->consentNeeded;
        if (noSay)
            item->setText(GainColumn, tr("0 (no say)"));
        QString toolTip =
            tr("%1 (%2): from %3 to %4; the forecast outcome moves %5 (to %6).\nEffort %7: "
               "%8 points moved × salience %9 ÷ 100.\nWeighted median %10, weighted mean %11.")
                .arg(entry.actorName, entry.actorBloc, text.number(entry.position),
                     text.number(entry.movedTo), text.shift(entry.outcomeShift),
                     text.number(entry.newOutcome), text.number(entry.effort),
                     text.number(std::abs(entry.movedTo - entry.position)))
                .arg(salience)
                .arg(text.shift(entry.medianShift), text.shift(entry.meanShift));
        if (noSay)
            toolTip = tr("%1 is not among the parties whose agreement the issue needs, so "
                         "moving it does not change the forecast.")
                          .arg(entry.actorName) +
                      QLatin1Char('\n') + toolTip;
        for (int column = 0; column < ColumnCount; ++column)
            item->setToolTip(column, column == EffortColumn
                                         ? toolTip + QLatin1Char('\n') + effortExplanation()
                                         : toolTip);
    }
}

void PositionMapView::startRounds()
{
    m_roundsReady = false;
    updateRounds();
    if (!m_data.forecast) {
        m_roundsReady = true;
        return;
    }
    m_roundStatus->setText(tr("Working out the bargaining rounds…"));
    // By value: the store and this view may change or go before the rounds are done.
    const QList<Position> positions = m_data.positions;
    const QString ourBloc = m_data.ourBloc;
    const DecisionRule rule = m_data.decisionRule;
    m_roundsWatcher.setFuture(QtConcurrent::run(
        [positions, ourBloc, rule] { return Bargaining::run(positions, ourBloc, rule); }));
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
    const ForecastText text;
    const std::optional<ForecastResult> &shown =
        bargaining.rounds.at(std::min<qsizetype>(round, rounds)).forecast;
    const QString outcome = shown ? text.number(shown->outcome) : QString();
    if (bargaining.settled && rounds == 0) {
        m_roundStatus->setText(
            tr("No actor moves in bargaining: the forecast stays at %1.").arg(outcome));
        m_roundStatus->setAccessibleName(m_roundStatus->text());
        return;
    }
    const QString where =
        round == 0 ? tr("Opening positions") : tr("After round %1 of %2").arg(round).arg(rounds);
    // A round's number, not a count: "by round 6" reads the same for any number.
    QString end = bargaining.settled ? tr("settled by round %1").arg(rounds)
                                     : tr("not settled by round %1").arg(rounds);
    if (const std::optional<Bargaining::Result::Swing> swing = bargaining.swing();
        !bargaining.settled && swing && text.number(swing->low) != text.number(swing->high))
        end = tr("not settled by round %1: the forecast keeps swinging between %2 and %3")
                  .arg(rounds)
                  .arg(text.number(swing->low), text.number(swing->high));
    m_roundStatus->setText(tr("%1: forecast %2; %3.").arg(where, outcome, end));
    m_roundStatus->setAccessibleName(m_roundStatus->text());
}

QString PositionMapView::effortExplanation()
{
    return tr("Effort: the points an actor is moved × its salience ÷ 100. An actor that cares "
              "much about the issue is harder to move than one that cares little.");
}
