#include "DashboardView.h"

#include "ChartPanel.h"
#include "delegates/PriorityDelegate.h"
#include "delegates/StatusDelegate.h"
#include "forecast/ForecastResult.h"
#include "forecast/ForecastText.h"
#include "items/IssueFilterSql.h"
#include "store/BlocGapRepository.h"
#include "store/IssueRepository.h"
#include "store/SearchRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QChartView>
#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QStackedWidget>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace {

qreal msecsOf(const QDate &day)
{
    return qreal(QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
}

QString categoryLabel(const QString &category)
{
    return category.isEmpty() ? DashboardView::tr("(none)") : category;
}

// Distinct line colours for indicator series, after the house blue and red.
QColor seriesColor(int index)
{
    static const QColor colors[] = {QColor(0x1d, 0x4e, 0xd8), QColor(0xdc, 0x26, 0x26),
                                    QColor(0x05, 0x96, 0x69), QColor(0xd9, 0x77, 0x06),
                                    QColor(0x7c, 0x3a, 0xed), QColor(0x4b, 0x55, 0x63)};
    return colors[index % int(std::size(colors))];
}

QString issuesText(qint64 count)
{
    return DashboardView::tr("%n issue(s)", nullptr, int(count));
}

QString daysText(qint64 count)
{
    return count == 1 ? DashboardView::tr("1 day") : DashboardView::tr("%1 days").arg(count);
}

// The words all names share at the start ("Rare-earth price premium"), so the
// legend can show only what differs.
QString commonWords(const QStringList &names)
{
    if (names.size() < 2)
        return QString();
    QStringList common = names.first().split(QLatin1Char(' '));
    for (const QString &name : names) {
        const QStringList words = name.split(QLatin1Char(' '));
        qsizetype n = 0;
        while (n < common.size() && n < words.size() - 1 && words.at(n) == common.at(n))
            ++n;
        common = common.mid(0, n);
    }
    return common.join(QLatin1Char(' '));
}

QWidget *framed(QWidget *content, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(content);
    return frame;
}

} // namespace

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent), m_statusChart(new ChartPanel(this)), m_priorityChart(new ChartPanel(this)),
      m_activityChart(new ChartPanel(this)), m_indicatorChart(new ChartPanel(this)),
      m_gapChart(new ChartPanel(this)), m_countdown(new QLabel(this)),
      m_criticalTitle(new QLabel(this)), m_critical(new QListWidget(this)),
      m_error(new QLabel(this)), m_empty(new QLabel(this)), m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("dashboardView"));
    m_statusChart->setObjectName(QStringLiteral("statusChart"));
    m_priorityChart->setObjectName(QStringLiteral("priorityChart"));
    m_activityChart->setObjectName(QStringLiteral("activityChart"));
    m_indicatorChart->setObjectName(QStringLiteral("indicatorChart"));
    m_gapChart->setObjectName(QStringLiteral("gapChart"));
    m_critical->setObjectName(QStringLiteral("criticalList"));
    m_critical->setAccessibleName(tr("Open critical issues"));
    m_countdown->setObjectName(QStringLiteral("countdownLabel"));

    QFont big = m_countdown->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_countdown->setFont(big);
    m_countdown->setTextFormat(Qt::PlainText);
    m_countdown->setWordWrap(true);
    m_criticalTitle->setTextFormat(Qt::PlainText);
    m_criticalTitle->setWordWrap(true);
    m_critical->setAlternatingRowColors(true);
    // Long titles wrap instead of hiding behind a horizontal scroll bar.
    m_critical->setWordWrap(true);
    m_critical->setResizeMode(QListView::Adjust);
    m_critical->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_critical->setToolTip(tr("Double-click an issue to open it"));
    connect(m_critical, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit issueActivated(item->data(Qt::UserRole).toLongLong());
    });
    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c"));
    m_error->hide();

    auto *countdown = new QWidget(this);
    auto *countdownLayout = new QVBoxLayout(countdown);
    countdownLayout->setContentsMargins(10, 10, 10, 10);
    auto *countdownTitle = new QLabel(tr("Countdown"), this);
    QFont bold = countdownTitle->font();
    bold.setBold(true);
    countdownTitle->setFont(bold);
    countdownLayout->addWidget(countdownTitle);
    countdownLayout->addWidget(m_countdown);
    countdownLayout->addSpacing(6);
    countdownLayout->addWidget(m_criticalTitle);
    countdownLayout->addWidget(m_critical, 1);

    connect(m_statusChart, &ChartPanel::barClicked, this, &DashboardView::onStatusBarClicked);
    connect(m_priorityChart, &ChartPanel::barClicked, this, &DashboardView::onPriorityBarClicked);
    connect(m_gapChart, &ChartPanel::barClicked, this, &DashboardView::onGapBarClicked);

    auto *grid = new QWidget(this);
    m_grid = new QGridLayout(grid);
    m_grid->setContentsMargins(8, 8, 8, 8);
    m_grid->setSpacing(8);
    m_panels = {framed(m_statusChart, grid),    framed(m_priorityChart, grid),
                framed(countdown, grid),        framed(m_activityChart, grid),
                framed(m_indicatorChart, grid), framed(m_gapChart, grid)};
    for (ChartPanel *panel :
         {m_statusChart, m_priorityChart, m_activityChart, m_indicatorChart, m_gapChart})
        panel->chartView()->setMinimumHeight(340); // the caption comes on top of it
    arrangeGrid();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(grid);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_empty->setObjectName(QStringLiteral("dashboardEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    QFont emptyFont = m_empty->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.4);
    m_empty->setFont(emptyFont);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(scroll);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);

    // Edits come in bursts (an undo of many rows): one rebuild for all of them.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(50);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    fill();
}

