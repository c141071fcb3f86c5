#pragma once

#include "domain/Priority.h"
#include "domain/Status.h"
#include "domain/SummitInfo.h"
#include "items/IssueFilter.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class QSqlDatabase;
class Store;

// What the dashboard charts show, aggregated in SQL (GROUP BY) for the issues
// an IssueFilter lets through: a few hundred numbers even on 100,000 issues.
struct DashboardData
{
    struct StatusCategoryCount
    {
        Status status = Status::Draft;
        QString category;
        qint64 count = 0;
    };
    struct DayCount
    {
        QDate day;
        qint64 count = 0;
    };
    struct IssueRef
    {
        qint64 id = 0;
        QString code;
        QString title;
        Status status = Status::Draft;
        QDate dueDate;
    };
    struct IndicatorPoint
    {
        QDate day;
        double value = 0;
        bool illustrative = false;
    };
    struct IndicatorSeries
    {
        QString name;
        QString unit;
        QStringList sources;          // distinct, in order of first use
        QList<IndicatorPoint> points; // by date
    };
    struct Gap
    {
        qint64 issueId = 0;
        QString code;
        QString title;
        // Named after bloc_gap's columns, which hold the summit's two sides.
        double eu = 0;    // weighted median of our side's actors' positions (ourBloc)
        double china = 0; // same for the counterpart's (counterpartBloc)
        double gap = 0;   // |eu − china|
    };

    IssueFilter filter;
    qint64 issueCount = 0;  // issues the filter lets through
    QStringList categories; // sorted; "" stands for issues without a category
    QList<StatusCategoryCount> byStatusCategory;
    QMap<Priority, qint64> byPriority;
    QList<DayCount> changesPerDay; // status history entries per day, days without none left out
    // Every day from the first history entry to the later of the summit's last
    // day and the last entry.
    QList<DayCount> openPerDay;
    QDate summitStart;
    QDate summitEnd; // the summit's last day: its start when it has no end
    QString summitName;
    QString ourBloc; // the two sides the gaps compare (SummitInfo)
    QString counterpartBloc;
    QList<IssueRef> openCritical; // not agreed or closed, by due date
    qint64 openCriticalCount = 0; // may exceed openCritical.size()
    QList<IndicatorSeries> indicators;
    QList<Gap> gaps;     // largest first, at most gapLimit
    qint64 gapCount = 0; // issues where both sides hold a position

    static constexpr int openCriticalLimit = 12;
    static constexpr int gapLimit = 20;

    qint64 count(Status status, const QString &category) const;
    qint64 count(Status status) const;
    // The series that share the unit of the longest one (the rare-earth premiums
    // in the demo): one axis, one unit.
    QList<IndicatorSeries> mainIndicators() const;

    // Throws StoreError. The burn-down ends at the summit or the last change,
    // whichever is later, whatever `today` is (kept so callers need not change).
    static DashboardData build(Store &store, const IssueFilter &filter,
                               const QDate &today = QDate::currentDate());
    // The same on any connection to the file (a worker thread's own), with the
    // summit read beforehand; the search index and the gaps between the sides
    // (BlocGapRepository::sync) must be up to date.
    static DashboardData build(const QSqlDatabase &db, const IssueFilter &filter,
                               const SummitInfo &summit, const QDate &today = QDate::currentDate());
};