bool DashboardView::showsCharts() const
{
    return m_stack->currentIndex() == 0;
}

void DashboardView::arrangeGrid()
{
    const int columns = width() >= 1300 ? 3 : width() >= 720 ? 2 : 1;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QWidget *panel : std::as_const(m_panels))
        m_grid->removeWidget(panel);
    for (int column = 0; column < 3; ++column)
        m_grid->setColumnStretch(column, 0);
    for (int row = 0; row < 6; ++row)
        m_grid->setRowStretch(row, 0);
    for (int i = 0; i < m_panels.size(); ++i)
        m_grid->addWidget(m_panels.at(i), i / columns, i % columns);
    // The status chart has the long names: the widest column on a wide screen.
    if (columns == 3) {
        m_grid->setColumnStretch(0, 4);
        m_grid->setColumnStretch(1, 3);
        m_grid->setColumnStretch(2, 3);
    } else {
        for (int column = 0; column < columns; ++column)
            m_grid->setColumnStretch(column, 1);
    }
    for (int row = 0; row * columns < m_panels.size(); ++row)
        m_grid->setRowStretch(row, 1);
}

void DashboardView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeGrid();
}

void DashboardView::setStore(Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &Store::issueChanged, this, &DashboardView::scheduleRefresh);
        connect(m_store, &Store::positionsChanged, this, &DashboardView::scheduleRefresh);
        connect(m_store, &Store::indicatorsChanged, this, &DashboardView::scheduleRefresh);
        connect(m_store, &Store::reset, this, &DashboardView::scheduleRefresh);
        connect(m_store, &Store::externalChange, this, &DashboardView::scheduleRefresh);
    }
    m_dirty = true;
    if (isVisible() || !m_store)
        refresh();
}

void DashboardView::setFilter(const IssueFilter &filter)
{
    if (filter == m_filter && !m_dirty)
        return;
    m_filter = filter;
    m_dirty = true;
    if (isVisible())
        refresh();
}

void DashboardView::scheduleRefresh()
{
    m_dirty = true;
    if (isVisible())
        m_refreshTimer.start();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void DashboardView::refresh()
{
    qint64 issues = 0;
    if (m_store && m_store->isOpen()) {
        try {
            issues = m_store->issues().count();
        } catch (const StoreError &) {
            // refreshNow() reports it.
        }
    }
    if (issues >= m_backgroundThreshold)
        refreshInBackground();
    else
        refreshNow();
}

void DashboardView::refreshNow()
{
    m_dirty = false;
    ++m_generation;
    m_pending = 0;
    DashboardData data;
    data.filter = m_filter;
    QString error;
    if (m_store && m_store->isOpen()) {
        try {
            data = DashboardData::build(*m_store, m_filter);
        } catch (const StoreError &e) {
            error = e.message();
        }
    }
    showData(data, error);
}

void DashboardView::refreshInBackground()
{
    m_dirty = false;
    const quint64 generation = ++m_generation;
    SummitInfo summit;
    try {
        // Writes (the search index) and the store's own reads stay on this thread.
        // A read-only SQLite file is searched as last indexed; a team database
        // brings its documents up to date for a reader too (SearchRepository).
        if (IssueFilterSql::usesSearchIndex(m_filter))
            SearchRepository(*m_store).sync();
        summit = m_store->settings().summit();
    } catch (const StoreError &error) {
        showData(DashboardData(), error.message());
        return;
    }
    m_pending = generation;
    struct Result
    {
        DashboardData data;
        QString error;
    };
    auto result = std::make_shared<Result>();
    const QString connection =
        QStringLiteral("dashboard-%1-%2").arg(quintptr(this)).arg(generation);
    const IssueFilter filter = m_filter;
    const BlocGapRepository::Access access = m_store->isReadOnly()
                                                 ? BlocGapRepository::Access::ReadOnly
                                                 : BlocGapRepository::Access::ReadWrite;
    // A connection of the worker's own (a connection belongs to its thread),
    // to the file or the team database alike, read-only when the store is.
    QSqlDatabase db;
    try {
        db = m_store->openWorkerConnection(connection);
    } catch (const StoreError &error) {
        m_pending = 0;
        showData(DashboardData(), error.message());
        return;
    }
    QThread *thread = QThread::create([result, db, connection, filter, summit, access]() mutable {
        try {
            // It writes too, unless the store is read-only: the gaps between the
            // sides of issues whose positions changed are brought up to date here,
            // so a store bulk-loaded with a million positions never makes the GUI
            // thread wait for them. Read-only, the build computes them itself.
            BlocGapRepository(db, access).sync();
            result->data = DashboardData::build(db, filter, summit);
        } catch (const StoreError &error) {
            result->error = error.message();
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
    });
    // Opened here, used and removed there: the driver moves with it (what Qt 6.8's
    // QSqlDatabase::moveToThread does).
    db.driver()->moveToThread(thread);
    db = QSqlDatabase(); // the worker's copy is the last, so it may remove the connection
    // Not a child: a running thread must outlive a closed view; it deletes itself.
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, result, generation] {
        if (generation != m_generation)
            return; // the filter or the data changed since: a newer read follows
        m_pending = 0;
        showData(result->data, result->error);
    });
    thread->start(QThread::LowPriority);
}

void DashboardView::showData(const DashboardData &data, const QString &error)
{
    m_data = data;
    m_data.filter = m_filter;
    m_error->setVisible(!error.isEmpty());
    if (!error.isEmpty())
        m_error->setText(tr("The dashboard could not be read: %1").arg(error));
    fill();
    emit refreshed();
}

void DashboardView::fill()
{
    // Bare axes say nothing: an empty store or filter says so in words.
    if (!m_error->isHidden())
        m_empty->clear(); // the error above says why
    else if (!m_store)
        m_empty->setText(tr("No database is open."));
    else if (m_data.issueCount == 0 && m_filter.isEmpty())
        m_empty->setText(tr("No issues yet"));
    else if (m_data.issueCount == 0)
        m_empty->setText(tr("No issue matches the filter."));
    m_stack->setCurrentIndex(m_store && m_data.issueCount > 0 ? 0 : 1);

    const QString filtered = m_filter.isEmpty() ? QString() : tr(" (filtered)");

    // Status × category: one horizontal bar per category (room for its name),
    // listed top-down, one stacked set per status.
    BarChartSpec status;
    status.title = tr("Issues by category and status%1").arg(filtered);
    status.stacked = true;
    status.horizontal = true;
    status.valueTitle = tr("Issues");
    m_statusSets.clear();
    m_statusCategories = m_data.categories;
    std::reverse(m_statusCategories.begin(), m_statusCategories.end());
    for (const QString &category : std::as_const(m_statusCategories))
        status.categories.append(categoryLabel(category));
    for (Status s : StatusText::all()) {
        if (m_data.count(s) == 0)
            continue;
        BarChartSpec::Set set;
        set.name = StatusText::label(s);
        set.color = StatusDelegate::colorOf(s);
        for (const QString &category : std::as_const(m_statusCategories)) {
            const qint64 count = m_data.count(s, category);
            set.values.append(qreal(count));
            set.toolTips.append(
                tr("%1 — %2: %3\nClick to list them")
                    .arg(categoryLabel(category), StatusText::label(s), issuesText(count)));
        }
        status.sets.append(set);
        m_statusSets.append(s);
    }
    m_statusChart->setBarChart(status);

    // Priority: one bar each, most urgent first, in the priority's colour.
    BarChartSpec priority;
    priority.title = tr("Issues by priority%1").arg(filtered);
    priority.stacked = true; // one set per bar, so each bar keeps its own colour
    priority.showLegend = false;
    priority.valueTitle = tr("Issues");
    m_priorityBars.clear();
    const QList<Priority> priorities = PriorityText::all();
    for (auto it = priorities.crbegin(); it != priorities.crend(); ++it)
        m_priorityBars.append(*it);
    for (Priority p : std::as_const(m_priorityBars))
        priority.categories.append(PriorityText::label(p));
    for (int i = 0; i < m_priorityBars.size(); ++i) {
        const Priority p = m_priorityBars.at(i);
        BarChartSpec::Set set;
        set.name = PriorityText::label(p);
        set.color = PriorityDelegate::colorOf(p);
        set.values.fill(0, m_priorityBars.size());
        set.toolTips.resize(m_priorityBars.size());
        const qint64 count = m_data.byPriority.value(p);
        set.values[i] = qreal(count);
        set.toolTips[i] =
            tr("%1: %2\nClick to list them").arg(PriorityText::label(p), issuesText(count));
        priority.sets.append(set);
    }
    m_priorityChart->setBarChart(priority);

    // Countdown and the open critical issues.
    if (m_data.summitStart.isValid()) {
        const qint64 days = QDate::currentDate().daysTo(m_data.summitStart);
        const QString name = m_data.summitName.isEmpty() ? tr("the summit") : m_data.summitName;
        const QString date = QLocale().toString(m_data.summitStart, QLocale::LongFormat);
        if (days > 0)
            m_countdown->setText(tr("%1 to %2\n%3").arg(daysText(days), name, date));
        else if (days == 0)
            m_countdown->setText(tr("%1 opens today").arg(name));
        else
            m_countdown->setText(tr("%1 opened %2 ago\n%3").arg(name, daysText(-days), date));
    } else {
        m_countdown->setText(m_store ? tr("No summit date set") : QString());
    }
    m_criticalTitle->setText(tr("Open critical issues: %1").arg(m_data.openCriticalCount));
    m_critical->setAccessibleName(m_criticalTitle->text()); // item views ignore label buddies
    m_critical->clear();
    for (const DashboardData::IssueRef &issue : std::as_const(m_data.openCritical)) {
        QString text =
            tr("%1  %2 — %3").arg(issue.code, issue.title, StatusText::label(issue.status));
        auto *item = new QListWidgetItem(text, m_critical);
        item->setData(Qt::UserRole, issue.id);
        item->setToolTip(
            issue.dueDate.isValid()
                ? tr("%1\nDue %2")
                      .arg(issue.title, QLocale().toString(issue.dueDate, QLocale::ShortFormat))
                : issue.title);
    }
    if (m_data.openCriticalCount > m_data.openCritical.size())
        new QListWidgetItem(
            tr("… and %1 more").arg(m_data.openCriticalCount - m_data.openCritical.size()),
            m_critical);

    // Activity and burn-down over the same days.
    LineChartSpec activity;
    activity.title = tr("Activity and open issues%1").arg(filtered);
    activity.valueTitle = tr("Issues");
    LineChartSpec::Series open;
    open.name = tr("Open issues (not agreed or closed)");
    open.color = QColor(0xb4, 0x53, 0x09);
    open.width = 3;
    open.markers = m_data.openPerDay.size() < 40; // a single day still shows
    for (const DashboardData::DayCount &day : std::as_const(m_data.openPerDay))
        open.points.append(QPointF(msecsOf(day.day), qreal(day.count)));
    LineChartSpec::Series changes;
    changes.name = tr("Status changes per day");
    changes.color = QColor(0x1d, 0x4e, 0xd8);
    // Every day of the burn-down, quiet days at zero: a line drawn only through
    // the busy days would suggest activity between them.
    qsizetype next = 0;
    for (const DashboardData::DayCount &day : std::as_const(m_data.openPerDay)) {
        qint64 count = 0;
        while (next < m_data.changesPerDay.size() && m_data.changesPerDay.at(next).day <= day.day) {
            if (m_data.changesPerDay.at(next).day == day.day)
                count = m_data.changesPerDay.at(next).count;
            ++next;
        }
        changes.points.append(QPointF(msecsOf(day.day), qreal(count)));
    }
    changes.markers = changes.points.size() < 40;
    if (!m_data.openPerDay.isEmpty() &&
        m_data.openPerDay.first().day.daysTo(m_data.openPerDay.last().day) > 120)
        activity.dateFormat = QStringLiteral("MMM yyyy");
    activity.series = {open, changes};
    m_activityChart->setLineChart(activity);
    // The axis runs to the later of the summit's last day and the last change;
    // the caption says which.
    const QDate axisEnd = m_data.openPerDay.isEmpty() ? QDate() : m_data.openPerDay.last().day;
    const QString dayFormat = QStringLiteral("d MMM yyyy");
    m_activityChart->setCaption(
        !m_data.summitStart.isValid() ? QString()
        : axisEnd.isValid() && m_data.summitEnd.isValid() && axisEnd > m_data.summitEnd
            ? tr("Open issues are counted at the end of each day up to the last change, on %1, "
                 "after the summit's last day (%2).")
                  .arg(QLocale().toString(axisEnd, dayFormat),
                       QLocale().toString(m_data.summitEnd, dayFormat))
            : tr("Open issues are counted at the end of each day up to the summit's last day."));

    // Indicators that share one unit, illustrative points hollow and dashed.
    LineChartSpec indicator;
    const QList<DashboardData::IndicatorSeries> indicators = m_data.mainIndicators();
    const QString unit = indicators.isEmpty() ? QString() : indicators.first().unit;
    QStringList names;
    for (const DashboardData::IndicatorSeries &series : indicators)
        names.append(series.name);
    const QString common = commonWords(names);
    indicator.title = common.isEmpty()
                          ? (indicators.size() == 1 ? indicators.first().name : tr("Indicators"))
                          : common;
    indicator.valueTitle = unit.isEmpty() ? tr("Value") : tr("Value (%1)").arg(unit);
    indicator.valuesFromZero = true;
    QStringList sources;
    bool anyIllustrative = false;
    for (int i = 0; i < indicators.size(); ++i) {
        const DashboardData::IndicatorSeries &source = indicators.at(i);
        LineChartSpec::Series series;
        // The legend shows what differs: "(high end)" reads as "high end".
        QString name = source.name.mid(common.size()).trimmed();
        if (name.startsWith(QLatin1Char('(')) && name.endsWith(QLatin1Char(')')))
            name = name.mid(1, name.size() - 2);
        series.name = name.isEmpty() ? source.name : name;
        series.color = seriesColor(i);
        series.markers = true;
        series.unit = source.unit;
        // One "illustrative" entry in the legend is enough.
        series.hollowName = anyIllustrative ? QString() : tr("illustrative");
        for (const DashboardData::IndicatorPoint &point : source.points) {
            series.points.append(QPointF(msecsOf(point.day), point.value));
            series.hollow.append(point.illustrative);
            anyIllustrative = anyIllustrative || point.illustrative;
        }
        indicator.series.append(series);
        for (const QString &text : source.sources) {
            if (!sources.contains(text))
                sources.append(text);
        }
    }
    m_indicatorChart->setLineChart(indicator);
    QString caption =
        sources.isEmpty() ? QString() : tr("Source: %1").arg(sources.join(QStringLiteral(" · ")));
    if (anyIllustrative)
        caption += (caption.isEmpty() ? QString() : QStringLiteral("\n")) +
                   tr("Hollow markers and dashed lines are illustrative, not sourced figures.");
    m_indicatorChart->setCaption(caption);

    // The gap between the summit's two sides: widest first, at the top of the
    // chart (ChartFactory shows the bloc names as typed).
    const QString &ours = m_data.ourBloc;
    const QString &theirs = m_data.counterpartBloc;
    BarChartSpec gap;
    gap.title = tr("%1–%2 gap per issue%3").arg(ours, theirs, filtered);
    gap.horizontal = true;
    gap.showLegend = false;
    gap.valueTitle = tr("|%1 − %2| (scale points, weighted medians)").arg(ours, theirs);
    BarChartSpec::Set gapSet;
    gapSet.name = tr("Gap");
    gapSet.color = QColor(0x7c, 0x3a, 0xed);
    for (auto it = m_data.gaps.crbegin(); it != m_data.gaps.crend(); ++it) {
        gap.categories.append(it->code);
        gapSet.values.append(it->gap);
        gapSet.toolTips.append(tr("%1 %2\n%3 %4, %5 %6: gap %7\nClick to open the issue")
                                   .arg(it->code, it->title, m_data.ourBloc,
                                        ForecastText().number(it->eu), m_data.counterpartBloc,
                                        ForecastText().number(it->china),
                                        ForecastText().number(it->gap)));
    }
    gap.sets = {gapSet};
    m_gapChart->setBarChart(gap);
    m_gapChart->setCaption(
        m_data.gapCount > m_data.gaps.size()
            ? tr("The %1 widest of %2 issues.").arg(m_data.gaps.size()).arg(m_data.gapCount)
            : QString());
}

void DashboardView::onStatusBarClicked(int setIndex, int categoryIndex)
{
    if (setIndex < 0 || setIndex >= m_statusSets.size() || categoryIndex < 0 ||
        categoryIndex >= m_statusCategories.size())
        return;
    IssueFilter filter = m_filter;
    filter.statuses = {m_statusSets.at(setIndex)};
    filter.category = m_statusCategories.at(categoryIndex);
    emit filterRequested(filter);
}

void DashboardView::onPriorityBarClicked(int setIndex, int categoryIndex)
{
    Q_UNUSED(setIndex)
    if (categoryIndex < 0 || categoryIndex >= m_priorityBars.size())
        return;
    IssueFilter filter = m_filter;
    filter.priority = m_priorityBars.at(categoryIndex);
    emit filterRequested(filter);
}

void DashboardView::onGapBarClicked(int setIndex, int categoryIndex)
{
    Q_UNUSED(setIndex)
    // The chart lists the gaps bottom-up.
    const int index = int(m_data.gaps.size()) - 1 - categoryIndex;
    if (index >= 0 && index < m_data.gaps.size())
        emit issueActivated(m_data.gaps.at(index).issueId);
}
